// Formatters turn a report into text. Each is a pure function; the CLI picks one by name.
import type { RuleMeta } from '../rule-api.js';
import type { Finding } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export interface Report {
  findings: Finding[];
  /** Files that were linted, as shown to the user. */
  files: string[];
  rules: RuleMeta[];
  toolVersion: string;
  /** Reads a line of a linted file for code frames (stylish on a terminal). */
  sourceLine?: (file: string, line: number) => string | undefined;
}

export interface FormatOptions {
  color: boolean;
  /** Show code frames (only on a terminal). */
  frames: boolean;
  quiet: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
};
