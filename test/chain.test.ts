// Unit tests of the build context (.dockerignore, where COPY/ADD put files) and the entrypoint chain.
import { describe, expect, it } from 'vitest';
import { DockerIgnore } from '../src/chain/dockerignore.js';
import { DockerfileFacts } from '../src/dockerfile/facts.js';
import { parseDockerfile } from '../src/dockerfile/model.js';
import { CHAIMELEON_PROFILE } from '../src/profile.js';
import { ProjectFacts } from '../src/project/facts.js';
import { loadGrammar } from '../src/shell/grammars.js';
import { MemoryVfs } from '../src/vfs.js';

function project(files: Record<string, string>, dockerfile = 'Dockerfile', context = '') {
  const vfs = new MemoryVfs('test', new Map(Object.entries(files)));
  const facts = new DockerfileFacts(parseDockerfile(dockerfile, files[dockerfile]), CHAIMELEON_PROFILE);
  const p = new ProjectFacts(vfs, true, [{ path: dockerfile, context }], [facts], { name: null, owner: null, isPrivate: null, githubLicense: null });
  return { project: p, facts };
}

const excluded = (patterns: string, path: string) => new DockerIgnore(patterns).excludedBy(path) !== null;

describe('.dockerignore', () => {
  it('matches relative to the context root, a leading slash ignored', () => {
    expect(excluded('data', 'data')).toBe(true);
    expect(excluded('/data', 'data/a.csv')).toBe(true);
    expect(excluded('data', 'src/data')).toBe(false);
    expect(excluded('./build/', 'build/x.o')).toBe(true);
  });

  it('* and ? stay within one folder, ** spans folders', () => {
    expect(excluded('*.pyc', 'a.pyc')).toBe(true);
    expect(excluded('*.pyc', 'pkg/a.pyc')).toBe(false);
    expect(excluded('**/*.pyc', 'pkg/sub/a.pyc')).toBe(true);
    expect(excluded('**/*.pyc', 'a.pyc')).toBe(true);
    expect(excluded('*/temp*', 'somedir/temporary.txt')).toBe(true);
    expect(excluded('*/temp*', 'a/b/temporary.txt')).toBe(false);
    expect(excluded('temp?', 'temp1')).toBe(true);
    expect(excluded('docs/**', 'docs/a/b.md')).toBe(true);
    expect(excluded('[ab].txt', 'b.txt')).toBe(true);
  });

  it('! exceptions, the last match wins', () => {
    const patterns = '*.md\n!README.md\n';
    expect(excluded(patterns, 'CHANGES.md')).toBe(true);
    expect(excluded(patterns, 'README.md')).toBe(false);
    expect(excluded('!README.md\n*.md', 'README.md')).toBe(true);
    expect(excluded('data\n!data/keep.csv', 'data/keep.csv')).toBe(false);
    expect(excluded('data\n!data/keep.csv', 'data/other.csv')).toBe(true);
  });

  it('skips comments and blank lines, trims patterns', () => {
    const ignore = new DockerIgnore('# models\n\n  models  \n');
    expect(ignore.patterns.map((p) => p.pattern)).toEqual(['models']);
    expect(ignore.excludedBy('models/w.bin')?.line).toBe(3);
  });

  it('a folder pattern excludes what is inside', () => {
    expect(excluded('.git', '.git/config')).toBe(true);
    expect(excluded('node_modules', 'node_modules/x/index.js')).toBe(true);
  });
});

describe('where COPY and ADD put context files', () => {
  const files = {
    Dockerfile: [
      'FROM ubuntu:22.04',
      'WORKDIR /opt/app',
      'COPY run.sh /usr/local/bin/start',
      'COPY src/ ./',
      'COPY scripts/*.sh /scripts/',
      'COPY --chown=1000:1000 conf .',
      'COPY data /data',
      'COPY lib/** /lib/',
      'COPY --from=builder /out/bin /usr/bin/tool',
      'ADD https://example.org/a.tar.gz /opt/',
      'ADD bundle.tar.gz /opt/bundle/',
      'COPY extra.sh /opt/app',
      'COPY src/main.py /srv/',
    ].join('\n'),
    'run.sh': '#!/bin/sh\n',
    'src/main.py': 'print(1)\n',
    'src/pkg/util.py': '\n',
    'scripts/a.sh': '\n',
    'scripts/b.sh': '\n',
    'scripts/c.py': '\n',
    'conf/app.yaml': '\n',
    'data/keep.csv': '\n',
    'data/secret.csv': '\n',
    'lib/one.txt': '\n',
    'lib/sub/two.txt': '\n',
    'bundle.tar.gz': 'x',
    'extra.sh': '\n',
    '.dockerignore': 'data/secret.csv\n',
  };

  it('resolves files, folders, globs, WORKDIR-relative destinations', async () => {
    const { project: p, facts } = project(files);
    const ctx = await p.buildContext(facts);
    const at = (path: string) => ctx.fileAt(path)?.file ?? null;
    expect(at('/usr/local/bin/start')).toBe('run.sh');
    expect(at('/opt/app/main.py')).toBe('src/main.py');
    expect(at('/opt/app/pkg/util.py')).toBe('src/pkg/util.py');
    expect(at('/scripts/a.sh')).toBe('scripts/a.sh');
    expect(at('/scripts/c.py')).toBe(null);
    expect(at('/opt/app/app.yaml')).toBe('conf/app.yaml');
    expect(at('/data/keep.csv')).toBe('data/keep.csv');
    expect(at('/data/secret.csv')).toBe(null);
    // filepath.Match per segment: `**` is `*`, and a matched folder's contents are copied.
    expect(at('/lib/one.txt')).toBe('lib/one.txt');
    expect(at('/lib/two.txt')).toBe('lib/sub/two.txt');
    expect(at('/usr/bin/tool')).toBe(null);
    expect(at('/opt/bundle/bundle.tar.gz')).toBe(null);
    // /opt/app is the WORKDIR, so a file copied to it goes inside.
    expect(at('/opt/app/extra.sh')).toBe('extra.sh');
    expect(at('/srv/main.py')).toBe('src/main.py');
    expect(ctx.fileAt('/opt/app/app.yaml')?.copy.chown).toBe('1000:1000');
  });

  it('judges sources against the context after .dockerignore', async () => {
    const { project: p, facts } = project(files);
    const ctx = await p.buildContext(facts);
    expect(ctx.resolveSource('data/secret.csv').entries).toEqual([]);
    expect(ctx.resolveSource('data/secret.csv').excluded[0].by.pattern).toBe('data/secret.csv');
    expect(ctx.resolveSource('scripts/*.sh').entries.map((e) => e.path)).toEqual(['scripts/a.sh', 'scripts/b.sh']);
    expect(ctx.resolveSource('/run.sh').entries).toHaveLength(1);
    expect(ctx.resolveSource('./src/../run.sh').entries).toHaveLength(1);
    expect(ctx.resolveSource('../outside.sh').outside).toBe(true);
    expect(ctx.resolveSource('$APP/x').unknown).toBe(true);
    expect(ctx.resolveSource('node_modules/x').unknown).toBe(true);
    expect(ctx.resolveSource('missing.sh').entries).toEqual([]);
    expect(ctx.files.has('data/secret.csv')).toBe(false);
  });

  it('a single file copied to a path without a slash lands at that path, or inside it when it is a folder', async () => {
    const { project: p, facts } = project({ Dockerfile: 'FROM ubuntu\nCOPY run.sh /home/chaimeleon/.init\n', 'run.sh': '' });
    const ctx = await p.buildContext(facts);
    expect(ctx.fileAt('/home/chaimeleon/.init')?.file).toBe('run.sh');
    expect(ctx.fileAt('/home/chaimeleon/.init/run.sh')?.file).toBe('run.sh');
  });

  it('uses the repository root as context when no COPY source is in the Dockerfile folder', async () => {
    const { project: p, facts } = project({ 'docker/Dockerfile': 'FROM ubuntu\nCOPY app/main.py /app/\n', 'app/main.py': '' }, 'docker/Dockerfile', 'docker');
    const ctx = await p.buildContext(facts);
    expect(ctx.root).toBe('');
    expect(ctx.fileAt('/app/main.py')?.file).toBe('app/main.py');
  });

  it('reads <Dockerfile>.dockerignore before .dockerignore', async () => {
    const { project: p, facts } = project({ Dockerfile: 'FROM ubuntu\nCOPY . /app/\n', 'Dockerfile.dockerignore': 'a.txt\n', '.dockerignore': 'b.txt\n', 'a.txt': '', 'b.txt': '' });
    const ctx = await p.buildContext(facts);
    expect(ctx.dockerignoreFile).toBe('Dockerfile.dockerignore');
    expect(ctx.fileAt('/app/a.txt')).toBe(null);
    expect(ctx.fileAt('/app/b.txt')?.file).toBe('b.txt');
  });
});

describe('the entrypoint chain', () => {
  it('follows exec form, sh -c, source, python, imports and stops at cycles', async () => {
    await loadGrammar('bash');
    const { project: p, facts } = project({
      Dockerfile: [
        'FROM ubuntu:22.04',
        'WORKDIR /app',
        'COPY . .',
        'ENTRYPOINT ["tini", "--", "/app/entry.sh"]',
        'CMD ["python3", "main.py"]',
      ].join('\n'),
      'entry.sh': '#!/bin/bash\nDIR="$(cd "$(dirname "$0")" && pwd)"\nsource "$DIR/env.sh"\nbash -c "sh ./loop.sh"\nexec "$@"\n',
      'env.sh': 'export X=1\n',
      'loop.sh': '. /app/entry.sh\n',
      'main.py': 'import helper\nimport subprocess\nsubprocess.run(["bash", "tool.sh"])\n',
      'helper.py': 'x = 1\n',
      'tool.sh': 'echo hi\n',
    });
    const chain = await p.entrypointChain(facts);
    const paths = chain.scripts.map((s) => `${s.path}@${s.depth}`);
    expect(paths).toEqual(['entry.sh@1', 'env.sh@2', 'loop.sh@2', 'main.py@1', 'tool.sh@2', 'helper.py@2']);
    const tool = chain.scripts.find((s) => s.path === 'tool.sh')!;
    expect(tool.via.map((v) => `${v.file}:${v.range.startLine}`)).toEqual(['Dockerfile:5', 'Dockerfile:3', 'main.py:3', 'Dockerfile:3']);
    expect(chain.scripts.find((s) => s.path === 'main.py')!.runs.map((c) => c.program)).toEqual(['bash']);
  });

  it('reads supervisor programs from conf.d and heredoc COPYs', async () => {
    await loadGrammar('bash');
    const { project: p, facts } = project({
      Dockerfile: [
        'FROM ubuntu:22.04',
        'COPY supervisord.conf /etc/supervisor/conf.d/app.conf',
        'COPY start.sh /opt/start.sh',
        'COPY <<EOF /usr/local/bin/entry',
        '#!/bin/sh',
        'exec /usr/bin/supervisord -n',
        'EOF',
        'ENTRYPOINT ["entry"]',
      ].join('\n'),
      'supervisord.conf': '[program:app]\ncommand=/bin/bash\n  /opt/start.sh\ndirectory=/opt\n',
      'start.sh': 'echo started\n',
    });
    const chain = await p.entrypointChain(facts);
    expect(chain.scripts.map((s) => s.path)).toEqual(['Dockerfile', 'supervisord.conf', 'start.sh']);
    expect(chain.scripts[0].embedded).toBe(true);
    expect(chain.scripts[0].commands[0].range.startLine).toBe(6);
    expect(chain.scripts[1].runs[0].args[0].range.startLine).toBe(3);
  });

  it('does not re-lint the platform base entrypoint, but follows a partner file copied over it', async () => {
    await loadGrammar('bash');
    const base = 'FROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:latest\n';
    const none = project({ Dockerfile: base, 'run.sh': 'pip install x\n' });
    expect((await none.project.entrypointScripts(none.facts)).length).toBe(0);
    const own = project({ Dockerfile: base + 'COPY run.sh /home/chaimeleon/.init/run.sh\n', 'run.sh': 'pip install x\n' });
    const scripts = await own.project.entrypointScripts(own.facts);
    expect(scripts.map((s) => s.path)).toEqual(['run.sh']);
    expect(scripts[0].via[0].message).toMatch(/platform base image/);
  });
});

describe('scripts the README runs', () => {
  const readme = (args: string) => `# tool\n\n## Usage\n\n\`\`\`\njobman submit -i tool:1.0 ${args}\n\`\`\`\n`;
  const image = (entrypoint: string) =>
    ['FROM ubuntu:22.04', 'COPY app/ /app/', 'COPY entry.sh /entry.sh', 'WORKDIR /app', entrypoint].join('\n');
  const files = (entrypoint: string, args: string) => ({
    Dockerfile: image(entrypoint),
    'README.md': readme(args),
    'entry.sh': '#!/bin/sh\necho starting\nexec "$@"\n',
    'app/main.py': 'print(1)\n',
    'app/tools/fetch.py': 'print(2)\n',
  });
  const reached = async (f: Record<string, string>) => {
    const { project: p, facts } = project(f);
    const chain = await p.entrypointChain(facts);
    return { scripts: chain.scripts.map((s) => s.imagePath), usage: chain.usage.map((c) => c.name) };
  };

  it('follows the job command when the image has only a CMD, and when the entrypoint runs its arguments', async () => {
    expect((await reached(files('CMD ["python3", "main.py"]', '-- python3 tools/fetch.py --x 1'))).scripts).toEqual(['/app/main.py', '/app/tools/fetch.py']);
    const viaExec = await reached(files('ENTRYPOINT ["/entry.sh"]', '-- python3 /app/tools/fetch.py'));
    expect(viaExec.scripts).toEqual(['/entry.sh', '/app/tools/fetch.py']);
    expect(viaExec.usage).toEqual(['python3']);
  });

  it('does not follow arguments that a fixed ENTRYPOINT takes as its own, unless jobman runs them with -c', async () => {
    const fixed = 'ENTRYPOINT ["python3", "/app/main.py"]';
    expect((await reached(files(fixed, '-- python3 /app/tools/fetch.py'))).scripts).toEqual(['/app/main.py']);
    expect((await reached(files(fixed, '-c -- python3 /app/tools/fetch.py'))).scripts).toEqual(['/app/main.py', '/app/tools/fetch.py']);
  });

  it('records where each command runs and what its variables hold', async () => {
    const { project: p, facts } = project({
      Dockerfile: 'FROM ubuntu:22.04\nENV BASE=/opt/out\nCOPY run.sh /run.sh\nWORKDIR /app\nENTRYPOINT ["/run.sh"]\n',
      'run.sh': '#!/bin/sh\nOUT="$BASE/x"\ncd /srv\ntouch "$OUT/a"\ncd "$UNKNOWN"\ntouch b\n',
    });
    const chain = await p.entrypointChain(facts);
    const touches = chain.scripts[0].commands.filter((c) => c.program === 'touch');
    expect(touches.map((c) => chain.stateOf(c)?.cwd)).toEqual(['/srv', null]);
    expect(chain.stateOf(touches[0])?.expand(touches[0].args[0].value)).toBe('/opt/out/x/a');
  });
});

describe('CHM401 severities', () => {
  it('a download behind a connectivity test is a warning, and the test itself is not reported', async () => {
    const { lintPath, ROOT } = await import('./helpers.js');
    const findings = (await lintPath(`${ROOT}/fixtures/CHM401/guarded-install.bad`)).filter((f) => f.code === 'CHM401');
    expect(findings.map((f) => `${f.range.startLine} ${f.severity}`)).toEqual(['4 warning', '7 warning']);
    const unguarded = (await lintPath(`${ROOT}/fixtures/CHM401/init-chain.bad`)).filter((f) => f.code === 'CHM401');
    expect(new Set(unguarded.map((f) => f.severity))).toEqual(new Set(['error']));
    expect(unguarded.find((f) => f.file === 'scripts/env.sh')!.related.map((r) => `${r.file}:${r.range.startLine}`)).toEqual([
      'Dockerfile:11',
      'Dockerfile:8',
      'scripts/run.sh:3',
      'Dockerfile:8',
    ]);
  });
});

describe('CHM401 after a connectivity test that ends the script', () => {
  it('is a warning after `test || exit` and `if ! test; then exec "$@"; fi`, an error after an exit taken when online', async () => {
    const { lintPath, ROOT } = await import('./helpers.js');
    const severities = async (fixture: string) =>
      (await lintPath(`${ROOT}/fixtures/CHM401/${fixture}`)).filter((f) => f.code === 'CHM401').map((f) => `${f.file}:${f.range.startLine} ${f.severity}`).sort();
    expect(await severities('guarded-exit.bad')).toEqual(['start.sh:9 warning', 'update.sh:4 warning', 'update.sh:6 warning']);
    expect(await severities('exit-when-online.bad')).toEqual(['init.sh:10 error', 'init.sh:5 warning']);
  });
});

describe('malformed patterns', () => {
  it('a malformed character class matches only itself', async () => {
    expect(excluded('[z-a].txt', 'b.txt')).toBe(false);
    expect(excluded('[z-a].txt', '[z-a].txt')).toBe(true);
  });
});

describe('chain limits', () => {
  it('stops after 8 levels', async () => {
    await loadGrammar('bash');
    const files: Record<string, string> = { Dockerfile: 'FROM ubuntu\nCOPY . /s/\nENTRYPOINT ["/s/s1.sh"]\n' };
    for (let i = 1; i <= 10; i++) files[`s${i}.sh`] = `#!/bin/sh\nbash /s/s${i + 1}.sh\n`;
    const { project: p, facts } = project(files);
    expect((await p.entrypointScripts(facts)).map((s) => s.path)).toEqual(['s1.sh', 's2.sh', 's3.sh', 's4.sh', 's5.sh', 's6.sh', 's7.sh', 's8.sh']);
  });
});

describe('common entrypoint shapes', () => {
  it('bash -c with conda activation, a script at /, a program found through PATH, CRLF scripts', async () => {
    await loadGrammar('bash');
    const { project: p, facts } = project({
      Dockerfile: [
        'FROM continuumio/miniconda3',
        'COPY entrypoint.sh /',
        'COPY --chmod=755 start.sh /usr/local/bin/start',
        'COPY app /app',
        'ENTRYPOINT ["/bin/bash", "-c", "source /opt/conda/etc/profile.d/conda.sh && conda activate env && /entrypoint.sh && exec start"]',
      ].join('\n'),
      'entrypoint.sh': '#!/bin/sh\r\ncd /app\r\npython main.py\r\n',
      'start.sh': '#!/bin/sh\n',
      'app/main.py': 'print(1)\n',
    });
    const scripts = await p.entrypointScripts(facts);
    expect(scripts.map((s) => `${s.path}<-${s.via[0].message}`)).toEqual([
      'entrypoint.sh<-ENTRYPOINT runs /entrypoint.sh',
      'app/main.py<-ENTRYPOINT runs /entrypoint.sh',
      'start.sh<-ENTRYPOINT runs /usr/local/bin/start',
    ]);
    expect(scripts[1].cwd).toBe('/app');
  });
});
