// Finds the command-line examples of a README (`jobman submit`, `docker run`) in its code blocks and
// inline code, parses them with tree-sitter-bash, and splits a `jobman submit` into jobman's own
// options, the `--` separator and the job's arguments, each with its exact place in the README.
import { shellCommands, type ShellWord } from '../shell/commands.js';
import { loadGrammar } from '../shell/grammars.js';
import type { Range } from '../types.js';
import type { Readme, ReadmeCode } from './model.js';

/** A word of an example after quote removal, with its place in the README. */
export interface CommandWord {
  value: string;
  raw: string;
  /** False when the value holds a shell expansion (`$DATASET`). */
  literal: boolean;
  range: Range;
}

export type JobmanOptionKey = 'image' | 'job-name' | 'resources' | 'command' | 'settings';

export interface JobmanOption {
  /** As written: `-i`, `--image`. */
  name: string;
  /** What jobman reads it as; null for an option jobman does not know. */
  key: JobmanOptionKey | null;
  word: CommandWord;
  /** The option's value (`-i x`, `--image=x`, `-ix`); null for a flag. */
  value: CommandWord | null;
}

export interface ImageRef {
  /** As written: `harbor.example.org/project/my-tool:1.0`. */
  value: string;
  registry: string | null;
  /** The path without registry and tag: `project/my-tool`. */
  repository: string;
  /** The last path component: `my-tool`. */
  name: string;
  tag: string | null;
  digest: string | null;
}

export interface JobArgument {
  /**
   * `program`: what runs rather than what it reads or writes (an interpreter and its script, a launcher
   * such as `conda run -n env`, in `-c` mode the command); `option`: `--name [value]`; `variable`:
   * `NAME=value`; else a positional word.
   */
  kind: 'program' | 'option' | 'variable' | 'positional';
  /** The option or variable as written (`--output`, `OUTPUT_DIR`), for kinds `option` and `variable`. */
  name: string | null;
  nameWord: CommandWord | null;
  /** The option's or variable's value, or the positional word itself. */
  value: CommandWord | null;
}

export interface JobmanSubmit {
  code: ReadmeCode;
  /** The whole command. */
  range: Range;
  /** jobman's options before `--`, in order. */
  options: JobmanOption[];
  /** The image to run, with the option that named it as written (`-i`, `--image`). */
  image: (ImageRef & { word: CommandWord; option: string }) | null;
  jobName: CommandWord | null;
  resources: CommandWord | null;
  /** `-c`: the arguments replace the image's ENTRYPOINT instead of being appended to it. */
  commandMode: boolean;
  /** The first `--`; null when the example omits it (its arguments are then taken from the first word jobman would not accept). */
  separator: CommandWord | null;
  /** Words passed to the container, in order. */
  args: CommandWord[];
  jobArgs: JobArgument[];
}

export interface DockerRunExample {
  code: ReadmeCode;
  range: Range;
}

export interface ReadmeExamples {
  jobman: JobmanSubmit[];
  dockerRun: DockerRunExample[];
}

/** Code in these languages is not a shell session, even if it mentions jobman. */
const NOT_SHELL = new Set(['python', 'py', 'python3', 'ipython', 'pycon', 'json', 'yaml', 'yml', 'toml', 'ini', 'dockerfile', 'docker', 'javascript', 'js', 'typescript', 'ts', 'r', 'html', 'xml', 'markdown', 'md', 'csv', 'sql', 'c', 'cpp', 'java', 'go', 'rust']);
const MENTIONS = /\bjobman\b|\b(?:docker|podman)\b[\s\S]*\brun\b/;

const cache = new WeakMap<Readme, Promise<ReadmeExamples>>();

/** Every `jobman submit` and `docker run` example of the README, parsed once per README. */
export function readmeExamples(readme: Readme): Promise<ReadmeExamples> {
  let pending = cache.get(readme);
  if (!pending) {
    pending = findExamples(readme);
    cache.set(readme, pending);
  }
  return pending;
}

async function findExamples(readme: Readme): Promise<ReadmeExamples> {
  const result: ReadmeExamples = { jobman: [], dockerRun: [] };
  const candidates = readme.code.filter((c) => !(c.lang && NOT_SHELL.has(c.lang.toLowerCase())) && MENTIONS.test(c.value));
  if (candidates.length === 0) return result;
  await loadGrammar('bash');
  for (const code of candidates) {
    const commands = shellCommands({ text: shellText(code.value), toHost: code.toReadme, host: readme.lines, file: readme.path });
    for (const cmd of commands) {
      const words = cmd.args.map(commandWord);
      if (cmd.program === 'jobman') {
        const submit = parseJobmanSubmit(code, cmd.range, words);
        if (submit) result.jobman.push(submit);
      } else if ((cmd.program === 'docker' || cmd.program === 'podman') && isDockerRun(words)) {
        result.dockerRun.push({ code, range: cmd.range });
      }
    }
  }
  return result;
}

function isDockerRun(words: CommandWord[]): boolean {
  const verbs = words.filter((w) => !w.value.startsWith('-')).map((w) => w.value);
  return verbs[0] === 'run' || (verbs[0] === 'container' && verbs[1] === 'run');
}

// Placeholders written `<dataset-id>` would be redirections to the shell: the angle brackets are
// swapped for look-alike word characters of the same length, and swapped back in the words.
const PLACEHOLDER = /<([A-Za-z_](?:[^<>\n|;&]*[^\s<>|;&])?)>/g;
const OPEN = '\u2039';
const CLOSE = '\u203A';
/** `$ `, `(venv) $ `, `user@host:~/dir$ ` at the start of a line of a console session. */
const PROMPT = /^[ \t]*(?:\([^()\n]*\)[ \t]*)?(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?[ \t]*)?\$[ \t]+/;

/**
 * The code as the shell should read it, with every offset unchanged: prompts and the output lines
 * of a console session blanked, placeholders masked, a `\` followed by stray spaces moved to the line end.
 */
export function shellText(value: string): string {
  const lines = value.split('\n');
  const session = lines.some((l) => PROMPT.test(l));
  let continued = false;
  const out = lines.map((line) => {
    let l = line;
    if (session) {
      const prefix = continued ? /^[ \t]*>[ \t]/.exec(l) : PROMPT.exec(l);
      if (prefix) l = ' '.repeat(prefix[0].length) + l.slice(prefix[0].length);
      else if (!continued) l = ' '.repeat(l.length);
    }
    l = l.replace(/\\([ \t]+)$/, '$1\\');
    continued = l.endsWith('\\');
    return l;
  });
  return out.join('\n').replace(PLACEHOLDER, (_m, inner: string) => OPEN + inner + CLOSE);
}

function unmask(s: string): string {
  return s.includes(OPEN) || s.includes(CLOSE) ? s.replaceAll(OPEN, '<').replaceAll(CLOSE, '>') : s;
}

function commandWord(w: ShellWord): CommandWord {
  return { value: unmask(w.value), raw: unmask(w.raw), literal: w.literal, range: w.range };
}

/** The part of a word after its first `=` (`--output=/x` → `/x`), with its own range. */
function valueAfterEquals(word: CommandWord): CommandWord {
  const inValue = word.value.indexOf('=');
  const inRaw = word.raw.indexOf('=');
  const value = word.value.slice(inValue + 1);
  const raw = word.raw.slice(inRaw + 1);
  const range = { ...word.range, startColumn: word.range.startColumn + inRaw + 1 };
  if (range.startLine === range.endLine && range.startColumn > range.endColumn) range.startColumn = range.endColumn;
  return { value, raw, literal: word.literal || !value.includes('$'), range };
}

/** The part of a word after its first `n` characters (`-ifoo` → `foo`). */
function valueAfter(word: CommandWord, n: number): CommandWord {
  return { value: word.value.slice(n), raw: word.raw.slice(n), literal: word.literal, range: { ...word.range, startColumn: word.range.startColumn + n } };
}

const JOBMAN_OPTIONS: Record<string, JobmanOptionKey> = {
  '-i': 'image',
  '--image': 'image',
  '-j': 'job-name',
  '--job-name': 'job-name',
  '-r': 'resources',
  '--resources': 'resources',
  '-c': 'command',
  '--command': 'command',
  '-s': 'settings',
  '--settings': 'settings',
};
const FLAGS = new Set<JobmanOptionKey>(['command']);

/**
 * Splits `jobman [-s FILE] submit OPTIONS -- ARGS` (words after `jobman`). Returns null for other
 * jobman commands and for a bare mention (`jobman submit` with nothing after it).
 */
export function parseJobmanSubmit(code: ReadmeCode, range: Range, words: CommandWord[]): JobmanSubmit | null {
  let i = 0;
  const options: JobmanOption[] = [];
  // jobman's global `-s/--settings FILE` may come before the command.
  while (i < words.length && words[i].value.startsWith('-')) {
    const opt = readOption(words, i);
    options.push(opt.option);
    i = opt.next;
  }
  if (words[i]?.value !== 'submit') return null;
  i++;
  if (i >= words.length) return null;
  let separator: CommandWord | null = null;
  for (; i < words.length; ) {
    const w = words[i];
    if (w.value === '--') {
      separator = w;
      i++;
      break;
    }
    const separatorFollows = words.slice(i).some((x) => x.value === '--');
    if (!w.value.startsWith('-')) {
      // A stray word before `--` is an error jobman reports; it is not the job's.
      if (separatorFollows) {
        i++;
        continue;
      }
      break;
    }
    const opt = readOption(words, i);
    // Without a `--`, the first option jobman does not know is where the job's arguments begin.
    if (opt.option.key === null && !separatorFollows) break;
    options.push(opt.option);
    i = opt.next;
  }
  const args = words.slice(i);
  const byKey = (key: JobmanOptionKey) => options.filter((o) => o.key === key).pop() ?? null;
  const imageOption = byKey('image');
  const imageWord = imageOption?.value ?? null;
  const commandMode = byKey('command') !== null;
  return {
    code,
    range,
    options,
    image: imageOption && imageWord ? { ...parseImageRef(imageWord.value), word: imageWord, option: imageOption.name } : null,
    jobName: byKey('job-name')?.value ?? null,
    resources: byKey('resources')?.value ?? null,
    commandMode,
    separator,
    args,
    jobArgs: parseJobArguments(args, commandMode),
  };
}

function readOption(words: CommandWord[], i: number): { option: JobmanOption; next: number } {
  const word = words[i];
  const eq = word.value.indexOf('=');
  if (word.value.startsWith('--') && eq > 0) {
    const name = word.value.slice(0, eq);
    return { option: { name, key: JOBMAN_OPTIONS[name] ?? null, word, value: valueAfterEquals(word) }, next: i + 1 };
  }
  const key = JOBMAN_OPTIONS[word.value] ?? null;
  if (key === null && /^-[ijrs]./.test(word.value)) {
    const name = word.value.slice(0, 2);
    return { option: { name, key: JOBMAN_OPTIONS[name], word, value: valueAfter(word, 2) }, next: i + 1 };
  }
  const next = words[i + 1];
  const takesValue = key ? !FLAGS.has(key) : next !== undefined && !next.value.startsWith('-');
  if (takesValue && next && next.value !== '--') return { option: { name: word.value, key, word, value: next }, next: i + 2 };
  return { option: { name: word.value, key, word, value: null }, next: i + 1 };
}

/** `registry.example.org:5000/project/name:tag@sha256:...` → its parts. */
export function parseImageRef(value: string): ImageRef {
  let rest = value;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  // Docker's rule: the first component is a registry when it has a dot or a port, or is localhost.
  const registry = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]) ? parts.shift()! : null;
  return { value, registry, repository: parts.join('/'), name: parts[parts.length - 1], tag, digest };
}

/** Programs that run a script or a code string: `python3 app/x.py`, `bash run.sh`, `Rscript x.R`. */
const INTERPRETER = /^(?:python[\d.]*|pypy[\d.]*|bash|sh|dash|zsh|ksh|Rscript|R|julia|node|nodejs|perl|ruby|php|java|octave|matlab)$/;
/** Interpreter options whose value is what runs: `python -m pkg`, `sh -c CODE`, `bash -lc CODE`, `Rscript -e CODE`, `java -jar x.jar`, `R -f x.R`, `matlab -batch CODE`. */
const RUNS_VALUE = /^(?:-m|-[a-z]*c|-e|--eval|-jar|-f|--file|-batch)$/;
/** Interpreter options whose value is not what runs: `python -W ignore`, `java -cp lib Main`. */
const TAKES_VALUE = /^(?:-W|-X|-cp|-classpath|--class-path|-I)$/;
/**
 * Commands that run the command after them (`env A=1 python ...`, `xvfb-run -a python ...`,
 * `torchrun --nproc_per_node 2 train.py ...`), with the word that must follow for them to do so
 * (`conda run -n env python ...`, `accelerate launch train.py ...`).
 */
const LAUNCHERS: Record<string, string | null> = {
  env: null,
  exec: null,
  time: null,
  nohup: null,
  nice: null,
  stdbuf: null,
  timeout: null,
  'xvfb-run': null,
  torchrun: null,
  deepspeed: null,
  mpirun: null,
  mpiexec: null,
  srun: null,
  conda: 'run',
  mamba: 'run',
  micromamba: 'run',
  uv: 'run',
  poetry: 'run',
  pipenv: 'run',
  pixi: 'run',
  hatch: 'run',
  accelerate: 'launch',
};
/** A word that names a script to run: `./run.sh`, `/opt/app/predict.py`, `main.R`. */
const SCRIPT = /^(?:\.\.?\/.*|.*\.(?:sh|bash|py|R|r|jl|js|mjs|pl|rb|php|jar))$/;
/** `NAME=value` (an environment variable, or a `key.sub=value` override): never an option or a path. */
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_.]*=/;

const base = (value: string) => value.slice(value.lastIndexOf('/') + 1);
const isOption = (value: string) => /^--?[A-Za-z]/.test(value);
const launcherAt = (words: CommandWord[], i: number): boolean => {
  const name = base(words[i]?.value ?? '');
  if (!Object.hasOwn(LAUNCHERS, name)) return false;
  const sub = LAUNCHERS[name];
  return sub === null || words[i + 1]?.value === sub;
};
/** Could this word be the command a launcher runs (so that the option before it takes no value)? */
const runnable = (words: CommandWord[], i: number) => INTERPRETER.test(base(words[i].value)) || SCRIPT.test(words[i].value) || launcherAt(words, i);

/**
 * How many words from `start` are the program rather than its arguments: leading launchers with their
 * options, then an interpreter with its options and script (or code string), or in `-c` mode and after
 * a launcher the command itself, or a script run directly (`./run.sh`). Zero when the words are
 * arguments of the image's ENTRYPOINT.
 */
function programLength(words: CommandWord[], start: number, commandMode: boolean): number {
  let i = start;
  while (i < words.length && launcherAt(words, i)) {
    const name = base(words[i].value);
    i += LAUNCHERS[name] ? 2 : 1;
    while (i < words.length && words[i].value !== '--') {
      const w = words[i].value;
      if (VARIABLE.test(w)) i++;
      else if (isOption(w)) {
        // `-n env` takes a value unless what follows is what runs (`xvfb-run -a python ...`).
        i += !w.includes('=') && i + 1 < words.length && !isOption(words[i + 1].value) && !runnable(words, i + 1) ? 2 : 1;
      } else if (name === 'timeout' && /^\d/.test(w)) i++;
      else break;
    }
    if (i < words.length && words[i].value === '--') i++;
  }
  const launched = i > start;
  if (i >= words.length) return i - start;
  const first = words[i];
  if (INTERPRETER.test(base(first.value))) {
    i++;
    while (i < words.length && isOption(words[i].value)) {
      const flag = words[i++].value;
      const name = flag.includes('=') ? flag.slice(0, flag.indexOf('=')) : flag;
      // `python -m module`, `bash -c '...'`, `--file=x.R`: the option's value is what runs.
      if (RUNS_VALUE.test(name) || (name === '-r' && /^(?:matlab|octave)$/.test(base(first.value)))) return (flag.includes('=') ? i : Math.min(i + 1, words.length)) - start;
      if (TAKES_VALUE.test(flag) && i < words.length) i++;
    }
    if (i < words.length && words[i].value !== '--') i++;
    return i - start;
  }
  if (launched || commandMode || (!isOption(first.value) && SCRIPT.test(first.value))) return i + 1 - start;
  return 0;
}

/**
 * The job's arguments: what runs (the program, see programLength), `--name value`, `--name=value`,
 * flags, `NAME=value` variables and positional words. A word after an option that does not start with
 * `-` is taken as its value. Synopsis brackets (`[--gpu]`) and `...` are left out.
 */
export function parseJobArguments(args: CommandWord[], commandMode: boolean): JobArgument[] {
  const words = args.filter((w) => !/^\[?(?:\.\.\.|\u2026)\]?$/.test(w.value)).map(withoutBrackets);
  const result: JobArgument[] = [];
  const variable = (w: CommandWord) => {
    const eq = w.value.indexOf('=');
    result.push({ kind: 'variable', name: w.value.slice(0, eq), nameWord: w, value: valueAfterEquals(w) });
  };
  let i = 0;
  // `CUDA_VISIBLE_DEVICES=0 python3 x.py`: variables set for the program come before it.
  while (i < words.length && VARIABLE.test(words[i].value)) variable(words[i++]);
  const program = programLength(words, i, commandMode);
  for (const end = i + program; i < end; i++) result.push({ kind: 'program', name: null, nameWord: null, value: words[i] });
  let positionalOnly = false;
  for (; i < words.length; i++) {
    const w = words[i];
    if (!positionalOnly && w.value === '--') {
      positionalOnly = true;
      continue;
    }
    if (VARIABLE.test(w.value)) {
      variable(w);
      continue;
    }
    if (positionalOnly || !isOption(w.value)) {
      result.push({ kind: 'positional', name: null, nameWord: null, value: w });
      continue;
    }
    const eq = w.value.indexOf('=');
    if (eq > 0) {
      result.push({ kind: 'option', name: w.value.slice(0, eq), nameWord: w, value: valueAfterEquals(w) });
      continue;
    }
    const next = words[i + 1];
    const takesValue = next !== undefined && next.value !== '--' && !isOption(next.value) && !VARIABLE.test(next.value);
    result.push({ kind: 'option', name: w.value, nameWord: w, value: takesValue ? next : null });
    if (takesValue) i++;
  }
  return result;
}

/** `[--gpu]`, `[--input` → `--input`, `PATH]` → `PATH`: a synopsis's optional marks, not part of the word. */
function withoutBrackets(w: CommandWord): CommandWord {
  let { value, raw, range } = w;
  const count = (c: string) => value.split(c).length - 1;
  if (value.startsWith('[') && raw.startsWith('[') && count('[') === 1 && count(']') <= 1 && (count(']') === 0 || value.endsWith(']'))) {
    value = value.slice(1);
    raw = raw.slice(1);
    range = { ...range, startColumn: range.startColumn + 1 };
  }
  if (value.endsWith(']') && raw.endsWith(']') && count(']') === 1 && count('[') === 0) {
    value = value.slice(0, -1);
    raw = raw.slice(0, -1);
    range = { ...range, endColumn: range.endColumn - 1 };
  }
  return value === w.value ? w : { ...w, value, raw, range };
}
