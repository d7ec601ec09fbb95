// Shared by the tests: lint a file or folder with the real engine, and read fixture expectations.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { findConfigFile, loadConfigFile, resolveConfig, type CliOverrides } from '../src/config.js';
import { Linter } from '../src/lint.js';
import { discoverLocal } from '../src/project/discover.js';
import { openGitBase } from '../src/project/git.js';
import { makeRuleSet } from '../src/ruleset.js';
import type { Finding } from '../src/types.js';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const ruleSet = makeRuleSet();

// Every temporary folder a test file makes is removed when that file's tests end (each test file
// evaluates this module anew, so the hook belongs to the file that imported it).
const temporaryFolders: string[] = [];
afterAll(() => {
  for (const dir of temporaryFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new folder in the system's temporary folder, removed after the test file's last test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryFolders.push(dir);
  return dir;
}

/**
 * Lints a Dockerfile or a repository folder as the CLI would, with the folder's own config if any.
 * Throws when the linter failed or stopped short, unless `allowIncomplete` (a CHM003 fixture: the
 * limit is what it shows; a failure of the linter still throws).
 */
export async function lintPath(path: string, cli: CliOverrides = {}, allowIncomplete = false): Promise<Finding[]> {
  const isDir = statSync(path).isDirectory();
  const configFile = isDir ? await findConfigFile([path]) : null;
  const user = configFile ? await loadConfigFile(configFile, ruleSet) : {};
  const config = resolveConfig(user, configFile, cli);
  const checkout = isDir && existsSync(join(path, GIT_BASE)) ? gitCheckout(path) : null;
  try {
    const root = checkout ?? path;
    const project = await discoverLocal(root, isDir ? root : join(root, '..'), config.ignore, isDir ? { root } : {});
    const result = await new Linter(ruleSet, config).lint({
      vfs: project.vfs,
      isRepository: project.isRepository,
      targets: project.targets,
      repository: { ...(project.repoName ? { name: project.repoName, owner: project.repoOwner } : fixtureRemote(path)), isPrivate: config.private, githubLicense: null },
      git: checkout ? await openGitBase(checkout, 'HEAD') : null,
    });
    const fatal = allowIncomplete ? result.crashes : result.internalErrors;
    if (fatal.length > 0) throw new Error(fatal.join('\n'));
    return result.findings;
  } finally {
    if (checkout) rmSync(checkout, { recursive: true, force: true });
  }
}

/** In a fixture folder, the files as committed at the base ref (CHM406); the rest of the folder is the working tree. */
const GIT_BASE = '.git-base';

/**
 * Rebuilds a fixture folder with a `.git-base/` as a git checkout in a temporary folder: the base
 * files committed at HEAD, then the fixture's own files written over them, uncommitted (files only
 * in `.git-base/` are deleted ones). Linted with `--base HEAD`, it shows what changed since the base.
 */
function gitCheckout(fixture: string): string {
  const root = mkdtempSync(join(tmpdir(), 'chm-fixture-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  cpSync(join(fixture, GIT_BASE), root, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'base');
  for (const entry of readdirSync(root)) if (entry !== '.git') rmSync(join(root, entry), { recursive: true, force: true });
  cpSync(fixture, root, { recursive: true, filter: (source) => !source.split(/[\\/]/).includes(GIT_BASE) });
  return root;
}

/**
 * A fixture folder stands for a checkout whose git remote is written in `.repo-name`: `owner/name`,
 * or a bare `name` for a remote that names no owner (a local path).
 */
export function fixtureRemote(path: string): { name: string | null; owner: string | null } {
  let text: string;
  try {
    text = readFileSync(join(path, '.repo-name'), 'utf8').trim();
  } catch {
    return { name: null, owner: null };
  }
  const slash = text.lastIndexOf('/');
  return { name: text.slice(slash + 1) || null, owner: slash > 0 ? text.slice(0, slash) : null };
}

export interface Expectation {
  file: string;
  /** null: anywhere in the file. */
  line: number | null;
  code: string;
  /** `CHM101:info`: the finding must also have this severity (a variant of the rule, such as an assumption about an unseen base). */
  severity?: string;
  /** `CHM302 fix=unsafe`: the finding's fix must be of this kind (`none`: no fix), when whether it is safe is the point of the case. */
  fix?: 'safe' | 'unsafe' | 'none';
}

const CODE = '[A-Z]+\\d+(?::(?:error|warning|info))?(?:\\s+fix=(?:safe|unsafe|none))?';
const INLINE = new RegExp(`^\\s*(?:#|<!--)\\s*expect:\\s*(${CODE}(?:\\s*,\\s*${CODE})*)\\s*(?:-->)?\\s*$`);

function withSeverity(file: string, line: number | null, spec: string): Expectation {
  const [codeAndSeverity, fix] = spec.trim().split(/\s+fix=/);
  const [code, severity] = codeAndSeverity.split(':');
  return { file, line, code, ...(severity ? { severity } : {}), ...(fix ? { fix: fix as Expectation['fix'] } : {}) };
}

/** `# expect: CHM110` (or `<!-- expect: CHM203 -->`) on its own line: a finding on the next line that is not an annotation. */
export function inlineExpectations(file: string, text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const result: Expectation[] = [];
  const pending: string[] = [];
  lines.forEach((line, i) => {
    const m = INLINE.exec(line);
    if (m) {
      pending.push(...m[1].split(','));
      return;
    }
    for (const spec of pending) result.push(withSeverity(file, i + 1, spec));
    pending.length = 0;
  });
  return result;
}

/** Every expectation of a folder fixture: expect.txt (`path:line CODE` or `path CODE`) and inline annotations. */
export function folderExpectations(dir: string): Expectation[] {
  const result: Expectation[] = [];
  for (const file of listFiles(dir)) {
    if (file === 'expect.txt') continue;
    const buf = readFileSync(join(dir, file));
    if (buf.includes(0)) continue;
    result.push(...inlineExpectations(file, buf.toString('utf8')));
  }
  let expectTxt = '';
  try {
    expectTxt = readFileSync(join(dir, 'expect.txt'), 'utf8');
  } catch {
    // optional
  }
  for (const raw of expectTxt.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = new RegExp(`^(\\S+?)(?::(\\d+))?\\s+(${CODE})$`).exec(line);
    if (!m) throw new Error(`${dir}/expect.txt: cannot read "${line}" (want "path:line CODE", "path CODE", "path:line CODE:severity", each optionally followed by "fix=safe", "fix=unsafe" or "fix=none")`);
    result.push(withSeverity(m[1], m[2] ? Number(m[2]) : null, m[3]));
  }
  return result;
}

export function listFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name !== '.git') out.push(...listFiles(dir, path));
    } else out.push(path);
  }
  return out.sort();
}

export function key(e: { file: string; line: number | null; code: string; severity?: string; fix?: string }): string {
  return `${e.file}:${e.line ?? '*'} ${e.code}${e.severity ? ':' + e.severity : ''}${e.fix ? ' fix=' + e.fix : ''}`;
}
