// Offsets and positions. Internally we work in UTF-16 offsets (what JavaScript strings, dockerfile-ast
// and web-tree-sitter all use); findings are 1-based line and column.
import type { Range } from './types.js';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of a 0-based line and character. */
  offsetAt(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + character, this.text.length);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The text of a 0-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  /** 1-based range of two offsets. */
  range(start: number, end: number): Range {
    const sl = this.lineOf(start);
    const el = this.lineOf(Math.max(start, end));
    return {
      startLine: sl + 1,
      startColumn: start - this.starts[sl] + 1,
      endLine: el + 1,
      endColumn: Math.max(start, end) - this.starts[el] + 1,
    };
  }
}

/** Converts a 0-based LSP-style range (dockerfile-ast) to our 1-based range. */
export function fromLspRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): Range {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

/** Turns CRLF and lone CR into LF and drops a UTF-8 BOM, keeping every other offset. */
export function normaliseText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text;
}
