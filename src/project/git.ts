// The working tree compared with a base ref (`--base REF`), read through the `git` command-line
// tool. Every call passes an argument array to execFile (no shell), and the ref is resolved to a
// commit id once, so user input never reaches git as anything but that one verified argument; and
// git runs with every command the repository's own configuration names turned off (gitRunner).
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

/**
 * Settings that make git run nothing the repository configures. A repository received as an
 * archive brings its own `.git/config`: `core.fsmonitor` runs a command whenever git looks at the
 * working tree, and filter, textconv, external diff and merge drivers, hooks and pagers are commands
 * too. These are given as GIT_CONFIG_KEY_n/VALUE_n, which win over every configuration file and,
 * unlike `-c`, take any key name as it is.
 */
const FIXED_OVERRIDES: [string, string][] = [
  ['core.fsmonitor', 'false'],
  ['core.hooksPath', '/dev/null'],
  ['core.pager', 'cat'],
  ['core.sshCommand', 'false'],
  ['core.askPass', ''],
  ['core.untrackedCache', 'false'],
  ['diff.external', ''],
  ['credential.helper', ''],
  ['protocol.allow', 'never'],
];

/** Keys of the repository's configuration that name a command: each is overridden with nothing. */
const COMMAND_KEY = /^(?:filter\..+\.(?:clean|smudge|process)|diff\..+\.(?:textconv|command)|merge\..+\.driver|uploadpack\.packobjectshook|sequence\.editor|core\.editor|gpg\.program|gpg\..+\.program)$/i;

/** The environment git runs in: no inherited GIT_* variable (GIT_DIR, GIT_EXTERNAL_DIFF…), no system configuration, no pager, no prompt. */
function gitEnv(overrides: [string, string][]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^GIT_/i.test(k) && k !== 'PAGER') env[k] = v;
  Object.assign(env, { GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0', GIT_NO_REPLACE_OBJECTS: '1', LC_ALL: 'C' });
  env.GIT_CONFIG_COUNT = String(overrides.length);
  overrides.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

function run(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ok: true; stdout: string } | { ok: false; missing: boolean }> {
  return new Promise((resolve) => {
    execFile('git', ['--no-pager', ...args], { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', env }, (error, stdout) => {
      if (error) resolve({ ok: false, missing: (error as NodeJS.ErrnoException).code === 'ENOENT' });
      else resolve({ ok: true, stdout });
    });
  });
}

/**
 * A git runner for one folder: first reads which command-naming keys the folder's configuration
 * sets (reading configuration runs nothing), then runs every command with all of them emptied.
 */
async function gitRunner(folder: string): Promise<(args: string[]) => ReturnType<typeof run>> {
  const listed = await run(folder, ['config', '--list', '-z'], gitEnv(FIXED_OVERRIDES));
  const overrides = [...FIXED_OVERRIDES];
  if (listed.ok) {
    const seen = new Set<string>();
    for (const entry of listed.stdout.split('\0')) {
      const key = entry.split('\n', 1)[0];
      if (!COMMAND_KEY.test(key) || seen.has(key.toLowerCase())) continue;
      seen.add(key.toLowerCase());
      overrides.push([key, '']);
      // An emptied filter must not make git fail on the files it was meant for.
      const driver = /^filter\.(.+)\.[^.]+$/i.exec(key);
      if (driver) overrides.push([`filter.${driver[1]}.required`, 'false']);
    }
  }
  const env = gitEnv(overrides);
  return (args) => run(folder, args, env);
}

const nulSeparated = (text: string): string[] => text.split('\0').filter(Boolean);

/**
 * Opens the comparison of the folder's working tree with `ref`; a UsageError (exit 2) when git is
 * missing, the folder is not in a git work tree, or the ref names no commit.
 */
export async function openGitBase(folder: string, ref: string): Promise<GitBaseComparison> {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--base ${ref}: not a git ref`);
  const git = await gitRunner(folder);
  const inside = await git(['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok) {
    throw new UsageError(inside.missing ? '--base needs the git command, which was not found' : `--base ${ref}: ${folder} is not in a git work tree`);
  }
  const verified = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const commit = verified.ok ? verified.stdout.trim() : '';
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new UsageError(`--base ${ref}: not a commit in the git repository of ${folder} (try a branch, tag or commit id)`);

  let changed: Promise<string[]> | null = null;
  return {
    ref,
    commit,
    changedFiles() {
      changed ??= (async () => {
        // Paths relative to the folder (--relative), limited to it; deleted and renamed files count as changes.
        const diff = await git(['diff', '--name-only', '--no-renames', '--no-ext-diff', '--no-textconv', '--relative', '-z', commit, '--']);
        const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z']);
        if (!diff.ok || !untracked.ok) throw new Error(`git could not compare ${folder} with ${ref}`);
        return [...new Set([...nulSeparated(diff.stdout), ...nulSeparated(untracked.stdout)])].sort();
      })();
      return changed;
    },
    async readAtBase(path) {
      const shown = await git(['show', '--no-textconv', `${commit}:./${path}`]);
      return shown.ok ? shown.stdout : null;
    },
  };
}
