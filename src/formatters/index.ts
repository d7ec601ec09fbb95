// Formatters turn a report into text. Each is a pure function; the CLI picks one by name.
import type { FormatName } from './names.js';
import type { Formatter } from './report.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export { failuresOf, type Report, type RunFailure, type SkippedFile, type FormatOptions, type Formatter } from './report.js';


// Every name of FORMAT_NAMES, in its order (--help lists them so).
const BY_NAME: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
};

export const FORMATTERS: Record<string, Formatter> = BY_NAME;
