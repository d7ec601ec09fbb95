// What every formatter reads: the report and the options. Kept apart from the registry in index.ts
// so that formatters import it without importing each other.
import type { RuleMeta } from '../rule-types.js';
import type { Finding } from '../types.js';

export interface Report {
  findings: Finding[];
  /** Files that were linted, as shown to the user. */
  files: string[];
  rules: RuleMeta[];
  toolVersion: string;
  /** Reads a line of a linted file: code frames (stylish on a terminal) and SARIF fingerprints. */
  sourceLine?: (file: string, line: number) => string | undefined;
  /** `file:` URI of the folder that file paths are relative to (SARIF's %SRCROOT%). */
  rootUri?: string;
  /** A web link to a line of a file (the commit on GitHub), for the Markdown report. */
  fileUrl?: (file: string, line: number) => string | undefined;
  /**
   * What could not be reviewed (a missing path, a failed repository, a folder with no Dockerfile):
   * every format then says the run failed, and never that nothing was found.
   */
  failures?: RunFailure[];
  /** Dockerfiles found but not reviewed as images (a left-over nobody builds): said, never a failure. */
  skipped?: SkippedFile[];
}

/** A Dockerfile the run left out on purpose, as shown to the user, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** Something the run could not review: what the user named (a path, a repository) and why. */
export interface RunFailure {
  file: string;
  message: string;
}

/** The failures of a report; none means every path named was reviewed. */
export function failuresOf(report: Report): RunFailure[] {
  return report.failures ?? [];
}

export interface FormatOptions {
  color: boolean;
  /** Show code frames: the source line with a caret under the finding (a terminal, or --show-source). */
  frames: boolean;
  quiet: boolean;
  /** Stylish: wrap at this many columns with a hanging indent; absent or 0, no wrapping. */
  width?: number;
  /** Stylish: rule codes as OSC 8 links to their docs (a terminal that shows them). */
  hyperlinks?: boolean;
  /** Stylish: counts per rule after the findings (--statistics). */
  statistics?: boolean;
  /** SARIF runAutomationDetails.id (--category). */
  category?: string;
}

export type Formatter = (report: Report, options: FormatOptions) => string;
