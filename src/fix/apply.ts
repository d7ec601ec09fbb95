// The fix engine behind `--fix`, `--unsafe-fixes` and `--diff`: lint, apply the edits of fixes that do
// not overlap, lint the result again, until nothing changes (at most MAX_PASSES). Everything happens
// in memory over the repository's files; writing is a separate, checked step (src/fix/write.ts).
import type { LintInput, Linter } from '../lint.js';
import { LineIndex } from '../text.js';
import type { Finding, Fix, Range, TextEdit } from '../types.js';
import { VfsError, type Vfs } from '../vfs.js';

export const MAX_PASSES = 10;

/** The repository's files with the fixed ones in memory: what the next pass lints. */
export class OverlayVfs implements Vfs {
  readonly changed = new Map<string, { before: string; after: string }>();
  constructor(private readonly base: Vfs) {}
  get label(): string {
    return this.base.label;
  }
  get files(): ReadonlySet<string> {
    return this.base.files;
  }
  get truncated(): string | undefined {
    return this.base.truncated;
  }
  async readText(path: string): Promise<string> {
    const own = this.changed.get(path);
    return own ? own.after : this.base.readText(path);
  }
  async write(path: string, text: string): Promise<void> {
    const before = this.changed.get(path)?.before ?? (await this.base.readText(path));
    if (text === before) this.changed.delete(path);
    else this.changed.set(path, { before, after: text });
  }
}

type Point = [line: number, column: number];
const lessThan = (a: Point, b: Point) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
const startOf = (r: Range): Point => [r.startLine, r.startColumn];
const endOf = (r: Range): Point => [r.endLine, r.endColumn];

/** Do two edits touch the same text? Two edits starting at one place overlap too (their order would be a guess). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  const [as, ae, bs, be] = [startOf(a.range), endOf(a.range), startOf(b.range), endOf(b.range)];
  if (as[0] === bs[0] && as[1] === bs[1]) return true;
  return lessThan(as, be) && lessThan(bs, ae);
}

/** Which fixes a pass applies: in the order of the findings, each whole or not at all, none overlapping an earlier one. */
export function chooseFixes(findings: Finding[], unsafe: boolean): Fix[] {
  const chosen: Fix[] = [];
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix || f.suppressed || (!f.fix.safe && !unsafe) || f.fix.edits.length === 0) continue;
    if (f.fix.edits.some((e) => edits.some((o) => overlaps(e, o)))) continue;
    chosen.push(f.fix);
    edits.push(...f.fix.edits);
  }
  return chosen;
}

/**
 * Applies non-overlapping edits to one file's text. Ranges are those of the linted text (UTF-8 BOM
 * dropped, lines and columns as in the file); inserted line breaks take the file's line ending.
 */
export function applyEdits(raw: string, edits: TextEdit[]): string {
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = bom ? raw.slice(1) : raw;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const index = new LineIndex(text);
  const offset = (line: number, column: number) => {
    if (line - 1 >= index.lineCount) return text.length;
    const start = index.offsetAt(line - 1, 0);
    // Never past the end of the line's text: a column beyond it means the end of the line.
    return start + Math.min(column - 1, index.lineText(line - 1).length);
  };
  const located = edits
    .map((e) => ({ start: offset(e.range.startLine, e.range.startColumn), end: offset(e.range.endLine, e.range.endColumn), text: e.text.replace(/\r?\n/g, eol) }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of located) out = out.slice(0, e.start) + e.text + out.slice(Math.max(e.start, e.end));
  return bom + out;
}

export interface FixOutcome {
  /** Repository-relative files whose text changed, with the text before and after. */
  changed: Map<string, { before: string; after: string }>;
  /** Fixes applied, per rule code. */
  applied: Map<string, number>;
  passes: number;
  /** Set when the passes stopped before nothing was left to fix (the limit, or a fix that broke a file). */
  stopped?: string;
}

/**
 * Fixes a repository in memory: lint, apply what `--fix` (or `--unsafe-fixes`) may, lint again, until
 * a pass changes nothing. A pass that would make a Dockerfile unparsable is undone and ends the run.
 */
export async function fixInMemory(linter: Linter, input: LintInput, options: { unsafe: boolean }): Promise<FixOutcome> {
  const vfs = new OverlayVfs(input.vfs);
  const applied = new Map<string, number>();
  let passes = 0;
  let stopped: string | undefined;
  let previous: Finding[] | null = null;
  let undo = new Map<string, string>();
  for (;;) {
    const result = await linter.lint({ ...input, vfs });
    if (previous && passes > 0) {
      const broken = brokenFiles(previous, result.findings);
      if (broken.length > 0) {
        stopped = `the fixes of pass ${passes} made ${broken.join(', ')} unreadable to the linter; that pass was undone`;
        for (const file of broken) await vfs.write(file, undo.get(file)!);
        break;
      }
    }
    const fixes = chooseFixes(result.findings, options.unsafe);
    if (fixes.length === 0) break;
    if (passes === MAX_PASSES) {
      stopped = `fixes were still found after ${MAX_PASSES} passes`;
      break;
    }
    passes++;
    const byFile = new Map<string, TextEdit[]>();
    for (const f of fixes) for (const e of f.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    undo = new Map<string, string>();
    let changedAny = false;
    for (const [file, edits] of byFile) {
      let text: string;
      try {
        text = await vfs.readText(file);
      } catch (e) {
        if (e instanceof VfsError) continue;
        throw e;
      }
      const after = applyEdits(text, edits);
      if (after === text) continue;
      undo.set(file, text);
      await vfs.write(file, after);
      changedAny = true;
    }
    if (!changedAny) break;
    for (const f of result.findings) if (f.fix && fixes.includes(f.fix)) applied.set(f.code, (applied.get(f.code) ?? 0) + 1);
    previous = result.findings;
  }
  return { changed: vfs.changed, applied, passes, ...(stopped ? { stopped } : {}) };
}

/** Files that parsed before a pass and do not after it. */
function brokenFiles(before: Finding[], after: Finding[]): string[] {
  const wasBroken = new Set(before.filter((f) => f.code === 'CHM001').map((f) => f.file));
  return [...new Set(after.filter((f) => f.code === 'CHM001' && !wasBroken.has(f.file)).map((f) => f.file))];
}
