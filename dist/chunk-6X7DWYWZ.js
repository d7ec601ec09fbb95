import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/chain/dockerignore.ts
var DockerIgnore = class {
  patterns = [];
  constructor(text) {
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    lines.forEach((raw, i) => {
      if (raw.startsWith("#")) return;
      let pattern = raw.trim();
      if (pattern === "") return;
      const exclusion = pattern.startsWith("!");
      if (exclusion) pattern = pattern.slice(1).trim();
      if (pattern === "") return;
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
      this.patterns.push({ pattern, written: raw.trim(), exclusion, line: i + 1, matcher: compile(pattern) });
    });
  }
  /** The pattern that excludes a context-relative path (itself or a parent folder), or null when the path is sent. */
  excludedBy(path) {
    const parts = path.split("/");
    let matched = false;
    let by = null;
    for (const p of this.patterns) {
      if (p.exclusion !== matched) continue;
      let match = p.matcher.test(path);
      for (let i = 1; !match && i < parts.length; i++) match = p.matcher.test(parts.slice(0, i).join("/"));
      if (match) {
        matched = !p.exclusion;
        by = p;
      }
    }
    return matched ? by : null;
  }
};
function cleanPath(path) {
  const absolute = path.startsWith("/");
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  return absolute ? "/" + joined : joined || ".";
}
var WildcardMatcher = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  close(states) {
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop();
      const t = this.tokens[s];
      if (t?.kind !== "star" && t?.kind !== "optional") continue;
      for (const next of t.kind === "optional" ? [s + 1, s + 1 + t.length] : [s + 1]) {
        if (!states.has(next)) {
          states.add(next);
          stack.push(next);
        }
      }
    }
    return states;
  }
  test(text) {
    const accept = this.tokens.length;
    let states = this.close(/* @__PURE__ */ new Set([0]));
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      const next = /* @__PURE__ */ new Set();
      for (const s of states) {
        const t = this.tokens[s];
        if (!t) continue;
        if (t.kind === "optional") continue;
        if (t.kind === "star") {
          if (t.slash || c !== "/") next.add(s);
        } else if (t.kind === "char" ? t.c === c : t.kind === "any" ? t.slash || c !== "/" : t.re.test(c)) next.add(s + 1);
      }
      if (next.size === 0) return false;
      states = this.close(next);
    }
    return states.has(accept);
  }
};
function charClass(body, slash) {
  try {
    return new RegExp(`^[${body.replace(/\\/g, "\\\\")}]$`, slash ? "s" : "");
  } catch {
    return null;
  }
}
function literal(pattern) {
  return { test: (text) => text === pattern };
}
function compile(pattern) {
  const tokens = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") i++;
        if (i + 1 >= pattern.length) tokens.push({ kind: "star", slash: true });
        else tokens.push({ kind: "optional", length: 2 }, { kind: "star", slash: true }, { kind: "char", c: "/" });
      } else tokens.push({ kind: "star", slash: false });
    } else if (c === "?") tokens.push({ kind: "any", slash: false });
    else if (c === "\\" && i + 1 < pattern.length) tokens.push({ kind: "char", c: pattern[++i] });
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) tokens.push({ kind: "char", c: "[" });
      else {
        const re = charClass(pattern.slice(i + 1, end), false);
        if (!re) return literal(pattern);
        tokens.push({ kind: "class", re });
        i = end;
      }
    } else tokens.push({ kind: "char", c });
  }
  return new WildcardMatcher(mergeStars(tokens));
}
function mergeStars(tokens) {
  const out = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (t.kind === "star" && last?.kind === "star" && last.slash === t.slash) continue;
    out.push(t);
  }
  return out;
}
function segmentMatcher(segment) {
  const tokens = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") tokens.push({ kind: "star", slash: true });
    else if (c === "?") tokens.push({ kind: "any", slash: true });
    else if (c === "\\" && i + 1 < segment.length) tokens.push({ kind: "char", c: segment[++i] });
    else if (c === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end < 0) tokens.push({ kind: "char", c: "[" });
      else {
        const re = charClass(segment.slice(i + 1, end), true);
        if (!re) return literal(segment);
        tokens.push({ kind: "class", re });
        i = end;
      }
    } else tokens.push({ kind: "char", c });
  }
  return new WildcardMatcher(mergeStars(tokens));
}
function hasWildcard(path) {
  return /[*?[]/.test(path);
}

export {
  DockerIgnore,
  cleanPath,
  segmentMatcher,
  hasWildcard
};
