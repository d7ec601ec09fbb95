// The vocabulary every part of chaimeleon-lint shares: severities, ranges, findings.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** 1-based lines and columns; endColumn is exclusive (points just past the last character). */
export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

/** Replace the text of `range` in `file` (repository-relative, like Finding.file) with `text`. An empty range inserts. */
export interface TextEdit {
  file: string;
  range: Range;
  text: string;
}

/**
 * A change that removes the finding. Safe fixes keep the meaning the partner wrote and are applied by
 * `--fix`; unsafe ones need a choice only the partner can make (a name, a README section) and are
 * applied only with `--unsafe-fixes`, and always offered in editors (Ruff's split).
 */
export interface Fix {
  title: string;
  safe: boolean;
  edits: TextEdit[];
}

export interface Finding {
  code: string;
  slug: string;
  severity: Severity;
  message: string;
  /** Repository-relative path with forward slashes. */
  file: string;
  range: Range;
  related: RelatedLocation[];
  fix?: Fix;
  /** A web link to the line (remote mode: the file at the reviewed commit on GitHub). */
  url?: string;
  /** Set when an inline suppression or config ignore silenced the finding (kept for SARIF). */
  suppressed?: { kind: 'inline' | 'config'; justification: string };
}

export function wholeFileRange(): Range {
  return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.startLine - b.range.startLine ||
    a.range.startColumn - b.range.startColumn ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** A usage or configuration error: the CLI prints its one-line message and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
