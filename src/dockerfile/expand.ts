// Docker's own variable substitution for ARG/ENV values in instructions: $VAR, ${VAR},
// ${VAR:-default}, ${VAR-default}, ${VAR:+alt}, ${VAR+alt}, and the escape character before $.
//
// A scanner, not a regular expression: the word of `${X:-${Y}}` holds a nested expansion whose
// closing brace must be matched (a `[^}]*` pattern stops at the inner brace), and hostile input must
// cost time and memory in proportion to its size. Nesting deeper than MAX_NESTING is left as written,
// and a value never grows past MAX_EXPANDED_LENGTH (27 doubling `ENV A=$A$A` lines would otherwise
// make a 268 MB string out of 300 bytes).

/** A variable in scope; fromArg marks build ARGs, which a later stage does not inherit. */
export type VarValue = { value: string; declaredWithoutValue?: boolean; fromArg?: boolean };

export interface Expansion {
  value: string;
  /** Names used that were never declared in scope (they expand to the empty string). */
  undeclared: string[];
  /** Names declared without a value (`ARG X`): their value can only come from --build-arg. */
  unresolved: string[];
  /** True when the value was cut at MAX_EXPANDED_LENGTH. */
  truncated?: boolean;
}

/** The longest value an expansion produces (unless the text expanded is longer): far above any real ARG/ENV/LABEL value. */
export const MAX_EXPANDED_LENGTH = 64 * 1024;
/** `${A:-${B:-${C:-...}}}` deeper than this is kept as written. */
const MAX_NESTING = 64;

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const OPERATORS = [':-', ':+', '-', '+'];

/** Appends while the value stays under the cap; slices share memory with the piece (no flattening of the whole). */
class Builder {
  value = '';
  truncated = false;
  /** An expansion never makes a value longer than the cap, or than the text it expands when that is longer. */
  constructor(private readonly cap: number) {}
  add(piece: string): void {
    if (this.truncated || piece === '') return;
    const room = this.cap - this.value.length;
    if (piece.length <= room) this.value += piece;
    else {
      this.value += piece.slice(0, room);
      this.truncated = true;
    }
  }
}

/** For each `${` in text, where its matching `}` is (-1 when unclosed): one linear pass with a stack. */
function closingBraces(text: string, escapeChar: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escapeChar && i + 1 < text.length) i++;
    else if (c === '$' && text[i + 1] === '{') {
      closes.set(i, -1);
      open.push(i);
      i++;
    } else if (c === '}' && open.length > 0) closes.set(open.pop()!, i);
  }
  return closes;
}

export function expandVariables(text: string, vars: ReadonlyMap<string, VarValue>, escapeChar = '\\'): Expansion {
  const result: Expansion = { value: text, undeclared: [], unresolved: [] };
  if (!text.includes('$')) return result;
  const out = new Builder(Math.max(MAX_EXPANDED_LENGTH, text.length));
  expandInto(text, vars, escapeChar, out, result, 0);
  result.value = out.value;
  if (out.truncated) result.truncated = true;
  return result;
}

function expandInto(text: string, vars: ReadonlyMap<string, VarValue>, escapeChar: string, out: Builder, result: Expansion, depth: number): void {
  let last = 0;
  let closes: Map<number, number> | undefined;
  let i = text.indexOf('$');
  while (i >= 0 && i < text.length && !out.truncated) {
    // The escape character before `$` makes it literal: the escape is dropped, the rest kept.
    if (i > 0 && text[i - 1] === escapeChar) {
      out.add(text.slice(last, i - 1));
      last = i - 1 + 1;
      i = text.indexOf('$', i + 1);
      continue;
    }
    const next = text[i + 1];
    if (next !== undefined && NAME_START.test(next)) {
      let end = i + 2;
      while (end < text.length && NAME_CHAR.test(text[end])) end++;
      out.add(text.slice(last, i));
      substitute(text.slice(i + 1, end), text.slice(i, end), vars, out, result);
      last = end;
      i = text.indexOf('$', end);
      continue;
    }
    if (next === '{' && i + 2 < text.length && NAME_START.test(text[i + 2])) {
      let end = i + 3;
      while (end < text.length && NAME_CHAR.test(text[end])) end++;
      const name = text.slice(i + 2, end);
      const close = (closes ??= closingBraces(text, escapeChar)).get(i) ?? -1;
      const op = text[end] === '}' ? '' : OPERATORS.find((o) => text.startsWith(o, end));
      if (close < 0 || op === undefined || (op === '' && close !== end) || depth >= MAX_NESTING) {
        // Unclosed, an operator Docker's lexer does not know here, or too deep: kept as written.
        i = text.indexOf('$', i + 1);
        continue;
      }
      out.add(text.slice(last, i));
      const whole = text.slice(i, close + 1);
      if (op === '') substitute(name, whole, vars, out, result);
      else {
        const word = text.slice(end + op.length, close);
        const entry = vars.get(name);
        const isSet = entry !== undefined && !entry.declaredWithoutValue;
        const isNonEmpty = isSet && entry.value !== '';
        if (op === ':-' || op === '-') {
          const useDefault = op === ':-' ? !isNonEmpty : !isSet;
          if (useDefault && entry?.declaredWithoutValue) result.unresolved.push(name);
          if (useDefault) expandInto(word, vars, escapeChar, out, { value: '', undeclared: [], unresolved: [] }, depth + 1);
          else out.add(entry!.value);
        } else {
          const useAlt = op === ':+' ? isNonEmpty : isSet;
          if (useAlt) expandInto(word, vars, escapeChar, out, { value: '', undeclared: [], unresolved: [] }, depth + 1);
        }
      }
      last = close + 1;
      i = text.indexOf('$', close + 1);
      continue;
    }
    i = text.indexOf('$', i + 1);
  }
  if (!out.truncated) out.add(text.slice(last));
}

function substitute(name: string, written: string, vars: ReadonlyMap<string, VarValue>, out: Builder, result: Expansion): void {
  const entry = vars.get(name);
  if (entry === undefined) result.undeclared.push(name);
  else if (entry.declaredWithoutValue) {
    result.unresolved.push(name);
    out.add(written);
  } else out.add(entry.value);
}

/**
 * A word as Docker's shell lexer reads it in LABEL and similar instructions: quotes removed,
 * nothing expanded inside single quotes or after the escape character, variables expanded elsewhere.
 */
export function expandWord(word: string, vars: ReadonlyMap<string, VarValue>, escapeChar = '\\'): Expansion {
  const pieces: { text: string; expand: boolean }[] = [];
  const add = (text: string, expand: boolean) => {
    const last = pieces[pieces.length - 1];
    if (last && last.expand === expand) last.text += text;
    else pieces.push({ text, expand });
  };
  let quote: '"' | null = null;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === escapeChar && i + 1 < word.length && (!quote || ['"', '$', escapeChar].includes(word[i + 1]))) {
      add(word[++i], false);
    } else if (c === "'" && !quote) {
      const end = word.indexOf("'", i + 1);
      add(word.slice(i + 1, end < 0 ? word.length : end), false);
      i = end < 0 ? word.length : end;
    } else if (c === '"') {
      quote = quote ? null : '"';
    } else {
      add(c, true);
    }
  }
  const out = new Builder(Math.max(MAX_EXPANDED_LENGTH, word.length));
  const result: Expansion = { value: '', undeclared: [], unresolved: [] };
  for (const piece of pieces) {
    if (!piece.expand) out.add(piece.text);
    else expandInto(piece.text, vars, '\0', out, result, 0);
  }
  result.value = out.value;
  if (out.truncated) result.truncated = true;
  return result;
}
