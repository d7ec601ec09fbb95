// Findings and fixes in the Language Server Protocol's terms. The project's ranges are 1-based with
// an exclusive end column counted in UTF-16 code units, the protocol's are 0-based in the same
// units: a position is (line - 1, column - 1).
import type { CodeAction, Diagnostic, DiagnosticSeverity, Hover, Position, Range as LspRange, TextDocumentEdit, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { RuleMeta } from '../rule-types.js';
import type { Finding, Fix, Range, Severity, TextEdit } from '../types.js';
import { ruleDocsUrl } from '../version.js';

export const SOURCE = 'chaimeleon-lint';
export const QUICK_FIX = 'quickfix';
/** The kind editors ask for when they fix a whole file on save (`source.fixAll`), narrowed to this tool. */
export const FIX_ALL = 'source.fixAll.chaimeleon-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3 };

export function toLspRange(range: Range): LspRange {
  return {
    start: { line: Math.max(0, range.startLine - 1), character: Math.max(0, range.startColumn - 1) },
    end: { line: Math.max(0, range.endLine - 1), character: Math.max(0, range.endColumn - 1) },
  };
}

/** A finding with what is needed to place it: the URIs of its files, and the versions of the documents it was computed from. */
export interface PlacedFinding {
  finding: Finding;
  /** The URI of a repository-relative path. */
  uriOf: (file: string) => string;
  /** The editor version each file was linted at; null for a file read from disk. */
  versionOf: (file: string) => number | null;
}

export function toDiagnostic({ finding, uriOf }: PlacedFinding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: ruleDocsUrl(finding.code) },
    source: SOURCE,
    message: finding.message,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: uriOf(r.file), range: toLspRange(r.range) }, message: r.message }));
  }
  return diagnostic;
}

/** Edits sorted by where they start, keeping only those that do not overlap an earlier one (as `--fix` applies them). */
export function nonOverlapping(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn));
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.file === edit.file && !before(last.range, edit.range)) continue;
    kept.push(edit);
  }
  return kept;
}

/** Does `a` end at or before `b` starts? Two insertions at the same point overlap (their order would be a guess). */
function before(a: Range, b: Range): boolean {
  if (a.endLine !== b.startLine) return a.endLine < b.startLine;
  if (a.endColumn !== b.startColumn) return a.endColumn < b.startColumn;
  const aEmpty = a.startLine === a.endLine && a.startColumn === a.endColumn;
  const bEmpty = b.startLine === b.endLine && b.startColumn === b.endColumn;
  return !(aEmpty && bEmpty);
}

/**
 * The edits of fixes as a workspace edit. With versioned document changes the editor refuses an
 * edit computed from an older text of the document, rather than applying it in the wrong place.
 */
export function toWorkspaceEdit(edits: TextEdit[], placed: Pick<PlacedFinding, 'uriOf' | 'versionOf'>, versioned: boolean): WorkspaceEdit {
  const byFile = new Map<string, LspTextEdit[]>();
  for (const edit of edits) {
    const list = byFile.get(edit.file) ?? [];
    list.push({ range: toLspRange(edit.range), newText: edit.text });
    byFile.set(edit.file, list);
  }
  if (!versioned) return { changes: Object.fromEntries([...byFile].map(([file, list]) => [placed.uriOf(file), list])) };
  const documentChanges: TextDocumentEdit[] = [...byFile].map(([file, list]) => ({ textDocument: { uri: placed.uriOf(file), version: placed.versionOf(file) }, edits: list }));
  return { documentChanges };
}

export function quickFix(placed: PlacedFinding, fix: Fix, versioned: boolean): CodeAction {
  return {
    title: fix.title,
    kind: QUICK_FIX,
    diagnostics: [toDiagnostic(placed)],
    // The safe fix is the one an editor may apply with a single key press.
    isPreferred: fix.safe,
    edit: toWorkspaceEdit(fix.edits, placed, versioned),
  };
}

/** One action applying every safe fix of a document that does not overlap another. */
export function fixAll(placed: PlacedFinding[], versioned: boolean): CodeAction | null {
  const safe = placed.filter((p) => p.finding.fix?.safe);
  if (safe.length === 0) return null;
  const edits = nonOverlapping(safe.flatMap((p) => p.finding.fix!.edits));
  return { title: 'Fix all safe chaimeleon-lint problems', kind: FIX_ALL, diagnostics: safe.map(toDiagnostic), edit: toWorkspaceEdit(edits, safe[0], versioned) };
}

/** Is `kind` one of those the client asked for (`only`, where `quickfix` covers `quickfix.x`)? */
export function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function intersects(a: LspRange, b: LspRange): boolean {
  return !(after(a.start, b.end) || after(b.start, a.end));
}

function after(p: Position, q: Position): boolean {
  return p.line > q.line || (p.line === q.line && p.character > q.character);
}

/** Is the position on the finding? An empty range (a whole-file finding, an insertion point) covers its line. */
export function covers(range: LspRange, position: Position): boolean {
  const empty = range.start.line === range.end.line && range.start.character === range.end.character;
  if (empty) return position.line === range.start.line;
  return !after(range.start, position) && !after(position, range.end);
}

/** The hover on findings: each rule's code, slug, severity, summary, the fix offered, and a link to its docs. */
export function hoverFor(findings: Finding[], rules: readonly RuleMeta[], range: LspRange): Hover {
  const parts = findings.map((f) => {
    const meta = rules.find((m) => m.code === f.code);
    const lines = [`**${f.code}** \`${f.slug}\` (${f.severity})`];
    if (meta) lines.push('', meta.summary);
    if (f.fix) lines.push('', `Quick fix${f.fix.safe ? '' : ' (unsafe: check it)'}: ${f.fix.title}`);
    lines.push('', `[${f.code} documentation](${ruleDocsUrl(f.code)})`);
    return lines.join('\n');
  });
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range };
}
