// The configuration file (.chaimeleon-lint.yaml, .yml or .json), validated with messages that
// name the file and the key, merged with command-line options.
import { lstat, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readRegularText } from './safe-read.js';
import { BUILTIN_PROFILES, deriveProfile, type Profile, type ProfileOverride } from './profile.js';
import { globToRegExp } from './project/discover.js';
import { UsageError, type Severity, type SeveritySetting } from './types.js';

export const CONFIG_FILES = ['.chaimeleon-lint.yaml', '.chaimeleon-lint.yml', '.chaimeleon-lint.json'];

export type FailLevel = Severity | 'none';

export interface UserConfig {
  profile?: string;
  profiles?: Record<string, ProfileOverride>;
  rules?: Record<string, SeveritySetting>;
  ignore?: string[];
  private?: boolean;
  failLevel?: FailLevel;
}

export interface ResolvedConfig {
  profile: Profile;
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
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);
const FAIL_LEVELS = new Set(['error', 'warning', 'info', 'none']);
const KNOWN_KEYS = new Set(['profile', 'profiles', 'rules', 'ignore', 'private', 'failLevel']);

/** Finds the configuration file in the given folders, first match wins. */
export async function findConfigFile(dirs: string[]): Promise<string | null> {
  for (const dir of dirs) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      try {
        await lstat(path);
        return path;
      } catch {
        // not there: try the next
      }
    }
  }
  return null;
}

/** yaml is CommonJS: bundled and imported dynamically, its functions sit on the default export. */
async function yamlParse(): Promise<(text: string) => unknown> {
  const mod = (await import('yaml')) as unknown as { parse?: (t: string) => unknown; default?: { parse: (t: string) => unknown } };
  return mod.parse ?? mod.default!.parse;
}

export async function loadConfigFile(path: string, rules: RuleLookup): Promise<UserConfig> {
  let text: string;
  try {
    text = await readRegularText(path, { realRoot: await realpath(dirname(path)), maxBytes: 1024 * 1024 });
  } catch (e) {
    throw new UsageError(`${path}: cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  let data: unknown;
  try {
    // The YAML parser loads only when a YAML configuration file exists: most runs have none.
    data = path.endsWith('.json') ? JSON.parse(text) : (await yamlParse())(text);
  } catch (e) {
    const reason = (e as Error).message.split('\n')[0];
    throw new UsageError(`${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`);
  }
  return validateConfig(data ?? {}, path, rules);
}

export function validateConfig(data: unknown, path: string, rules: RuleLookup): UserConfig {
  const fail = (key: string, what: string): never => {
    throw new UsageError(`${path}: ${key}: ${what}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('(top level)', 'must be a mapping of settings');
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) fail(key, `unknown setting; expected one of ${[...KNOWN_KEYS].join(', ')}`);
  }
  const config: UserConfig = {};
  if (obj.profiles !== undefined) {
    if (typeof obj.profiles !== 'object' || obj.profiles === null || Array.isArray(obj.profiles)) fail('profiles', 'must be a mapping of profile names to settings');
    config.profiles = {};
    for (const [name, value] of Object.entries(obj.profiles as Record<string, unknown>)) {
      if (typeof value !== 'object' || value === null) fail(`profiles.${name}`, 'must be a mapping');
      const p = value as ProfileOverride;
      if (p.extends !== undefined && typeof p.extends !== 'string') fail(`profiles.${name}.extends`, 'must be a profile name');
      if (p.user !== undefined) {
        if (typeof p.user !== 'object' || p.user === null) fail(`profiles.${name}.user`, 'must be a mapping (name, uid, gid, home)');
        for (const [k, v] of Object.entries(p.user)) {
          if (k === 'uid' || k === 'gid') {
            if (!Number.isInteger(v) || (v as number) < 0) fail(`profiles.${name}.user.${k}`, 'must be a non-negative integer');
          } else if (k === 'name' || k === 'home') {
            if (typeof v !== 'string' || v === '') fail(`profiles.${name}.user.${k}`, 'must be a non-empty string');
          } else fail(`profiles.${name}.user.${k}`, 'unknown setting; expected name, uid, gid or home');
        }
      }
      config.profiles[name] = p;
    }
  }
  if (obj.profile !== undefined) {
    if (typeof obj.profile !== 'string') fail('profile', 'must be a profile name');
    config.profile = obj.profile as string;
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) fail('rules', 'must be a mapping of rule codes or slugs to error, warning, info or off');
    config.rules = {};
    for (const [name, value] of Object.entries(obj.rules as Record<string, unknown>)) {
      const code = rules.resolve(name);
      if (!code) fail(`rules.${name}`, 'unknown rule (see --list-rules)');
      const sev = typeof value === 'boolean' ? (value ? undefined : 'off') : value;
      if (typeof sev !== 'string' || !SEVERITIES.has(sev)) fail(`rules.${name}`, `must be error, warning, info or off, not ${JSON.stringify(value)}`);
      config.rules[code!] = sev as SeveritySetting;
    }
  }
  if (obj.ignore !== undefined) {
    if (!Array.isArray(obj.ignore) || obj.ignore.some((g) => typeof g !== 'string' || g === '')) fail('ignore', 'must be a list of path globs');
    config.ignore = obj.ignore as string[];
  }
  if (obj.private !== undefined) {
    if (typeof obj.private !== 'boolean') fail('private', 'must be true or false');
    config.private = obj.private as boolean;
  }
  if (obj.failLevel !== undefined) {
    if (typeof obj.failLevel !== 'string' || !FAIL_LEVELS.has(obj.failLevel)) fail('failLevel', 'must be error, warning, info or none');
    config.failLevel = obj.failLevel as FailLevel;
  }
  return config;
}

export function resolveProfile(name: string, profiles: Record<string, ProfileOverride> = {}, seen: string[] = [], where = 'profile'): Profile {
  if (seen.includes(name)) throw new UsageError(`${where}: profiles extend each other in a loop (${[...seen, name].join(' -> ')})`);
  const custom = profiles[name];
  if (custom) {
    const base = resolveProfile(custom.extends ?? 'chaimeleon', profiles, [...seen, name], where);
    return deriveProfile(base, { ...custom, name });
  }
  const builtin = BUILTIN_PROFILES[name];
  if (!builtin) {
    const known = [...Object.keys(BUILTIN_PROFILES), ...Object.keys(profiles)].join(', ');
    throw new UsageError(`${where}: unknown profile "${name}" (known: ${known})`);
  }
  return builtin;
}

export interface CliOverrides {
  profile?: string;
  failLevel?: FailLevel;
  rules?: Record<string, SeveritySetting>;
}

export function resolveConfig(user: UserConfig, source: string | null, cli: CliOverrides): ResolvedConfig {
  const where = source ?? '--profile';
  const profile = resolveProfile(cli.profile ?? user.profile ?? 'chaimeleon', user.profiles, [], cli.profile ? '--profile' : where);
  const severities = new Map<string, SeveritySetting>(Object.entries(user.rules ?? {}));
  for (const [code, sev] of Object.entries(cli.rules ?? {})) severities.set(code, sev);
  const ignoreGlobs = user.ignore ?? [];
  return {
    profile,
    severities,
    ignore: ignoreGlobs.map(globToRegExp),
    ignoreGlobs,
    private: user.private ?? null,
    failLevel: cli.failLevel ?? user.failLevel ?? 'error',
    source,
  };
}
