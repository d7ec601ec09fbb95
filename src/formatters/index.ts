// Formatters turn a report into text. Each is a pure function; the CLI picks one by name.
import type { Formatter } from './report.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export { failuresOf, type Report, type RunFailure, type SkippedFile, type FormatOptions, type Formatter } from './report.js';


export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
};
