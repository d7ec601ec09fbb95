// The working tree compared with a base ref (`--base REF`), read through the `git` command-line
// tool. Every call passes an argument array to execFile (no shell), and the ref is resolved to a
// commit id once, so user input never reaches git as anything but that one verified argument.
import { execFile } from 'node:child_process';
import { UsageError } from '../types.js';

/** What project rules may ask about the base: files changed since it, and files as they were then. */
export interface GitBaseComparison {
  /** The ref as the user gave it, for messages. */
  ref: string;
  /** The commit it resolved to. */
  commit: string;
  /** Paths (relative to the linted folder) changed between the base and the working tree, untracked files included. */
  changedFiles(): Promise<string[]>;
  /** A file's text at the base; null when it did not exist there. */
  readAtBase(path: string): Promise<string | null>;
}

const MAX_OUTPUT = 64 * 1024 * 1024;

function git(cwd: string, args: string[]): Promise<{ ok: true; stdout: string } | { ok: false; missing: boolean }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout) => {
      if (error) resolve({ ok: false, missing: (error as NodeJS.ErrnoException).code === 'ENOENT' });
      else resolve({ ok: true, stdout });
    });
  });
}

const nulSeparated = (text: string): string[] => text.split('\0').filter(Boolean);

/**
 * Opens the comparison of the folder's working tree with `ref`; a UsageError (exit 2) when git is
 * missing, the folder is not in a git work tree, or the ref names no commit.
 */
export async function openGitBase(folder: string, ref: string): Promise<GitBaseComparison> {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--base ${ref}: not a git ref`);
  const inside = await git(folder, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok) {
    throw new UsageError(inside.missing ? '--base needs the git command, which was not found' : `--base ${ref}: ${folder} is not in a git work tree`);
  }
  const verified = await git(folder, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const commit = verified.ok ? verified.stdout.trim() : '';
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new UsageError(`--base ${ref}: not a commit in the git repository of ${folder} (try a branch, tag or commit id)`);

  let changed: Promise<string[]> | null = null;
  return {
    ref,
    commit,
    changedFiles() {
      changed ??= (async () => {
        // Paths relative to the folder (--relative), limited to it; deleted and renamed files count as changes.
        const diff = await git(folder, ['diff', '--name-only', '--no-renames', '--relative', '-z', commit, '--']);
        const untracked = await git(folder, ['ls-files', '--others', '--exclude-standard', '-z']);
        if (!diff.ok || !untracked.ok) throw new Error(`git could not compare ${folder} with ${ref}`);
        return [...new Set([...nulSeparated(diff.stdout), ...nulSeparated(untracked.stdout)])].sort();
      })();
      return changed;
    },
    async readAtBase(path) {
      const shown = await git(folder, ['show', `${commit}:./${path}`]);
      return shown.ok ? shown.stdout : null;
    },
  };
}
