// The configuration file described once: the CLI validates with this description (one-line errors
// that name the key path), and the JSON Schema that ships for editors is generated from it
// (`node scripts/gen-schema.mjs`), so the two cannot disagree.
import { CHAIMELEON_PROFILE, RUNTIME_INSTALLERS } from './profile.js';

interface Described {
  description: string;
}
export type SchemaNode =
  | (Described & { type: 'string'; minLength?: number; maxLength?: number; pattern?: string; /** what the pattern asks for, in words */ patternHint?: string; nullable?: boolean })
  | (Described & { type: 'integer'; minimum: number; maximum: number })
  | (Described & { type: 'boolean' })
  | (Described & { type: 'enum'; values: readonly (string | boolean)[]; /** the allowed values in words */ hint?: string })
  | (Described & { type: 'array'; items: SchemaNode; uniqueItems?: boolean; minItems?: number; maxItems?: number; nullable?: boolean })
  | (Described & { type: 'object'; properties: Record<string, SchemaNode>; required?: readonly string[] })
  | (Described & { type: 'map'; keys: MapKeys; values: SchemaNode; maxProperties?: number });

/** How the keys of a map are checked: a pattern, or the names of the rules. */
export type MapKeys = { kind: 'pattern'; pattern: string; hint: string; description: string } | { kind: 'rule' };

/** Docker and the kernel take uids and gids up to 2^31 - 1. */
const MAX_ID = 2 ** 31 - 1;
/** A profile name: also what `--profile` and `extends` take. `__proto__` and friends cannot be one. */
export const PROFILE_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';
const PROFILE_NAME_HINT = 'a profile name (letters, digits, `.`, `_`, `-`; starting with a letter or digit)';

const str = (description: string, extra: Partial<Extract<SchemaNode, { type: 'string' }>> = {}): SchemaNode => ({ type: 'string', minLength: 1, maxLength: 1000, description, ...extra });
const bool = (description: string): SchemaNode => ({ type: 'boolean', description });
const absolutePath = (description: string, nullable = false): SchemaNode =>
  str(description, { pattern: '^/(?:[^/\\s]+/)*[^/\\s]*$', patternHint: 'an absolute path (starting with `/`, no spaces)', ...(nullable ? { nullable } : {}) });
const folderName = (description: string): SchemaNode =>
  str(description, { pattern: '^(?!\\.\\.?(?:/|$))(?!.*/\\.\\.?(?:/|$))[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$', patternHint: 'a folder relative to the home (letters, digits, `.`, `_`, `-`, `/`; no `..`)' });
const list = (items: SchemaNode, description: string): SchemaNode => ({ type: 'array', items, uniqueItems: true, maxItems: 1000, description });

const PROVIDES: Record<string, SchemaNode> = {
  user: bool('It creates the profile\'s user (name, uid, gid and home).'),
  volumeDirs: bool('It creates the volume folders (`volumeDirs`) under the home, owned by the user.'),
  entrypoint: {
    type: 'array',
    nullable: true,
    minItems: 1,
    maxItems: 100,
    items: str('One word of the exec-form ENTRYPOINT.'),
    description: 'Its exec-form ENTRYPOINT (`["/home/chaimeleon/.init/run.sh"]`), or null for none.',
  },
  workdir: absolutePath('Its WORKDIR, or null for `/`.', true),
  pipMirror: bool('It ships a pip.conf that points pip at the platform\'s PyPI mirror, so a plain `pip install` uses the mirror.'),
  desktop: bool('It installs a desktop environment.'),
  vnc: bool('It installs and starts a VNC server.'),
  ssh: bool('It installs and starts an SSH server.'),
  supervisor: bool('Its ENTRYPOINT starts supervisor, which runs the programs in `/etc/supervisor/conf.d/`.'),
  browser: bool('It installs a web browser.'),
  rotatesPassword: bool('Its start script replaces the default password with `$PASSWORD` when the container starts.'),
};

export const BASE_IMAGE_NODE: SchemaNode = {
  type: 'object',
  required: ['image', 'kind'],
  description: 'A platform base image: what a child image built FROM it inherits.',
  properties: {
    image: str('The image\'s full path without tag or digest (`harbor.example.org/library-batch/ubuntu-python`). A `FROM` matches it by this path with any tag, by the path without the registry host, or by its last component alone (`ubuntu-python:latest`, as passed through build ARGs).', {
      pattern: '^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?(?::[0-9]+)?(?:/[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)*$',
      patternHint: 'an image path in lower case without tag or digest (`registry/project/name`)',
    }),
    kind: { type: 'enum', values: ['batch', 'desktop'], description: '`batch` (run with jobman) or `desktop` (an interactive image started from a helm chart).' },
    provides: {
      type: 'object',
      description: 'What the image gives a child image. A setting left out is not provided (false, or null).',
      properties: PROVIDES,
    },
    binSh: {
      type: 'enum',
      values: ['dash', 'ash', 'bash'],
      description: 'What `/bin/sh` is in the image (`dash` on Debian and Ubuntu, `ash` on Alpine, `bash` on the Red Hat family): only bash expands `{a,b}` in a shell-form RUN. Left out, it is unknown, and findings that rest on it are questions.',
    },
  },
};

/** Every setting of a profile, in the order the README documents them. */
export const PROFILE_PROPERTIES: Record<string, SchemaNode> = {
  extends: str('The profile this one starts from (default `chaimeleon`); every setting not given here is its. A profile named like a built-in one (`chaimeleon`) extends the built-in.', {
    pattern: PROFILE_NAME_PATTERN,
    patternHint: PROFILE_NAME_HINT,
  }),
  user: {
    type: 'object',
    description: 'The user the platform runs containers as. Keys left out are inherited; a new `name` without `home` gives `/home/<name>`, and inherited base image paths under the old home follow it.',
    properties: {
      name: str('The user\'s name, which the final `USER` must name.', { maxLength: 32, pattern: '^[A-Za-z_][A-Za-z0-9._-]*\\$?$', patternHint: 'a user name (letters, digits, `.`, `_`, `-`; not starting with a digit)' }),
      uid: { type: 'integer', minimum: 0, maximum: MAX_ID, description: 'The user id the platform runs containers with (Kubernetes `runAsUser`).' },
      gid: { type: 'integer', minimum: 0, maximum: MAX_ID, description: 'The group id (`runAsGroup`, `fsGroup`).' },
      home: absolutePath('The user\'s home, under which the volumes are mounted.'),
    },
  },
  volumeDirs: list(folderName('A volume folder under the home.'), 'The folders under the home where the platform mounts volumes, which the image must create and give to the user.'),
  datasetsDir: folderName('Which of `volumeDirs` holds the datasets (read-only input).'),
  persistentDirs: list(folderName('A persistent folder under the home.'), 'Which of `volumeDirs` keep what is written there after the job ends.'),
  readOnlyMounts: list(absolutePath('A read-only mount.'), 'Other read-only mounts (absolute paths) that nothing may be written into.'),
  baseImages: { type: 'array', items: BASE_IMAGE_NODE, maxItems: 1000, description: 'The platform\'s base images. Given here, the list replaces the inherited one.' },
  plainBaseImages: list(
    str('An image repository without registry or tag (`ubuntu`, `nvidia/cuda`).', { maxLength: 200 }),
    'Plain OS images known to add no user, WORKDIR or ENTRYPOINT: an image built on one is judged on its own instructions; any other base that is not a platform image is unseen, and findings that rest on what it lacks are info.',
  ),
  allowedHosts: list(
    str('A host name or address.', { pattern: '^[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?$|^\\[?[0-9A-Fa-f:.]+\\]?$', patternHint: 'a host name or IP address (no scheme, port or path)' }),
    'Hosts a container can reach at run time (in-cluster services) and their subdomains; loopback and cluster-internal names are always allowed.',
  ),
  pipMirror: str('The platform\'s PyPI mirror (an index URL): pip installs through it are allowed at run time, and advice names it.', { pattern: '^https?://[^\\s/]+(?:/\\S*)?$', patternHint: 'an http(s) URL' }),
  runtimeInstalls: list(
    { type: 'enum', values: RUNTIME_INSTALLERS, description: 'An installer whose installs from its default index are allowed at run time.' },
    `Installers allowed to fetch packages from their default index when the container starts, because the platform's nodes serve a mirror for them (${RUNTIME_INSTALLERS.map((i) => `\`${i}\``).join(', ')}). An install that names an index outside the platform, and every other download, is still CHM401.`,
  ),
  authorizationSentence: str('The sentence the `authorization` label must carry (CHM301, CHM302). End it with the name of the images repository (its last three words): CHM302 also accepts a paraphrase that says `public...` and names it.', { maxLength: 2000 }),
  organization: str('The platform\'s GitHub organization (compared case-insensitively): the repository-name convention applies only to its repositories.', {
    maxLength: 100,
    pattern: '^[A-Za-z0-9](?:[A-Za-z0-9._-]*)(?:/[A-Za-z0-9][A-Za-z0-9._-]*)*$',
    patternHint: 'an organization name (`chaimeleon-eu`)',
  }),
  repoNameConvention: bool('Whether repository names in the organization must start with `repoPrefixes` (CHM407); false for a platform with no naming convention.'),
  repoPrefixes: {
    type: 'object',
    description: 'The prefixes of repository names by image kind (compared case-insensitively).',
    properties: {
      batch: str('The prefix of a batch image\'s repository.', { maxLength: 100 }),
      interactive: str('The prefix of an interactive (desktop) image\'s repository.', { maxLength: 100 }),
    },
  },
  desktopPorts: {
    type: 'object',
    description: 'The ports the desktop helm chart connects to in an interactive image.',
    properties: {
      ssh: { type: 'integer', minimum: 1, maximum: 65535, description: 'The SSH server\'s port.' },
      vnc: { type: 'integer', minimum: 1, maximum: 65535, description: 'The VNC server\'s port.' },
    },
  },
};

export const PROFILE_NODE: SchemaNode = {
  type: 'object',
  description: 'A platform profile: the values of a platform built from the guide (user, volumes, base images, hosts, wording, naming).',
  properties: PROFILE_PROPERTIES,
};

export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'] as const;
export const FAIL_LEVELS = ['error', 'warning', 'info', 'none'] as const;

/** The whole configuration file. */
export const CONFIG_NODE: SchemaNode = {
  type: 'object',
  description: 'chaimeleon-lint configuration (.chaimeleon-lint.yaml, .yml or .json).',
  properties: {
    $schema: str('The JSON Schema this file follows (for editors; ignored by chaimeleon-lint).'),
    profile: str('The platform profile to check against: `chaimeleon` (built in) or one defined under `profiles`. `--profile` overrides it.', { pattern: PROFILE_NAME_PATTERN, patternHint: PROFILE_NAME_HINT }),
    profiles: {
      type: 'map',
      keys: { kind: 'pattern', pattern: PROFILE_NAME_PATTERN, hint: PROFILE_NAME_HINT, description: 'The profile\'s name.' },
      values: PROFILE_NODE,
      description: 'Platform profiles by name: a sibling platform built from the same guide, by configuration alone.',
    },
    rules: {
      type: 'map',
      keys: { kind: 'rule' },
      values: { type: 'enum', values: [...SEVERITY_SETTINGS, true, false], hint: 'error, warning, info or off (true keeps the rule\'s own severity, false is off)', description: 'The rule\'s severity, or off.' },
      description: 'Severities by rule code or slug: error, warning, info or off.',
    },
    ignore: list(str('A path glob relative to the linted folder (`**`, `*`, `?`, `[abc]`, `{a,b}`; a folder or a trailing `/` means the whole folder).'), 'Paths (globs) that are never linted.'),
    private: bool('The repository is private (in remote mode GitHub says so): CHM301 then needs the authorization label.'),
    failLevel: { type: 'enum', values: FAIL_LEVELS, description: 'The lowest severity that makes the exit code 1 (default error); none never fails.' },
    root: bool('This folder is the root of a repository (like a `.git` folder): an image folder linted below it is reviewed with this folder\'s LICENSE, README and build files, and nothing above it is read.'),
  },
};

// ---- validation ----

/** A configuration problem at a key path; the caller prefixes the file. */
export class ConfigProblem extends Error {
  constructor(
    readonly keyPath: string,
    readonly problem: string,
  ) {
    super(`${keyPath}: ${problem}`);
  }
}

export interface ValidationContext {
  /** The rule code for a code or slug, or undefined. */
  resolveRule(name: string): string | undefined;
  /** Every code and slug, for "did you mean". */
  ruleNames: readonly string[];
}

/** Where a value sits: `profiles.ds.user.uid`, `ignore[2]`, `rules["a b"]`. */
export type KeyPath = readonly (string | number)[];

export function formatKeyPath(path: KeyPath): string {
  if (path.length === 0) return '(top level)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment) && segment.length <= 64) out += (out ? '.' : '') + segment;
    else out += `[${quote(segment)}]`;
  }
  return out;
}

/** A user's string in a message: JSON-quoted (control characters escaped, so the message stays one line) and shortened. */
export function quote(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? text.slice(0, max) + '…' : text);
}

/** What a value is, for "must be X, not Y": scalars as written, structures by kind (never walked). */
function preview(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return quote(value);
  return String(value);
}

/**
 * Checks a parsed value against a node and returns a clean copy: only described keys, maps as
 * Maps (a user's key never lands on a plain object). Walks no deeper than the description, so
 * a deeply nested or huge value costs nothing more than its first wrong level.
 */
export function validateNode(node: SchemaNode, value: unknown, path: KeyPath, ctx: ValidationContext): unknown {
  const fail = (problem: string): never => {
    throw new ConfigProblem(formatKeyPath(path), problem);
  };
  switch (node.type) {
    case 'string': {
      if (value === null && node.nullable) return null;
      if (typeof value !== 'string') return fail(`must be ${node.nullable ? 'a string or null' : 'a string'}, not ${preview(value)}`);
      if (value.length < (node.minLength ?? 0)) return fail('must not be empty');
      if (node.maxLength !== undefined && value.length > node.maxLength) return fail(`must be at most ${node.maxLength} characters long`);
      if (node.pattern && !new RegExp(node.pattern, 'u').test(value)) return fail(`must be ${node.patternHint ?? `like ${node.pattern}`}, not ${preview(value)}`);
      return value;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return fail(`must be an integer, not ${preview(value)}`);
      if (value < node.minimum || value > node.maximum) return fail(`must be between ${node.minimum} and ${node.maximum}, not ${value}`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') return fail(`must be true or false, not ${preview(value)}`);
      return value;
    case 'enum':
      if (!node.values.includes(value as string | boolean)) {
        const near = typeof value === 'string' ? didYouMean(value, node.values.filter((v): v is string => typeof v === 'string')) : '';
        return fail(`must be ${node.hint ?? oneOf(node.values.map(String))}, not ${preview(value)}${near}`);
      }
      return value;
    case 'array': {
      if (value === null && node.nullable) return null;
      if (!Array.isArray(value)) return fail(`must be a list${node.nullable ? ' or null' : ''}, not ${preview(value)}`);
      if (node.minItems !== undefined && value.length < node.minItems) return fail(`must list at least ${node.minItems}`);
      if (node.maxItems !== undefined && value.length > node.maxItems) return fail(`must list at most ${node.maxItems}`);
      const items = value.map((item, i) => validateNode(node.items, item, [...path, i], ctx));
      if (node.uniqueItems) {
        const seen = new Set<string>();
        items.forEach((item, i) => {
          const key = JSON.stringify(item);
          if (seen.has(key)) throw new ConfigProblem(formatKeyPath([...path, i]), `repeats ${preview(item)}`);
          seen.add(key);
        });
      }
      return items;
    }
    case 'object': {
      if (!isMapping(value)) return fail(`must be a mapping, not ${preview(value)}`);
      const known = Object.keys(node.properties);
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(node.properties, key)) {
          const near = didYouMean(key, known);
          throw new ConfigProblem(formatKeyPath([...path, key]), `unknown setting${near || `; expected ${oneOf(known)}`}`);
        }
      }
      for (const key of node.required ?? []) if (!Object.hasOwn(value, key)) fail(`\`${key}\` is required`);
      const out: Record<string, unknown> = {};
      for (const key of known) if (Object.hasOwn(value, key)) out[key] = validateNode(node.properties[key], value[key], [...path, key], ctx);
      return out;
    }
    case 'map': {
      if (!isMapping(value)) return fail(`must be a mapping, not ${preview(value)}`);
      const entries = Object.entries(value);
      if (node.maxProperties !== undefined && entries.length > node.maxProperties) return fail(`must have at most ${node.maxProperties} entries`);
      const out = new Map<string, unknown>();
      for (const [key, item] of entries) {
        if (node.keys.kind === 'rule') {
          if (!ctx.resolveRule(key)) throw new ConfigProblem(formatKeyPath([...path, key]), `unknown rule${didYouMean(key, ctx.ruleNames)} (see --list-rules)`);
        } else if (!new RegExp(node.keys.pattern, 'u').test(key)) {
          throw new ConfigProblem(formatKeyPath([...path, key]), `must be named with ${node.keys.hint}`);
        }
        out.set(key, validateNode(node.values, item, [...path, key], ctx));
      }
      return out;
    }
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? 'nothing') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/** `; did you mean "uid"?` for a near miss (a typo, another case), else ''. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  if (word.length > 100) return '';
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase(), 3);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return best !== null && bestDistance <= allowed ? `; did you mean ${quote(best)}?` : '';
}

/** Edit distance counting a swap of two neighbours as one edit (`nmae` is one from `name`); more than `limit` when the lengths differ by more. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

// ---- the JSON Schema for editors, and the README's table ----

export interface RuleNames {
  code: string;
  slug: string;
  summary: string;
}

/** The JSON Schema (draft-07, what VS Code and yaml-language-server read) of the configuration file. */
export function configJsonSchema(rules: readonly RuleNames[]): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'chaimeleon-lint configuration',
    ...toJsonSchema(CONFIG_NODE, rules, null),
  };
}

/** `profilePath`: where a node sits inside a profile (its default is the chaimeleon profile's), null outside one. */
function toJsonSchema(node: SchemaNode, rules: readonly RuleNames[], profilePath: string[] | null): Record<string, unknown> {
  const chaimeleon = profilePath && node.type !== 'object' ? PROFILE_DEFAULTS.get(profilePath.join('.')) : undefined;
  const base: Record<string, unknown> = { description: node.description + (chaimeleon ? ` In the chaimeleon profile: ${chaimeleon}.` : '') };
  switch (node.type) {
    case 'string':
      return {
        type: node.nullable ? ['string', 'null'] : 'string',
        ...base,
        ...(node.minLength ? { minLength: node.minLength } : {}),
        ...(node.maxLength !== undefined ? { maxLength: node.maxLength } : {}),
        ...(node.pattern ? { pattern: node.pattern } : {}),
      };
    case 'integer':
      return { type: 'integer', ...base, minimum: node.minimum, maximum: node.maximum };
    case 'boolean':
      return { type: 'boolean', ...base };
    case 'enum':
      return { ...base, enum: [...node.values] };
    case 'array':
      return {
        type: node.nullable ? ['array', 'null'] : 'array',
        ...base,
        items: toJsonSchema(node.items, rules, profilePath && [...profilePath, '[]']),
        ...(node.uniqueItems ? { uniqueItems: true } : {}),
        ...(node.minItems !== undefined ? { minItems: node.minItems } : {}),
        ...(node.maxItems !== undefined ? { maxItems: node.maxItems } : {}),
      };
    case 'object': {
      const properties: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.properties)) properties[key] = toJsonSchema(child, rules, profilePath && [...profilePath, key]);
      return { type: 'object', ...base, properties, ...(node.required ? { required: [...node.required] } : {}), additionalProperties: false };
    }
    case 'map': {
      if (node.keys.kind === 'pattern') {
        const values = toJsonSchema(node.values, rules, node.values === PROFILE_NODE ? [] : null);
        return { type: 'object', ...base, propertyNames: { pattern: node.keys.pattern, description: node.keys.description }, additionalProperties: values, ...(node.maxProperties !== undefined ? { maxProperties: node.maxProperties } : {}) };
      }
      // Rules by code and slug, for completion; codes are also accepted in any case, as the CLI does.
      const values = toJsonSchema(node.values, rules, null);
      const properties: Record<string, unknown> = {};
      for (const r of rules) {
        properties[r.code] = { ...values, description: `${r.code} (${r.slug}): ${r.summary}` };
        properties[r.slug] = { ...values, description: `${r.slug} (${r.code}): ${r.summary}` };
      }
      const anyCase = rules.map((r) => r.code.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`));
      return { type: 'object', ...base, properties, patternProperties: { [`^(?:${anyCase.join('|')})$`]: values }, additionalProperties: false };
    }
  }
}

/** The chaimeleon profile's value of every profile key (`user.uid`), as Markdown. */
const PROFILE_DEFAULTS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const show = (v: unknown) => `\`${JSON.stringify(v)}\``;
  const p = CHAIMELEON_PROFILE;
  for (const [key, value] of Object.entries(p)) {
    if (key === 'name' || key === 'baseImages') continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) out.set(`${key}.${k}`, show(v));
    } else out.set(key, show(value));
  }
  out.set('baseImages', `${p.baseImages.length} images under \`${commonPrefix(p.baseImages.map((b) => b.image))}\` (see \`--print-config\`)`);
  out.set('baseImages.[].image', `\`${p.baseImages[0].image}\`, …`);
  // A base image's setting, by kind when the kinds differ: `batch: false; desktop: true`.
  const byKind = (value: (b: (typeof p.baseImages)[number]) => unknown) => {
    const kinds = new Map<string, string>();
    for (const b of p.baseImages) kinds.set(b.kind, show(value(b)));
    const values = new Set(kinds.values());
    return values.size === 1 ? [...values][0] : [...kinds].map(([k, v]) => `${k}: ${v}`).join('; ');
  };
  out.set('baseImages.[].kind', ['batch', 'desktop'].map((k) => `\`${k}\` (${p.baseImages.filter((b) => b.kind === k).length})`).join(', '));
  for (const key of Object.keys(p.baseImages[0].provides)) out.set(`baseImages.[].provides.${key}`, byKind((b) => b.provides[key as keyof typeof b.provides]));
  return out;
})();

function commonPrefix(values: string[]): string {
  let prefix = values[0] ?? '';
  for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  return prefix;
}

/** The README's table of profile keys: key, type, the chaimeleon profile's value, meaning. */
export function profileKeysTable(): string {
  const rows: string[] = ['| Key | Type | In the `chaimeleon` profile | Meaning |', '|---|---|---|---|'];
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const walk = (node: SchemaNode, path: string[]) => {
    const key = path.join('.').replace(/\.\[\]/g, '[]');
    const chaimeleon = PROFILE_DEFAULTS.get(path.join('.')) ?? (node.type === 'object' ? '' : '—');
    rows.push(`| \`${key}\` | ${cell(typeText(node))} | ${cell(chaimeleon)} | ${cell(node.description)} |`);
    if (node.type === 'object') for (const [k, child] of Object.entries(node.properties)) walk(child, [...path, k]);
    if (node.type === 'array' && node.items.type === 'object') walk(node.items, [...path, '[]']);
  };
  for (const [key, node] of Object.entries(PROFILE_PROPERTIES)) walk(node, [key]);
  // The rows of a base image entry repeat the list's own path: `baseImages[].image`.
  return rows.filter((r) => !r.startsWith('| `baseImages[]` |')).join('\n');
}

function typeText(node: SchemaNode): string {
  switch (node.type) {
    case 'string':
      return (node.pattern ? `string: ${node.patternHint ?? node.pattern}` : 'string') + (node.nullable ? ', or null' : '');
    case 'integer':
      return `integer ${node.minimum}..${node.maximum}`;
    case 'boolean':
      return 'boolean';
    case 'enum':
      return `one of ${node.values.map((v) => `\`${v}\``).join(', ')}`;
    case 'array':
      return node.items.type === 'object' ? 'list of mappings' : `list${node.nullable ? ' (or null)' : ''}, each ${typeText(node.items)}`;
    case 'object':
      return 'mapping';
    case 'map':
      return 'mapping';
  }
}
