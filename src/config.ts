// The configuration file (.chaimeleon-lint.yaml, .yml or .json): read safely, checked against the
// description in config-schema.ts (one-line errors naming the file and the key path), its profiles
// resolved, and merged with command-line options.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { CONFIG_NODE, ConfigProblem, didYouMean, formatKeyPath, quote, validateNode } from './config-schema.js';
import { BUILTIN_PROFILES, deriveProfile, type Profile, type ProfileOverride } from './profile.js';
import { globToRegExp } from './project/glob.js';
import { UsageError, type Severity, type SeveritySetting } from './types.js';

export const CONFIG_FILES = ['.chaimeleon-lint.yaml', '.chaimeleon-lint.yml', '.chaimeleon-lint.json'];

/** The profile used when neither the file nor `--profile` names one, and the one a profile extends by default. */
export const DEFAULT_PROFILE = 'chaimeleon';
/** Profiles may extend one another this deep; a longer chain is an error (it is a mistake, and it must not cost a stack). */
export const MAX_EXTENDS_DEPTH = 16;
/** A configuration file larger than this is not one. */
const MAX_CONFIG_BYTES = 1 << 20;

export type FailLevel = Severity | 'none';

export interface UserConfig {
  profile?: string;
  /** Profiles by name, as written (validated); a Map, so that no name can reach an object's prototype. */
  profiles?: ReadonlyMap<string, ProfileOverride>;
  /** Severity settings by rule code. */
  rules?: Record<string, SeveritySetting>;
  ignore?: string[];
  private?: boolean;
  failLevel?: FailLevel;
}

export interface ResolvedConfig {
  profile: Profile;
  /**
   * The other profiles this configuration knows (the built-in ones and those it defines): an image
   * built on a base image that only one of them lists is reviewed with that one (see imageProfile).
   */
  otherProfiles: readonly Profile[];
  /** Severity overrides by rule code. */
  severities: Map<string, SeveritySetting>;
  ignore: RegExp[];
  ignoreGlobs: string[];
  private: boolean | null;
  failLevel: FailLevel;
  /** Where the file came from, for --print-config. */
  source: string | null;
}

export interface RuleLookup {
  /** Rule code for a code or a slug (case-insensitive for codes), or undefined. */
  resolve(nameOrCode: string): string | undefined;
  /** Every rule's code and slug, for "did you mean". */
  meta?: readonly { code: string; slug: string }[];
}

/** A path as shown in a one-line message: control characters escaped. */
function shown(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Finds the configuration file in the given folders, first match wins. A file found there must be a
 * regular file inside that folder: a FIFO, a device or a link that points out of the folder is an
 * error, never opened.
 */
export async function findConfigFile(dirs: string[]): Promise<string | null> {
  for (const dir of dirs) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      try {
        lstatSync(path);
      } catch {
        continue; // not there: try the next
      }
      checkInside(path, dir);
      return path;
    }
  }
  return null;
}

// Blocking calls, as in src/safe-read.ts: local and bounded, and every run looks for the file.
function checkInside(path: string, dir: string): void {
  let real: string;
  let realDir: string;
  try {
    [real, realDir] = [realpathSync(path), realpathSync(dir)];
  } catch (e) {
    throw new UsageError(`${shown(path)}: cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  if (!real.startsWith(realDir.endsWith(sep) ? realDir : realDir + sep)) {
    throw new UsageError(`${shown(path)}: the configuration file is a link to a place outside ${shown(dir)}; it is not read`);
  }
}

/** Reads a configuration file that is a regular file of reasonable size, without ever blocking on a FIFO. */
function readConfigText(path: string): string {
  const refuse = (why: string): never => {
    throw new UsageError(`${shown(path)}: ${why}`);
  };
  let fd: number | undefined;
  try {
    const info = statSync(path);
    if (!info.isFile()) refuse('the configuration file is not a regular file (a folder, FIFO, socket or device); it is not read');
    if (info.size > MAX_CONFIG_BYTES) refuse(`the configuration file is larger than ${MAX_CONFIG_BYTES >> 20} MiB`);
    // O_NONBLOCK: a FIFO put in its place after the check still cannot block the open.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = fstatSync(fd);
    if (!opened.isFile()) refuse('the configuration file is not a regular file; it is not read');
    if (opened.size > MAX_CONFIG_BYTES) refuse(`the configuration file is larger than ${MAX_CONFIG_BYTES >> 20} MiB`);
    return readFileSync(fd, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    return refuse(`cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** yaml is CommonJS: bundled and imported dynamically, its functions sit on the default export. */
async function yamlParse(): Promise<(text: string) => unknown> {
  const mod = (await import('yaml')) as unknown as { parse?: (t: string) => unknown; default?: { parse: (t: string) => unknown } };
  return mod.parse ?? mod.default!.parse;
}

export async function loadConfigFile(path: string, rules: RuleLookup): Promise<UserConfig> {
  const text = readConfigText(path);
  let data: unknown;
  try {
    // The YAML parser loads only when a YAML configuration file exists: most runs have none.
    data = path.endsWith('.json') ? JSON.parse(text) : (await yamlParse())(text);
  } catch (e) {
    // A parser's stack overflow means nesting far deeper than any configuration has: say that, not the engine's words.
    const reason = e instanceof RangeError || /call stack size/i.test(String((e as Error)?.message)) ? 'it nests too deeply to read' : shown(String((e as Error)?.message ?? e).split('\n')[0]);
    throw new UsageError(`${shown(path)}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`);
  }
  return validateConfig(data ?? {}, path, rules);
}

interface ValidatedFile {
  $schema?: string;
  profile?: string;
  profiles?: Map<string, ProfileOverride>;
  rules?: Map<string, SeveritySetting | boolean>;
  ignore?: string[];
  private?: boolean;
  failLevel?: FailLevel;
}

/** Checks every key at every depth; throws one UsageError naming the file and the key path. */
export function validateConfig(data: unknown, path: string, rules: RuleLookup): UserConfig {
  const ruleNames = (rules.meta ?? []).flatMap((m) => [m.code, m.slug]);
  let file: ValidatedFile;
  try {
    file = validateNode(CONFIG_NODE, data, [], { resolveRule: (n) => rules.resolve(n), ruleNames }) as ValidatedFile;
  } catch (e) {
    if (e instanceof ConfigProblem) throw new UsageError(`${shown(path)}: ${e.message}`);
    throw e;
  }
  const config: UserConfig = {};
  if (file.profile !== undefined) config.profile = file.profile;
  if (file.profiles !== undefined) config.profiles = file.profiles;
  if (file.rules !== undefined) {
    const byCode: Record<string, SeveritySetting> = {};
    for (const [name, value] of file.rules) {
      // `true` keeps the rule's own severity; `false` is off.
      if (value === true) continue;
      byCode[rules.resolve(name)!] = value === false ? 'off' : value;
    }
    config.rules = byCode;
  }
  if (file.ignore !== undefined) config.ignore = file.ignore;
  if (file.private !== undefined) config.private = file.private;
  if (file.failLevel !== undefined) config.failLevel = file.failLevel;
  // Resolving every profile now reports a wrong `extends` or a loop even in a profile not selected.
  resolveProfiles(config.profiles ?? new Map(), path);
  return config;
}

/**
 * Every custom profile resolved over the one it extends, iteratively with memoisation: a long or
 * looping `extends` chain is an error that names the key, never a deep recursion.
 */
function resolveProfiles(custom: ReadonlyMap<string, ProfileOverride>, file: string): Map<string, Profile> {
  const fail = (path: (string | number)[], problem: string): never => {
    throw new UsageError(`${shown(file)}: ${formatKeyPath(path)}: ${problem}`);
  };
  const tooDeep = (start: string, chain: string[]): never =>
    fail(['profiles', start, 'extends'], `more than ${MAX_EXTENDS_DEPTH} profiles extend one another (${chainText(chain)} -> …)`);
  const resolved = new Map<string, Profile>();
  const depth = new Map<string, number>();
  for (const start of custom.keys()) {
    if (resolved.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current = start;
    let base: Profile;
    let baseDepth = 0;
    for (;;) {
      chain.push(current);
      onChain.add(current);
      if (chain.length > MAX_EXTENDS_DEPTH) tooDeep(start, chain);
      const next = custom.get(current)!.extends ?? DEFAULT_PROFILE;
      const at = ['profiles', current, 'extends'];
      // A profile named like a built-in one extends the built-in (`chaimeleon` tuned by configuration).
      if (next === current) {
        base = BUILTIN_PROFILES.get(next) ?? fail(at, 'a profile cannot extend itself');
        break;
      }
      if (onChain.has(next)) fail(at, `profiles extend each other in a loop (${chainText([...chain.slice(chain.indexOf(next)), next])})`);
      if (resolved.has(next)) {
        base = resolved.get(next)!;
        baseDepth = depth.get(next)!;
        break;
      }
      if (!custom.has(next)) {
        base = BUILTIN_PROFILES.get(next) ?? fail(at, `unknown profile ${quote(next)}${didYouMean(next, knownProfiles(custom))} (known: ${knownList(custom)})${DEFINED_IN_CONFIG}`);
        break;
      }
      current = next;
    }
    if (chain.length + baseDepth > MAX_EXTENDS_DEPTH) tooDeep(start, chain);
    for (let i = chain.length - 1; i >= 0; i--) {
      const name = chain[i];
      base = deriveProfile(base!, custom.get(name)!, name);
      checkProfile(base, name, fail);
      resolved.set(name, base);
      depth.set(name, baseDepth + (chain.length - i));
    }
  }
  return resolved;
}

/** What one key cannot say on its own: the datasets and persistent folders are volume folders. */
function checkProfile(profile: Profile, name: string, fail: (path: (string | number)[], problem: string) => never): void {
  const volumes = profile.volumeDirs;
  const list = volumes.map((v) => quote(v)).join(', ') || 'none';
  if (!volumes.includes(profile.datasetsDir)) fail(['profiles', name, 'datasetsDir'], `${quote(profile.datasetsDir)} is not one of volumeDirs (${list})`);
  profile.persistentDirs.forEach((dir, i) => {
    if (!volumes.includes(dir)) fail(['profiles', name, 'persistentDirs', i], `${quote(dir)} is not one of volumeDirs (${list})`);
    if (dir === profile.datasetsDir) fail(['profiles', name, 'persistentDirs', i], `${quote(dir)} is the read-only datasetsDir`);
  });
}

function chainText(names: string[]): string {
  const shownNames = names.length > 6 ? [...names.slice(0, 3), '…', ...names.slice(-2)] : names;
  return shownNames.map((n) => (n === '…' ? n : quote(n, 30).slice(1, -1))).join(' -> ');
}

/** Where a profile that is not built in comes from (a sibling platform such as the EUCAIM node is one). */
const DEFINED_IN_CONFIG = '; a profile that is not built in is defined under `profiles` in the configuration file (the package ships profiles/eucaim.chaimeleon-lint.yaml for the EUCAIM node)';

function knownProfiles(custom: ReadonlyMap<string, ProfileOverride>): string[] {
  return [...new Set([...BUILTIN_PROFILES.keys(), ...custom.keys()])];
}

function knownList(custom: ReadonlyMap<string, ProfileOverride>): string {
  const names = knownProfiles(custom);
  return names.length > 10 ? `${names.slice(0, 10).join(', ')}, …` : names.join(', ');
}

export interface CliOverrides {
  profile?: string;
  failLevel?: FailLevel;
  rules?: Record<string, SeveritySetting>;
}

export function resolveConfig(user: UserConfig, source: string | null, cli: CliOverrides): ResolvedConfig {
  const custom = user.profiles ?? new Map<string, ProfileOverride>();
  const profiles = resolveProfiles(custom, source ?? '(no configuration file)');
  const name = cli.profile ?? user.profile ?? DEFAULT_PROFILE;
  const profile = profiles.get(name) ?? BUILTIN_PROFILES.get(name);
  if (!profile) {
    const where = cli.profile !== undefined ? '--profile' : `${shown(source ?? '')}: profile`;
    throw new UsageError(`${where}: unknown profile ${quote(name)}${didYouMean(name, knownProfiles(custom))} (known: ${knownList(custom)})${DEFINED_IN_CONFIG}`);
  }
  const severities = new Map<string, SeveritySetting>(Object.entries(user.rules ?? {}));
  for (const [code, sev] of Object.entries(cli.rules ?? {})) severities.set(code, sev);
  const ignoreGlobs = user.ignore ?? [];
  const known = new Map([...BUILTIN_PROFILES, ...profiles]);
  return {
    profile,
    otherProfiles: [...known.values()].filter((p) => p !== profile),
    severities,
    ignore: ignoreGlobs.map((g) => globToRegExp(g)),
    ignoreGlobs,
    private: user.private ?? null,
    failLevel: cli.failLevel ?? user.failLevel ?? 'error',
    source,
  };
}
