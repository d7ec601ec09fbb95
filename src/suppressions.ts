// Inline suppressions: `# chaimeleon-lint ignore=CHM110,pip-cache-kept -- reason` on its own line
// silences those rules on the next instruction (Dockerfile) or the next line (scripts, Markdown as
// `<!-- chaimeleon-lint ignore=... -->`); `global ignore=` silences them in the whole file.
// A suppression that silences nothing is itself reported (CHM002).
import type { Finding, Range } from './types.js';

export interface Suppression {
  file: string;
  /** Rule codes (resolved from codes or slugs); unknown names are kept for the report. */
  codes: string[];
  unknown: string[];
  /** Lines it applies to (inclusive); null = the whole file. */
  lines: [number, number] | null;
  reason: string;
  range: Range;
  used: boolean;
}

const DIRECTIVE = /^\s*(?:#|<!--)\s*chaimeleon-lint\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+?)(?:\s+--(?!>)\s*(.*?))?\s*(?:-->)?\s*$/;

export interface DirectiveLine {
  line: number;
  text: string;
}

export function parseDirective(text: string): { global: boolean; names: string[]; reason: string } | null {
  const m = DIRECTIVE.exec(text);
  if (!m) return null;
  const names = m[2].split(/[\s,]+/).filter(Boolean);
  return { global: !!m[1], names, reason: (m[3] ?? '').trim() };
}

/**
 * Builds suppressions from comment lines. `nextTarget(line)` gives the line span a directive on
 * `line` covers (the next instruction, or the next code line); null when nothing follows.
 */
export function collectSuppressions(
  file: string,
  comments: DirectiveLine[],
  nextTarget: (line: number) => [number, number] | null,
  resolve: (name: string) => string | undefined,
): Suppression[] {
  const result: Suppression[] = [];
  for (const c of comments) {
    const d = parseDirective(c.text);
    if (!d) continue;
    const codes: string[] = [];
    const unknown: string[] = [];
    for (const n of d.names) {
      const code = resolve(n);
      if (code) codes.push(code);
      else unknown.push(n);
    }
    const indent = c.text.length - c.text.trimStart().length;
    result.push({
      file,
      codes,
      unknown,
      lines: d.global ? null : nextTarget(c.line),
      reason: d.reason,
      range: { startLine: c.line, startColumn: indent + 1, endLine: c.line, endColumn: c.text.length + 1 },
      used: false,
    });
  }
  return result;
}

/** Directive lines of a script or Markdown file, each covering the next line that is not blank or a comment. */
export function textFileSuppressions(file: string, text: string, resolve: (name: string) => string | undefined): Suppression[] {
  if (!text.includes('chaimeleon-lint')) return [];
  const lines = text.split('\n');
  const comments: DirectiveLine[] = [];
  lines.forEach((t, i) => {
    if (t.includes('chaimeleon-lint')) comments.push({ line: i + 1, text: t.replace(/\r$/, '') });
  });
  // In Markdown a line starting with # is a heading (a target), not a comment.
  const markdown = /\.(md|markdown)$/i.test(file);
  const next = (line: number): [number, number] | null => {
    for (let i = line; i < lines.length; i++) {
      const t = lines[i].trim();
      if (t === '' || (!markdown && t.startsWith('#')) || (t.startsWith('<!--') && t.endsWith('-->'))) continue;
      return [i + 1, i + 1];
    }
    return null;
  };
  return collectSuppressions(file, comments, next, resolve);
}

/** Marks suppressed findings (kept, for SARIF) and the suppressions that were used. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[]): void {
  if (suppressions.length === 0) return;
  for (const f of findings) {
    if (f.suppressed || f.code === 'CHM002') continue;
    for (const s of suppressions) {
      if (s.file !== f.file || !s.codes.includes(f.code)) continue;
      if (s.lines && (f.range.startLine < s.lines[0] || f.range.startLine > s.lines[1])) continue;
      s.used = true;
      f.suppressed = { kind: 'inline', justification: s.reason };
      break;
    }
  }
}
