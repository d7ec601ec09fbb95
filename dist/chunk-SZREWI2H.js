import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/types.ts
var SEVERITY_RANK = { info: 1, warning: 2, error: 3 };
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

export {
  SEVERITY_RANK,
  compareFindings,
  UsageError
};
