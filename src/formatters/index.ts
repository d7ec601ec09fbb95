// Formatters turn a report into text. Each is a pure function; the CLI picks one by name.
import type { RuleMeta } from '../rule-api.js';
import type { Finding } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

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
}

export interface FormatOptions {
  color: boolean;
  /** Show code frames (only on a terminal). */
  frames: boolean;
  quiet: boolean;
  /** SARIF runAutomationDetails.id (--category). */
  category?: string;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
};
