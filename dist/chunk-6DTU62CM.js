import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/file-errors.ts
var MAX_FILE_BYTES = 8 * 1024 * 1024;
var VfsError = class extends Error {
  constructor(path, message, kind = "other") {
    super(message);
    this.path = path;
    this.kind = kind;
    this.name = "VfsError";
  }
  path;
  kind;
  /** The reason alone, as it reads after a path in a message. */
  toString() {
    return this.message;
  }
};
function isReportable(e) {
  return e instanceof VfsError && ["special", "too-large", "outside", "denied"].includes(e.kind);
}
function decodeText(path, buffer) {
  if (buffer.includes(0)) throw new VfsError(path, "is a binary file (it contains NUL bytes)", "binary");
  return new TextDecoder("utf-8", { fatal: false }).decode(buffer);
}

// src/vfs-core.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache"]);
var MAX_FILES = 2e4;
var MAX_FOLDERS = 2e4;
var MemoryVfs = class {
  constructor(label, contents) {
    this.label = label;
    this.contents = contents;
    this.files = new Set(contents.keys());
  }
  label;
  contents;
  files;
  async readText(path) {
    const content = this.contents.get(path);
    if (content === void 0) throw new VfsError(path, "does not exist");
    return typeof content === "string" ? content : decodeText(path, content);
  }
};
function joinRepositoryPath(base, path) {
  if (path.startsWith("/")) return null;
  const parts = base ? base.split("/") : [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

export {
  MAX_FILE_BYTES,
  VfsError,
  isReportable,
  decodeText,
  SKIPPED_DIRS,
  MAX_FILES,
  MAX_FOLDERS,
  MemoryVfs,
  joinRepositoryPath
};
