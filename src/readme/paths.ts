// Which paths a `jobman submit` example hands to the job as input or output, where they resolve
// to, and which platform mount (if any) holds them. Shared by CHM206 and CHM207.
import { volumePath, type Profile } from '../profile.js';
import type { ProjectFacts } from '../project/facts.js';
import { readmeExamples, type CommandWord, type JobmanSubmit } from './jobman.js';
import type { Readme } from './model.js';

export type JobPathRole = 'input' | 'output';
export type MountKind = 'datasets' | 'persistent' | 'read-only' | 'elsewhere';

export interface JobPath {
  word: CommandWord;
  role: JobPathRole;
  /** The option whose value it is (`--output`), or null for a positional argument. */
  option: string | null;
  /** Why it has that role: `--output`, or `the first path argument`. */
  because: string;
  /** `~` and `$HOME` replaced, relative paths joined to the working folder, `.`/`..` resolved; placeholders inside kept. */
  resolved: string;
  written: 'absolute' | 'relative' | 'home';
  mount: MountKind;
  /** The mount folder holding it (`/home/chaimeleon/persistent-home`), or null. */
  mountPath: string | null;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** Option names (split on `-`, `_`, `.`) that say what a path is for. */
const OUTPUT_WORD = /^(?:o|outs?|outputs?|out(?:put)?(?:dir|path|file|folder)s?|results?|save[a-z]*|dest|destination|dst|export|write)$/;
const INPUT_WORD = /^(?:i|in|inputs?|in(?:put)?(?:dir|path|file|folder)s?|data|datasets?|data(?:dir|path|folder)|src|source|images?|img|dicoms?|scans?|studies|study)$/;
/** With only these words besides the role word, the option's value is a path even when it has no `/` (`--output results`). */
const PATH_WORD = /^(?:dir|directory|path|folder|file|root|prefix|location|loc)$/;

function optionRole(name: string): { role: JobPathRole; strong: boolean } | null {
  const tokens = name.replace(/^-+/, '').toLowerCase().split(/[-_.]+/).filter(Boolean);
  const role: JobPathRole | null = tokens.some((t) => OUTPUT_WORD.test(t)) ? 'output' : tokens.some((t) => INPUT_WORD.test(t)) ? 'input' : null;
  if (!role) return null;
  return { role, strong: tokens.every((t) => OUTPUT_WORD.test(t) || INPUT_WORD.test(t) || PATH_WORD.test(t)) };
}

/**
 * A value that stands for something unknown: a variable (`$DATASET`), a placeholder (`<dataset-id>`,
 * `{dataset}`, `DATASET_DIR`). Only judged when a known folder comes before it.
 */
function startsWithPlaceholder(value: string): boolean {
  if (/^\$\{?HOME\}?(?:\/|$)/.test(value)) return false;
  return /^(?:\$|<|\{|\[)/.test(value) || /^[A-Z][A-Z0-9_]*(?:\/|$)/.test(value);
}

function looksLikePath(value: string): boolean {
  return value.includes('/') || /^~(?:\/|$)/.test(value) || /^\.\.?(?:\/|$)/.test(value);
}

function isPathValue(value: string, strong: boolean): boolean {
  if (value === '' || value.includes('://') || value.includes('=') || startsWithPlaceholder(value)) return false;
  if (/^-?\d+(?:\.\d+)?$/.test(value) || /^(?:true|false|yes|no|none|null)$/i.test(value)) return false;
  return strong ? /^[\w.~/-]/.test(value) && !/\s/.test(value) : looksLikePath(value);
}

/** Makes a path absolute against the user's home and the job's working folder. */
function resolveJobPath(value: string, home: string, workdir: string): { resolved: string; written: JobPath['written'] } {
  let written: JobPath['written'] = 'absolute';
  let path = value;
  const homePrefix = /^(?:~|\$\{?HOME\}?)(?=\/|$)/.exec(path);
  if (homePrefix) {
    path = home + path.slice(homePrefix[0].length);
    written = 'home';
  } else if (!path.startsWith('/')) {
    path = `${workdir.replace(/\/$/, '')}/${path}`;
    written = 'relative';
  }
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return { resolved: '/' + parts.join('/'), written };
}

function mountOf(path: string, profile: Profile): { mount: MountKind; mountPath: string | null } {
  const under = (base: string) => path === base || path.startsWith(base.replace(/\/$/, '') + '/');
  const datasets = volumePath(profile, profile.datasetsDir);
  if (under(datasets)) return { mount: 'datasets', mountPath: datasets };
  for (const dir of profile.persistentDirs) {
    const p = volumePath(profile, dir);
    if (under(p)) return { mount: 'persistent', mountPath: p };
  }
  for (const p of profile.readOnlyMounts) if (under(p)) return { mount: 'read-only', mountPath: p };
  return { mount: 'elsewhere', mountPath: null };
}

/**
 * The input and output paths of an example: values of options named like input or output
 * (`--input`, `--data_dir`, `-o`, `--save-path`, `--results`), and positional path arguments (the
 * first is the input, later ones are outputs). Values that start with a placeholder are left out.
 */
export function jobPaths(submit: JobmanSubmit, profile: Profile, workdir: string): JobPath[] {
  const candidates: { word: CommandWord; role: JobPathRole; option: string | null; because: string }[] = [];
  const positional: CommandWord[] = [];
  for (const arg of submit.jobArgs) {
    if (!arg.value) continue;
    if (arg.kind === 'option') {
      const role = optionRole(arg.name ?? '');
      if (role && isPathValue(arg.value.value, role.strong)) candidates.push({ word: arg.value, role: role.role, option: arg.name, because: `\`${arg.name}\`` });
    } else if (arg.kind === 'positional' && isPathValue(arg.value.value, false)) {
      positional.push(arg.value);
    }
  }
  positional.forEach((word, i) => {
    candidates.push({ word, role: i === 0 ? 'input' : 'output', option: null, because: `the ${ORDINALS[i] ?? `${i + 1}th`} path argument` });
  });
  candidates.sort((a, b) => a.word.range.startLine - b.word.range.startLine || a.word.range.startColumn - b.word.range.startColumn);
  return candidates.map(({ word, role, option, because }) => {
    const { resolved, written } = resolveJobPath(word.value, profile.user.home, workdir);
    return { word, role, option, because, resolved, written, ...mountOf(resolved, profile) };
  });
}

/**
 * The path as a message quotes it, and how it became the path judged when it was not written
 * absolute: "`--input data/in`, relative, so `/app/data/in` in the job, which starts in the image's WORKDIR `/app`".
 */
export function describeJobPath(path: JobPath, workdir: string, workdirKnown: boolean): string {
  const quoted = path.option ? `\`${path.option} ${path.word.value}\`` : `${path.because} \`${path.word.value}\``;
  if (path.written === 'home') return `${quoted}, that is \`${path.resolved}\``;
  if (path.written === 'absolute') return quoted;
  const start = workdirKnown ? `the image's WORKDIR \`${workdir}\`` : `\`${workdir}\` (assumed: no Dockerfile could be read)`;
  return `${quoted}, relative, so \`${path.resolved}\` in the job, which starts in ${start}`;
}

/**
 * The paths of one role that the README's `jobman submit` examples pass, each with its description for
 * a message. Relative paths are left out when the image's WORKDIR comes from a variable the base image
 * sets (`WORKDIR $HOME`): where they land is unknown.
 */
export async function usageJobPaths(project: ProjectFacts, profile: Profile, role: JobPathRole): Promise<{ readme: Readme; paths: { path: JobPath; what: string }[] } | null> {
  const readme = await project.readme();
  if (!readme) return null;
  const { jobman } = await readmeExamples(readme);
  const stage = project.primary?.finalStage;
  const workdir = stage?.finalWorkdir ?? profile.user.home;
  const paths: { path: JobPath; what: string }[] = [];
  for (const example of jobman) {
    for (const path of jobPaths(example, profile, workdir)) {
      if (path.role !== role) continue;
      if (path.written === 'relative' && stage?.finalWorkdirVariable) continue;
      paths.push({ path, what: describeJobPath(path, workdir, !!stage) });
    }
  }
  return { readme, paths };
}
