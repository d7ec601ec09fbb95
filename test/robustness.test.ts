// The linter never throws, whatever it is given: every fixture Dockerfile, generated random ones,
// truncated and binary files, a 5 MB file, CRLF, BOM, unterminated heredocs and JSON. A file that
// cannot be linted gives CHM001 and the others are still linted.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { formatSarif, FINGERPRINT_KEY } from '../src/formatters/sarif.js';
import { formatStylish } from '../src/formatters/stylish.js';
import { Linter } from '../src/lint.js';
import type { Finding } from '../src/types.js';
import { MemoryVfs } from '../src/vfs.js';
import { listFiles, ROOT, ruleSet } from './helpers.js';

const linter = new Linter(ruleSet, resolveConfig({}, null, {}));

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const KEYWORDS = ['FROM', 'RUN', 'USER', 'LABEL', 'COPY', 'ADD', 'ENV', 'ARG', 'WORKDIR', 'ENTRYPOINT', 'CMD', 'ONBUILD', 'SHELL', 'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'STOPSIGNAL', 'MAINTAINER', 'BOGUS'];
const PIECES = ['pip install x', '--chown=1000', '["a", "b"', '<<EOF', 'EOF', '$HOME', '${X:-y}', 'a=b c="d e"', '\\', '"unterminated', "'q'", '&& sh -c "pip install', '| chpasswd', '--mount=type=cache,target=/root/.cache', 'root', '1000:1000', '#', '`', '$(', '{a,b}', 'é ü 中文', '\t', ''];

function randomDockerfile(rand: () => number): string {
  const lines: string[] = [];
  const n = 1 + Math.floor(rand() * 30);
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: Math.floor(rand() * 6) }, () => PIECES[Math.floor(rand() * PIECES.length)]);
    lines.push(`${rand() < 0.9 ? KEYWORDS[Math.floor(rand() * KEYWORDS.length)] : ''} ${words.join(' ')}`);
  }
  return lines.join(rand() < 0.2 ? '\r\n' : '\n');
}

async function lintAll(contents: Map<string, string | Uint8Array>) {
  const vfs = new MemoryVfs('memory', contents);
  return linter.lint({
    vfs,
    isRepository: true,
    targets: [...contents.keys()].map((path) => ({ path, context: '' })),
    repository: { name: null, owner: null, isPrivate: null, githubLicense: null },
  });
}

describe('robustness', () => {
  it('lints every Dockerfile in fixtures/ and examples/ without an internal error', async () => {
    const contents = new Map<string, string | Uint8Array>();
    for (const top of ['fixtures', 'examples']) {
      for (const f of listFiles(join(ROOT, top))) {
        if (!/dockerfile/i.test(f.split('/').pop()!)) continue;
        const path = join(ROOT, top, f);
        try {
          if (statSync(path).isFile()) contents.set(`${top}/${f}`, readFileSync(path));
        } catch {
          // a dangling link fixture: CHM001 covers it elsewhere
        }
      }
    }
    expect(contents.size).toBeGreaterThan(20);
    const result = await lintAll(contents);
    expect(result.crashes).toEqual([]);
    // Only the CHM003 fixture is meant to reach a limit.
    expect(result.internalErrors.filter((e) => !e.startsWith('fixtures/CHM003/'))).toEqual([]);
  });

  it('survives 500 random instruction sequences and their truncations', async () => {
    const rand = random(7);
    const contents = new Map<string, string>();
    for (let i = 0; i < 250; i++) {
      const text = randomDockerfile(rand);
      contents.set(`r${i}/Dockerfile`, text);
      contents.set(`r${i}/Dockerfile.cut`, text.slice(0, Math.floor(rand() * text.length)));
    }
    const result = await lintAll(contents);
    expect(result.internalErrors).toEqual([]);
    expect(result.files).toHaveLength(500);
  });

  it('gives CHM001 for binary junk and still lints the other files', async () => {
    const rand = random(3);
    const junk = new Uint8Array(4096).map(() => Math.floor(rand() * 256));
    const result = await lintAll(
      new Map<string, string | Uint8Array>([
        ['junk/Dockerfile', junk],
        ['empty/Dockerfile', ''],
        ['good/Dockerfile', 'FROM ubuntu:22.04\nRUN pip install numpy\n'],
      ]),
    );
    expect(result.internalErrors).toEqual([]);
    const byFile = (file: string) => result.findings.filter((f) => f.file === file).map((f) => f.code);
    expect(byFile('junk/Dockerfile')).toEqual(['CHM001']);
    expect(byFile('empty/Dockerfile')).toEqual(['CHM001']);
    expect(byFile('good/Dockerfile')).toContain('CHM110');
  });

  it('handles CRLF, a BOM, unterminated heredocs and JSON, keeping positions right', async () => {
    const result = await lintAll(
      new Map([
        ['crlf/Dockerfile', '\uFEFFFROM ubuntu:22.04\r\nRUN apt-get update && \\\r\n    pip install x\r\n'],
        ['heredoc/Dockerfile', 'FROM ubuntu:22.04\nRUN <<EOF\npip install y\n'],
        ['json/Dockerfile', 'FROM ubuntu:22.04\nRUN ["pip", "install", "z"\nENTRYPOINT ["a", \n'],
      ]),
    );
    expect(result.internalErrors).toEqual([]);
    const pip = result.findings.find((f) => f.file === 'crlf/Dockerfile' && f.code === 'CHM110');
    expect(pip?.range).toMatchObject({ startLine: 3, startColumn: 5 });
    expect(result.findings.some((f) => f.file === 'heredoc/Dockerfile' && f.code === 'CHM110')).toBe(true);
  });

  it('lints a 5 MB Dockerfile', async () => {
    const lines = ['FROM ubuntu:22.04'];
    while (lines.join('\n').length < 5 * 1024 * 1024) {
      for (let i = 0; i < 1000; i++) lines.push(`RUN echo ${'x'.repeat(40)} ${i} && pip install --no-cache-dir pkg${i}`);
    }
    const result = await lintAll(new Map([['big/Dockerfile', lines.join('\n')]]));
    expect(result.internalErrors).toEqual([]);
    expect(result.files).toEqual(['big/Dockerfile']);
  });
});

describe('reports on a pathological line', () => {
  const finding = (line: number, startColumn: number): Finding => ({
    code: 'CHM110',
    slug: 'x',
    severity: 'warning',
    message: 'm',
    file: 'Dockerfile',
    range: { startLine: line, startColumn, endLine: line, endColumn: startColumn + 3 },
    related: [],
  });
  const prints = (lines: string[], findings: Finding[]) => {
    const log = JSON.parse(formatSarif({ findings, files: ['Dockerfile'], rules: ruleSet.meta, toolVersion: '0', sourceLine: (_f, n) => lines[n - 1] }, { color: false, frames: false, quiet: false })) as {
      runs: { results: { partialFingerprints: Record<string, string> }[] }[];
    };
    return log.runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
  };

  it('a normal line keeps its fingerprint: the rule, the file and the whole line, spacing normalised', () => {
    const line = '  RUN   pip install   numpy ';
    const expected = createHash('sha256').update('CHM110\0Dockerfile\0RUN pip install numpy').digest('hex').slice(0, 32);
    expect(prints([line], [finding(1, 3)])).toEqual([`${expected}:1`]);
  });

  it('a multi-megabyte line is fingerprinted by a bounded window at the finding, which moves with it', () => {
    const filler = 'x'.repeat(3 * 1024 * 1024);
    const at = (before: string, after: string) => `RUN ${before}pip install numpy ${after}`;
    const [a] = prints([at(filler, filler)], [finding(1, 5 + filler.length)]);
    // Text far before the finding (its column moves) or far after it does not change the fingerprint...
    const [b] = prints([at(`y${filler}`, `${filler}z`)], [finding(1, 6 + filler.length)]);
    expect(b).toBe(a);
    // ...the text at the finding does.
    const [c] = prints([`RUN ${filler}pip install pandas ${filler}`], [finding(1, 5 + filler.length)]);
    expect(c).not.toBe(a);
  });

  it('a code frame shows a window of a long line, with the caret under the finding', () => {
    const line = `RUN ${'a'.repeat(100_000)}BAD${'b'.repeat(100_000)}`;
    const out = formatStylish({ findings: [finding(1, 100_005)], files: ['Dockerfile'], rules: ruleSet.meta, toolVersion: '0', sourceLine: () => line }, { color: false, frames: true, quiet: false });
    const [source, caret] = out.split('\n').filter((l) => /^\s+(1 )?\|/.test(l));
    expect(source.length).toBeLessThan(600);
    expect(source.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).toBe('BAD');
  });
});
