// `.dockerignore` with Docker's own semantics (moby/patternmatcher): patterns are relative to the
// context root (a leading `/` is dropped), `**` spans folders, `!` re-includes, the last matching
// pattern wins, and a pattern that matches a folder excludes everything under it.

export interface IgnorePattern {
  /** The pattern after cleaning, without its `!`. */
  pattern: string;
  exclusion: boolean;
  /** 1-based line in the ignore file. */
  line: number;
  regex: RegExp;
}

export class DockerIgnore {
  readonly patterns: IgnorePattern[] = [];

  constructor(text: string) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, i) => {
      // Docker drops comment lines before trimming, so ` # x` is a pattern.
      if (raw.startsWith('#')) return;
      let pattern = raw.trim();
      if (pattern === '') return;
      const exclusion = pattern.startsWith('!');
      if (exclusion) pattern = pattern.slice(1).trim();
      if (pattern === '') return;
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
      this.patterns.push({ pattern, exclusion, line: i + 1, regex: compile(pattern) });
    });
  }

  /** The pattern that excludes a context-relative path (itself or a parent folder), or null when the path is sent. */
  excludedBy(path: string): IgnorePattern | null {
    const parts = path.split('/');
    let matched = false;
    let by: IgnorePattern | null = null;
    for (const p of this.patterns) {
      // An exception only matters once something matched, and vice versa (as Docker does).
      if (p.exclusion !== matched) continue;
      let match = p.regex.test(path);
      for (let i = 1; !match && i < parts.length; i++) match = p.regex.test(parts.slice(0, i).join('/'));
      if (match) {
        matched = !p.exclusion;
        by = p;
      }
    }
    return matched ? by : null;
  }
}

/** Go's filepath.Clean on a slash path: no empty, `.` or resolvable `..` parts, no trailing slash. */
export function cleanPath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return absolute ? '/' + joined : joined || '.';
}

function compile(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        re += i + 1 >= pattern.length ? '.*' : '(?:.*/)?';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) re += escapeRegex(pattern[++i]);
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += escapeRegex(c);
  }
  return safeRegex(`^${re}$`, pattern, '');
}

/** A pattern with a malformed class (`[z-a]`) matches nothing but itself, as Docker's matcher errs on it. */
function safeRegex(source: string, literal: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch {
    return new RegExp(`^${literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, flags);
  }
}

function escapeRegex(c: string): string {
  return c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Go's filepath.Match for one path segment (what COPY uses for wildcards): `*`, `?`, `[...]`
 * (`^` negates), `\` escapes.
 */
export function segmentMatcher(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '\\' && i + 1 < segment.length) re += escapeRegex(segment[++i]);
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        re += `[${segment.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += escapeRegex(c);
  }
  return safeRegex(`^${re}$`, segment, 's');
}

export function hasWildcard(path: string): boolean {
  return /[*?[]/.test(path);
}
