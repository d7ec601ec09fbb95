// Shared by the tests: lint a file or folder with the real engine, and read fixture expectations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findConfigFile, loadConfigFile, resolveConfig, type CliOverrides } from '../src/config.js';
import { Linter } from '../src/lint.js';
import { discoverLocal } from '../src/project/discover.js';
import { makeRuleSet } from '../src/ruleset.js';
import type { Finding } from '../src/types.js';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const ruleSet = makeRuleSet();

/** Lints a Dockerfile or a repository folder as the CLI would, with the folder's own config if any. */
export async function lintPath(path: string, cli: CliOverrides = {}): Promise<Finding[]> {
  const isDir = statSync(path).isDirectory();
  const configFile = isDir ? await findConfigFile([path]) : null;
  const user = configFile ? await loadConfigFile(configFile, ruleSet) : {};
  const config = resolveConfig(user, configFile, cli);
  const project = await discoverLocal(path, isDir ? path : join(path, '..'), config.ignore);
  const result = await new Linter(ruleSet, config).lint({
    vfs: project.vfs,
    isRepository: project.isRepository,
    targets: project.targets,
    repository: { name: project.repoName ?? repoNameOverride(path), isPrivate: config.private, githubLicense: null },
  });
  if (result.internalErrors.length > 0) throw new Error(result.internalErrors.join('\n'));
  return result.findings;
}

/** A fixture folder may say which repository name it stands for in a file `.repo-name`. */
function repoNameOverride(path: string): string | null {
  try {
    return readFileSync(join(path, '.repo-name'), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

export interface Expectation {
  file: string;
  /** null: anywhere in the file. */
  line: number | null;
  code: string;
}

const INLINE = /^\s*(?:#|<!--)\s*expect:\s*([A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*)\s*(?:-->)?\s*$/;

/** `# expect: CHM110` (or `<!-- expect: CHM203 -->`) on its own line: a finding on the next line that is not an annotation. */
export function inlineExpectations(file: string, text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const result: Expectation[] = [];
  const pending: string[] = [];
  lines.forEach((line, i) => {
    const m = INLINE.exec(line);
    if (m) {
      pending.push(...m[1].split(',').map((c) => c.trim()));
      return;
    }
    for (const code of pending) result.push({ file, line: i + 1, code });
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
    const m = /^(\S+?)(?::(\d+))?\s+([A-Z]+\d+)$/.exec(line);
    if (!m) throw new Error(`${dir}/expect.txt: cannot read "${line}" (want "path:line CODE" or "path CODE")`);
    result.push({ file: m[1], line: m[2] ? Number(m[2]) : null, code: m[3] });
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

export function key(e: { file: string; line: number | null; code: string }): string {
  return `${e.file}:${e.line ?? '*'} ${e.code}`;
}
