import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  text;
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  /** Offset of a 0-based line and character. */
  offsetAt(line, character) {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + character, this.text.length);
  }
  /** 0-based line of an offset. */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** The text of a 0-based line, without its line break. */
  lineText(line) {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
  /** 1-based range of two offsets. */
  range(start, end) {
    const sl = this.lineOf(start);
    const el = this.lineOf(Math.max(start, end));
    return {
      startLine: sl + 1,
      startColumn: start - this.starts[sl] + 1,
      endLine: el + 1,
      endColumn: Math.max(start, end) - this.starts[el] + 1
    };
  }
};
function fromLspRange(r) {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1
  };
}
function normaliseText(raw) {
  let text = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  return text;
}

export {
  LineIndex,
  fromLspRange,
  normaliseText
};
