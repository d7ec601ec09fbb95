// Hostile input for the engine, built on the fly: a failure on one file is a CHM003 finding on that
// file and every other file is still linted; variable expansion, the shell walker and the inline
// ignore comments stay bounded whatever they are given; a report grows with its input, not with
// what the input expands to. No timing here: `npm run bench` measures speed.
import { DockerfileParser } from 'dockerfile-ast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '../rules/index.js';
import { resolveConfig } from '../src/config.js';
import { DockerfileFacts } from '../src/dockerfile/facts.js';
import { expandVariables, expandWord, MAX_EXPANDED_LENGTH, type VarValue } from '../src/dockerfile/expand.js';
import { FileLintError, Linter } from '../src/lint.js';
import { defineDockerfileRule, defineProjectRule, type Rule } from '../src/rule-api.js';
import { makeRuleSet } from '../src/ruleset.js';
import { loadGrammar } from '../src/shell/grammars.js';
import { shellCommands } from '../src/shell/commands.js';
import { parseDirective } from '../src/suppressions.js';
import { LineIndex } from '../src/text.js';
import { MemoryVfs } from '../src/vfs.js';
import { collectIncomplete, type IncompleteNote } from '../src/limits.js';
import { parsePython } from '../src/chain/python.js';
import { DockerIgnore, segmentMatcher } from '../src/chain/dockerignore.js';
import { htmlAnchors, htmlCodeElements } from '../src/readme/html-scan.js';
import { defuseMarkdown } from '../src/readme/defuse.js';

function linterWith(extra: Rule[] = []): Linter {
  return new Linter(makeRuleSet([...RULES, ...extra]), resolveConfig({}, null, {}));
}

async function lintFiles(files: Record<string, string>, extra: Rule[] = []) {
  const contents = new Map(Object.entries(files));
  const targets = Object.keys(files)
    .filter((f) => /Dockerfile$/.test(f))
    .map((path) => ({ path, context: path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '' }));
  return linterWith(extra).lint({
    vfs: new MemoryVfs('memory', contents),
    isRepository: true,
    targets,
    repository: { name: null, owner: null, isPrivate: null, githubLicense: null },
  });
}

const codesOf = (result: { findings: { file: string; code: string }[] }, file: string) => result.findings.filter((f) => f.file === file).map((f) => f.code);
const NO_STACK = /\n\s+at |\bat .*\.(js|ts):\d+/;

const PIP = 'FROM ubuntu:22.04\nRUN pip install numpy\n';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('one file that makes the linter fail', () => {
  const crashOn = (file: string) =>
    defineDockerfileRule({
      meta: { code: 'CHM998', slug: 'crashes-on-purpose', severity: 'info', guide: 'test', summary: 'A rule that fails on one file.', why: 'To prove isolation.' },
      check({ facts }) {
        if (facts.file === file) throw new TypeError('boom\n    at somewhere (x.js:1:1)');
      },
    });

  it('a rule that throws gives CHM003 on that file; the other files are linted and reported', async () => {
    const result = await lintFiles({ 'a/Dockerfile': PIP, 'b/Dockerfile': PIP, 'c/Dockerfile': PIP }, [crashOn('b/Dockerfile')]);
    for (const file of ['a/Dockerfile', 'c/Dockerfile']) expect(codesOf(result, file)).toContain('CHM110');
    expect(codesOf(result, 'b/Dockerfile')).toContain('CHM110');
    const failure = result.findings.filter((f) => f.code === 'CHM003');
    expect(failure.map((f) => f.file)).toEqual(['b/Dockerfile']);
    expect(failure[0].severity).toBe('error');
    expect(failure[0].message).toContain('CHM998');
    expect(failure[0].message).toContain('TypeError: boom');
    expect(result.internalErrors).toHaveLength(1);
    expect(result.crashes).toEqual(result.internalErrors);
    expect(result.internalErrors[0]).toMatch(/^b\/Dockerfile: chaimeleon-lint failed while checking CHM998: TypeError: boom$/);
    expect(result.internalErrors[0]).not.toMatch(NO_STACK);
  });

  it('a parser that throws gives CHM003 on that file and nothing else there', async () => {
    const parse = DockerfileParser.parse.bind(DockerfileParser);
    vi.spyOn(DockerfileParser, 'parse').mockImplementation((text: string) => {
      if (text.includes('# poison')) throw new RangeError('Maximum call stack size exceeded');
      return parse(text);
    });
    const result = await lintFiles({ 'a/Dockerfile': PIP, 'b/Dockerfile': `${PIP}# poison\n` });
    expect(codesOf(result, 'a/Dockerfile')).toContain('CHM110');
    expect(codesOf(result, 'b/Dockerfile')).toEqual(['CHM003']);
    expect(result.internalErrors[0]).toMatch(/^b\/Dockerfile: chaimeleon-lint failed while reading the Dockerfile: RangeError: Maximum call stack size exceeded$/);
  });

  it('facts that throw give CHM003 on that file', async () => {
    const proto = DockerfileFacts.prototype as unknown as { build(this: DockerfileFacts): void };
    const build = proto.build;
    vi.spyOn(proto, 'build').mockImplementation(function (this: DockerfileFacts) {
      if (this.model.file === 'a/Dockerfile') throw new Error('facts failed');
      build.call(this);
    });
    const result = await lintFiles({ 'a/Dockerfile': PIP, 'b/Dockerfile': PIP });
    expect(codesOf(result, 'a/Dockerfile')).toEqual(['CHM003']);
    expect(codesOf(result, 'b/Dockerfile')).toContain('CHM110');
  });

  it('a repository rule that throws is reported on the file the failure was about, or on the image', async () => {
    const meta = { severity: 'info' as const, guide: 'test', summary: 'A rule that fails.', why: 'To prove isolation.' };
    const result = await lintFiles({ Dockerfile: PIP, 'README.md': '# x\n' }, [
      defineProjectRule({ meta: { ...meta, code: 'CHM997', slug: 'fails-on-readme' }, check: () => Promise.reject(new FileLintError('README.md', new Error('parse failed'))) }),
      defineProjectRule({ meta: { ...meta, code: 'CHM998', slug: 'fails-anywhere' }, check: () => Promise.reject(new Error('lost')) }),
    ]);
    expect(result.findings.filter((f) => f.code === 'CHM003').map((f) => `${f.file} ${f.message.includes('CHM997') ? 'CHM997' : 'CHM998'}`).sort()).toEqual(['Dockerfile CHM998', 'README.md CHM997']);
    expect(codesOf(result, 'Dockerfile')).toContain('CHM110');
    expect(codesOf(result, 'README.md')).toContain('CHM202');
  });

  it('cannot be silenced by an inline ignore comment', async () => {
    const result = await lintFiles({ 'b/Dockerfile': `# chaimeleon-lint global ignore=CHM003\n${PIP}` }, [crashOn('b/Dockerfile')]);
    const failure = result.findings.find((f) => f.code === 'CHM003');
    expect(failure?.suppressed).toBeUndefined();
  });
});

describe('variable expansion', () => {
  const vars = (entries: Record<string, string>) => new Map<string, VarValue>(Object.entries(entries).map(([k, v]) => [k, { value: v }]));

  it('reads a default that holds an expansion as Docker does', () => {
    expect(expandVariables('${X:-${Y}}', vars({ Y: 'y' })).value).toBe('y');
    expect(expandVariables('${X:-${Y}}', vars({ X: 'x', Y: 'y' })).value).toBe('x');
    expect(expandVariables('${X:+a${Y}b}c', vars({ X: '1', Y: 'y' })).value).toBe('aybc');
    expect(expandVariables('${X:-${Y:-${Z}}}/bin', vars({ Z: 'z' })).value).toBe('z/bin');
    expect(expandVariables('${X:-${Y}', vars({ Y: 'y' })).value).toBe('${X:-y');
    expect(expandVariables('\\${X} $X', vars({ X: 'x' })).value).toBe('${X} x');
    expect(expandVariables('${X%.*} ${X:0:1}', vars({ X: 'x' })).value).toBe('${X%.*} ${X:0:1}');
    expect(expandWord("'${X}'\"${X:-${Y}}\"", vars({ Y: 'y' })).value).toBe('${X}y');
  });

  it('resolves an ARG whose default refers to itself to its earlier value, or to the default before it', async () => {
    const text = 'FROM ubuntu:22.04\nARG Y=why\nARG X=${X:-${Y}}\nLABEL first=$X\nARG X=${X:-other}\nLABEL second=$X\nARG Z=${Z:-${Z:-${Z}}}\nLABEL third=$Z\n';
    const result = await lintFiles({ Dockerfile: text });
    expect(result.internalErrors).toEqual([]);
    const facts = new DockerfileFacts((await import('../src/dockerfile/model.js')).parseDockerfile('Dockerfile', text), resolveConfig({}, null, {}).profile);
    const labels = facts.finalStage!.labels;
    expect(labels.get('first')?.value).toBe('why');
    expect(labels.get('second')?.value).toBe('why');
    expect(labels.get('third')?.value).toBe('');
  });

  it('caps an expanded value, and 27 doubling ENV lines give a report of the size of the input', async () => {
    const a = 'x'.repeat(1000);
    const doubled = expandVariables('$A$A', vars({ A: 'x'.repeat(MAX_EXPANDED_LENGTH - 10) }));
    expect(doubled.value).toHaveLength(MAX_EXPANDED_LENGTH);
    expect(doubled.truncated).toBe(true);
    expect(expandVariables('$A', vars({ A: a })).truncated).toBeUndefined();

    const text = `FROM ubuntu:22.04\nENV A=ab\n${'ENV A=$A$A\n'.repeat(27)}LABEL name=$A version=$A\nUSER $A\nRUN useradd -m $A\n`;
    const result = await lintFiles({ Dockerfile: text });
    expect(result.internalErrors).toEqual([]);
    expect(codesOf(result, 'Dockerfile')).toEqual(expect.arrayContaining(['CHM102', 'CHM122']));
    const report = JSON.stringify(result.findings);
    expect(report.length).toBeLessThan(50 * 1024);
    for (const f of result.findings) expect(f.message.length).toBeLessThanOrEqual(2000);
  });

  it('stays linear on a long run of unclosed `${` and on nesting past its limit', () => {
    const unclosed = '${A:-'.repeat(200_000);
    expect(expandVariables(unclosed, vars({})).value).toBe(unclosed);
    const deep = `${'${A:-'.repeat(5000)}x${'}'.repeat(5000)}`;
    const e = expandVariables(deep, vars({}));
    expect(e.value.length).toBeLessThanOrEqual(deep.length);
  });
});

describe('the shell walker', () => {
  const walk = async (text: string) => {
    await loadGrammar('bash');
    return shellCommands({ text, toHost: (o) => o, host: new LineIndex(text), file: 'x' });
  };

  it('walks a chain of 100,000 commands without a stack overflow, with bounded guards', async () => {
    const commands = await walk(Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(' && '));
    expect(commands).toHaveLength(100_000);
    expect(commands[99_999].name).toBe('c99999');
    expect(commands[1].guards.map((g) => g.name)).toEqual(['c0']);
    expect(commands[99_999].guards).toHaveLength(64);
    expect(commands[99_999].guards[0].name).toBe('c0');
    expect(commands[99_999].guards[63].name).toBe('c99998');
  });

  it.each([
    ['$( ... ) thousands deep', (n: number) => `${'echo $('.repeat(n)}pip install x${')'.repeat(n)}`],
    ['nested if', (n: number) => `${'if true; then '.repeat(n)}pip install x${'; fi'.repeat(n)}`],
    ['nested braces', (n: number) => `${'{ '.repeat(n)}pip install x${'; }'.repeat(n)}`],
    ['nested subshells', (n: number) => `${'( '.repeat(n)}pip install x${' )'.repeat(n)}`],
    ['nested ${a:-...} in a word', (n: number) => `echo ${'${a:-'.repeat(n)}x${'}'.repeat(n)} && pip install --no-cache-dir x`],
  ])('%s: stops at its depth limit with a CHM003 finding, the rest of the file still linted', async (_name, build) => {
    const text = `FROM ubuntu:22.04\nRUN ${build(3000)}\nRUN pip install requests\n`;
    const result = await lintFiles({ Dockerfile: text, 'other/Dockerfile': PIP });
    expect(result.crashes).toEqual([]);
    const pip = result.findings.filter((f) => f.code === 'CHM110');
    expect(pip.some((f) => f.file === 'Dockerfile' && f.range.startLine === 3)).toBe(true);
    expect(pip.some((f) => f.file === 'other/Dockerfile')).toBe(true);
    expect(codesOf(result, 'other/Dockerfile')).not.toContain('CHM003');
    const limit = result.findings.filter((f) => f.code === 'CHM003');
    if (limit.length > 0) {
      expect(limit).toHaveLength(1);
      expect(limit[0]).toMatchObject({ file: 'Dockerfile', range: { startLine: 2 } });
      expect(result.internalErrors).toHaveLength(1);
    }
  });

  it('places a shell text walked before (the same RUN in two files, at other lines) at each place, limit notes included', async () => {
    const deep = `${'echo $('.repeat(1000)}pip install x${')'.repeat(1000)}`;
    const run = 'apt-get update && apt-get install -y curl && pip install requests';
    const result = await lintFiles({
      Dockerfile: `FROM ubuntu:22.04\nRUN ${run}\nRUN ${deep}\n`,
      'other/Dockerfile': `FROM ubuntu:22.04\nUSER 1000\n# a comment\nRUN ${run}\nRUN ${deep}\n`,
    });
    const at = (code: string) => result.findings.filter((f) => f.code === code).map((f) => `${f.file}:${f.range.startLine}:${f.range.startColumn}`).sort();
    const pipColumn = 'RUN '.length + run.indexOf('pip install') + 1;
    expect(at('CHM110')).toEqual([`Dockerfile:2:${pipColumn}`, `other/Dockerfile:4:${pipColumn}`]);
    expect(at('CHM003').map((p) => p.split(':').slice(0, 2).join(':'))).toEqual(['Dockerfile:3', 'other/Dockerfile:5']);
  });

  it('says so when a nesting is too deep', async () => {
    const result = await lintFiles({ Dockerfile: `FROM ubuntu:22.04\nRUN ${'echo $('.repeat(3000)}pip install x${')'.repeat(3000)}\n` });
    expect(result.findings.filter((f) => f.code === 'CHM003').map((f) => f.message)).toEqual([expect.stringMatching(/nests more than \d+ levels deep/)]);
  });
});

describe('inline ignore comments', () => {
  // The expression the parser replaced: the reference on short lines, where backtracking costs nothing.
  const REFERENCE = /^\s*(?:#|<!--)\s*chaimeleon-lint\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+?)(?:\s+--(?!>)\s*(.*?))?\s*(?:-->)?\s*$/;
  const reference = (text: string) => {
    const m = REFERENCE.exec(text);
    return m ? { global: !!m[1], names: m[2].split(/[\s,]+/).filter(Boolean), reason: (m[3] ?? '').trim() } : null;
  };

  it('reads directives as before', () => {
    const samples = [
      '# chaimeleon-lint ignore=CHM110 -- cache needed',
      '# chaimeleon-lint global ignore=CHM110,pip-cache-kept',
      '<!-- chaimeleon-lint ignore=CHM203 -- reason here -->',
      '<!-- chaimeleon-lint ignore=CHM203 -->',
      '  #chaimeleon-lint   ignore =  CHM110 ,  CHM111   --  two  words  ',
      '# chaimeleon-lint ignore=CHM110--x',
      '# chaimeleon-lint ignore=CHM110 -- a -- b',
      '# chaimeleon-lint ignore=CHM110 @',
      '# chaimeleon-lint ignore=',
      '# chaimeleon-lint ignore=CHM110 -->',
      '# chaimeleon-lint ignore=-- reason',
      '# chaimeleon-lint',
      '# not a directive',
    ];
    for (const s of samples) expect(parseDirective(s), s).toEqual(reference(s));
  });

  it('agrees with the old expression on random short lines', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
    const pieces = ['#', '<!--', '-->', ' ', '  ', 'chaimeleon-lint', 'global', 'ignore', '=', 'CHM110', ',', '-', '--', '>', 'x', '\t', 'é'];
    for (let i = 0; i < 5000; i++) {
      const text = (rand() < 0.7 ? '# chaimeleon-lint ignore=' : '') + Array.from({ length: Math.floor(rand() * 8) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      expect(parseDirective(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('reads a crafted long line in one pass', async () => {
    const crafted = `# chaimeleon-lint ignore=${'a '.repeat(100_000)}!`;
    expect(parseDirective(crafted)).toBeNull();
    const spaces = `# chaimeleon-lint ignore=CHM110${' '.repeat(100_000)}--${' -'.repeat(50_000)}`;
    expect(parseDirective(spaces)?.names).toEqual(['CHM110']);
    const many = `FROM ubuntu:22.04\n${`# chaimeleon-lint ignore=${'CHM110 '.repeat(300)}x!\n`.repeat(200)}${'# chaimeleon-lint ignore=CHM110\nRUN pip install x\n'.repeat(2000)}`;
    const result = await lintFiles({ Dockerfile: many });
    expect(result.internalErrors).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'CHM110' && !f.suppressed)).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'CHM110' && f.suppressed)).toHaveLength(2000);
  });
});

describe('many instructions', () => {
  it('lints 20,000 ENV lines and 20,000 RUN lines, every one', async () => {
    const env = `FROM ubuntu:22.04\n${Array.from({ length: 20_000 }, (_, i) => `ENV V${i}=\${V${i - 1}:-x}${i}`).join('\n')}\nLABEL name=$V19999\n`;
    const run = `FROM ubuntu:22.04\n${Array.from({ length: 20_000 }, (_, i) => `RUN pip install p${i} && apt-get install -y q${i} && useradd -u ${1000 + (i % 5)} u${i}`).join('\n')}\n`;
    const result = await lintFiles({ 'env/Dockerfile': env, 'run/Dockerfile': run });
    expect(result.internalErrors).toEqual([]);
    expect(result.findings.filter((f) => f.file === 'run/Dockerfile' && f.code === 'CHM110')).toHaveLength(20_000);
    expect(result.findings.filter((f) => f.file === 'run/Dockerfile' && f.code === 'CHM111')).toHaveLength(20_000);
    expect(codesOf(result, 'env/Dockerfile')).not.toContain('CHM120');
  });
});

describe('Python scripts', () => {
  const parse = async (text: string) => {
    await loadGrammar('python');
    const notes: IncompleteNote[] = [];
    const module = collectIncomplete(notes, () => parsePython('main.py', text, new LineIndex(text)));
    return { module, notes };
  };

  it('reads a long `+` chain, a long attribute chain and deep lists without a stack overflow', async () => {
    const { module, notes } = await parse(
      [
        `import requests`,
        `requests.get("https://x.example/" + ${Array.from({ length: 20_000 }, (_, i) => `s${i}`).join(' + ')})`,
        `a${'.b'.repeat(20_000)}()`,
        `f(${'['.repeat(3000)}1${']'.repeat(3000)})`,
      ].join('\n'),
    );
    const get = module.calls.find((c) => c.name === 'requests.get');
    expect(get?.args[0].value).toBe('https://x.example/');
    expect(module.calls.some((c) => c.written.startsWith('a.b.b') && c.written.endsWith('.b'))).toBe(true);
    expect(notes.length).toBeLessThanOrEqual(1);
  });

  it('stops at its depth limit with a note, and still reads the calls above it', async () => {
    const { module, notes } = await parse(`import requests\nrequests.get("https://x.example/")\nx = ${'f('.repeat(3000)}requests.get("https://deep.example/")${')'.repeat(3000)}\n`);
    expect(module.calls.some((c) => c.name === 'requests.get' && c.args[0]?.value === 'https://x.example/')).toBe(true);
    expect(notes.map((n) => n.message)).toEqual([expect.stringMatching(/Python code here nests more than \d+ levels deep/)]);
  });
});

describe('wildcards of .dockerignore and COPY', () => {
  // The expressions the matchers replaced, as the reference on short inputs (with one fix: an
  // escaped `\*` or `\?` is the character itself, where the old escaping let it act as a quantifier).
  const escape = (c: string) => c.replace(/[.*?+^${}()|[\]\\/]/g, '\\$&');
  const safe = (source: string, literal: string, flags: string) => {
    try {
      return new RegExp(source, flags);
    } catch {
      return new RegExp(`^${literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, flags);
    }
  };
  const classOf = (p: string, i: number) => {
    const end = p.indexOf(']', i + 2);
    return end < 0 ? null : { re: `[${p.slice(i + 1, end).replace(/\\/g, '\\\\')}]`, end };
  };
  const oldIgnore = (pattern: string) => {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '*') {
        if (pattern[i + 1] === '*') {
          i++;
          if (pattern[i + 1] === '/') i++;
          re += i + 1 >= pattern.length ? '.*' : '(?:.*/)?';
        } else re += '[^/]*';
      } else if (c === '?') re += '[^/]';
      else if (c === '\\' && i + 1 < pattern.length) re += escape(pattern[++i]);
      else if (c === '[') {
        const k = classOf(pattern, i);
        if (!k) re += '\\[';
        else {
          re += k.re;
          i = k.end;
        }
      } else re += escape(c);
    }
    return safe(`^${re}$`, pattern, '');
  };
  const oldSegment = (segment: string) => {
    let re = '';
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i];
      if (c === '*') re += '.*';
      else if (c === '?') re += '.';
      else if (c === '\\' && i + 1 < segment.length) re += escape(segment[++i]);
      else if (c === '[') {
        const k = classOf(segment, i);
        if (!k) re += '\\[';
        else {
          re += k.re;
          i = k.end;
        }
      } else re += escape(c);
    }
    return safe(`^${re}$`, segment, 's');
  };

  it('match as the regular expressions did, on random short patterns and paths', () => {
    let seed = 5;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const patternPieces = ['*', '**', '**/', '?', 'a', 'b', '/', '.', '[ab]', '[!a]', '[^b]', '[z-a]', '\\*', '[', ']', 'x'];
    const pathPieces = ['a', 'b', '/', '.', 'x', '*', '[', 'ab', ''];
    for (let i = 0; i < 20_000; i++) {
      const pattern = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => pick(patternPieces)).join('');
      const path = Array.from({ length: Math.floor(rand() * 7) }, () => pick(pathPieces)).join('');
      const ignore = new DockerIgnore(pattern).patterns[0];
      if (ignore) expect(ignore.matcher.test(path), `${pattern} ~ ${path}`).toBe(oldIgnore(ignore.pattern).test(path));
      expect(segmentMatcher(pattern).test(path), `segment ${pattern} ~ ${path}`).toBe(oldSegment(pattern).test(path));
    }
  });

  it('take time in proportion to pattern times name, never exponential', () => {
    const name = 'a'.repeat(5000);
    expect(segmentMatcher(`${'*a'.repeat(200)}b`).test(name)).toBe(false);
    expect(new DockerIgnore(`${'**/'.repeat(200)}b`).patterns[0].matcher.test(`${'a/'.repeat(2000)}c`)).toBe(false);
    expect(new DockerIgnore(`${'*a'.repeat(200)}`).patterns[0].matcher.test(name)).toBe(true);
  });
});

describe('HTML in a README', () => {
  const HTML_HREF = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>(?:([\s\S]*?)<\/a>)?/gi;
  const HTML_CODE = /<(pre|code)\b[^>]*>(?:<code\b[^>]*>)?([\s\S]*?)(?:<\/code>)?<\/\1\s*>/gi;

  it('finds links and code elements as the regular expressions did, on random short HTML', () => {
    let seed = 9;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
    const pieces = ['<a', ' href=', 'HREF = ', '"x"', "'y'", 'z', '>', '</a>', '<pre>', '<PRE >', '</pre>', '</pre >', '<code>', '</code>', '<code x>', ' ', '"', "'", 'text', '<', '\n'];
    for (let i = 0; i < 20_000; i++) {
      const html = Array.from({ length: Math.floor(rand() * 10) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      const anchors = [...htmlAnchors(html)].map((a) => [a.index, a.length, a.url, a.inner ?? undefined]);
      const expected = [...html.matchAll(HTML_HREF)].map((m) => [m.index, m[0].length, m[1] ?? m[2] ?? m[3], m[4]]);
      expect(anchors, JSON.stringify(html)).toEqual(expected);
      const codes = [...htmlCodeElements(html)].map((c) => [c.index, c.length, c.tag, c.inner]);
      const expectedCodes = [...html.matchAll(HTML_CODE)].map((m) => [m.index, m[0].length, m[1], m[2]]);
      expect(codes, JSON.stringify(html)).toEqual(expectedCodes);
    }
  });

  it('scans tags without a closing one in one pass', () => {
    const html = '<a <a href=x>'.repeat(20_000) + '<pre>'.repeat(20_000) + '<code<a'.repeat(20_000);
    expect([...htmlAnchors(html)]).toHaveLength(20_000);
    expect([...htmlCodeElements(html)]).toHaveLength(0);
  });
});

describe('Markdown defusing', () => {
  it('keeps every offset and leaves ordinary paragraphs and fenced code alone', () => {
    const code = `\`\`\`python\n${'x = a_b * c_d\n'.repeat(300)}\`\`\`\n`;
    const normal = '# Title\n\nSome *emphasis*, a [link](https://x.example) and `code_name`.\n\n';
    const hostile = `${'*a_ '.repeat(300)}\n\n${'> '.repeat(40)}deep\n`;
    const text = normal + code + hostile;
    const { text: out, changed } = defuseMarkdown(text);
    expect(out).toHaveLength(text.length);
    expect(out.slice(0, normal.length + code.length)).toBe(normal + code);
    expect(out.slice(normal.length + code.length)).not.toMatch(/[*_]/);
    expect(changed).toHaveLength(2);
  });
});
