import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  segmentMatcher
} from "./chunk-6X7DWYWZ.js";
import {
  localPythonProjects,
  resolvePath
} from "./chunk-RWAWY74Y.js";
import {
  LineIndex,
  normaliseText
} from "./chunk-HLZLW3LF.js";
import {
  ENVIRONMENT_RUNNERS,
  SegmentMap,
  basename,
  grammar,
  loadGrammar,
  shellCommands
} from "./chunk-D33BDPQG.js";
import {
  MAX_TREE_DEPTH,
  noteIncomplete
} from "./chunk-VHZECTGP.js";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// src/chain/notebook.ts
function notebookCode(raw) {
  const errors = [];
  const root = parseTree2(raw, errors, { disallowComments: true, allowTrailingComma: false });
  if (!root || errors.length > 0 || root.type !== "object") return null;
  const cells = property(root, "cells");
  if (cells?.type !== "array") return null;
  const map = new SegmentMap();
  let text = "";
  for (const cell of cells.children ?? []) {
    if (cell.type !== "object" || property(cell, "cell_type")?.value !== "code") continue;
    const source = property(cell, "source");
    const pieces = source?.type === "string" ? [source] : source?.type === "array" ? (source.children ?? []).filter((p) => p.type === "string") : [];
    for (const piece of pieces) {
      map.add(text.length, piece.offset + 1);
      text += String(piece.value).replace(/^[ \t]*[%!].*$/gm, (line) => " ".repeat(line.length));
    }
    if (!text.endsWith("\n")) text += "\n";
  }
  return { text, map };
}
function property(object, key) {
  for (const p of object.children ?? []) if (p.type === "property" && p.children?.[0]?.value === key) return p.children[1];
  return void 0;
}

// src/chain/python-projects.ts
function consoleScripts(manifest, text) {
  const scripts = /* @__PURE__ */ new Map();
  const add = (name, module) => {
    if (!scripts.has(name)) scripts.set(name, module);
  };
  if (manifest === "pyproject.toml") {
    for (const body of tomlTables(text, /^(?:project\.scripts|tool\.poetry\.scripts)$/)) {
      for (const m of body.matchAll(/^\s*["']?([\w.-]+)["']?\s*=\s*(?:\{[^}\n]*callable\s*=\s*)?["']([\w.]+)\s*(?::\s*[\w.]+)?["']/gm)) add(m[1], m[2]);
    }
  } else if (manifest === "setup.cfg") {
    for (const body of iniSections(text, "options.entry_points")) {
      let inBlock = false;
      for (const line of body.split(/\r?\n/)) {
        const start = /^console_scripts\s*=(.*)$/.exec(line);
        if (!start && !(inBlock && (/^[ \t]+\S/.test(line) || line.trim() === ""))) {
          inBlock = false;
          continue;
        }
        inBlock = true;
        const entry = /^\s*([\w.-]+)\s*=\s*([\w.]+)/.exec(start ? start[1] : line);
        if (entry) add(entry[1], entry[2]);
      }
    }
  } else if (manifest === "setup.py") {
    for (const start of text.matchAll(/["']console_scripts["']\s*:\s*\[/g)) {
      const end = text.indexOf("]", start.index + start[0].length);
      const list = text.slice(start.index + start[0].length, end < 0 ? void 0 : end);
      for (const m of list.matchAll(/["']\s*([\w.-]+)\s*=\s*([\w.]+)\s*(?::\s*[\w.]+)?\s*["']/g)) add(m[1], m[2]);
    }
  }
  return scripts;
}
function tomlTables(text, header) {
  const bodies = [];
  const headers = [...text.matchAll(/^\s*\[([^\[\]\n]+)\]\s*(?:#.*)?$/gm)];
  headers.forEach((h, i) => {
    if (header.test(h[1].trim().replace(/\s*\.\s*/g, ".").replace(/["']/g, ""))) bodies.push(text.slice(h.index + h[0].length, headers[i + 1]?.index ?? text.length));
  });
  return bodies;
}
function iniSections(text, name) {
  const bodies = [];
  const headers = [...text.matchAll(/^\[([^\]\n]+)\][ \t]*$/gm)];
  headers.forEach((h, i) => {
    if (h[1].trim() === name) bodies.push(text.slice(h.index + h[0].length + 1, headers[i + 1]?.index ?? text.length));
  });
  return bodies;
}

// src/chain/python.ts
var MAX_VALUE_DEPTH = 32;
function parsePython(file, text, host, baseOffset = 0) {
  const tree = grammar("python").parse(text);
  const module = { file, calls: [], imports: [], constants: [] };
  if (!tree) return module;
  try {
    const at = typeof baseOffset === "number" ? (offset) => baseOffset + offset : baseOffset;
    new PythonReader(module, host, at).read(tree.rootNode);
  } finally {
    tree.delete();
  }
  return module;
}
var PythonReader = class {
  constructor(module, host, at) {
    this.module = module;
    this.host = host;
    this.at = at;
  }
  module;
  host;
  at;
  /** Local name → what it stands for (`rq` → `requests`, `get` → `requests.get`, `s` → `requests.Session()`). */
  aliases = /* @__PURE__ */ new Map();
  constants = /* @__PURE__ */ new Map();
  /** Per block (by its start), its `if <file test>: return` statements: see earlyExits. */
  earlyExits = /* @__PURE__ */ new Map();
  read(root) {
    this.collectBindings(root);
    const stack = [{ node: root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop();
      if (depth > MAX_TREE_DEPTH) {
        this.tooDeep(node);
        continue;
      }
      if (node.type === "call") this.module.calls.push(this.call(node));
      for (let i = node.namedChildCount - 1; i >= 0; i--) {
        const child = node.namedChild(i);
        if (child) stack.push({ node: child, depth: depth + 1 });
      }
    }
    this.module.calls.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn);
  }
  range(node) {
    return this.host.range(this.at(node.startIndex), this.at(node.endIndex, true));
  }
  tooDeepNoted = false;
  /** Deeper than the walk goes: said once per file (a CHM003 finding), the part below not read. */
  tooDeep(node) {
    if (this.tooDeepNoted) return;
    this.tooDeepNoted = true;
    noteIncomplete({ file: this.module.file, range: this.range(node), message: `The Python code here nests more than ${MAX_TREE_DEPTH} levels deep; chaimeleon-lint did not look inside, so the calls there were not checked.` });
  }
  collectBindings(root) {
    const stack = [{ node: root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop();
      if (depth > MAX_TREE_DEPTH) continue;
      switch (node.type) {
        case "import_statement":
          for (const child of node.childrenForFieldName("name")) {
            if (!child) continue;
            if (child.type === "aliased_import") {
              const name = child.childForFieldName("name")?.text ?? "";
              const alias = child.childForFieldName("alias")?.text;
              if (alias) this.aliases.set(alias, name);
              this.module.imports.push({ module: name, level: 0, names: [], range: this.range(node) });
            } else {
              this.module.imports.push({ module: child.text, level: 0, names: [], range: this.range(node) });
            }
          }
          continue;
        case "import_from_statement": {
          const moduleNode = node.childForFieldName("module_name");
          let module = moduleNode?.text ?? "";
          let level = 0;
          if (moduleNode?.type === "relative_import") {
            const prefix = moduleNode.namedChildren.find((c) => c?.type === "import_prefix");
            level = prefix?.text.length ?? 0;
            module = moduleNode.namedChildren.find((c) => c?.type === "dotted_name")?.text ?? "";
          }
          const names = [];
          for (const child of node.childrenForFieldName("name")) {
            if (!child) continue;
            const name = child.type === "aliased_import" ? child.childForFieldName("name")?.text ?? "" : child.text;
            const alias = child.type === "aliased_import" ? child.childForFieldName("alias")?.text ?? name : name;
            names.push(name);
            if (level === 0) this.aliases.set(alias, `${module}.${name}`);
          }
          this.module.imports.push({ module, level, names, range: this.range(node) });
          continue;
        }
        case "assignment": {
          const left = node.childForFieldName("left");
          let right = node.childForFieldName("right");
          for (let n = 0; right?.type === "parenthesized_expression" && n < 4; n++) right = right.namedChildren.find((c) => c?.type !== "comment") ?? null;
          if (left?.type === "identifier" && right) {
            if (right.type === "string" || right.type === "concatenated_string") {
              const v = this.stringValue(right);
              if (v !== null && node.parent?.parent?.type === "module") {
                this.constants.set(left.text, v);
                this.module.constants.push({ name: left.text, value: this.value(right) });
              }
            } else if (right.type === "call") {
              const callee = right.childForFieldName("function");
              if (callee) this.aliases.set(left.text, `${this.resolve(dotted(callee))}()`);
            }
          }
          break;
        }
      }
      for (const child of node.namedChildren) if (child) stack.push({ node: child, depth: depth + 1 });
    }
  }
  resolve(written) {
    const dot = written.indexOf(".");
    const head = dot < 0 ? written : written.slice(0, dot);
    const alias = this.aliases.get(head);
    return alias ? alias + (dot < 0 ? "" : written.slice(dot)) : written;
  }
  call(node) {
    const fn = node.childForFieldName("function");
    const written = fn ? dotted(fn) : "?";
    const args = [];
    const keywords = /* @__PURE__ */ new Map();
    let spread = false;
    for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
      if (!arg || arg.type === "comment") continue;
      if (arg.type === "keyword_argument") {
        const name = arg.childForFieldName("name")?.text;
        const value = arg.childForFieldName("value");
        if (name && value) keywords.set(name, this.value(value));
      } else if (arg.type === "list_splat" || arg.type === "dictionary_splat") spread = true;
      else args.push(this.value(arg));
    }
    return { written, name: this.resolve(written), args, keywords, spread, range: this.range(node), fallback: fallbackOf(node, this.earlyExits) };
  }
  value(node, depth = 0) {
    const v = { kind: "other", text: node.text, value: null, items: [], callee: null, range: this.range(node), contentOffset: null };
    if (depth > MAX_VALUE_DEPTH) return v;
    switch (node.type) {
      case "string": {
        const prefix = (node.namedChildren.find((c) => c?.type === "string_start")?.text ?? "").toLowerCase();
        v.kind = prefix.includes("b") ? "bytes" : prefix.includes("f") ? "fstring" : "string";
        v.value = this.stringValue(node);
        const content = node.namedChildren.find((c) => c?.type !== "string_start");
        v.contentOffset = this.at(content?.startIndex ?? node.endIndex);
        break;
      }
      case "concatenated_string":
        v.kind = "string";
        v.value = this.stringValue(node);
        break;
      case "list":
      case "tuple":
        v.kind = node.type;
        v.items = node.namedChildren.filter((c) => !!c && c.type !== "comment").map((c) => this.value(c, depth + 1));
        break;
      case "identifier":
        v.kind = "name";
        v.value = this.constants.get(node.text) ?? null;
        break;
      case "attribute":
        v.kind = "attribute";
        break;
      case "integer":
      case "float":
        v.kind = "number";
        break;
      case "true":
      case "false":
        v.kind = "bool";
        break;
      case "none":
        v.kind = "none";
        break;
      case "binary_operator": {
        v.kind = "concat";
        let left = node;
        while (left?.type === "binary_operator" && left.childForFieldName("operator")?.text === "+") left = left.childForFieldName("left");
        if (left && left !== node) {
          const lv = this.value(left, depth + 1);
          v.value = lv.value;
          v.contentOffset = lv.contentOffset;
        }
        break;
      }
      case "call": {
        v.kind = "call";
        const fn = node.childForFieldName("function");
        v.callee = fn ? this.resolve(dotted(fn)) : null;
        const object = fn?.type === "attribute" ? fn.childForFieldName("object") : null;
        const first = node.childForFieldName("arguments")?.namedChildren.find((c) => c?.type !== "comment");
        const source = object && fn?.childForFieldName("attribute")?.text === "split" && /string/.test(object.type) ? object : v.callee === "shlex.split" && first ? first : null;
        if (source) {
          const sv = this.value(source, depth + 1);
          v.value = sv.value;
          v.contentOffset = sv.contentOffset;
        }
        break;
      }
      case "parenthesized_expression": {
        const inner = node.namedChildren.find((c) => c?.type !== "comment");
        if (inner) return this.value(inner, depth + 1);
        break;
      }
    }
    return v;
  }
  /** A string literal's content (escape sequences as written); f-string fields kept as written. */
  stringValue(node) {
    if (node.type === "concatenated_string") {
      const parts = node.namedChildren.filter((c) => !!c && c.type === "string").map((c) => this.stringValue(c));
      return parts.every((p) => p !== null) ? parts.join("") : null;
    }
    const start = node.namedChildren.find((c) => c?.type === "string_start");
    const end = node.namedChildren.find((c) => c?.type === "string_end");
    if (!start || !end) return null;
    return node.text.slice(start.endIndex - node.startIndex, end.startIndex - node.startIndex);
  }
};
function dotted(node) {
  const suffixes = [];
  let current = node;
  let head = "?";
  while (current) {
    if (current.type === "identifier") {
      head = current.text;
      break;
    }
    if (current.type === "attribute") {
      suffixes.push(`.${current.childForFieldName("attribute")?.text ?? "?"}`);
      current = current.childForFieldName("object");
    } else if (current.type === "call") {
      suffixes.push("()");
      current = current.childForFieldName("function");
    } else break;
  }
  return head + suffixes.reverse().join("");
}
var FILE_TEST = /^(?:[\w.]+\.)?(?:exists|lexists|isfile|isdir|is_file|is_dir)\s*\(/;
var ENDS_BLOCK = /* @__PURE__ */ new Set(["return_statement", "raise_statement", "continue_statement", "break_statement"]);
function fileTest(cond) {
  let node = cond;
  let negated = false;
  for (let i = 0; node && i < 4; i++) {
    if (node.type === "parenthesized_expression") node = node.namedChild(0);
    else if (node.type === "not_operator") {
      negated = !negated;
      node = node.childForFieldName("argument");
    } else break;
  }
  if (!node || node.type !== "call" || !FILE_TEST.test(node.text.replace(/^.*?\)\s*\./s, ""))) return null;
  return { negated, text: node.text };
}
function blockLeaves(block) {
  const last = block?.namedChildren.filter((c) => c && c.type !== "comment").at(-1);
  if (!last) return false;
  if (ENDS_BLOCK.has(last.type)) return true;
  return last.type === "expression_statement" && /^(?:sys\.)?exit\s*\(/.test(last.text);
}
function earlyExits(block, cache) {
  let found = cache.get(block.startIndex);
  if (found) return found;
  found = [];
  for (const s of block.namedChildren) {
    if (!s || s.type !== "if_statement" || s.childForFieldName("alternative")) continue;
    const test = fileTest(s.childForFieldName("condition"));
    if (test && !test.negated && blockLeaves(s.childForFieldName("consequence"))) found.unshift({ end: s.endIndex, when: `\`${test.text}\` is false` });
  }
  cache.set(block.startIndex, found);
  return found;
}
function fallbackOf(call, exits) {
  let child = call;
  for (let node = call.parent, depth = 0; node && depth < MAX_TREE_DEPTH; child = node, node = node.parent, depth++) {
    if (node.type === "function_definition" || node.type === "class_definition" || node.type === "lambda") return null;
    if (node.type === "except_clause") return { when: "the `try` above fails" };
    if (node.type === "if_statement" && child.type === "block" && child.equals(node.childForFieldName("consequence"))) {
      const test = fileTest(node.childForFieldName("condition"));
      if (test?.negated) return { when: `\`${test.text}\` is false` };
    }
    if (node.type === "else_clause" && node.parent?.type === "if_statement") {
      const test = fileTest(node.parent.childForFieldName("condition"));
      if (test && !test.negated) return { when: `\`${test.text}\` is false` };
    }
    if (node.type === "block") {
      const exit = earlyExits(node, exits).find((e) => e.end <= child.startIndex);
      if (exit) return { when: exit.when };
    }
  }
  return null;
}

// src/chain/supervisor.ts
var PROGRAM_SECTION = /^(program|fcgi-program|eventlistener):/;
function parseSupervisorConfig(text) {
  const result = { programs: [], includes: [] };
  let section = "";
  let current = null;
  const entries = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const body = line.replace(/\r$/, "");
    if (/^\s*[;#]/.test(body) || body.trim() === "") {
      if (body.trim() === "") current = null;
      continue;
    }
    if (/^\s/.test(body) && current) {
      const start = body.search(/\S/);
      const piece = stripInlineComment(body.slice(start));
      current.pieces.push([current.value.length + 1, lineStart + start]);
      current.value += " " + piece;
      continue;
    }
    const header = /^\[([^\]]+)\]/.exec(body);
    if (header) {
      section = header[1].trim();
      current = null;
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*/.exec(body);
    if (!kv) continue;
    const valueStart = kv[0].length;
    current = { section, key: kv[1].trim().toLowerCase(), value: stripInlineComment(body.slice(valueStart)), pieces: [[0, lineStart + valueStart]] };
    entries.push(current);
  }
  const bySection = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (!bySection.has(e.section)) bySection.set(e.section, /* @__PURE__ */ new Map());
    bySection.get(e.section).set(e.key, e);
  }
  for (const [name, keys] of bySection) {
    if (PROGRAM_SECTION.test(name)) {
      const command = keys.get("command");
      if (!command || command.value.trim() === "") continue;
      result.programs.push({ section: name, command: command.value, pieces: command.pieces, directory: keys.get("directory")?.value.trim() || null });
    } else if (name === "include") {
      result.includes.push(...keys.get("files")?.value.split(/\s+/).filter(Boolean) ?? []);
    }
  }
  return result;
}
function stripInlineComment(value) {
  const m = /\s;/.exec(value);
  return (m ? value.slice(0, m.index) : value).replace(/\s+$/, "");
}

// src/chain/chain.ts
var MAX_DEPTH = 8;
var MAX_SCRIPTS = 200;
var SHELL = /^(ba|da|z|k|a)?sh$/;
var PYTHON = /^python(\d+(\.\d+)?)?$/;
var DEFAULT_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
async function buildEntrypointChain(project, facts) {
  await loadGrammar("bash");
  return new ChainWalker(project, facts, await project.buildContext(facts)).run();
}
var ChainWalker = class {
  constructor(project, facts, context) {
    this.project = project;
    this.facts = facts;
    this.context = context;
    const stage = facts.finalStage;
    this.home = stage ? facts.homeOf(stage.finalUser.name) : facts.profile.user.home;
    for (const [k, v] of stage?.finalVars ?? []) if (!v.fromArg && !v.declaredWithoutValue && !v.value.includes("$")) this.env.set(k, v.value);
    this.env.set("HOME", this.home);
    const path = stage?.finalVars.get("PATH")?.value;
    this.pathDirs = [.../* @__PURE__ */ new Set([...path ? path.split(":").filter((d) => d.startsWith("/")) : [], ...DEFAULT_PATH])];
    this.collectHeredocFiles();
  }
  project;
  facts;
  context;
  scripts = [];
  seen = /* @__PURE__ */ new Set();
  home;
  env = /* @__PURE__ */ new Map();
  pathDirs;
  heredocFiles = /* @__PURE__ */ new Map();
  states = /* @__PURE__ */ new Map();
  installedProjects;
  async run() {
    const stage = this.facts.finalStage;
    const states = this.states;
    const result = { instructions: [], commands: [], inherited: null, usage: [], scripts: this.scripts, context: this.context, stateOf: (cmd2) => states.get(cmd2) ?? null };
    if (!stage) return result;
    const ep = stage.entrypoint?.instr ?? null;
    const cmd = stage.cmd?.instr ?? null;
    const lines = this.facts.model.lines;
    const frame = (instr) => ({
      file: this.facts.file,
      host: lines,
      via: [],
      depth: 0,
      cwd: stage.finalWorkdir,
      self: null,
      vars: new Map(this.env),
      label: `${instr.keyword} `
    });
    const used = ep ? ep.exec && cmd ? [ep, cmd] : [ep] : cmd ? [cmd] : [];
    result.instructions = used;
    for (const instr of used) {
      let own = this.facts.commands(instr);
      if (instr === ep && ep.exec && cmd?.exec && own[0]) {
        const cmdWords = this.facts.commands(cmd)[0];
        if (cmdWords) own = [{ ...own[0], args: [...own[0].args, cmdWords.nameWord, ...cmdWords.args] }, ...own.slice(1)];
      }
      const commands = this.withRunners(own, lines);
      result.commands.push(...commands);
      await this.visitCommands(commands, frame(instr));
    }
    const inherited = this.facts.platformBase?.provides.entrypoint;
    if (used.length === 0 && inherited && inherited.length > 0) {
      result.inherited = inherited;
      const from = this.facts.imageChain[0].from;
      const word = { value: inherited[0], literal: true, raw: inherited[0], range: from.range };
      const base = {
        file: this.facts.file,
        host: lines,
        via: [{ file: this.facts.file, range: from.range, message: `the platform base image's ENTRYPOINT runs ${inherited[0]}` }],
        depth: 0,
        cwd: stage.finalWorkdir,
        self: null,
        vars: new Map(this.env),
        label: ""
      };
      await this.visitTarget({ kind: "file", as: "auto", word, verb: "runs" }, base, null);
    }
    await this.visitUsage(result, ep !== null);
    return result;
  }
  /**
   * Scripts the README tells users to run in the job (`jobman submit -i img -- python3 /app/run.py`):
   * jobman appends the words after `--` to the ENTRYPOINT, so they run as a command when the image has
   * no ENTRYPOINT of its own (they replace CMD; a platform base's entrypoint runs them), with `-c`, or
   * when the entrypoint runs its arguments (`exec "$@"`).
   */
  async visitUsage(result, ownEntrypoint) {
    const usage = await usageExamples(this.project, this.facts);
    if (!usage || usage.examples.length === 0) return;
    const readme = usage.readme;
    const runsArguments = !ownEntrypoint || [...result.commands, ...this.scripts.flatMap((s) => [...s.commands, ...s.runs])].some(runsItsArguments);
    const stage = this.facts.finalStage;
    for (const example of usage.examples) {
      const first = example.args[0];
      if (!first || first.value.startsWith("-") || !first.literal) continue;
      if (!(example.commandMode || runsArguments)) continue;
      const words = example.args.map((w) => ({ value: w.value, literal: w.literal, raw: w.raw, range: w.range }));
      const last = words[words.length - 1].range;
      const cmd = {
        name: words[0].value,
        program: basename(words[0].value),
        nameWord: words[0],
        args: words.slice(1),
        assignments: [],
        wrappers: [],
        redirects: [],
        range: { ...words[0].range, endLine: last.endLine, endColumn: last.endColumn },
        index: 0,
        pipeFrom: null,
        guards: [],
        nestedIn: null,
        file: readme.path
      };
      const commands = this.withRunners([cmd], readme.lines);
      result.usage.push(...commands);
      const frame = { file: readme.path, host: readme.lines, via: [], depth: 0, cwd: stage.finalWorkdir, self: null, vars: new Map(this.env), label: "the README's `jobman submit` example " };
      await this.visitCommands(commands, frame);
    }
  }
  /** Heredoc COPYs (`COPY <<EOF /entrypoint.sh`) create files whose text is in the Dockerfile. */
  collectHeredocFiles() {
    const { text, lines } = this.facts.model;
    for (const copy of this.facts.copies(this.facts.imageChain)) {
      if (copy.from !== null) continue;
      const node = copy.instr.node;
      const heredocs = typeof node.getHeredocs === "function" ? node.getHeredocs() : [];
      for (const h of heredocs) {
        const r = h.getContentRange();
        if (!r) continue;
        const start = lines.offsetAt(r.start.line, r.start.character);
        const end = lines.offsetAt(r.end.line, r.end.character);
        const dest = copy.absoluteDestination.replace(/(.)\/+$/, "$1");
        const path = copy.destinationIsDir || heredocs.length > 1 ? `${dest === "/" ? "" : dest}/${h.getName()}` : dest;
        this.heredocFiles.set(path, { text: text.slice(start, end), offset: start, copy });
      }
    }
  }
  /** Adds, after each command, the command a runner prefix starts (and the commands of its `sh -c` string). */
  withRunners(commands, host) {
    const out = [];
    for (const cmd of commands) {
      out.push(cmd);
      for (let inner = innerCommand(cmd), n = 0; inner && n < 4; inner = innerCommand(inner), n++) {
        out.push(inner);
        out.push(...this.stringCommands(inner, host));
      }
    }
    return out;
  }
  /** `sh -c '...'` under a runner the shell walker did not unwrap: parse the string where it stands. */
  stringCommands(cmd, host) {
    if (!SHELL.test(cmd.program)) return [];
    const c = cmd.args.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value));
    const script = c >= 0 ? cmd.args[c + 1] : void 0;
    if (!script) return [];
    const inner = shellCommands(this.wordSource(script, host, cmd.file));
    for (const i of inner) {
      i.nestedIn ??= cmd;
      i.guards = [...cmd.guards, ...i.guards];
    }
    return inner;
  }
  wordSource(word, host, file) {
    const map = new SegmentMap();
    map.add(0, valueOffset(word, host));
    return { text: word.value, toHost: map.toHost, host, file };
  }
  async visitCommands(commands, frame) {
    let cwd = frame.cwd;
    const vars = frame.vars;
    let snapshot = null;
    let lost = false;
    for (const cmd of commands) {
      if (!this.states.has(cmd)) {
        const seen = snapshot ??= new Map(vars);
        this.states.set(cmd, { cwd: lost ? null : cwd, vars: seen, expand: (value) => this.expand(value, frame, seen) });
      }
      if (cmd.program === "" || cmd.program === "export" || cmd.program === "declare" || cmd.program === "local" || cmd.program === "readonly") {
        for (const a of cmd.assignments) {
          const v = this.expand(a.value, frame, vars);
          if (v === null) vars.delete(a.name);
          else vars.set(a.name, v);
        }
        snapshot = null;
        continue;
      }
      if ((cmd.program === "cd" || cmd.program === "pushd") && cmd.args[0]) {
        const dir = this.expand(cmd.args[0].value, frame, vars);
        if (dir !== null) cwd = resolvePath(cwd, this.tilde(dir)).replace(/(.)\/$/, "$1");
        lost = dir === null ? true : lost && !this.tilde(dir).startsWith("/");
        continue;
      }
      for (const target of targetsOf(cmd)) await this.visitTarget(target, { ...frame, cwd, vars }, cmd);
    }
  }
  /** Resolves a shell value to a string: script-relative idioms, known variables, `%(ENV_X)s`; null when something stays unknown. */
  expand(value, frame, vars) {
    let v = value;
    if (frame.self) {
      const dir = frame.self.slice(0, frame.self.lastIndexOf("/")) || "/";
      v = replaceScriptDir(v, dir).replace(/%\(here\)s/g, dir);
    }
    v = v.replace(/%\(ENV_([A-Za-z_][A-Za-z0-9_]*)\)s/g, (m, name) => vars.get(name) ?? m);
    v = v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, braced, fallback, bare) => {
      const known = vars.get(braced ?? bare ?? "");
      if (known !== void 0) return known;
      if (fallback === void 0) return m;
      const inner = fallback.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (w, name) => vars.get(name) ?? w);
      return inner.includes("$") ? m : inner;
    });
    return /\$|%\(/.test(v) ? null : v;
  }
  tilde(path) {
    return path.replace(/^~(?=\/|$)/, this.home);
  }
  async visitTarget(target, frame, cmd) {
    const step = (message) => cmd ? [...frame.via, { file: frame.file, range: cmd.range, message: frame.label + message }] : frame.via;
    switch (target.kind) {
      case "python-code": {
        await this.addPython(frame.file, target.word.value, { host: frame.host, offset: valueOffset(target.word, frame.host), embedded: true }, null, null, step("runs Python code"), frame);
        return;
      }
      case "supervisor":
        await this.visitSupervisor(target, frame, step);
        return;
      case "module": {
        const roots = [frame.cwd, ...this.pythonPath(), ...(await this.installedPython()).roots];
        const parts = target.module.split(".");
        for (const root of roots) {
          const base = `${root === "/" ? "" : root}/${parts.join("/")}`;
          const candidates = target.main ? [`${base}.py`, `${base}/__main__.py`] : [`${base}.py`, `${base}/__init__.py`];
          const found = candidates.find((c) => this.exists(c));
          if (found) {
            await this.visitFile(found, "python", step(`${target.verb} ${found}`), frame);
            return;
          }
        }
        return;
      }
      case "file": {
        const raw = this.expand(target.word.value, frame, frame.vars);
        if (raw === null || raw === "" || raw.startsWith("-")) return;
        const bare = target.as === "auto" && !raw.includes("/");
        const path = this.locate(this.tilde(raw), frame.cwd, bare, target.verb === "sources");
        const consoleScript = path || !bare ? void 0 : (await this.installedPython()).scripts.get(raw);
        if (path) await this.visitFile(path, target.as, step(`${target.verb} ${path}`), frame);
        else if (consoleScript) await this.visitTarget({ kind: "module", module: consoleScript, word: target.word, verb: `runs the console script ${raw}, from`, main: false }, frame, cmd);
        else if (cmd && target.word === cmd.nameWord && BASE_LAUNCHER.test(basename(raw)) && cmd.args.length > 0) {
          const inner = { ...cmd, name: cmd.args[0].value, program: basename(cmd.args[0].value), nameWord: cmd.args[0], args: cmd.args.slice(1), wrappers: [...cmd.wrappers, basename(raw)], redirects: [], pipeFrom: null };
          const via = { ...frame, label: `${frame.label}${basename(raw)} (a base image's entrypoint, assumed to run its arguments) ` };
          for (const t of targetsOf(inner)) await this.visitTarget(t, via, inner);
        } else if (this.startsBaseSupervisor(resolvePath(frame.cwd, this.tilde(raw)))) {
          await this.visitSupervisor({ kind: "supervisor", config: null, word: target.word }, frame, step);
        }
      }
    }
  }
  startsBaseSupervisor(path) {
    const provides = this.facts.platformBase?.provides;
    return !!provides?.supervisor && (provides.entrypoint ?? []).includes(path);
  }
  /** The image path a command names: relative paths against the cwd; a bare program name through PATH. */
  locate(value, cwd, viaPath, sourced) {
    if (viaPath) {
      for (const dir of this.pathDirs) if (this.exists(`${dir}/${value}`)) return `${dir}/${value}`;
      return null;
    }
    const path = resolvePath(cwd, value).replace(/(.)\/$/, "$1");
    if (this.exists(path)) return path;
    if (sourced && !value.includes("/")) {
      for (const dir of this.pathDirs) if (this.exists(`${dir}/${value}`)) return `${dir}/${value}`;
    }
    return null;
  }
  exists(imagePath) {
    return this.heredocFiles.has(imagePath) || this.context.fileAt(imagePath) !== null;
  }
  pythonPath() {
    return (this.env.get("PYTHONPATH") ?? "").split(":").filter((d) => d.startsWith("/"));
  }
  /**
   * The projects pip installs from the image's own folders (`COPY . /app` then `pip install /app`):
   * their packages import from the folder (or its `src/`, the src layout) and their console scripts
   * are commands. Read once per chain, from the manifests the build context puts there.
   */
  installedPython() {
    return this.installedProjects ??= (async () => {
      const roots = [];
      const scripts = /* @__PURE__ */ new Map();
      for (const { path } of localPythonProjects(this.facts)) {
        const dir = path === "/" ? "" : path;
        const manifests = PYTHON_MANIFESTS.filter((name) => this.exists(`${dir}/${name}`));
        if (manifests.length === 0) continue;
        roots.push(`${dir}/src`, path);
        for (const name of manifests) {
          const placement = this.context.fileAt(`${dir}/${name}`);
          const text = placement ? await this.project.read(placement.file) : this.heredocFiles.get(`${dir}/${name}`)?.text ?? null;
          if (text !== null) {
            for (const [command, module] of consoleScripts(name, text)) if (!scripts.has(command)) scripts.set(command, module);
          }
        }
      }
      return { roots, scripts };
    })();
  }
  async visitFile(imagePath, as, via, caller) {
    if (caller.depth >= MAX_DEPTH || this.scripts.length >= MAX_SCRIPTS) return;
    const heredoc = this.heredocFiles.get(imagePath);
    const placement = heredoc ? null : this.context.fileAt(imagePath);
    const key = heredoc ? `${this.facts.file}#${heredoc.offset}` : placement?.file;
    if (!key || this.seen.has(key)) return;
    this.seen.add(key);
    const copy = heredoc?.copy ?? placement.copy;
    const name = placement ? placement.file.slice(placement.file.lastIndexOf("/") + 1) : "";
    const copyStep = {
      file: this.facts.file,
      range: copy.instr.range,
      message: heredoc ? `${copy.instr.keyword} writes ${imagePath} from a heredoc` : `${copy.instr.keyword} puts ${name} at ${imagePath}`
    };
    const fullVia = [...via, copyStep];
    let text;
    let path;
    let where;
    if (heredoc) {
      text = heredoc.text;
      path = this.facts.file;
      where = { host: this.facts.model.lines, offset: heredoc.offset, embedded: true };
    } else {
      const read = await this.project.read(placement.file);
      if (read === null) return;
      text = normaliseText(read);
      path = placement.file;
      where = { host: new LineIndex(text), offset: 0, embedded: false };
    }
    const language = as === "auto" ? languageOf(imagePath, text) : as;
    if (language === "notebook") {
      const code = heredoc ? null : notebookCode(text);
      if (code) await this.addPython(path, code.text, { ...where, offset: code.map.toHost }, imagePath, copy, fullVia, caller);
      return;
    }
    if (language === "python") {
      await this.addPython(path, text, where, imagePath, copy, fullVia, caller);
      return;
    }
    if (language === "other" && isSupervisorConfig(imagePath, text)) {
      await this.addSupervisor(path, text, where, imagePath, copy, fullVia, caller);
      return;
    }
    const script = { path, language, text, via: fullVia, commands: [], imagePath, embedded: where.embedded, depth: caller.depth + 1, copy, python: null, runs: [], cwd: caller.cwd };
    this.scripts.push(script);
    if (language !== "shell") return;
    const map = new SegmentMap();
    map.add(0, where.offset);
    script.commands = this.withRunners(shellCommands({ text, toHost: map.toHost, host: where.host, file: path }), where.host);
    await this.visitCommands(script.commands, { file: path, host: where.host, via: fullVia, depth: caller.depth + 1, cwd: caller.cwd, self: imagePath, vars: new Map(this.env), label: "" });
  }
  async addPython(path, text, where, imagePath, copy, via, caller) {
    if (caller.depth >= MAX_DEPTH || this.scripts.length >= MAX_SCRIPTS) return;
    if (imagePath === null) {
      const key = `${path}#${where.offset}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    await loadGrammar("python");
    const python = parsePython(path, text, where.host, where.offset);
    const script = { path, language: "python", text, via, commands: [], imagePath, embedded: where.embedded, depth: caller.depth + 1, copy, python, runs: [], cwd: caller.cwd };
    this.scripts.push(script);
    for (const call of python.calls) script.runs.push(...this.withRunners(subprocessCommands(call.name, call.args, call.keywords, call.range, path, where.host), where.host));
    const frame = { file: path, host: where.host, via, depth: caller.depth + 1, cwd: caller.cwd, self: imagePath, vars: new Map(this.env), label: "" };
    await this.visitCommands(script.runs, frame);
    if (imagePath === null) return;
    const dir = imagePath.slice(0, imagePath.lastIndexOf("/")) || "/";
    const installed = python.imports.length > 0 ? (await this.installedPython()).roots : [];
    for (const imp of python.imports) {
      for (const found of this.localModules(imp.module, imp.level, imp.names, dir, installed)) {
        await this.visitFile(found, "python", [...via, { file: path, range: imp.range, message: `imports ${found}` }], frame);
      }
    }
  }
  localModules(module, level, names, dir, installed) {
    let roots;
    if (level > 0) {
      let base = dir;
      for (let i = 1; i < level; i++) base = base.slice(0, base.lastIndexOf("/")) || "/";
      roots = [base];
    } else roots = [dir, ...this.pythonPath(), ...installed];
    const found = [];
    for (const root of roots) {
      const base = [root === "/" ? "" : root, ...module.split(".").filter(Boolean)].join("/");
      const candidates = module ? [`${base}.py`, `${base}/__init__.py`] : [];
      for (const name of names) candidates.push(`${base}/${name}.py`, `${base}/${name}/__init__.py`);
      for (const c of candidates) if (this.exists(c) && !found.includes(c)) found.push(c);
      if (found.length > 0) break;
    }
    return found;
  }
  /** Supervisor programs: from `supervisord -c FILE`, or the default configuration and its conf.d folder. */
  async visitSupervisor(target, frame, step) {
    const configs = [];
    const main = target.config ? this.expand(target.config.value, frame, frame.vars) : null;
    const mains = main ? [resolvePath(frame.cwd, main)] : ["/etc/supervisor/supervisord.conf", "/etc/supervisord.conf"];
    const ownMain = mains.find((m) => this.exists(m));
    if (ownMain) configs.push(ownMain);
    const includes = [];
    if (ownMain) {
      const placement = this.context.fileAt(ownMain);
      const text = placement ? await this.project.read(placement.file) : this.heredocFiles.get(ownMain)?.text ?? null;
      const dir = ownMain.slice(0, ownMain.lastIndexOf("/"));
      for (const glob of text ? parseSupervisorConfig(text).includes : []) includes.push(resolvePath(dir, glob));
    } else if (!main) {
      includes.push("/etc/supervisor/conf.d/*.conf");
    }
    for (const glob of includes) {
      const dir = glob.slice(0, glob.lastIndexOf("/"));
      const matcher = segmentMatcher(glob.slice(glob.lastIndexOf("/") + 1));
      const candidates = [...this.context.imagePathsUnder(dir), ...[...this.heredocFiles.keys()].filter((p) => p.startsWith(dir + "/"))];
      for (const p of candidates.sort()) if (p.lastIndexOf("/") === dir.length && matcher.test(basename(p)) && !configs.includes(p)) configs.push(p);
    }
    for (const config of configs) await this.visitFile(config, "auto", step(`starts supervisord, which reads ${config}`), frame);
  }
  async addSupervisor(path, text, where, imagePath, copy, via, caller) {
    const script = { path, language: "other", text, via, commands: [], imagePath, embedded: where.embedded, depth: caller.depth + 1, copy, python: null, runs: [], cwd: caller.cwd };
    this.scripts.push(script);
    for (const program of parseSupervisorConfig(text).programs) {
      const map = new SegmentMap();
      for (const [inCommand, inFile] of program.pieces) map.add(inCommand, where.offset + inFile);
      const commands = this.withRunners(shellCommands({ text: program.command, toHost: map.toHost, host: where.host, file: path }), where.host);
      script.runs.push(...commands);
      const frame = { file: path, host: where.host, via, depth: caller.depth + 1, cwd: caller.cwd, self: imagePath, vars: new Map(this.env), label: `[${program.section}] ` };
      const directory = program.directory ? this.expand(program.directory, frame, frame.vars) : null;
      if (directory) frame.cwd = resolvePath("/", directory);
      await this.visitCommands(commands, frame);
    }
  }
};
async function usageExamples(project, facts) {
  const readme = project.isRepository ? await project.readme() : null;
  if (!readme) return null;
  const { readmeExamples } = await import("./jobman-I7M46C4B.js");
  const all = forThisPlatform((await readmeExamples(readme)).jobman, project, facts);
  if (project.dockerfiles.length <= 1 && project.publishedImageCount <= 1) return { readme, examples: all };
  const names = /* @__PURE__ */ new Set();
  const label = facts.finalStage?.labels.get("name");
  if (label && label.undeclared.length === 0 && label.unresolved.length === 0 && label.value) names.add(label.value.toLowerCase());
  const folder = facts.file.includes("/") ? facts.file.slice(0, facts.file.lastIndexOf("/")) : null;
  if (folder) names.add(basename(folder).toLowerCase());
  return { readme, examples: all.filter((e) => e.image && names.has(e.image.name.toLowerCase())) };
}
function forThisPlatform(examples, project, facts) {
  const home = facts.profile.user.home;
  const otherHomes = [...new Set(project.images.map((i) => i.facts.profile.user.home))].filter((h) => h !== home);
  if (otherHomes.length === 0) return examples;
  const under = (dir, e) => e.args.some((a) => a.value === dir || a.value.includes(`${dir}/`));
  return examples.filter((e) => under(home, e) || !otherHomes.some((h) => under(h, e)));
}
function runsItsArguments(cmd) {
  const all = /^\$(@|\*|\{@\}|\{\*\})$/;
  if (all.test(cmd.nameWord.value)) return true;
  if (cmd.program === "eval" && cmd.args[0] && all.test(cmd.args[0].value)) return true;
  return SHELL.test(cmd.program) && cmd.args.some((a, i) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value) && all.test(cmd.args[i + 1]?.value ?? ""));
}
function valueOffset(word, host) {
  const start = host.offsetAt(word.range.startLine - 1, word.range.startColumn - 1);
  return /["']/.test(host.text[start] ?? "") ? start + 1 : start;
}
function replaceScriptDir(value, dir) {
  let v = value.replace(/\$\{0%\/\*\}|\$\{BASH_SOURCE(?:\[0\])?%\/\*\}/g, dir);
  for (let start = v.indexOf("$("); start >= 0; start = v.indexOf("$(", start + 1)) {
    let depth = 0;
    let end = -1;
    for (let i = start + 1; i < v.length; i++) {
      if (v[i] === "(") depth++;
      else if (v[i] === ")" && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) break;
    const inner = v.slice(start + 2, end);
    if (/dirname/.test(inner) && /\$\{?(0\b|BASH_SOURCE)/.test(inner)) v = v.slice(0, start) + dir + v.slice(end + 1);
  }
  return v;
}
function languageOf(imagePath, text) {
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
  if (shebang) {
    const interpreter = basename(shebang[1]) === "env" ? shebang[2] ?? "" : basename(shebang[1]);
    if (SHELL.test(interpreter)) return "shell";
    if (PYTHON.test(interpreter)) return "python";
    return "other";
  }
  if (/\.(sh|bash)$/.test(imagePath)) return "shell";
  if (/\.py$/.test(imagePath)) return "python";
  if (/\.ipynb$/i.test(imagePath)) return "notebook";
  return "other";
}
function isSupervisorConfig(imagePath, text) {
  return /\.(conf|ini)$/.test(imagePath) && /^\s*\[(program|supervisord|include|fcgi-program|eventlistener)[:\]]/m.test(text);
}
function firstOperand(args, valueOptions, from = 0) {
  for (let i = from; i < args.length; i++) {
    const v = args[i].value;
    if (v === "--") return i + 1 < args.length ? i + 1 : -1;
    if (v.startsWith("-") && v.length > 1) {
      if (valueOptions.has(v)) i++;
      continue;
    }
    return i;
  }
  return -1;
}
var BASE_LAUNCHER = /^(?:[\w-]*[_-])?entrypoint(?:\.sh)?$/;
var PYTHON_MANIFESTS = ["pyproject.toml", "setup.cfg", "setup.py"];
var RUNNERS = {
  env: { values: /* @__PURE__ */ new Set(["-u", "--unset", "-C", "--chdir", "-S", "--split-string"]), assignments: true },
  gosu: { skip: 1, values: /* @__PURE__ */ new Set() },
  "su-exec": { skip: 1, values: /* @__PURE__ */ new Set() },
  tini: { values: /* @__PURE__ */ new Set(["-p", "-e", "-l"]) },
  "dumb-init": { values: /* @__PURE__ */ new Set(["-r", "--rewrite"]) },
  catatonit: { values: /* @__PURE__ */ new Set() },
  "xvfb-run": { values: /* @__PURE__ */ new Set(["-n", "--server-num", "-s", "--server-args", "-f", "--auth-file", "-e", "--error-file", "-p", "--xauth-protocol", "-w", "--wait"]) },
  runuser: { values: /* @__PURE__ */ new Set(["-u", "--user", "-g", "--group", "-G", "--supp-group", "-s", "--shell", "-w"]) },
  ...Object.fromEntries(Object.entries(ENVIRONMENT_RUNNERS).map(([program, values]) => [program, { sub: "run", values }]))
};
function innerCommand(cmd) {
  const runner = RUNNERS[cmd.program];
  if (!runner) return null;
  let from = 0;
  if (runner.sub) {
    if (cmd.args[0]?.value !== runner.sub) return null;
    from = 1;
  }
  let i;
  if (runner.skip) {
    i = from + runner.skip;
    if (cmd.args[i]?.value === "--") i++;
  } else {
    i = firstOperand(cmd.args, runner.values, from);
    while (runner.assignments && i >= 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(cmd.args[i]?.value ?? "")) i++;
  }
  const name = cmd.args[i];
  if (i < 0 || !name) return null;
  return { ...cmd, name: name.value, program: basename(name.value), nameWord: name, args: cmd.args.slice(i + 1), wrappers: [...cmd.wrappers, cmd.program], redirects: [], pipeFrom: null };
}
var BASH_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-o", "-O", "+o", "+O", "--rcfile", "--init-file"]);
var PYTHON_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-W", "-X", "--check-hash-based-pycs"]);
function targetsOf(cmd) {
  const { program, args } = cmd;
  if (program === "source" || program === ".") return args[0] ? [{ kind: "file", as: "shell", word: args[0], verb: "sources" }] : [];
  if (SHELL.test(program)) {
    if (args.some((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value))) return [];
    const i = firstOperand(args, BASH_VALUE_OPTIONS);
    return i >= 0 ? [{ kind: "file", as: "shell", word: args[i], verb: "runs" }] : [];
  }
  if (PYTHON.test(program)) {
    for (let i = 0; i < args.length; i++) {
      const v = args[i].value;
      if (v === "-m" || v === "-c") {
        const next = args[i + 1];
        if (!next) return [];
        return v === "-c" ? [{ kind: "python-code", word: next }] : [{ kind: "module", module: next.value, word: next, verb: "runs module", main: true }];
      }
      if (/^-m\w/.test(v)) return [{ kind: "module", module: v.slice(2), word: args[i], verb: "runs module", main: true }];
      if (PYTHON_VALUE_OPTIONS.has(v)) {
        i++;
        continue;
      }
      if (v === "-") return [];
      if (v.startsWith("-")) continue;
      return [{ kind: "file", as: "python", word: args[i], verb: "runs" }];
    }
    return [];
  }
  if (program === "Rscript") {
    if (args.some((a) => a.value === "-e")) return [];
    const i = firstOperand(args, /* @__PURE__ */ new Set());
    return i >= 0 ? [{ kind: "file", as: "auto", word: args[i], verb: "runs" }] : [];
  }
  if (program === "R") {
    const f = args.findIndex((a) => a.value === "-f");
    const inline = args.find((a) => a.value.startsWith("--file="));
    const batch = args[0]?.value === "CMD" && args[1]?.value === "BATCH" ? args.slice(2).find((a) => !a.value.startsWith("-")) : void 0;
    const word = f >= 0 ? args[f + 1] : inline ? { ...inline, value: inline.value.slice("--file=".length) } : batch;
    return word ? [{ kind: "file", as: "auto", word, verb: "runs" }] : [];
  }
  if (program === "streamlit" && args[0]?.value === "run" && args[1]) return [{ kind: "file", as: "python", word: args[1], verb: "runs" }];
  const notebooks = (words) => words.filter((a) => /\.ipynb$/i.test(a.value)).map((word) => ({ kind: "file", as: "notebook", word, verb: "executes" }));
  if (program === "papermill") return notebooks(args).slice(0, 1);
  if (program === "jupyter" && (args[0]?.value === "execute" || args[0]?.value === "nbconvert" && args.some((a) => a.value === "--execute"))) return notebooks(args.slice(1));
  if (program === "jupyter-execute" || program === "jupyter-nbconvert" && args.some((a) => a.value === "--execute")) return notebooks(args);
  if (program === "uvicorn" || program === "gunicorn" || program === "hypercorn" || program === "flask") {
    const app = args.find((a) => /^[A-Za-z_][\w.]*:[\w.()]+$/.test(a.value));
    return app ? [{ kind: "module", module: app.value.split(":")[0], word: app, verb: "serves", main: false }] : [];
  }
  if (program === "supervisord") {
    const c = args.findIndex((a) => a.value === "-c" || a.value === "--configuration");
    const inline = args.find((a) => a.value.startsWith("--configuration="));
    const config = c >= 0 ? args[c + 1] ?? null : inline ? { ...inline, value: inline.value.slice("--configuration=".length) } : null;
    return [{ kind: "supervisor", config, word: cmd.nameWord }];
  }
  const startsSupervisor = (service, action) => !!service && /^supervisor(d)?$/.test(service) && /^(start|restart)$/.test(action ?? "");
  if ((program === "service" || program === "invoke-rc.d") && startsSupervisor(args[0]?.value, args[1]?.value)) return [{ kind: "supervisor", config: null, word: cmd.nameWord }];
  if (cmd.name.includes("init.d/") && startsSupervisor(program, args[0]?.value)) return [{ kind: "supervisor", config: null, word: cmd.nameWord }];
  if (cmd.nameWord.value !== "" && !cmd.nameWord.value.startsWith("-")) return [{ kind: "file", as: "auto", word: cmd.nameWord, verb: "runs" }];
  return [];
}
var SUBPROCESS = /^(subprocess\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|os\.(system|popen|exec[lv]p?e?|spawn[lv]p?e?)|asyncio\.create_subprocess_(exec|shell)|commands\.getoutput)$/;
function subprocessCommands(name, args, keywords, range, file, host) {
  if (!SUBPROCESS.test(name)) return [];
  let argv;
  if (/^os\.exec|^os\.spawn/.test(name)) {
    const list = args.find((a) => a.kind === "list" || a.kind === "tuple");
    argv = list ?? { ...args[0], kind: "list", items: args.slice(/^os\.spawn/.test(name) ? 2 : 1) };
  } else if (/create_subprocess_exec/.test(name)) {
    argv = { ...args[0], kind: "list", items: args };
  } else argv = args[0] ?? keywords.get("args");
  if (!argv) return [];
  if (argv.kind === "list" || argv.kind === "tuple") {
    const words = argv.items.map((item2) => ({ value: item2.value ?? `$${item2.text}`, literal: item2.value !== null && item2.kind !== "fstring", raw: item2.kind === "string" && item2.value !== null ? item2.value : item2.text, range: item2.range }));
    if (words.length === 0 || !words[0].literal) return [];
    const cmd = {
      name: words[0].value,
      program: basename(words[0].value),
      nameWord: words[0],
      args: words.slice(1),
      assignments: [],
      wrappers: [],
      redirects: [],
      range,
      index: 0,
      pipeFrom: null,
      guards: [],
      nestedIn: null,
      file
    };
    const nested = [];
    const c = cmd.args.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value));
    const item = c >= 0 ? argv.items[c + 2] : void 0;
    if (SHELL.test(cmd.program) && item?.value && item.contentOffset !== null) {
      for (const inner of shellCommands(stringSource(item.value, item.contentOffset, host, file))) {
        inner.nestedIn = cmd;
        nested.push(inner);
      }
    }
    return [cmd, ...nested];
  }
  if (argv.value === null) return [];
  const offset = argv.contentOffset ?? host.offsetAt(range.startLine - 1, range.startColumn - 1);
  return shellCommands(stringSource(argv.value, offset, host, file));
}
function stringSource(text, offset, host, file) {
  const map = new SegmentMap();
  map.add(0, offset);
  return { text, toHost: map.toHost, host, file };
}

export {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
};
