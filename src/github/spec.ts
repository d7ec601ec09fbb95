// What the user names on the command line: `github:OWNER/REPO[@REF][/PATH]` paths and `--shard I/N`.
// Kept apart from the GitHub client so that the local modes never load it.
import { UsageError } from '../types.js';

export const GITHUB_PREFIX = 'github:';

/** `github:OWNER/REPO[@REF][/PATH]` as typed: REF and PATH are only told apart against the repository. */
export interface GitHubSpec {
  owner: string;
  repo: string;
  /** What follows `@` (REF, or REF/PATH when REF has slashes); null for the default branch. */
  refAndPath: string | null;
  /** PATH when no REF was given. */
  path: string;
}

const NAME = /^[A-Za-z0-9_.-]+$/;

export function isGithubSpec(input: string): boolean {
  return input.startsWith(GITHUB_PREFIX);
}

/** Parses a `github:` path; null when it is not one GitHub could name. */
export function parseGithubSpec(input: string): GitHubSpec | null {
  const m = /^github:([^/@]+)\/([^/@]+)(?:@([^]+)|\/([^]*))?$/.exec(input);
  if (!m || !NAME.test(m[1]) || !NAME.test(m[2]) || /^\.\.?$/.test(m[2])) return null;
  const repo = m[2].replace(/\.git$/, '');
  const refAndPath = m[3] === undefined ? null : m[3].replace(/\/+$/, '');
  if (refAndPath === '') return null;
  return { owner: m[1], repo, refAndPath, path: (m[4] ?? '').replace(/^\/+|\/+$/g, '') };
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${text}: expected I/N with 1 <= I <= N (e.g. 2/8)`);
  return { index, count };
}

/**
 * Whether a repository belongs to a shard: a hash of its lower-cased full name, so each repository's
 * shard depends on nothing else, and shards that list the organization a moment apart still agree.
 */
export function inShard(fullName: string, shard: Shard): boolean {
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (const byte of new TextEncoder().encode(fullName.toLowerCase())) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shard.count === shard.index - 1;
}

