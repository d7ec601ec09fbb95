// Unit tests of the engine's shared mechanisms: shell walker, Dockerfile facts, variable expansion,
// suppressions, discovery helpers.
import { beforeAll, describe, expect, it } from 'vitest';
import { DockerfileFacts, resolvePath } from '../src/dockerfile/facts.js';
import { expandVariables } from '../src/dockerfile/expand.js';
import { parseDockerfile } from '../src/dockerfile/model.js';
import { CHAIMELEON_PROFILE, deriveProfile, findPlatformImage } from '../src/profile.js';
import { globToRegExp, isDockerfileName } from '../src/project/discover.js';
import { remoteFromGitConfig, remoteFromUrl } from '../src/project/remote.js';
import { shellCommands, SegmentMap } from '../src/shell/commands.js';
import { loadGrammar } from '../src/shell/grammars.js';
import { parseDirective } from '../src/suppressions.js';
import { LineIndex } from '../src/text.js';

beforeAll(async () => {
  await loadGrammar('bash');
});

function commandsOf(text: string) {
  const map = new SegmentMap();
  map.add(0, 0);
  return shellCommands({ text, toHost: map.toHost, host: new LineIndex(text), file: 'x' });
}

function facts(text: string) {
  return new DockerfileFacts(parseDockerfile('Dockerfile', text), CHAIMELEON_PROFILE);
}

describe('shell walker', () => {
  it('unwraps sudo, env and exec and keeps env prefixes', () => {
    const [cmd] = commandsOf('sudo -E env A=1 PIP_NO_CACHE_DIR=1 exec /usr/bin/pip3 install x');
    expect(cmd.program).toBe('pip3');
    expect(cmd.wrappers).toEqual(['sudo', 'env', 'exec']);
    expect(cmd.assignments.map((a) => a.name)).toEqual(['A', 'PIP_NO_CACHE_DIR']);
    expect(cmd.args.map((a) => a.value)).toEqual(['install', 'x']);
    const [withVar] = commandsOf('sudo PIP_NO_CACHE_DIR=1 pip install y');
    expect(withVar.program).toBe('pip');
    expect(withVar.assignments.map((a) => [a.name, a.value])).toEqual([['PIP_NO_CACHE_DIR', '1']]);
  });

  it('finds commands in lists, pipelines, subshells, substitutions, functions and sh -c strings', () => {
    const cmds = commandsOf('a && (b | c) ; f() { d; }; echo "$(e)"; sh -c \'g "h i"\'');
    expect(cmds.map((c) => c.program)).toEqual(['a', 'b', 'c', 'd', 'echo', 'e', 'sh', 'g']);
    const c = cmds.find((x) => x.program === 'c')!;
    expect(c.pipeFrom?.program).toBe('b');
    expect(c.guards.map((g) => g.program)).toEqual(['a']);
    const g = cmds.find((x) => x.program === 'g')!;
    expect(g.nestedIn?.program).toBe('sh');
    expect(g.args[0].value).toBe('h i');
    // Positions inside the sh -c string point at the script text.
    expect(g.range.startColumn).toBe('a && (b | c) ; f() { d; }; echo "$(e)"; sh -c \''.length + 1);
  });

  it('records if-conditions as guards, redirects and heredoc bodies', () => {
    const cmds = commandsOf('if curl -s http://x; then pip install y; fi\necho "u:p" | chpasswd\ncat <<EOF > /etc/sudoers.d/u\nu ALL=(ALL) NOPASSWD: ALL\nEOF\necho x >> /etc/sudoers');
    const pip = cmds.find((c) => c.program === 'pip')!;
    expect(pip.guards.map((g) => g.program)).toEqual(['curl']);
    const cat = cmds.find((c) => c.program === 'cat')!;
    expect(cat.redirects.map((r) => [r.op, r.target?.value ?? null])).toEqual([
      ['<<', null],
      ['>', '/etc/sudoers.d/u'],
    ]);
    expect(cat.redirects[0].body).toContain('NOPASSWD');
    const echo = cmds.filter((c) => c.program === 'echo')[1];
    expect(echo.redirects[0]).toMatchObject({ op: '>>', target: { value: '/etc/sudoers' } });
  });

  it('gives word values after quote removal and marks expansions', () => {
    const [cmd] = commandsOf(`x 'a b' "c \\"d\\"" e\\ f "$HOME/g" ~/{h,i}`);
    expect(cmd.args.map((a) => [a.value, a.literal])).toEqual([
      ['a b', true],
      ['c "d"', true],
      ['e f', true],
      ['$HOME/g', false],
      ['~/{h,i}', true],
    ]);
  });
});

describe('Dockerfile facts', () => {
  it('maps RUN commands back to exact positions across continuations and comment lines', () => {
    const f = facts('FROM ubuntu\nRUN apt-get update && \\\n# dropped by Docker\n    pip install \\\n      numpy\n');
    const run = f.model.instructions[1];
    const pip = f.commands(run).find((c) => c.program === 'pip')!;
    expect(pip.range.startLine).toBe(4);
    expect(pip.range.startColumn).toBe(5);
    // The command ends where `numpy` ends, not at column 1 of the next line.
    expect([pip.range.endLine, pip.range.endColumn]).toEqual([5, 12]);
    expect(pip.args.map((a) => a.value)).toEqual(['install', 'numpy']);
    expect(pip.args[1].range).toMatchObject({ startLine: 5, startColumn: 7 });
  });

  it('follows stages, users and workdirs, and inherits from earlier stages', () => {
    const f = facts('FROM ubuntu AS base\nRUN useradd -u 1000 -m app\nUSER app\nWORKDIR /srv\nFROM base\nWORKDIR data\n');
    const last = f.finalStage!;
    expect(last.baseStage?.name).toBe('base');
    expect(last.finalUser.name).toBe('app');
    expect(f.uidOf(last.finalUser)).toBe(1000);
    expect(last.finalWorkdir).toBe('/srv/data');
    expect(f.imageChain.map((s) => s.index)).toEqual([0, 1]);
  });

  it('knows platform base images by registry path, short name and ARG default', () => {
    const f = facts('ARG BASE=harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python-pytorch:3.1\nFROM ${BASE}\n');
    expect(f.platformBase?.name).toBe('ubuntu-python-pytorch');
    expect(f.finalStage?.finalUser.source).toBe('platform');
    expect(findPlatformImage(CHAIMELEON_PROFILE, 'ubuntu-python:latest')?.kind).toBe('batch');
    expect(findPlatformImage(CHAIMELEON_PROFILE, 'docker.io/someone/ubuntu-python')).toBeUndefined();
  });

  it('expands labels with the ARG-before-FROM scoping rule', () => {
    const f = facts('ARG V=1.0\nARG N=tool\nFROM ubuntu\nARG N\nLABEL version="${V}" name=$N other="${MISSING:-dflt}"\n');
    const labels = f.finalStage!.labels;
    expect(labels.get('version')).toMatchObject({ value: '', undeclared: ['V'] });
    expect(labels.get('name')?.value).toBe('tool');
    expect(labels.get('other')?.value).toBe('dflt');
  });

  it('parses useradd, adduser (Debian and busybox) and groupadd', () => {
    const f = facts('FROM ubuntu\nRUN groupadd -g 1000 grp && useradd --uid=1000 -g grp -G sudo,video -m u1 && adduser --uid 1001 --disabled-password u2 && adduser -D -u 1002 u3 && adduser u1 docker\n');
    expect(f.created.groups.map((g) => [g.name, g.gid])).toEqual([['grp', 1000]]);
    expect(f.created.users.map((u) => [u.name, u.uid, u.group, u.groups])).toEqual([
      ['u1', 1000, 'grp', ['sudo', 'video']],
      ['u2', 1001, null, []],
      ['u3', 1002, null, []],
      ['u1', null, null, ['docker']],
    ]);
  });

  it('resolves COPY destinations against WORKDIR', () => {
    const f = facts('FROM ubuntu\nWORKDIR /home/u\nCOPY --chown=1000:1000 a b app/\nCOPY run.sh .init/run.sh\n');
    const copies = f.copies();
    expect(copies.map((c) => [c.sources.map((s) => s.value), c.absoluteDestination, c.chown, c.destinationIsDir])).toEqual([
      [['a', 'b'], '/home/u/app/', '1000:1000', true],
      [['run.sh'], '/home/u/.init/run.sh', null, false],
    ]);
  });
});

describe('small helpers', () => {
  it('expands Docker variables', () => {
    const vars = new Map([
      ['A', { value: 'x' }],
      ['E', { value: '' }],
      ['D', { value: '', declaredWithoutValue: true }],
    ]);
    expect(expandVariables('$A ${A} ${E:-d} ${E-d} ${A:+y} ${U:-u} \\$A', vars).value).toBe('x x d  y u $A');
    expect(expandVariables('${D}', vars)).toMatchObject({ value: '${D}', unresolved: ['D'] });
  });

  it('resolves paths', () => {
    expect(resolvePath('/home/u', '../v/./w/')).toBe('/home/v/w/');
    expect(resolvePath('/a', '/b/c')).toBe('/b/c');
  });

  it('parses suppression directives', () => {
    expect(parseDirective('# chaimeleon-lint ignore=CHM110,pip-cache-kept -- reviewed')).toEqual({ global: false, names: ['CHM110', 'pip-cache-kept'], reason: 'reviewed' });
    expect(parseDirective('<!-- chaimeleon-lint global ignore=CHM203 -->')).toEqual({ global: true, names: ['CHM203'], reason: '' });
    expect(parseDirective('# just a comment')).toBeNull();
  });

  it('recognises Dockerfile names, ignore globs and git remotes', () => {
    for (const n of ['Dockerfile', 'dockerfile', 'Dockerfile.gpu', 'app.Dockerfile', 'Containerfile']) expect(isDockerfileName(n), n).toBe(true);
    for (const n of ['README.md', 'docker-compose.yml', 'dockerfile_notes']) expect(isDockerfileName(n), n).toBe(false);
    expect(globToRegExp('legacy/**').test('legacy/a/Dockerfile')).toBe(true);
    expect(globToRegExp('*.Dockerfile').test('x/a.Dockerfile')).toBe(false);
    // A glob naming a folder covers what is under it; `**/` may be no folder; dot files match.
    for (const [glob, path, matches] of [
      ['*.Dockerfile', 'a.Dockerfile', true],
      ['legacy', 'legacy/Dockerfile', true],
      ['legacy/', 'legacy/x/Dockerfile', true],
      ['./legacy', 'legacy/Dockerfile', true],
      ['leg', 'legacy/Dockerfile', false],
      ['**/old/*', 'a/b/old/Dockerfile', true],
      ['**/old/*', 'old/Dockerfile', true],
      ['*', '.Dockerfile.bak', true],
      ['a?c/*', 'a/c/Dockerfile', false],
      ['{gpu,cpu}/Dockerfile', 'cpu/Dockerfile', true],
      ['gpu/Dockerfile', 'GPU/Dockerfile', false],
    ] as const) {
      expect(globToRegExp(glob).test(path), `${glob} ${path}`).toBe(matches);
    }
    expect(globToRegExp('image_*', { nocase: true }).test('Image_Tool')).toBe(true);
    expect(remoteFromGitConfig('[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:chaimeleon-eu/image_batch_tool.git\n')).toEqual({ owner: 'chaimeleon-eu', name: 'image_batch_tool' });
    expect(remoteFromGitConfig('[remote "fork"]\n\turl = https://github.com/someone/x\n[remote "origin"]\n\turl = https://github.com/lab/y\n')).toEqual({ owner: 'lab', name: 'y' });
    expect(remoteFromGitConfig('[core]\n\tbare = false\n')).toBeNull();
  });

  it.each([
    ['https://github.com/chaimeleon-eu/image_batch_tool.git', 'chaimeleon-eu', 'image_batch_tool'],
    ['https://user:secret@github.com/Chaimeleon-EU/tool/', 'Chaimeleon-EU', 'tool'],
    ['ssh://git@ssh.github.com:443/lab/tool.git', 'lab', 'tool'],
    ['github.com:lab/tool', 'lab', 'tool'],
    ['https://gitlab.com/group/sub/tool.git', 'group/sub', 'tool'],
    ['/srv/git/tool.git', null, 'tool'],
    ['file:///srv/git/tool.git', null, 'tool'],
    ['../tool', null, 'tool'],
    ['C:\\repos\\tool.git', null, 'tool'],
    ['https://example.org/tool.git', null, 'tool'],
  ])('reads owner and name from the remote URL %s', (url, owner, name) => {
    expect(remoteFromUrl(url)).toEqual({ owner, name });
  });

  it('derives a sibling profile by configuration alone', () => {
    const ds = deriveProfile(CHAIMELEON_PROFILE, { user: { name: 'ds' } }, 'ds');
    expect(ds.user).toEqual({ name: 'ds', uid: 1000, gid: 1000, home: '/home/ds' });
    expect(ds.baseImages[0].provides.workdir).toBe('/home/ds');
  });
});
