// The configuration file: one description, two validators that agree (ours and ajv on the shipped
// schema), one-line errors naming the file and the key path for every kind of mistake, profiles
// resolved safely, and the EUCAIM example proven by the fixtures that copy it.
import { execFileSync, execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../rules/index.js';
import { runCli } from '../src/cli.js';
import { configJsonSchema, PROFILE_NODE, profileKeysTable, validateNode } from '../src/config-schema.js';
import { resolveConfig, validateConfig } from '../src/config.js';
import { CHAIMELEON_PROFILE, findPlatformImage } from '../src/profile.js';
import { ROOT, ruleSet, tempDir } from './helpers.js';

const SCHEMA_FILE = join(ROOT, 'schema', 'chaimeleon-lint.schema.json');
const EUCAIM_FILE = join(ROOT, 'profiles', 'eucaim.chaimeleon-lint.yaml');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
// Strict, except that rule codes are listed for completion and also matched in any case by a pattern.
const ajv = new Ajv({ allErrors: true, strict: true, allowMatchingProperties: true });
const ajvValidate = ajv.compile(schema);

/** Our validator's verdict on parsed data: null when valid, else the message. */
function ours(data: unknown): string | null {
  try {
    validateConfig(data, 'test.yaml', ruleSet);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

function repoWith(config: string, name = '.chaimeleon-lint.yaml'): string {
  const dir = tempDir('chm-config-');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu:22.04\nUSER ds\n');
  writeFileSync(join(dir, name), config);
  return dir;
}

/** Every configuration file in the project that is meant to be valid. */
function goodConfigFiles(): string[] {
  const files = [EUCAIM_FILE];
  for (const code of readdirSync(join(ROOT, 'fixtures'))) {
    for (const entry of readdirSync(join(ROOT, 'fixtures', code))) {
      const dir = join(ROOT, 'fixtures', code, entry);
      if (!statSync(dir).isDirectory()) continue;
      for (const name of ['.chaimeleon-lint.yaml', '.chaimeleon-lint.yml', '.chaimeleon-lint.json']) {
        try {
          statSync(join(dir, name));
          files.push(join(dir, name));
        } catch {
          // none
        }
      }
    }
  }
  return files;
}

const readmeYamlExamples = (): unknown[] =>
  [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parseYaml(m[1]) as unknown).filter((d) => d !== null && typeof d === 'object' && ('profiles' in (d as object) || 'rules' in (d as object)));

describe('one description of the configuration', () => {
  it('is what the shipped JSON Schema and the README table of profile keys were generated from', () => {
    const fresh = 'stale: run `npm run build && node scripts/gen-schema.mjs`';
    expect(JSON.stringify(schema, null, 2) + '\n', fresh).toBe(JSON.stringify(configJsonSchema(RULES.map((r) => r.meta)), null, 2) + '\n');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = /<!-- profile-keys:start[^>]*-->\n([\s\S]*?)\n<!-- profile-keys:end -->/.exec(readme)?.[1];
    expect(table, fresh).toBe(profileKeysTable());
  });

  it('ships the schema and the example profiles in the package', () => {
    const files = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
    expect(files).toContain('schema');
    expect(files).toContain('profiles');
  });

  it('describes every setting of a profile (the chaimeleon profile, written as configuration, is valid)', () => {
    const { name: _name, baseImages, ...rest } = CHAIMELEON_PROFILE;
    const asWritten = { ...rest, baseImages: baseImages.map(({ name: _n, ...b }) => b) };
    expect(() => validateNode(PROFILE_NODE, asWritten, ['profiles', 'x'], { resolveRule: () => undefined, ruleNames: [] })).not.toThrow();
    expect(ajvValidate({ profiles: { x: asWritten } }), JSON.stringify(ajvValidate.errors)).toBe(true);
  });

  it.each(goodConfigFiles().map((f) => [f.slice(ROOT.length + 1), f]))('accepts %s in both validators', (_label, file) => {
    const data = parseYaml(readFileSync(file, 'utf8')) as unknown;
    expect(ours(data)).toBeNull();
    expect(ajvValidate(data), JSON.stringify(ajvValidate.errors)).toBe(true);
  });

  it('accepts the README examples in both validators', () => {
    const examples = readmeYamlExamples();
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const data of examples) {
      // The README's EUCAIM excerpt elides the other images with a comment: still a valid file.
      expect(ours(data)).toBeNull();
      expect(ajvValidate(data), JSON.stringify(ajvValidate.errors)).toBe(true);
    }
  });

  const ds = (profile: Record<string, unknown>) => ({ profiles: { ds: profile } });
  // Each case: the data, and the key path our message names. Both validators must refuse it.
  const BAD: [string, unknown, string][] = [
    ['a list at the top', ['a'], '(top level)'],
    ['an unknown top-level key', { colour: true }, 'colour'],
    ['a misspelled top-level key', { failLevl: 'error' }, 'failLevl'],
    ['failLevel of the wrong type', { failLevel: 3 }, 'failLevel'],
    ['an unknown failLevel', { failLevel: 'sometimes' }, 'failLevel'],
    ['private as a string', { private: 'yes' }, 'private'],
    ['ignore as a string', { ignore: 'legacy/**' }, 'ignore'],
    ['an empty glob', { ignore: [''] }, 'ignore[0]'],
    ['a glob of the wrong type', { ignore: ['a', 5] }, 'ignore[1]'],
    ['rules as a list', { rules: ['CHM110'] }, 'rules'],
    ['a severity of the wrong type', { rules: { CHM110: 2 } }, 'rules.CHM110'],
    ['an unknown severity', { rules: { CHM110: 'loud' } }, 'rules.CHM110'],
    ['profile as a number', { profile: 7 }, 'profile'],
    ['profiles as a list', { profiles: [] }, 'profiles'],
    ['a profile as a string', { profiles: { ds: 'chaimeleon' } }, 'profiles.ds'],
    ['a profile named __proto__', JSON.parse('{"profiles":{"__proto__":{}}}'), 'profiles.__proto__'],
    ['a profile name with a newline', { profiles: { 'a\nb': {} } }, 'profiles["a\\nb"]'],
    ['an unknown profile key', ds({ usr: {} }), 'profiles.ds.usr'],
    ['extends as a number', ds({ extends: 1 }), 'profiles.ds.extends'],
    ['user as a string', ds({ user: 'ds' }), 'profiles.ds.user'],
    ['an unknown user key', ds({ user: { nmae: 'ds' } }), 'profiles.ds.user.nmae'],
    ['a uid as a string', ds({ user: { uid: '1000' } }), 'profiles.ds.user.uid'],
    ['a fractional uid', ds({ user: { uid: 1000.5 } }), 'profiles.ds.user.uid'],
    ['a negative gid', ds({ user: { gid: -1 } }), 'profiles.ds.user.gid'],
    ['a uid of 2^31', ds({ user: { uid: 2 ** 31 } }), 'profiles.ds.user.uid'],
    ['an empty user name', ds({ user: { name: '' } }), 'profiles.ds.user.name'],
    ['a relative home', ds({ user: { home: 'home/ds' } }), 'profiles.ds.user.home'],
    ['volumeDirs as a string', ds({ volumeDirs: 'datasets' }), 'profiles.ds.volumeDirs'],
    ['a volume folder going up', ds({ volumeDirs: ['../etc'] }), 'profiles.ds.volumeDirs[0]'],
    ['a repeated volume folder', ds({ volumeDirs: ['a', 'a'] }), 'profiles.ds.volumeDirs[1]'],
    ['a relative read-only mount', ds({ readOnlyMounts: ['mnt'] }), 'profiles.ds.readOnlyMounts[0]'],
    ['baseImages as a mapping', ds({ baseImages: {} }), 'profiles.ds.baseImages'],
    ['a base image without kind', ds({ baseImages: [{ image: 'r.io/p/x' }] }), 'profiles.ds.baseImages[0]'],
    ['a base image with a tag', ds({ baseImages: [{ image: 'r.io/p/x:1.0', kind: 'batch' }] }), 'profiles.ds.baseImages[0].image'],
    ['an unknown kind', ds({ baseImages: [{ image: 'r.io/p/x', kind: 'gpu' }] }), 'profiles.ds.baseImages[0].kind'],
    ['an unknown provides key', ds({ baseImages: [{ image: 'r.io/p/x', kind: 'batch', provides: { usr: true } }] }), 'profiles.ds.baseImages[0].provides.usr'],
    ['provides.user as a string', ds({ baseImages: [{ image: 'r.io/p/x', kind: 'batch', provides: { user: 'yes' } }] }), 'profiles.ds.baseImages[0].provides.user'],
    ['an entrypoint as a string', ds({ baseImages: [{ image: 'r.io/p/x', kind: 'batch', provides: { entrypoint: '/run.sh' } }] }), 'profiles.ds.baseImages[0].provides.entrypoint'],
    ['a relative workdir', ds({ baseImages: [{ image: 'r.io/p/x', kind: 'batch', provides: { workdir: 'app' } }] }), 'profiles.ds.baseImages[0].provides.workdir'],
    ['a URL as an allowed host', ds({ allowedHosts: ['https://pypi.org'] }), 'profiles.ds.allowedHosts[0]'],
    ['a pip mirror that is not a URL', ds({ pipMirror: 'pypi' }), 'profiles.ds.pipMirror'],
    ['an unknown installer', ds({ runtimeInstalls: ['pipx'] }), 'profiles.ds.runtimeInstalls[0]'],
    ['runtimeInstalls as a string', ds({ runtimeInstalls: 'pip' }), 'profiles.ds.runtimeInstalls'],
    ['an empty authorization sentence', ds({ authorizationSentence: '' }), 'profiles.ds.authorizationSentence'],
    ['an organization that is a URL', ds({ organization: 'https://github.com/x' }), 'profiles.ds.organization'],
    ['repoNameConvention as a string', ds({ repoNameConvention: 'no' }), 'profiles.ds.repoNameConvention'],
    ['an unknown prefix key', ds({ repoPrefixes: { desktop: 'x' } }), 'profiles.ds.repoPrefixes.desktop'],
    ['a port of 0', ds({ desktopPorts: { ssh: 0 } }), 'profiles.ds.desktopPorts.ssh'],
    ['a port as a string', ds({ desktopPorts: { vnc: '5900' } }), 'profiles.ds.desktopPorts.vnc'],
  ];

  it.each(BAD)('refuses %s in both validators, naming the key path', (_label, data, keyPath) => {
    const message = ours(data);
    expect(message).not.toBeNull();
    expect(message!.startsWith(`test.yaml: ${keyPath}: `), message!).toBe(true);
    expect(message).not.toContain('\n');
    expect(ajvValidate(data)).toBe(false);
  });

  it.each([
    ['an unknown rule', { rules: { CHM999: 'off' } }, 'rules.CHM999: unknown rule'],
    ['extends naming no profile', { profiles: { ds: { extends: 'chaimelon' } } }, 'profiles.ds.extends: unknown profile "chaimelon"; did you mean "chaimeleon"?'],
    ['extends __proto__', { profiles: { ds: { extends: '__proto__' } } }, 'profiles.ds.extends: '],
    ['extends toString', { profiles: { ds: { extends: 'toString' } } }, 'profiles.ds.extends: unknown profile "toString"'],
    ['a profile extending itself', { profiles: { ds: { extends: 'ds' } } }, 'profiles.ds.extends: a profile cannot extend itself'],
    ['a loop', { profiles: { a: { extends: 'b' }, b: { extends: 'c' }, c: { extends: 'a' } } }, 'profiles.c.extends: profiles extend each other in a loop (a -> b -> c -> a)'],
    ['datasets outside the volume folders', { profiles: { ds: { volumeDirs: ['in', 'out'], persistentDirs: ['out'] } } }, 'profiles.ds.datasetsDir: "datasets" is not one of volumeDirs ("in", "out")'],
    ['a persistent folder that is the datasets', { profiles: { ds: { persistentDirs: ['datasets'] } } }, 'profiles.ds.persistentDirs[0]: "datasets" is the read-only datasetsDir'],
  ])('refuses %s (what takes more than one key: ours alone)', (_label, data, message) => {
    expect(ours(data)).toContain(`test.yaml: ${message}`);
  });

  it('resolves a 5,000-long extends chain without recursion, capped at 16', () => {
    const profiles: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) profiles[`p${i}`] = { extends: `p${i + 1}` };
    profiles.p5000 = {};
    expect(ours({ profiles })).toMatch(/^test\.yaml: profiles\.p0\.extends: more than 16 profiles extend one another \(p0 -> p1 -> p2 -> … -> p15 -> p16 -> …\)$/);
    // 16 deep is fine, and a profile reached through a resolved one counts the whole chain.
    const ok: Record<string, unknown> = {};
    for (let i = 1; i < 16; i++) ok[`p${i}`] = { extends: `p${i - 1}` };
    ok.p0 = {};
    expect(ours({ profiles: ok })).toBeNull();
    expect(ours({ profiles: { ...ok, p16: { extends: 'p15' } } })).toMatch(/profiles\.p16\.extends: more than 16/);
  });
});

describe('profiles', () => {
  const resolved = (data: unknown, profile?: string) => resolveConfig(validateConfig(data, 'test.yaml', ruleSet), 'test.yaml', { profile }).profile;

  it('merge mappings key by key, replace lists, and move inherited paths to a new home', () => {
    const p = resolved({ profile: 'ds', profiles: { ds: { user: { name: 'ds' }, repoPrefixes: { batch: 'batch-' }, allowedHosts: ['mirror.local'] } } });
    expect(p.user).toEqual({ name: 'ds', uid: 1000, gid: 1000, home: '/home/ds' });
    expect(p.repoPrefixes).toEqual({ batch: 'batch-', interactive: 'image_interactive_' });
    expect(p.allowedHosts).toEqual(['mirror.local']);
    expect(p.baseImages[0].provides.entrypoint).toEqual(['/home/ds/.init/run.sh']);
    expect(p.baseImages[3].provides.workdir).toBe('/home/ds');
  });

  it('tune the built-in chaimeleon profile in place', () => {
    const p = resolved({ profiles: { chaimeleon: { runtimeInstalls: ['pip'] } } });
    expect(p.name).toBe('chaimeleon');
    expect(p.runtimeInstalls).toEqual(['pip']);
    expect(p.user.name).toBe('chaimeleon');
  });

  it('know base images by full path, path without the host, or short name; not in another project or registry', () => {
    const eucaim = resolved(parseYaml(readFileSync(EUCAIM_FILE, 'utf8')));
    expect(findPlatformImage(eucaim, 'harbor.eucaim-node.i3m.upv.es/library-batch/ubuntu-python:1.2')?.provides.user).toBe(true);
    expect(findPlatformImage(eucaim, 'harbor.eucaim-node.i3m.upv.es/library/ubuntu-python-pytorch-desktop@sha256:abc')?.kind).toBe('desktop');
    expect(findPlatformImage(eucaim, 'library-batch/ubuntu-python-pytorch')?.name).toBe('ubuntu-python-pytorch');
    expect(findPlatformImage(eucaim, 'ubuntu-python:latest')?.kind).toBe('batch');
    expect(findPlatformImage(eucaim, 'harbor.eucaim-node.i3m.upv.es/other/ubuntu-python')).toBeUndefined();
    expect(findPlatformImage(eucaim, 'harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python')).toBeUndefined();
    expect(findPlatformImage(CHAIMELEON_PROFILE, 'harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.0')?.name).toBe('ubuntu-python');
    expect(findPlatformImage(CHAIMELEON_PROFILE, 'Harbor.Chaimeleon-EU.i3m.upv.es:443/x/ubuntu-python')).toBeUndefined();
  });

  it('the EUCAIM example expresses the node: user, base images, wording, no naming convention, pip at run time', () => {
    const p = resolved(parseYaml(readFileSync(EUCAIM_FILE, 'utf8')));
    expect(p.name).toBe('eucaim');
    expect(p.user).toEqual({ name: 'ds', uid: 1000, gid: 1000, home: '/home/ds' });
    expect(new Set(p.baseImages.map((b) => b.image.replace(/\/[^/]+$/, '/')))).toEqual(new Set(['harbor.eucaim-node.i3m.upv.es/library-batch/', 'harbor.eucaim-node.i3m.upv.es/library/']));
    expect(p.baseImages.every((b) => b.provides.user && b.provides.workdir === '/home/ds')).toBe(true);
    expect(p.authorizationSentence).toContain('the platform images repository');
    expect(p.repoNameConvention).toBe(false);
    expect(p.runtimeInstalls).toEqual(['pip']);
  });

  it('the fixtures that use the EUCAIM profile are copies of the shipped example, so they prove it', () => {
    const example = readFileSync(EUCAIM_FILE, 'utf8');
    const users = goodConfigFiles().filter((f) => f !== EUCAIM_FILE && /^profile: eucaim$/m.test(readFileSync(f, 'utf8')));
    expect(users.length).toBeGreaterThanOrEqual(5);
    for (const f of users) expect(readFileSync(f, 'utf8'), f).toBe(example);
  });
});

describe('configuration errors on the command line', () => {
  const NO_STACK = /\n\s+at |Error:|TypeError|RangeError/;
  function expectOneLine(r: { code: number; stderr: string }, ...parts: string[]) {
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
    expect(r.stderr).not.toMatch(NO_STACK);
    for (const p of parts) expect(r.stderr).toContain(p);
  }

  it.each([
    ['profiles:\n  ds:\n    user: { uid: nope }\n', 'profiles.ds.user.uid: must be an integer'],
    ['profiles:\n  ds:\n    user: [1]\n', 'profiles.ds.user: must be a mapping'],
    ['profiles:\n  ds:\n    baseImages:\n      - { image: r.io/p/x, kind: batch, provides: { vnc: 1 } }\n', 'profiles.ds.baseImages[0].provides.vnc: must be true or false'],
    ['profiles:\n  ds:\n    desktopPort: { ssh: 22 }\n', 'profiles.ds.desktopPort: unknown setting; did you mean "desktopPorts"?'],
    ['profiles:\n  a: { extends: b }\n  b: { extends: a }\n', 'profiles.b.extends: profiles extend each other in a loop'],
    ['profiles:\n  __proto__: { user: { uid: 0 } }\n', 'profiles.__proto__: must be named with a profile name'],
    ['profile: __proto__\n', 'profile: must be a profile name'],
    ['profile: toString\n', 'profile: unknown profile "toString"'],
    ['profile: constructor\n', 'profile: unknown profile "constructor"'],
    ['rules: { CHM110: [error] }\n', 'rules.CHM110: must be error, warning, info or off'],
    ['a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n', 'not valid YAML'],
    ['a: ' + '['.repeat(50000) + ']'.repeat(50000) + '\n', 'not valid YAML: it nests too deeply to read'],
  ])('%j: exit 2, one line naming the file and the key path', async (config, message) => {
    const dir = repoWith(config);
    expectOneLine(await cli(['.'], dir), join(dir, '.chaimeleon-lint.yaml'), message);
  });

  it('a 5,000-long extends chain', async () => {
    const lines = ['profile: p0', 'profiles:'];
    for (let i = 0; i < 5000; i++) lines.push(`  p${i}: { extends: p${i + 1} }`);
    lines.push('  p5000: {}');
    const dir = repoWith(lines.join('\n') + '\n');
    expectOneLine(await cli(['.'], dir), '.chaimeleon-lint.yaml: profiles.p0.extends: more than 16 profiles extend one another');
  });

  it.each(['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'a\nb\u001b[31m'])('--profile %j is an unknown profile', async (name) => {
    const dir = repoWith('profiles:\n  ds: {}\n');
    const r = await cli(['.', '--profile', name], dir);
    expectOneLine(r, '--profile: unknown profile', '(known: chaimeleon, ds)');
    expect(r.stderr).not.toContain('\u001b');
  });

  it('a JSON configuration with a wrong type', async () => {
    const dir = repoWith(JSON.stringify({ profiles: { ds: { user: { gid: '1000' } } } }), '.chaimeleon-lint.json');
    expectOneLine(await cli(['.'], dir), '.chaimeleon-lint.json: profiles.ds.user.gid: must be an integer, not "1000"');
  });

  it('the built binary prints no stack trace either', async () => {
    const dir = repoWith('profiles:\n  ds:\n    user: { uid: "1000" }\n');
    const r = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'chaimeleon-lint.js'), '.'], { cwd: dir }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expectOneLine(r, '.chaimeleon-lint.yaml: profiles.ds.user.uid: must be an integer, not "1000"');
  });

  it('refuses a configuration that links out of the folder, or is not a regular file, without opening it', async () => {
    const outside = tempDir('chm-outside-');
    writeFileSync(join(outside, 'secret.yaml'), 'profile: MARKER_OUTSIDE\n');
    const dir = repoWith('', 'placeholder');
    symlinkSync(join(outside, 'secret.yaml'), join(dir, '.chaimeleon-lint.yaml'));
    const linked = await cli(['.'], dir);
    expectOneLine(linked, '.chaimeleon-lint.yaml: the configuration file is a link to a place outside');
    expect(linked.stderr + linked.stdout).not.toContain('MARKER_OUTSIDE');

    const fifo = repoWith('', 'placeholder');
    try {
      execFileSync('mkfifo', [join(fifo, '.chaimeleon-lint.yml')]);
    } catch {
      return; // no mkfifo here: the link case above still ran
    }
    expectOneLine(await cli(['.'], fifo), '.chaimeleon-lint.yml: the configuration file is not a regular file');
    expectOneLine(await cli(['.', '-c', join(fifo, '.chaimeleon-lint.yml')], fifo), 'not a regular file');
    mkdirSync(join(fifo, 'folder.yaml'));
    expectOneLine(await cli(['.', '-c', 'folder.yaml'], fifo), 'folder.yaml: the configuration file is not a regular file');
  });

  it('refuses a configuration file over 1 MiB', async () => {
    const dir = repoWith('# ' + 'x'.repeat(1 << 20) + '\n');
    expectOneLine(await cli(['.'], dir), 'the configuration file is larger than 1 MiB');
  });
});
