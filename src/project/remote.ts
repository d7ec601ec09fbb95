// The repository's owner and name from its git remote, read from `.git/config` as text (git is
// never run): CHM407 judges names only in the platform's own organization.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularText } from '../safe-read.js';

export interface GitRemote {
  /** `chaimeleon-eu` (a GitLab group path may hold `/`); null when the URL names no owner (a local path). */
  owner: string | null;
  /** `image_batch_foo`, without `.git`. */
  name: string;
}

/** A `.git/config` larger than this is not a git configuration worth reading. */
const MAX_GIT_CONFIG_BYTES = 1 << 20;

/**
 * The remote (`origin`, else the first one) of the checkout at `root`; null when there is none.
 * Reads only a regular file inside the checkout: a FIFO or a link out of it is not opened.
 */
export async function gitRemote(root: string): Promise<GitRemote | null> {
  try {
    return remoteFromGitConfig(readRegularText(join(root, '.git', 'config'), { realRoot: realpathSync.native(root), maxBytes: MAX_GIT_CONFIG_BYTES }));
  } catch {
    return null;
  }
}

/** The remote `origin` (else the first remote) of a `.git/config` text. */
export function remoteFromGitConfig(config: string): GitRemote | null {
  const sections = config.split(/^\s*\[/m);
  const remotes = sections.filter((s) => /^remote\s+"/.test(s));
  const origin = remotes.find((s) => /^remote\s+"origin"/.test(s)) ?? remotes[0];
  const url = origin && /^\s*url\s*=\s*(.+)$/m.exec(origin)?.[1]?.trim();
  return url ? remoteFromUrl(url) : null;
}

/**
 * Owner and name of a remote URL: `https://github.com/OWNER/NAME.git`, `git@github.com:OWNER/NAME`,
 * `ssh://git@host:22/OWNER/NAME`, `https://gitlab.com/GROUP/SUB/NAME`. A local path or `file://` URL
 * has a name but no owner: its parent folder is not an organization.
 */
export function remoteFromUrl(url: string): GitRemote | null {
  let hostedPath: string | null = null;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/[^/]*(\/.*)?$/i.exec(url);
  if (withScheme) {
    if (withScheme[1].toLowerCase() !== 'file') hostedPath = withScheme[2] ?? '';
  } else {
    // scp-like `[user@]host:path`; a Windows drive (`C:\...`, `C:/...`) is a local path.
    const scp = /^(?:[^@/:]+@)?([^/:\\]+):(?!\/\/)(.*)$/.exec(url);
    if (scp && !/^[A-Za-z]$/.test(scp[1])) hostedPath = scp[2];
  }
  const segments = (hostedPath ?? url).split(/[/\\]/).filter((s) => s !== '' && s !== '.');
  const last = segments.pop();
  const name = last?.replace(/\.git$/i, '');
  if (!name) return null;
  const owner = hostedPath !== null && segments.length > 0 ? segments.join('/').replace(/^~/, '') || null : null;
  return { owner, name };
}
