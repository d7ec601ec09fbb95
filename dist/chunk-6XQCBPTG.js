import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UsageError
} from "./chunk-SZREWI2H.js";

// src/github/spec.ts
var GITHUB_PREFIX = "github:";
var NAME = /^[A-Za-z0-9_.-]+$/;
function isGithubSpec(input) {
  return input.startsWith(GITHUB_PREFIX);
}
function parseGithubSpec(input) {
  const m = /^github:([^/@]+)\/([^/@]+)(?:@([^]+)|\/([^]*))?$/.exec(input);
  if (!m || !NAME.test(m[1]) || !NAME.test(m[2]) || /^\.\.?$/.test(m[2])) return null;
  const repo = m[2].replace(/\.git$/, "");
  const refAndPath = m[3] === void 0 ? null : m[3].replace(/\/+$/, "");
  if (refAndPath === "") return null;
  return { owner: m[1], repo, refAndPath, path: (m[4] ?? "").replace(/^\/+|\/+$/g, "") };
}
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${text}: expected I/N with 1 <= I <= N (e.g. 2/8)`);
  return { index, count };
}
function inShard(fullName, shard) {
  let hash = 2166136261;
  for (const byte of new TextEncoder().encode(fullName.toLowerCase())) {
    hash ^= byte;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % shard.count === shard.index - 1;
}

export {
  isGithubSpec,
  parseGithubSpec,
  parseShard,
  inShard
};
