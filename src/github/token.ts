// The GitHub token: read once from the environment, trimmed (a token pasted with its line break is
// still the token), and masked in everything chaimeleon-lint writes, whatever a server echoes back.
// Kept apart from the client so that local runs mask without loading Octokit.
import { UsageError } from '../types.js';

/** Shorter secrets are masked only where they appear whole. */
const MIN_PARTIAL = 8;
const MASK = '***';

/** GITHUB_TOKEN, else GH_TOKEN, trimmed; undefined when neither is set. */
export function readToken(env: Record<string, string | undefined>): string | undefined {
  const token = (env.GITHUB_TOKEN || env.GH_TOKEN || '').trim();
  return token || undefined;
}

/** The token, refused (without echoing it) when it could not be sent as one header value. */
export function checkedToken(env: Record<string, string | undefined>): string | undefined {
  const token = readToken(env);
  if (token && /[\s\u0000-\u001f\u007f-\uffff]/.test(token)) {
    throw new UsageError(`${env.GITHUB_TOKEN?.trim() ? 'GITHUB_TOKEN' : 'GH_TOKEN'} holds spaces, line breaks or other characters a token cannot hold: set it to the token alone`);
  }
  return token;
}

/**
 * A function that masks the secrets in a text: each one whole, and any run of at least eight of its
 * characters in a row (a server may echo a token cut short or cut in two).
 */
export function secretMasker(secrets: (string | undefined)[]): (text: string) => string {
  const kept = [...new Set(secrets.filter((s): s is string => !!s && s.length >= 4))];
  if (kept.length === 0) return (text) => text;
  const pieces = new Set<string>();
  for (const secret of kept) {
    if (secret.length < MIN_PARTIAL) pieces.add(secret);
    else for (let i = 0; i + MIN_PARTIAL <= secret.length; i++) pieces.add(secret.slice(i, i + MIN_PARTIAL));
  }
  return (text) => {
    const spans: [number, number][] = [];
    for (const piece of pieces) {
      for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) spans.push([at, at + piece.length]);
    }
    if (spans.length === 0) return text;
    spans.sort((a, b) => a[0] - b[0]);
    let out = '';
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
