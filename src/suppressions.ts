// Inline suppressions: `# chaimeleon-lint ignore=CHM110,pip-cache-kept -- reason` on its own line
// silences those rules on the next instruction (Dockerfile) or the next line (scripts, Markdown as
// `<!-- chaimeleon-lint ignore=... -->`); `global ignore=` silences them in the whole file.
// A suppression that silences nothing is itself reported (CHM002).
import type { DockerfileModel } from './dockerfile/model.js';
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

const HEAD = /^chaimeleon-lint\s+(global\s+)?ignore\s*=/;
const NAMES = /^[A-Za-z0-9_,\s-]+$/;

export interface DirectiveLine {
  line: number;
  text: string;
}

/**
 * `# chaimeleon-lint [global] ignore=NAMES [-- reason]` (or in `<!-- ... -->`), read by hand in one
 * pass: a regular expression for it backtracked (a crafted 672-byte line took a minute).
 */
export function parseDirective(text: string): { global: boolean; names: string[]; reason: string } | null {
  let body = text.trimStart();
  if (body.startsWith('#')) body = body.slice(1);
  else if (body.startsWith('<!--')) body = body.slice(4);
  else return null;
  body = body.trimStart();
  const head = HEAD.exec(body);
  if (!head) return null;
  const afterEquals = body.slice(head[0].length);
  // As the expression it replaces read it: the spaces after `=` go to the names only when the
  // directive cannot be read otherwise, and giving them two spaces is as good as giving them all.
  const spaces = afterEquals.length - afterEquals.trimStart().length;
  for (const given of new Set([spaces, spaces - 1, spaces - 2])) {
    if (given < 0) continue;
    const read = readNames(afterEquals.slice(given));
    if (read) return { global: !!head[1], names: read.names.split(/[\s,]+/).filter(Boolean), reason: read.reason };
  }
  return null;
}

/** At least one name character, then either ` -- reason` or the end (`-->` allowed); null when neither fits. */
function readNames(after: string): { names: string; reason: string } | null {
  const rest = after.trimEnd();
  // The reason follows the first ` --` (not the end of an HTML comment) that has a name before it.
  for (let i = rest.indexOf('--'); i >= 0; i = rest.indexOf('--', i + 1)) {
    if (i < 2 || !/\s/.test(rest[i - 1]) || rest[i + 2] === '>') continue;
    const names = rest.slice(0, i - 1);
    return NAMES.test(names) ? { names, reason: withoutCommentEnd(rest.slice(i + 2)).trim() } : null;
  }
  // No reason: the names run to the end; spaces alone name no rule (CHM002 says so).
  const names = withoutCommentEnd(rest);
  if (names === '') return /^\s/.test(after) ? { names: '', reason: '' } : null;
  return NAMES.test(names) ? { names, reason: '' } : null;
}

function withoutCommentEnd(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('-->') ? trimmed.slice(0, -3).trimEnd() : trimmed;
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

/**
 * The directives of a Dockerfile's comments, each covering the next instruction (ONBUILD triggers
 * are part of their ONBUILD): found by a binary search, not a scan per comment.
 */
export function dockerfileSuppressions(model: DockerfileModel, resolve: (name: string) => string | undefined): Suppression[] {
  const comments = model.comments.filter((c) => c.text.includes('chaimeleon-lint'));
  if (comments.length === 0) return [];
  const instrs = model.instructions.filter((i) => !i.onbuild);
  const next = (line: number): [number, number] | null => {
    let lo = 0;
    let hi = instrs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (instrs[mid].range.startLine > line) hi = mid;
      else lo = mid + 1;
    }
    const found = instrs[lo];
    return found ? [found.range.startLine, found.range.endLine] : null;
  };
  return collectSuppressions(
    model.file,
    comments.map((c) => ({ line: c.line, text: model.lines.lineText(c.line - 1) })),
    next,
    resolve,
  );
}

/**
 * Marks suppressed findings (kept, for SARIF) and the suppressions that were used. A finding takes
 * the first suppression (in the order written) of its file and rule that covers its line, found
 * through an index: the line spans of one file never overlap (each is the instruction or line
 * after a comment), so at most one span holds a line.
 */
export function applySuppressions(findings: Finding[], suppressions: Suppression[]): void {
  if (suppressions.length === 0) return;
  type Span = { start: number; end: number; order: number[] };
  const global = new Map<string, number>();
  const spansOf = new Map<string, Span[]>();
  const spanAt = new Map<string, Span>();
  suppressions.forEach((s, order) => {
    for (const code of s.codes) {
      const key = `${s.file}\0${code}`;
      if (s.lines === null) {
        if (!global.has(key)) global.set(key, order);
        continue;
      }
      const spanKey = `${key}\0${s.lines[0]}\0${s.lines[1]}`;
      const same = spanAt.get(spanKey);
      if (same) {
        same.order.push(order);
        continue;
      }
      const span = { start: s.lines[0], end: s.lines[1], order: [order] };
      spanAt.set(spanKey, span);
      let spans = spansOf.get(key);
      if (!spans) spansOf.set(key, (spans = []));
      spans.push(span);
    }
  });
  for (const spans of spansOf.values()) spans.sort((a, b) => a.start - b.start);
  for (const f of findings) {
    if (f.suppressed || f.code === 'CHM002' || f.code === 'CHM003') continue;
    const key = `${f.file}\0${f.code}`;
    let best = global.get(key) ?? Infinity;
    const spans = spansOf.get(key);
    if (spans) {
      let lo = 0;
      let hi = spans.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid].start <= f.range.startLine) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (at >= 0 && spans[at].end >= f.range.startLine) best = Math.min(best, spans[at].order[0]);
    }
    if (best === Infinity) continue;
    const s = suppressions[best];
    s.used = true;
    f.suppressed = { kind: 'inline', justification: s.reason };
  }
}
