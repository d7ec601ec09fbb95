// `.dockerignore` with Docker's own semantics (moby/patternmatcher): patterns are relative to the
// context root (a leading `/` is dropped), `**` spans folders, `!` re-includes, the last matching
// pattern wins, and a pattern that matches a folder excludes everything under it.

export interface IgnorePattern {
  /** The pattern after cleaning, without its `!`. */
  pattern: string;
  /** The line as written (trimmed), `!` and trailing `/` included: what a message quotes. */
  written: string;
  exclusion: boolean;
  /** 1-based line in the ignore file. */
  line: number;
  matcher: Matcher;
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
      this.patterns.push({ pattern, written: raw.trim(), exclusion, line: i + 1, matcher: compile(pattern) });
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
      let match = p.matcher.test(path);
      for (let i = 1; !match && i < parts.length; i++) match = p.matcher.test(parts.slice(0, i).join('/'));
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

/** What a pattern is compiled to: a test of a whole path (or one segment). */
export interface Matcher {
  test(text: string): boolean;
}

/**
 * One step of a compiled wildcard pattern. `star` repeats (across `/` or not); `optional` may
 * skip the `length` steps after it: a `**` folder prefix is either nothing or any text then `/`.
 */
type Token = { kind: 'char'; c: string } | { kind: 'any'; slash: boolean } | { kind: 'class'; re: RegExp } | { kind: 'star'; slash: boolean } | { kind: 'optional'; length: number };

/**
 * Matches by following every state of the pattern at once (a Thompson simulation): time grows
 * with pattern length times text length, whatever the pattern. The regular expressions this
 * replaces backtracked exponentially on `*a*a*a*a…b`, or a chain of `**` folder prefixes, against a long name,
 * and both come from the repository (`.dockerignore`, COPY sources).
 */
class WildcardMatcher implements Matcher {
  constructor(private readonly tokens: Token[]) {}

  private close(states: Set<number>): Set<number> {
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop()!;
      const t = this.tokens[s];
      if (t?.kind !== 'star' && t?.kind !== 'optional') continue;
      for (const next of t.kind === 'optional' ? [s + 1, s + 1 + t.length] : [s + 1]) {
        if (!states.has(next)) {
          states.add(next);
          stack.push(next);
        }
      }
    }
    return states;
  }

  test(text: string): boolean {
    const accept = this.tokens.length;
    let states = this.close(new Set([0]));
    // Code units, as the regular expressions before counted them.
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      const next = new Set<number>();
      for (const s of states) {
        const t = this.tokens[s];
        if (!t) continue;
        if (t.kind === 'optional') continue;
        if (t.kind === 'star') {
          if (t.slash || c !== '/') next.add(s);
        } else if (t.kind === 'char' ? t.c === c : t.kind === 'any' ? t.slash || c !== '/' : t.re.test(c)) next.add(s + 1);
      }
      if (next.size === 0) return false;
      states = this.close(next);
    }
    return states.has(accept);
  }
}

/** A `[...]` class as a one-character test; null when malformed (`[z-a]`). */
function charClass(body: string, slash: boolean): RegExp | null {
  try {
    return new RegExp(`^[${body.replace(/\\/g, '\\\\')}]$`, slash ? 's' : '');
  } catch {
    return null;
  }
}

/** A literal matcher: a malformed pattern matches nothing but itself, as Docker's matcher errs on it. */
function literal(pattern: string): Matcher {
  return { test: (text) => text === pattern };
}

function compile(pattern: string): Matcher {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        // `**` at the end spans everything; elsewhere `(?:.*/)?`.
        if (i + 1 >= pattern.length) tokens.push({ kind: 'star', slash: true });
        else tokens.push({ kind: 'optional', length: 2 }, { kind: 'star', slash: true }, { kind: 'char', c: '/' });
      } else tokens.push({ kind: 'star', slash: false });
    } else if (c === '?') tokens.push({ kind: 'any', slash: false });
    else if (c === '\\' && i + 1 < pattern.length) tokens.push({ kind: 'char', c: pattern[++i] });
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) tokens.push({ kind: 'char', c: '[' });
      else {
        const re = charClass(pattern.slice(i + 1, end), false);
        if (!re) return literal(pattern);
        tokens.push({ kind: 'class', re });
        i = end;
      }
    } else tokens.push({ kind: 'char', c });
  }
  return new WildcardMatcher(mergeStars(tokens));
}

/** `***` and `* *`-like runs of stars behave as one: fewer states to follow. */
function mergeStars(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (t.kind === 'star' && last?.kind === 'star' && last.slash === t.slash) continue;
    out.push(t);
  }
  return out;
}

/**
 * Go's filepath.Match for one path segment (what COPY uses for wildcards): `*`, `?`, `[...]`
 * (`^` negates), `\` escapes.
 */
export function segmentMatcher(segment: string): Matcher {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') tokens.push({ kind: 'star', slash: true });
    else if (c === '?') tokens.push({ kind: 'any', slash: true });
    else if (c === '\\' && i + 1 < segment.length) tokens.push({ kind: 'char', c: segment[++i] });
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) tokens.push({ kind: 'char', c: '[' });
      else {
        const re = charClass(segment.slice(i + 1, end), true);
        if (!re) return literal(segment);
        tokens.push({ kind: 'class', re });
        i = end;
      }
    } else tokens.push({ kind: 'char', c });
  }
  return new WildcardMatcher(mergeStars(tokens));
}

export function hasWildcard(path: string): boolean {
  return /[*?[]/.test(path);
}
