import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UsageError
} from "./chunk-SZREWI2H.js";

// src/github/token.ts
var MIN_PARTIAL = 8;
var MASK = "***";
function readToken(env) {
  const token = (env.GITHUB_TOKEN || env.GH_TOKEN || "").trim();
  return token || void 0;
}
function checkedToken(env) {
  const token = readToken(env);
  if (token && /[\s\u0000-\u001f\u007f-\uffff]/.test(token)) {
    throw new UsageError(`${env.GITHUB_TOKEN?.trim() ? "GITHUB_TOKEN" : "GH_TOKEN"} holds spaces, line breaks or other characters a token cannot hold: set it to the token alone`);
  }
  return token;
}
function secretMasker(secrets) {
  const kept = [...new Set(secrets.filter((s) => !!s && s.length >= 4))];
  if (kept.length === 0) return (text) => text;
  const pieces = /* @__PURE__ */ new Set();
  for (const secret of kept) {
    if (secret.length < MIN_PARTIAL) pieces.add(secret);
    else for (let i = 0; i + MIN_PARTIAL <= secret.length; i++) pieces.add(secret.slice(i, i + MIN_PARTIAL));
  }
  return (text) => {
    const spans = [];
    for (const piece of pieces) {
      for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) spans.push([at, at + piece.length]);
    }
    if (spans.length === 0) return text;
    spans.sort((a, b) => a[0] - b[0]);
    let out = "";
    let done = 0;
    let [start, end] = spans[0];
    for (const [s, e] of spans.slice(1)) {
      if (s <= end) end = Math.max(end, e);
      else {
        out += text.slice(done, start) + MASK;
        done = end;
        [start, end] = [s, e];
      }
    }
    return out + text.slice(done, start) + MASK + text.slice(end);
  };
}

export {
  readToken,
  checkedToken,
  secretMasker
};
