// The explicit registry of rules, sorted by code. A rule is one file; add it here to enable it.
import type { Rule } from '../src/rule-api.js';
import CHM001 from './CHM001-parse-error.js';
import CHM002 from './CHM002-unused-suppression.js';
import CHM101 from './CHM101-final-user-not-platform-user.js';
import CHM110 from './CHM110-pip-cache-kept.js';

export const RULES: Rule[] = [
  CHM001,
  CHM002,
  CHM101,
  CHM110,
].sort((a, b) => (a.meta.code < b.meta.code ? -1 : 1));
