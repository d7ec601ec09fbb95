// Which paths a `jobman submit` example hands to the job as input or output, where they resolve
// to, and which platform mount (if any) holds them. Shared by CHM206 and CHM207.
import { volumePath, type Profile } from '../profile.js';
import type { ProjectFacts } from '../project/facts.js';
import { usageExamples } from '../chain/chain.js';
import { readmeExamples, type CommandWord, type JobmanSubmit } from './jobman.js';
import type { Readme } from './model.js';
import { knownPrefix } from './placeholders.js';

export type JobPathRole = 'input' | 'output';
export type MountKind = 'datasets' | 'persistent' | 'read-only' | 'elsewhere';

export interface JobPath {
  word: CommandWord;
  role: JobPathRole;
  /** The option whose value it is (`--output`), or null for a positional argument. */
  option: string | null;
  /** Why it has that role: `--output`, or `the first path argument`. */
  because: string;
  /** The option (or variable) and the path as the example writes them: `--output_dir=out`, `-o out`, `OUTPUT_DIR=out`; the path alone for a positional one. */
  asWritten: string;
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

/** Words of a placeholder that stands for a path (`<dataset-id>`, `$INPUT`, `OUTPUT_DIR`), not for another value (`<threshold>`). */
const PATH_PLACEHOLDER_WORD = /^(?:in|out|inputs?|outputs?|data|datasets?|id|dirs?|directory|folder|path|file|results?|dest|destination|src|source|images?|studies|study|series)$/;

function looksLikePath(value: string): boolean {
  return value.includes('/') || /^~(?:\/|$)/.test(value) || /^\.\.?(?:\/|$)/.test(value);
}

/** A value an option of that role gives a path with: `/x`, `~/x`, `./x`, and for a strong name (`--output`) a bare folder name (`results`). */
function isPathValue(value: string, strong: boolean): boolean {
  if (value === '' || value.includes('://') || value.includes('=')) return false;
  if (/^-?\d+(?:\.\d+)?$/.test(value) || /^(?:true|false|yes|no|none|null)$/i.test(value)) return false;
  if (looksLikePath(value)) return true;
  return strong && (/^[\w.~/-]/.test(value) || startsWithPlaceholder(value)) && !/\s/.test(value);
}

/** A value whose first folder is unknown: `$DATASET`, `<input-dir>`, `{dataset}/ct`, `DATASET_DIR`, `/path/to/out`. */
function startsWithPlaceholder(value: string): boolean {
  const { prefix, complete } = knownPrefix(value);
  return !complete && prefix === '';
}

/** A bare word that names an output folder by itself (`results`, `outputs`), as a positional argument gives it. */
const OUTPUT_FOLDER = /^(?:out|outs|output|outputs|results?|predictions|segmentations)$/i;

/** A positional word that takes a path's place: a path, a folder named as output (`results`), or a placeholder whose words say path (`<dataset-id>`, `$OUTPUT_DIR`). */
function isPositionalPath(value: string): boolean {
  if (looksLikePath(value) && !value.includes('://') && !value.includes('=')) return true;
  if (OUTPUT_FOLDER.test(value)) return true;
  return startsWithPlaceholder(value) && value.toLowerCase().split(/[^a-z0-9]+/).some((t) => PATH_PLACEHOLDER_WORD.test(t));
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

/** Every mount folder of the profile. */
function mountPaths(profile: Profile): string[] {
  return [volumePath(profile, profile.datasetsDir), ...profile.persistentDirs.map((d) => volumePath(profile, d)), ...profile.readOnlyMounts];
}

/**
 * Where a path with a placeholder inside lands, judged by the folders before the placeholder:
 * `datasets/<id>` is in the datasets folder and `/app/<out>` elsewhere, but `~/<output-dir>` may be
 * any folder of the home, mounts included: null (unknown).
 */
function mountOfKnownPart(value: string, profile: Profile, workdir: string): ReturnType<typeof mountOf> | null {
  const { prefix, complete } = knownPrefix(value);
  if (prefix === '' && !value.startsWith('/')) return null;
  const known = resolveJobPath(prefix === '' ? '/' : prefix, profile.user.home, workdir).resolved;
  const mount = mountOf(known, profile);
  if (complete || mount.mount !== 'elsewhere') return mount;
  const above = known === '/' ? '/' : known + '/';
  return mountPaths(profile).some((m) => m.startsWith(above)) ? null : mount;
}

/**
 * The input and output paths of an example: values of options and variables named like input or
 * output (`--input`, `--data_dir`, `-o`, `--save-path`, `--results`, `OUTPUT_DIR=`), and positional
 * path arguments (when some are in the datasets folder and some not, those in it are inputs and the
 * others outputs; otherwise the first is the input and later ones are outputs). What runs (`python3 app/x.py`) is
 * neither. A path with a placeholder is judged by the folders before it, and left out when they do
 * not decide where it lands (`<output-dir>`, `~/<out>`, `/path/to/x`); a placeholder still takes its
 * place among the positional paths.
 */
export function jobPaths(submit: JobmanSubmit, profile: Profile, workdir: string): JobPath[] {
  const candidates: { word: CommandWord; role: JobPathRole; option: string | null; because: string; asWritten: string }[] = [];
  const positional: CommandWord[] = [];
  for (const arg of submit.jobArgs) {
    if (!arg.value) continue;
    if (arg.kind === 'option' || arg.kind === 'variable') {
      const role = optionRole(arg.name ?? '');
      if (!role || !isPathValue(arg.value.value, role.strong)) continue;
      const asWritten = arg.nameWord && arg.nameWord.value.includes('=') ? arg.nameWord.value : `${arg.name} ${arg.value.value}`;
      candidates.push({ word: arg.value, role: role.role, option: arg.name, because: `\`${arg.name}\``, asWritten });
    } else if (arg.kind === 'positional' && isPositionalPath(arg.value.value)) {
      positional.push(arg.value);
    }
  }
  // Unnamed paths: the order is only a guess (`papermill` takes the output notebook first, then `-p
  // dataset_dir DATASET`). When some are in the datasets folder and some are not, those in it are
  // where the job reads (inputs) and the others outputs; otherwise the first is the input.
  const inDatasets = positional.map((w) => mountOfKnownPart(w.value, profile, workdir)?.mount === 'datasets');
  const byPlace = inDatasets.includes(true) && inDatasets.includes(false);
  positional.forEach((word, i) => {
    const role = byPlace ? (inDatasets[i] ? 'input' : 'output') : i === 0 ? 'input' : 'output';
    candidates.push({ word, role, option: null, because: `the ${ORDINALS[i] ?? `${i + 1}th`} path argument`, asWritten: word.value });
  });
  candidates.sort((a, b) => a.word.range.startLine - b.word.range.startLine || a.word.range.startColumn - b.word.range.startColumn);
  const paths: JobPath[] = [];
  for (const { word, role, option, because, asWritten } of candidates) {
    const mount = mountOfKnownPart(word.value, profile, workdir);
    if (!mount) continue;
    const { resolved, written } = resolveJobPath(word.value, profile.user.home, workdir);
    paths.push({ word, role, option, because, asWritten, resolved, written, ...mount });
  }
  return paths;
}

/**
 * The path as a message quotes it, and where it lands when it is not written absolute:
 * "`--input data/in`, that is `/app/data/in` from the WORKDIR"; "the first path argument `/data/ct`".
 */
export function describeJobPath(path: JobPath, workdir: string, workdirKnown: boolean): string {
  const quoted = path.option ? `\`${path.asWritten}\`` : `${path.because} \`${path.asWritten}\``;
  if (path.written === 'home') return `${quoted}, that is \`${path.resolved}\``;
  if (path.written === 'absolute') return quoted;
  const from = workdirKnown ? `the WORKDIR \`${workdir}\`` : `\`${workdir}\`, assumed as no Dockerfile was read`;
  return `${quoted}, that is \`${path.resolved}\` from ${from}`;
}

/**
 * The paths of one role that the README's `jobman submit` examples pass, each with its description for
 * a message. Relative paths are left out when the image's WORKDIR comes from a variable the base image
 * sets (`WORKDIR $HOME`): where they land is unknown.
 */
export async function usageJobPaths(project: ProjectFacts, profile: Profile, role: JobPathRole): Promise<{ readme: Readme; paths: { path: JobPath; what: string }[] } | null> {
  const readme = await project.readme();
  if (!readme) return null;
  const primary = project.primary;
  const all = (await readmeExamples(readme)).jobman;
  // With several images, an example is judged against the image it names (its WORKDIR), once; the others only tell what earlier jobs wrote.
  const own = new Set(primary ? ((await usageExamples(project, primary))?.examples ?? []) : all);
  const stage = primary?.finalStage;
  const workdir = stage?.finalWorkdir ?? profile.user.home;
  const paths: { path: JobPath; what: string }[] = [];
  // An input that an earlier example wrote (a pipeline of jobs) is that job's result, not the user's data.
  const earlierOutputs: string[] = [];
  for (const example of all) {
    const found = jobPaths(example, profile, workdir);
    for (const path of own.has(example) ? found : []) {
      if (path.role !== role) continue;
      if (role === 'input' && earlierOutputs.some((o) => path.resolved === o || path.resolved.startsWith(o.replace(/\/$/, '') + '/'))) continue;
      if (path.written === 'relative' && stage?.finalWorkdirVariable) continue;
      paths.push({ path, what: describeJobPath(path, workdir, !!stage) });
    }
    // Another image's relative output lands in its own WORKDIR, unknown here: only absolute and home paths count.
    for (const path of found) if (path.role === 'output' && (own.has(example) || path.written !== 'relative')) earlierOutputs.push(path.resolved);
  }
  return { readme, paths };
}
