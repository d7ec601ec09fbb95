import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/run-context.ts
import { AsyncLocalStorage } from "node:async_hooks";
function runContext() {
  const storage = new AsyncLocalStorage();
  return { get: () => storage.getStore(), run: (value, work) => storage.run(value, work) };
}

// src/limits.ts
var current = runContext();
function noteIncomplete(note) {
  current.get()?.push(note);
}
function collectIncomplete(notes, work) {
  return current.run(notes, work);
}
var MAX_TREE_DEPTH = 400;
function clip(text, max = 120) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
var MAX_QUOTED = 200;
var MAX_MESSAGE = 2e3;
function boundMessage(message) {
  if (message.length <= MAX_QUOTED) return message;
  const pieces = message.split("`");
  for (let i = 1; i < pieces.length - 1; i += 2) {
    const code = pieces[i];
    if (code.length > MAX_QUOTED) pieces[i] = `${code.slice(0, MAX_QUOTED / 2)}\u2026(${code.length - MAX_QUOTED} more characters)\u2026${code.slice(-MAX_QUOTED / 2)}`;
  }
  return clip(pieces.join("`"), MAX_MESSAGE);
}
var FileLintError = class extends Error {
  constructor(file, cause) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.file = file;
    this.cause = cause;
    this.name = cause instanceof Error ? cause.name : "Error";
  }
  file;
  cause;
};
var LintLimitError = class extends FileLintError {
  constructor(file, message) {
    super(file, new Error(message));
    this.name = "LintLimitError";
  }
};
var UnreadableFileError = class extends FileLintError {
  constructor(file) {
    super(file, new Error(`${file} could not be read`));
    this.name = "UnreadableFileError";
  }
};

export {
  noteIncomplete,
  collectIncomplete,
  MAX_TREE_DEPTH,
  clip,
  boundMessage,
  FileLintError,
  LintLimitError,
  UnreadableFileError
};
