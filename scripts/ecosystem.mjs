#!/usr/bin/env node
// The ecosystem check (after Ruff's): lints real repositories given as arguments, as a whole and
// folder by folder (each folder that holds a Dockerfile or a README, as a reviewer lints an image
// folder), and compares the findings with a snapshot kept in the project. Only findings are kept
// (file, line, code, severity, message), never the repositories' own files.
//
//   node scripts/ecosystem.mjs PATH/TO/REPO...            compare, print what changed
//   node scripts/ecosystem.mjs --update PATH/TO/REPO...   rewrite the snapshots
//
// The repositories are not part of the project: give any local copies. Snapshots live in
// ecosystem/<folder name>.txt; a folder named `owner__name` is given `owner/name` as its git origin.
//
// Exit code: 0 when the findings equal the snapshot, 1 when they differ, 2 on a usage error.
// It is a development tool: it stays outside `npm test`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const CLI = join(ROOT, 'bin/chaimeleon-lint.js');
const SNAPSHOTS = join(ROOT, 'ecosystem');

const args = process.argv.slice(2);
const update = args.includes('--update');
const repos = args.filter((a) => a !== '--update');
if (repos.length === 0) {
  process.stderr.write('usage: node scripts/ecosystem.mjs [--update] REPOSITORY...\n');
  process.exit(2);
}

/**
 * A copy of the repository as the git checkout it is on a reviewer's machine (the shared copies
 * carry no .git): a folder `owner__name` gets `https://github.com/owner/name` as its origin.
 */
function asCheckout(repo, name) {
  const dir = mkdtempSync(join(tmpdir(), 'ecosystem-'));
  const checkout = join(dir, name);
  cpSync(repo, checkout, { recursive: true });
  execFileSync('chmod', ['-R', 'u+w', checkout]);
  if (!existsSync(join(checkout, '.git'))) {
    execFileSync('git', ['init', '-q', checkout]);
    const m = /^([^_]+)__(.+)$/.exec(name);
    if (m) execFileSync('git', ['-C', checkout, 'remote', 'add', 'origin', `https://github.com/${m[1]}/${m[2]}.git`]);
  }
  return checkout;
}

/** Folders below the repository that a reviewer would lint on their own: those with a Dockerfile or a README. */
function imageFolders(repo) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && dir !== repo && /^(dockerfile|containerfile)$/i.test(entry.name)) found.push(dir);
    }
  };
  walk(repo);
  return [...new Set(found)].sort();
}

function lint(repo, target) {
  let out;
  try {
    out = execFileSync(process.execPath, [CLI, target, '--format', 'json', '--fail-level', 'none'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    // Exit 2 (something could not be linted) still prints a report worth comparing.
    out = e.stdout ?? '';
    if (!out) return [`! ${target}: ${String(e.stderr ?? e.message).trim().split('\n')[0]}`];
  }
  const report = JSON.parse(out);
  const lines = report.findings.map((f) => `${f.file}:${f.range.startLine} ${f.severity} ${f.code} ${f.message}`);
  for (const e of report.errors ?? []) lines.push(`! ${e.file ?? ''} ${e.message}`);
  return lines;
}

let changed = false;
for (const arg of repos) {
  const repo = resolve(arg);
  if (!existsSync(repo) || !statSync(repo).isDirectory()) {
    process.stderr.write(`ecosystem: ${arg} is not a folder\n`);
    process.exit(2);
  }
  const name = basename(repo);
  const checkout = asCheckout(repo, name);
  const sections = [];
  for (const target of ['.', ...imageFolders(checkout).map((d) => relative(checkout, d))]) {
    sections.push(`## ${target === '.' ? 'the whole repository' : target}`, ...lint(checkout, target), '');
  }
  rmSync(checkout, { recursive: true, force: true });
  const text = sections.join('\n');
  const snapshotFile = join(SNAPSHOTS, `${name}.txt`);
  if (update) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(snapshotFile, text);
    process.stdout.write(`${name}: snapshot written (${text.split('\n').filter((l) => l && !l.startsWith('## ')).length} findings)\n`);
    continue;
  }
  const before = existsSync(snapshotFile) ? readFileSync(snapshotFile, 'utf8') : '';
  const diff = lineDiff(before.split('\n'), text.split('\n'));
  if (diff.length === 0) {
    process.stdout.write(`${name}: no change\n`);
    continue;
  }
  changed = true;
  process.stdout.write(`${name}: ${diff.filter((d) => d[0] === '+').length} added, ${diff.filter((d) => d[0] === '-').length} removed\n${diff.join('\n')}\n`);
}
process.exit(changed ? 1 : 0);

/** The lines only in `b` (+) and only in `a` (-), each under the section heading it belongs to. */
function lineDiff(a, b) {
  const sectioned = (lines) => {
    let section = '';
    return lines.map((l) => (l.startsWith('## ') ? (section = l) : `${section}\u0000${l}`)).filter((l) => l.includes('\u0000') && !l.endsWith('\u0000'));
  };
  const sa = sectioned(a);
  const sb = sectioned(b);
  const count = (list) => list.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map());
  const ca = count(sa);
  const cb = count(sb);
  const out = [];
  for (const l of sb) if ((ca.get(l) ?? 0) > 0) ca.set(l, ca.get(l) - 1); else out.push('+ ' + l.replace('\u0000', ' | '));
  for (const l of sa) if ((cb.get(l) ?? 0) > 0) cb.set(l, cb.get(l) - 1); else out.push('- ' + l.replace('\u0000', ' | '));
  return out;
}
