// The entrypoint chain: from the final ENTRYPOINT/CMD to the scripts of the build context it runs,
// and on through what they run (`source`, `bash f`, `python f.py`, `python -m`, local imports,
// `subprocess`, supervisor programs), with cycle detection and a depth limit. Only files the
// chain reaches are read and parsed.
import type { Heredoc } from 'dockerfile-ast';
import { resolvePath, type CopyFact, type DockerfileFacts } from '../dockerfile/facts.js';
import type { DockerInstruction } from '../dockerfile/model.js';
import { localPythonProjects } from '../dockerfile/packages.js';
import type { ProjectFacts } from '../project/facts.js';
import type { JobmanSubmit } from '../readme/jobman.js';
import type { Readme } from '../readme/model.js';
import { basename, ENVIRONMENT_RUNNERS, SegmentMap, shellCommands, type ShellCommand, type ShellWord, type ToHost } from '../shell/commands.js';
import { notebookCode } from './notebook.js';
import { loadGrammar } from '../shell/grammars.js';
import { LineIndex, normaliseText } from '../text.js';
import type { Range, RelatedLocation } from '../types.js';
import type { BuildContext } from './context.js';
import { segmentMatcher } from './dockerignore.js';
import { consoleScripts } from './python-projects.js';
import { parsePython, type PythonModule, type PyValue } from './python.js';
import { parseSupervisorConfig } from './supervisor.js';

export type { BuildContext, Placement, SourceMatch, ContextEntry } from './context.js';
export type { PythonModule, PyCall, PyValue, PyImport, PyConstant } from './python.js';

/** Scripts further than this from the ENTRYPOINT are not followed. */
export const MAX_DEPTH = 8;
/** A bound on the files one chain reads, whatever the repository. */
const MAX_SCRIPTS = 200;

export interface ChainScript {
  /** Repository-relative path (the Dockerfile for a heredoc COPY, the calling file for `python -c`). */
  path: string;
  language: 'shell' | 'python' | 'other';
  text: string;
  /** How the entrypoint reaches it: Dockerfile ENTRYPOINT/CMD line, the COPY line, each calling script line. */
  via: RelatedLocation[];
  /**
   * Shell commands of the script (empty for python/other). Runner prefixes (`gosu u cmd`, `tini --`,
   * `conda run -n env`, `xvfb-run`...) are also unwrapped into a command of their own.
   */
  commands: ShellCommand[];
  /** Where the entrypoint finds it in the image; null for code given on a command line (`python -c`). */
  imagePath: string | null;
  /** `text` is a piece of `path` (a heredoc COPY, `python -c` code): ranges still point into `path`. */
  embedded: boolean;
  /** Steps from the ENTRYPOINT/CMD: 1 for what it runs itself. */
  depth: number;
  /** The COPY/ADD that put it in the image; null for `python -c` code. */
  copy: CopyFact | null;
  /** Python files: calls, imports; null otherwise. */
  python: PythonModule | null;
  /** Shell commands a non-shell file runs: `subprocess`/`os.system` strings and lists in Python, supervisor `command=` lines. */
  runs: ShellCommand[];
  /** The working directory it starts in. */
  cwd: string;
}

export interface EntrypointChain {
  /** The final ENTRYPOINT/CMD the container starts with (CMD only when it is used). */
  instructions: DockerInstruction[];
  /** Their shell commands (exec words, `sh -c` strings, shell form, unwrapped runners), ranges in the Dockerfile. */
  commands: ShellCommand[];
  /** The platform base image's entrypoint, when the Dockerfile sets neither ENTRYPOINT nor CMD. */
  inherited: string[] | null;
  /**
   * The job command lines of the README's `jobman submit` examples for this image that the container
   * runs as a command (in `-c` mode, with no ENTRYPOINT of the image's own, or when the entrypoint runs
   * its arguments: `exec "$@"`); ranges in the README. Their scripts are in `scripts`.
   */
  usage: ShellCommand[];
  scripts: ChainScript[];
  context: BuildContext;
  /**
   * The shell state a command of the chain runs in: its working folder after `cd`, and its words'
   * values with the script's variables, the image's ENV and `$(dirname "$0")` resolved (null when
   * something stays unknown). Null for a command the chain did not run.
   */
  stateOf(cmd: ShellCommand): ShellState | null;
}

export interface ShellState {
  /** Null after a `cd` to a folder that cannot be known. */
  cwd: string | null;
  /** Variables known at that point (the image's ENV, `HOME`, the script's own assignments). */
  vars: ReadonlyMap<string, string>;
  expand(value: string): string | null;
}

const SHELL = /^(ba|da|z|k|a)?sh$/;
const PYTHON = /^python(\d+(\.\d+)?)?$/;
const DEFAULT_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

type Target =
  | { kind: 'file'; as: 'shell' | 'python' | 'notebook' | 'auto'; word: ShellWord; verb: string }
  | { kind: 'module'; module: string; word: ShellWord; verb: string; main: boolean }
  | { kind: 'supervisor'; config: ShellWord | null; word: ShellWord }
  | { kind: 'python-code'; word: ShellWord };

/** Where commands run: the file they are in, how it was reached, and the shell state so far. */
interface Frame {
  file: string;
  host: LineIndex;
  via: RelatedLocation[];
  depth: number;
  cwd: string;
  /** Image path of the running script ($0), for `$(dirname "$0")`. */
  self: string | null;
  /** Prefix of the messages of related locations on this file's lines (`ENTRYPOINT `). */
  label: string;
  vars: Map<string, string>;
}

export async function buildEntrypointChain(project: ProjectFacts, facts: DockerfileFacts): Promise<EntrypointChain> {
  await loadGrammar('bash');
  return new ChainWalker(project, facts, await project.buildContext(facts)).run();
}

class ChainWalker {
  private readonly scripts: ChainScript[] = [];
  private readonly seen = new Set<string>();
  private readonly home: string;
  private readonly env = new Map<string, string>();
  private readonly pathDirs: string[];
  private readonly heredocFiles = new Map<string, { text: string; offset: number; copy: CopyFact }>();
  private readonly states = new Map<ShellCommand, ShellState>();
  private installedProjects?: Promise<{ roots: string[]; scripts: Map<string, string> }>;

  constructor(
    private readonly project: ProjectFacts,
    private readonly facts: DockerfileFacts,
    private readonly context: BuildContext,
  ) {
    const stage = facts.finalStage;
    this.home = stage ? facts.homeOf(stage.finalUser.name) : facts.profile.user.home;
    for (const [k, v] of stage?.finalVars ?? []) if (!v.fromArg && !v.declaredWithoutValue && !v.value.includes('$')) this.env.set(k, v.value);
    this.env.set('HOME', this.home);
    const path = stage?.finalVars.get('PATH')?.value;
    this.pathDirs = [...new Set([...(path ? path.split(':').filter((d) => d.startsWith('/')) : []), ...DEFAULT_PATH])];
    this.collectHeredocFiles();
  }

  async run(): Promise<EntrypointChain> {
    const stage = this.facts.finalStage;
    const states = this.states;
    const result: EntrypointChain = { instructions: [], commands: [], inherited: null, usage: [], scripts: this.scripts, context: this.context, stateOf: (cmd) => states.get(cmd) ?? null };
    if (!stage) return result;
    const ep = stage.entrypoint?.instr ?? null;
    const cmd = stage.cmd?.instr ?? null;
    const lines = this.facts.model.lines;
    const frame = (instr: DockerInstruction): Frame => ({
      file: this.facts.file,
      host: lines,
      via: [],
      depth: 0,
      cwd: stage.finalWorkdir,
      self: null,
      vars: new Map(this.env),
      label: `${instr.keyword} `,
    });
    // A shell-form ENTRYPOINT ignores CMD; an exec-form one gets CMD as arguments (often run by `exec "$@"`).
    const used = ep ? (ep.exec && cmd ? [ep, cmd] : [ep]) : cmd ? [cmd] : [];
    result.instructions = used;
    for (const instr of used) {
      let own = this.facts.commands(instr);
      if (instr === ep && ep.exec && cmd?.exec && own[0]) {
        // ENTRYPOINT ["python"] + CMD ["app.py"] is one command line.
        const cmdWords = this.facts.commands(cmd)[0];
        if (cmdWords) own = [{ ...own[0], args: [...own[0].args, cmdWords.nameWord, ...cmdWords.args] }, ...own.slice(1)];
      }
      const commands = this.withRunners(own, lines);
      result.commands.push(...commands);
      await this.visitCommands(commands, frame(instr));
    }
    const inherited = this.facts.platformBase?.provides.entrypoint;
    if (used.length === 0 && inherited && inherited.length > 0) {
      result.inherited = inherited;
      const from = this.facts.imageChain[0].from;
      const word: ShellWord = { value: inherited[0], literal: true, raw: inherited[0], range: from.range };
      const base: Frame = {
        file: this.facts.file,
        host: lines,
        via: [{ file: this.facts.file, range: from.range, message: `the platform base image's ENTRYPOINT runs ${inherited[0]}` }],
        depth: 0,
        cwd: stage.finalWorkdir,
        self: null,
        vars: new Map(this.env),
        label: '',
      };
      await this.visitTarget({ kind: 'file', as: 'auto', word, verb: 'runs' }, base, null);
    }
    await this.visitUsage(result, ep !== null);
    return result;
  }

  /**
   * Scripts the README tells users to run in the job (`jobman submit -i img -- python3 /app/run.py`):
   * jobman appends the words after `--` to the ENTRYPOINT, so they run as a command when the image has
   * no ENTRYPOINT of its own (they replace CMD; a platform base's entrypoint runs them), with `-c`, or
   * when the entrypoint runs its arguments (`exec "$@"`).
   */
  private async visitUsage(result: EntrypointChain, ownEntrypoint: boolean): Promise<void> {
    const usage = await usageExamples(this.project, this.facts);
    if (!usage || usage.examples.length === 0) return;
    const readme = usage.readme;
    const runsArguments = !ownEntrypoint || [...result.commands, ...this.scripts.flatMap((s) => [...s.commands, ...s.runs])].some(runsItsArguments);
    const stage = this.facts.finalStage!;
    for (const example of usage.examples) {
      const first = example.args[0];
      if (!first || first.value.startsWith('-') || !first.literal) continue;
      if (!(example.commandMode || runsArguments)) continue;
      const words: ShellWord[] = example.args.map((w) => ({ value: w.value, literal: w.literal, raw: w.raw, range: w.range }));
      const last = words[words.length - 1].range;
      const cmd: ShellCommand = {
        name: words[0].value,
        program: basename(words[0].value),
        nameWord: words[0],
        args: words.slice(1),
        assignments: [],
        wrappers: [],
        redirects: [],
        range: { ...words[0].range, endLine: last.endLine, endColumn: last.endColumn },
        index: 0,
        pipeFrom: null,
        guards: [],
        nestedIn: null,
        file: readme.path,
      };
      const commands = this.withRunners([cmd], readme.lines);
      result.usage.push(...commands);
      const frame: Frame = { file: readme.path, host: readme.lines, via: [], depth: 0, cwd: stage.finalWorkdir, self: null, vars: new Map(this.env), label: "the README's `jobman submit` example " };
      await this.visitCommands(commands, frame);
    }
  }

  /** Heredoc COPYs (`COPY <<EOF /entrypoint.sh`) create files whose text is in the Dockerfile. */
  private collectHeredocFiles(): void {
    const { text, lines } = this.facts.model;
    for (const copy of this.facts.copies(this.facts.imageChain)) {
      if (copy.from !== null) continue;
      const node = copy.instr.node as unknown as { getHeredocs?: () => Heredoc[] };
      const heredocs = typeof node.getHeredocs === 'function' ? node.getHeredocs() : [];
      for (const h of heredocs) {
        const r = h.getContentRange();
        if (!r) continue;
        const start = lines.offsetAt(r.start.line, r.start.character);
        const end = lines.offsetAt(r.end.line, r.end.character);
        const dest = copy.absoluteDestination.replace(/(.)\/+$/, '$1');
        const path = copy.destinationIsDir || heredocs.length > 1 ? `${dest === '/' ? '' : dest}/${h.getName()}` : dest;
        this.heredocFiles.set(path, { text: text.slice(start, end), offset: start, copy });
      }
    }
  }

  /** Adds, after each command, the command a runner prefix starts (and the commands of its `sh -c` string). */
  private withRunners(commands: ShellCommand[], host: LineIndex): ShellCommand[] {
    const out: ShellCommand[] = [];
    for (const cmd of commands) {
      out.push(cmd);
      for (let inner = innerCommand(cmd), n = 0; inner && n < 4; inner = innerCommand(inner), n++) {
        out.push(inner);
        out.push(...this.stringCommands(inner, host));
      }
    }
    return out;
  }

  /** `sh -c '...'` under a runner the shell walker did not unwrap: parse the string where it stands. */
  private stringCommands(cmd: ShellCommand, host: LineIndex): ShellCommand[] {
    if (!SHELL.test(cmd.program)) return [];
    const c = cmd.args.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value));
    const script = c >= 0 ? cmd.args[c + 1] : undefined;
    if (!script) return [];
    const inner = shellCommands(this.wordSource(script, host, cmd.file));
    for (const i of inner) {
      i.nestedIn ??= cmd;
      i.guards = [...cmd.guards, ...i.guards];
    }
    return inner;
  }

  private wordSource(word: ShellWord, host: LineIndex, file: string) {
    const map = new SegmentMap();
    map.add(0, valueOffset(word, host));
    return { text: word.value, toHost: map.toHost, host, file };
  }

  private async visitCommands(commands: ShellCommand[], frame: Frame): Promise<void> {
    let cwd = frame.cwd;
    const vars = frame.vars;
    // The variables as each command sees them: copied once per change, shared by the commands in between.
    let snapshot: Map<string, string> | null = null;
    // After a `cd` to a folder that stays unknown, the working folder is unknown to the state (the walk keeps the last one to find scripts).
    let lost = false;
    for (const cmd of commands) {
      if (!this.states.has(cmd)) {
        const seen = (snapshot ??= new Map(vars));
        this.states.set(cmd, { cwd: lost ? null : cwd, vars: seen, expand: (value) => this.expand(value, frame, seen) });
      }
      if (cmd.program === '' || cmd.program === 'export' || cmd.program === 'declare' || cmd.program === 'local' || cmd.program === 'readonly') {
        for (const a of cmd.assignments) {
          const v = this.expand(a.value, frame, vars);
          if (v === null) vars.delete(a.name);
          else vars.set(a.name, v);
        }
        snapshot = null;
        continue;
      }
      if ((cmd.program === 'cd' || cmd.program === 'pushd') && cmd.args[0]) {
        const dir = this.expand(cmd.args[0].value, frame, vars);
        if (dir !== null) cwd = resolvePath(cwd, this.tilde(dir)).replace(/(.)\/$/, '$1');
        lost = dir === null ? true : lost && !this.tilde(dir).startsWith('/');
        continue;
      }
      for (const target of targetsOf(cmd)) await this.visitTarget(target, { ...frame, cwd, vars }, cmd);
    }
  }

  /** Resolves a shell value to a string: script-relative idioms, known variables, `%(ENV_X)s`; null when something stays unknown. */
  private expand(value: string, frame: Frame, vars: ReadonlyMap<string, string>): string | null {
    let v = value;
    if (frame.self) {
      const dir = frame.self.slice(0, frame.self.lastIndexOf('/')) || '/';
      v = replaceScriptDir(v, dir).replace(/%\(here\)s/g, dir);
    }
    v = v.replace(/%\(ENV_([A-Za-z_][A-Za-z0-9_]*)\)s/g, (m, name: string) => vars.get(name) ?? m);
    v = v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
      const known = vars.get(braced ?? bare ?? '');
      if (known !== undefined) return known;
      if (fallback === undefined) return m;
      // `${OUT:-$HOME/out}`: the default's own variables, when known (one level: a default holds no braces here).
      const inner = fallback.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (w, name: string) => vars.get(name) ?? w);
      return inner.includes('$') ? m : inner;
    });
    return /\$|%\(/.test(v) ? null : v;
  }

  private tilde(path: string): string {
    return path.replace(/^~(?=\/|$)/, this.home);
  }

  private async visitTarget(target: Target, frame: Frame, cmd: ShellCommand | null): Promise<void> {
    const step = (message: string): RelatedLocation[] => (cmd ? [...frame.via, { file: frame.file, range: cmd.range, message: frame.label + message }] : frame.via);
    switch (target.kind) {
      case 'python-code': {
        await this.addPython(frame.file, target.word.value, { host: frame.host, offset: valueOffset(target.word, frame.host), embedded: true }, null, null, step('runs Python code'), frame);
        return;
      }
      case 'supervisor':
        await this.visitSupervisor(target, frame, step);
        return;
      case 'module': {
        const roots = [frame.cwd, ...this.pythonPath(), ...(await this.installedPython()).roots];
        const parts = target.module.split('.');
        for (const root of roots) {
          const base = `${root === '/' ? '' : root}/${parts.join('/')}`;
          const candidates = target.main ? [`${base}.py`, `${base}/__main__.py`] : [`${base}.py`, `${base}/__init__.py`];
          const found = candidates.find((c) => this.exists(c));
          if (found) {
            await this.visitFile(found, 'python', step(`${target.verb} ${found}`), frame);
            return;
          }
        }
        return;
      }
      case 'file': {
        const raw = this.expand(target.word.value, frame, frame.vars);
        if (raw === null || raw === '' || raw.startsWith('-')) return;
        const bare = target.as === 'auto' && !raw.includes('/');
        const path = this.locate(this.tilde(raw), frame.cwd, bare, target.verb === 'sources');
        const consoleScript = path || !bare ? undefined : (await this.installedPython()).scripts.get(raw);
        if (path) await this.visitFile(path, target.as, step(`${target.verb} ${path}`), frame);
        else if (consoleScript) await this.visitTarget({ kind: 'module', module: consoleScript, word: target.word, verb: `runs the console script ${raw}, from`, main: false }, frame, cmd);
        else if (cmd && target.word === cmd.nameWord && BASE_LAUNCHER.test(basename(raw)) && cmd.args.length > 0) {
          // A base image's entrypoint script not seen here (`/opt/nvidia/nvidia_entrypoint.sh /app/run.sh`): such scripts end by running their arguments.
          const inner: ShellCommand = { ...cmd, name: cmd.args[0].value, program: basename(cmd.args[0].value), nameWord: cmd.args[0], args: cmd.args.slice(1), wrappers: [...cmd.wrappers, basename(raw)], redirects: [], pipeFrom: null };
          const via = { ...frame, label: `${frame.label}${basename(raw)} (a base image's entrypoint, assumed to run its arguments) ` };
          for (const t of targetsOf(inner)) await this.visitTarget(t, via, inner);
        }
        else if (this.startsBaseSupervisor(resolvePath(frame.cwd, this.tilde(raw)))) {
          // The platform desktop base's own start script runs supervisord, which starts the programs the partner adds.
          await this.visitSupervisor({ kind: 'supervisor', config: null, word: target.word }, frame, step);
        }
      }
    }
  }

  private startsBaseSupervisor(path: string): boolean {
    const provides = this.facts.platformBase?.provides;
    return !!provides?.supervisor && (provides.entrypoint ?? []).includes(path);
  }

  /** The image path a command names: relative paths against the cwd; a bare program name through PATH. */
  private locate(value: string, cwd: string, viaPath: boolean, sourced: boolean): string | null {
    if (viaPath) {
      for (const dir of this.pathDirs) if (this.exists(`${dir}/${value}`)) return `${dir}/${value}`;
      return null;
    }
    const path = resolvePath(cwd, value).replace(/(.)\/$/, '$1');
    if (this.exists(path)) return path;
    // `source env.sh` looks in PATH first when the name has no slash.
    if (sourced && !value.includes('/')) for (const dir of this.pathDirs) if (this.exists(`${dir}/${value}`)) return `${dir}/${value}`;
    return null;
  }

  private exists(imagePath: string): boolean {
    return this.heredocFiles.has(imagePath) || this.context.fileAt(imagePath) !== null;
  }

  private pythonPath(): string[] {
    return (this.env.get('PYTHONPATH') ?? '').split(':').filter((d) => d.startsWith('/'));
  }

  /**
   * The projects pip installs from the image's own folders (`COPY . /app` then `pip install /app`):
   * their packages import from the folder (or its `src/`, the src layout) and their console scripts
   * are commands. Read once per chain, from the manifests the build context puts there.
   */
  private installedPython(): Promise<{ roots: string[]; scripts: Map<string, string> }> {
    return (this.installedProjects ??= (async () => {
      const roots: string[] = [];
      const scripts = new Map<string, string>();
      for (const { path } of localPythonProjects(this.facts)) {
        const dir = path === '/' ? '' : path;
        const manifests = PYTHON_MANIFESTS.filter((name) => this.exists(`${dir}/${name}`));
        if (manifests.length === 0) continue;
        roots.push(`${dir}/src`, path);
        for (const name of manifests) {
          const placement = this.context.fileAt(`${dir}/${name}`);
          const text = placement ? await this.project.read(placement.file) : (this.heredocFiles.get(`${dir}/${name}`)?.text ?? null);
          if (text !== null) for (const [command, module] of consoleScripts(name, text)) if (!scripts.has(command)) scripts.set(command, module);
        }
      }
      return { roots, scripts };
    })());
  }

  private async visitFile(imagePath: string, as: 'shell' | 'python' | 'notebook' | 'auto', via: RelatedLocation[], caller: Frame): Promise<void> {
    if (caller.depth >= MAX_DEPTH || this.scripts.length >= MAX_SCRIPTS) return;
    const heredoc = this.heredocFiles.get(imagePath);
    const placement = heredoc ? null : this.context.fileAt(imagePath);
    const key = heredoc ? `${this.facts.file}#${heredoc.offset}` : placement?.file;
    if (!key || this.seen.has(key)) return;
    this.seen.add(key);
    const copy = heredoc?.copy ?? placement!.copy;
    // The file's name only: its path would be repository-relative text, while locations are shown relative to where the linter runs.
    const name = placement ? placement.file.slice(placement.file.lastIndexOf('/') + 1) : '';
    const copyStep: RelatedLocation = {
      file: this.facts.file,
      range: copy.instr.range,
      message: heredoc ? `${copy.instr.keyword} writes ${imagePath} from a heredoc` : `${copy.instr.keyword} puts ${name} at ${imagePath}`,
    };
    const fullVia = [...via, copyStep];
    let text: string;
    let path: string;
    let where: { host: LineIndex; offset: number; embedded: boolean };
    if (heredoc) {
      text = heredoc.text;
      path = this.facts.file;
      where = { host: this.facts.model.lines, offset: heredoc.offset, embedded: true };
    } else {
      const read = await this.project.read(placement!.file);
      if (read === null) return;
      text = normaliseText(read);
      path = placement!.file;
      where = { host: new LineIndex(text), offset: 0, embedded: false };
    }
    const language = as === 'auto' ? languageOf(imagePath, text) : as;
    if (language === 'notebook') {
      // The notebook's code cells, read as Python; what they do is reported in the .ipynb file.
      const code = heredoc ? null : notebookCode(text);
      if (code) await this.addPython(path, code.text, { ...where, offset: code.map.toHost }, imagePath, copy, fullVia, caller);
      return;
    }
    if (language === 'python') {
      await this.addPython(path, text, where, imagePath, copy, fullVia, caller);
      return;
    }
    if (language === 'other' && isSupervisorConfig(imagePath, text)) {
      await this.addSupervisor(path, text, where, imagePath, copy, fullVia, caller);
      return;
    }
    const script: ChainScript = { path, language, text, via: fullVia, commands: [], imagePath, embedded: where.embedded, depth: caller.depth + 1, copy, python: null, runs: [], cwd: caller.cwd };
    this.scripts.push(script);
    if (language !== 'shell') return;
    const map = new SegmentMap();
    map.add(0, where.offset);
    script.commands = this.withRunners(shellCommands({ text, toHost: map.toHost, host: where.host, file: path }), where.host);
    // A script's own variables start from the image's ENV; it does not see its caller's unexported ones.
    await this.visitCommands(script.commands, { file: path, host: where.host, via: fullVia, depth: caller.depth + 1, cwd: caller.cwd, self: imagePath, vars: new Map(this.env), label: '' });
  }

  private async addPython(
    path: string,
    text: string,
    where: { host: LineIndex; offset: number | ToHost; embedded: boolean },
    imagePath: string | null,
    copy: CopyFact | null,
    via: RelatedLocation[],
    caller: Frame,
  ): Promise<void> {
    if (caller.depth >= MAX_DEPTH || this.scripts.length >= MAX_SCRIPTS) return;
    if (imagePath === null) {
      const key = `${path}#${where.offset}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    await loadGrammar('python');
    const python = parsePython(path, text, where.host, where.offset);
    const script: ChainScript = { path, language: 'python', text, via, commands: [], imagePath, embedded: where.embedded, depth: caller.depth + 1, copy, python, runs: [], cwd: caller.cwd };
    this.scripts.push(script);
    for (const call of python.calls) script.runs.push(...this.withRunners(subprocessCommands(call.name, call.args, call.keywords, call.range, path, where.host), where.host));
    const frame: Frame = { file: path, host: where.host, via, depth: caller.depth + 1, cwd: caller.cwd, self: imagePath, vars: new Map(this.env), label: '' };
    await this.visitCommands(script.runs, frame);
    if (imagePath === null) return;
    // Local modules the script imports run too (sys.path[0] is the script's folder).
    const dir = imagePath.slice(0, imagePath.lastIndexOf('/')) || '/';
    const installed = python.imports.length > 0 ? (await this.installedPython()).roots : [];
    for (const imp of python.imports) {
      for (const found of this.localModules(imp.module, imp.level, imp.names, dir, installed)) {
        await this.visitFile(found, 'python', [...via, { file: path, range: imp.range, message: `imports ${found}` }], frame);
      }
    }
  }

  private localModules(module: string, level: number, names: string[], dir: string, installed: string[]): string[] {
    let roots: string[];
    if (level > 0) {
      let base = dir;
      for (let i = 1; i < level; i++) base = base.slice(0, base.lastIndexOf('/')) || '/';
      roots = [base];
    } else roots = [dir, ...this.pythonPath(), ...installed];
    const found: string[] = [];
    for (const root of roots) {
      const base = [root === '/' ? '' : root, ...module.split('.').filter(Boolean)].join('/');
      const candidates = module ? [`${base}.py`, `${base}/__init__.py`] : [];
      for (const name of names) candidates.push(`${base}/${name}.py`, `${base}/${name}/__init__.py`);
      for (const c of candidates) if (this.exists(c) && !found.includes(c)) found.push(c);
      if (found.length > 0) break;
    }
    return found;
  }

  /** Supervisor programs: from `supervisord -c FILE`, or the default configuration and its conf.d folder. */
  private async visitSupervisor(target: Extract<Target, { kind: 'supervisor' }>, frame: Frame, step: (m: string) => RelatedLocation[]): Promise<void> {
    const configs: string[] = [];
    const main = target.config ? this.expand(target.config.value, frame, frame.vars) : null;
    const mains = main ? [resolvePath(frame.cwd, main)] : ['/etc/supervisor/supervisord.conf', '/etc/supervisord.conf'];
    const ownMain = mains.find((m) => this.exists(m));
    if (ownMain) configs.push(ownMain);
    const includes: string[] = [];
    if (ownMain) {
      const placement = this.context.fileAt(ownMain);
      const text = placement ? await this.project.read(placement.file) : (this.heredocFiles.get(ownMain)?.text ?? null);
      const dir = ownMain.slice(0, ownMain.lastIndexOf('/'));
      for (const glob of text ? parseSupervisorConfig(text).includes : []) includes.push(resolvePath(dir, glob));
    } else if (!main) {
      // The distribution's supervisord.conf includes conf.d.
      includes.push('/etc/supervisor/conf.d/*.conf');
    }
    for (const glob of includes) {
      const dir = glob.slice(0, glob.lastIndexOf('/'));
      const matcher = segmentMatcher(glob.slice(glob.lastIndexOf('/') + 1));
      const candidates = [...this.context.imagePathsUnder(dir), ...[...this.heredocFiles.keys()].filter((p) => p.startsWith(dir + '/'))];
      for (const p of candidates.sort()) if (p.lastIndexOf('/') === dir.length && matcher.test(basename(p)) && !configs.includes(p)) configs.push(p);
    }
    for (const config of configs) await this.visitFile(config, 'auto', step(`starts supervisord, which reads ${config}`), frame);
  }

  private async addSupervisor(path: string, text: string, where: { host: LineIndex; offset: number; embedded: boolean }, imagePath: string, copy: CopyFact, via: RelatedLocation[], caller: Frame): Promise<void> {
    const script: ChainScript = { path, language: 'other', text, via, commands: [], imagePath, embedded: where.embedded, depth: caller.depth + 1, copy, python: null, runs: [], cwd: caller.cwd };
    this.scripts.push(script);
    for (const program of parseSupervisorConfig(text).programs) {
      const map = new SegmentMap();
      for (const [inCommand, inFile] of program.pieces) map.add(inCommand, where.offset + inFile);
      const commands = this.withRunners(shellCommands({ text: program.command, toHost: map.toHost, host: where.host, file: path }), where.host);
      script.runs.push(...commands);
      const frame: Frame = { file: path, host: where.host, via, depth: caller.depth + 1, cwd: caller.cwd, self: imagePath, vars: new Map(this.env), label: `[${program.section}] ` };
      const directory = program.directory ? this.expand(program.directory, frame, frame.vars) : null;
      if (directory) frame.cwd = resolvePath('/', directory);
      await this.visitCommands(commands, frame);
    }
  }
}

/**
 * The README's `jobman submit` examples that run this image. In a repository of several images an
 * example is this image's only when it names it (by its `name` label or its folder's name).
 */
export async function usageExamples(project: ProjectFacts, facts: DockerfileFacts): Promise<{ readme: Readme; examples: JobmanSubmit[] } | null> {
  // A lone Dockerfile is linted without its README.
  const readme = project.isRepository ? await project.readme() : null;
  if (!readme) return null;
  const { readmeExamples } = await import('../readme/jobman.js');
  const all = forThisPlatform((await readmeExamples(readme)).jobman, project, facts);
  // A view of one image of a repository that publishes several still shares the README with the others: only the examples naming it are its own.
  if (project.dockerfiles.length <= 1 && project.publishedImageCount <= 1) return { readme, examples: all };
  const names = new Set<string>();
  const label = facts.finalStage?.labels.get('name');
  if (label && label.undeclared.length === 0 && label.unresolved.length === 0 && label.value) names.add(label.value.toLowerCase());
  const folder = facts.file.includes('/') ? facts.file.slice(0, facts.file.lastIndexOf('/')) : null;
  if (folder) names.add(basename(folder).toLowerCase());
  return { readme, examples: all.filter((e) => e.image && names.has(e.image.name.toLowerCase())) };
}

/**
 * A repository with images for two platforms (a EUCAIM node's next to a CHAIMELEON one, each reviewed
 * with its own profile) documents a job for each: an example whose paths are all under the other
 * platform's home (`/home/ds/datasets/...`) is that image's, not this one's.
 */
function forThisPlatform(examples: JobmanSubmit[], project: ProjectFacts, facts: DockerfileFacts): JobmanSubmit[] {
  const home = facts.profile.user.home;
  const otherHomes = [...new Set(project.images.map((i) => i.facts.profile.user.home))].filter((h) => h !== home);
  if (otherHomes.length === 0) return examples;
  const under = (dir: string, e: JobmanSubmit) => e.args.some((a) => a.value === dir || a.value.includes(`${dir}/`));
  return examples.filter((e) => under(home, e) || !otherHomes.some((h) => under(h, e)));
}

/** `exec "$@"`, `"$@"`, `eval "$@"`, `sh -c "$*"`: the command runs the arguments the container was started with. */
function runsItsArguments(cmd: ShellCommand): boolean {
  const all = /^\$(@|\*|\{@\}|\{\*\})$/;
  if (all.test(cmd.nameWord.value)) return true;
  if (cmd.program === 'eval' && cmd.args[0] && all.test(cmd.args[0].value)) return true;
  return SHELL.test(cmd.program) && cmd.args.some((a, i) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value) && all.test(cmd.args[i + 1]?.value ?? ''));
}

/** Where a word's value starts in its file: after the opening quote of a quoted word (shell or JSON). */
function valueOffset(word: ShellWord, host: LineIndex): number {
  const start = host.offsetAt(word.range.startLine - 1, word.range.startColumn - 1);
  return /["']/.test(host.text[start] ?? '') ? start + 1 : start;
}

/** `$(dirname "$0")`, `$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)`, `${0%/*}`: the script's own folder. */
function replaceScriptDir(value: string, dir: string): string {
  let v = value.replace(/\$\{0%\/\*\}|\$\{BASH_SOURCE(?:\[0\])?%\/\*\}/g, dir);
  for (let start = v.indexOf('$('); start >= 0; start = v.indexOf('$(', start + 1)) {
    let depth = 0;
    let end = -1;
    for (let i = start + 1; i < v.length; i++) {
      if (v[i] === '(') depth++;
      else if (v[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) break;
    const inner = v.slice(start + 2, end);
    if (/dirname/.test(inner) && /\$\{?(0\b|BASH_SOURCE)/.test(inner)) v = v.slice(0, start) + dir + v.slice(end + 1);
  }
  return v;
}

function languageOf(imagePath: string, text: string): 'shell' | 'python' | 'notebook' | 'other' {
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
  if (shebang) {
    const interpreter = basename(shebang[1]) === 'env' ? (shebang[2] ?? '') : basename(shebang[1]);
    if (SHELL.test(interpreter)) return 'shell';
    if (PYTHON.test(interpreter)) return 'python';
    return 'other';
  }
  if (/\.(sh|bash)$/.test(imagePath)) return 'shell';
  if (/\.py$/.test(imagePath)) return 'python';
  if (/\.ipynb$/i.test(imagePath)) return 'notebook';
  return 'other';
}

function isSupervisorConfig(imagePath: string, text: string): boolean {
  return /\.(conf|ini)$/.test(imagePath) && /^\s*\[(program|supervisord|include|fcgi-program|eventlistener)[:\]]/m.test(text);
}

/** The first argument that is not an option, skipping the values of the given options. */
function firstOperand(args: ShellWord[], valueOptions: ReadonlySet<string>, from = 0): number {
  for (let i = from; i < args.length; i++) {
    const v = args[i].value;
    if (v === '--') return i + 1 < args.length ? i + 1 : -1;
    if (v.startsWith('-') && v.length > 1) {
      if (valueOptions.has(v)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

// The shell walker already unwraps the environment runners of a shell command line; an exec-form
// ENTRYPOINT or CMD (`["conda", "run", "-n", "env", "python", "app.py"]`) is unwrapped here.
/** The entrypoint scripts base images ship (`nvidia_entrypoint.sh`, `docker-entrypoint.sh`): they set up the container, then run their arguments. */
const BASE_LAUNCHER = /^(?:[\w-]*[_-])?entrypoint(?:\.sh)?$/;

/** Files that make a folder a Python project pip can install. */
const PYTHON_MANIFESTS = ['pyproject.toml', 'setup.cfg', 'setup.py'];

const RUNNERS: Record<string, { sub?: string; skip?: number; values: ReadonlySet<string>; assignments?: boolean }> = {
  env: { values: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']), assignments: true },
  gosu: { skip: 1, values: new Set() },
  'su-exec': { skip: 1, values: new Set() },
  tini: { values: new Set(['-p', '-e', '-l']) },
  'dumb-init': { values: new Set(['-r', '--rewrite']) },
  catatonit: { values: new Set() },
  'xvfb-run': { values: new Set(['-n', '--server-num', '-s', '--server-args', '-f', '--auth-file', '-e', '--error-file', '-p', '--xauth-protocol', '-w', '--wait']) },
  runuser: { values: new Set(['-u', '--user', '-g', '--group', '-G', '--supp-group', '-s', '--shell', '-w']) },
  ...Object.fromEntries(Object.entries(ENVIRONMENT_RUNNERS).map(([program, values]) => [program, { sub: 'run', values }])),
};

/** The command a runner prefix starts: `gosu chaimeleon ./run.sh`, `tini -- /run.sh`, `conda run -n env python app.py`. */
function innerCommand(cmd: ShellCommand): ShellCommand | null {
  const runner = RUNNERS[cmd.program];
  if (!runner) return null;
  let from = 0;
  if (runner.sub) {
    if (cmd.args[0]?.value !== runner.sub) return null;
    from = 1;
  }
  let i: number;
  if (runner.skip) {
    i = from + runner.skip;
    if (cmd.args[i]?.value === '--') i++;
  } else {
    i = firstOperand(cmd.args, runner.values, from);
    // `env A=1 B=2 cmd`: the assignments are env's, the command follows them.
    while (runner.assignments && i >= 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(cmd.args[i]?.value ?? '')) i++;
  }
  const name = cmd.args[i];
  if (i < 0 || !name) return null;
  return { ...cmd, name: name.value, program: basename(name.value), nameWord: name, args: cmd.args.slice(i + 1), wrappers: [...cmd.wrappers, cmd.program], redirects: [], pipeFrom: null };
}

const BASH_VALUE_OPTIONS = new Set(['-o', '-O', '+o', '+O', '--rcfile', '--init-file']);
const PYTHON_VALUE_OPTIONS = new Set(['-W', '-X', '--check-hash-based-pycs']);

/** What a command runs that may be a file of the build context. */
function targetsOf(cmd: ShellCommand): Target[] {
  const { program, args } = cmd;
  if (program === 'source' || program === '.') return args[0] ? [{ kind: 'file', as: 'shell', word: args[0], verb: 'sources' }] : [];
  if (SHELL.test(program)) {
    if (args.some((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value))) return [];
    const i = firstOperand(args, BASH_VALUE_OPTIONS);
    return i >= 0 ? [{ kind: 'file', as: 'shell', word: args[i], verb: 'runs' }] : [];
  }
  if (PYTHON.test(program)) {
    for (let i = 0; i < args.length; i++) {
      const v = args[i].value;
      if (v === '-m' || v === '-c') {
        const next = args[i + 1];
        if (!next) return [];
        return v === '-c' ? [{ kind: 'python-code', word: next }] : [{ kind: 'module', module: next.value, word: next, verb: 'runs module', main: true }];
      }
      if (/^-m\w/.test(v)) return [{ kind: 'module', module: v.slice(2), word: args[i], verb: 'runs module', main: true }];
      if (PYTHON_VALUE_OPTIONS.has(v)) {
        i++;
        continue;
      }
      if (v === '-') return [];
      if (v.startsWith('-')) continue;
      return [{ kind: 'file', as: 'python', word: args[i], verb: 'runs' }];
    }
    return [];
  }
  // R scripts are followed as text ('other'): CHM401 reads their install and download calls.
  if (program === 'Rscript') {
    if (args.some((a) => a.value === '-e')) return [];
    const i = firstOperand(args, new Set());
    return i >= 0 ? [{ kind: 'file', as: 'auto', word: args[i], verb: 'runs' }] : [];
  }
  if (program === 'R') {
    const f = args.findIndex((a) => a.value === '-f');
    const inline = args.find((a) => a.value.startsWith('--file='));
    const batch = args[0]?.value === 'CMD' && args[1]?.value === 'BATCH' ? args.slice(2).find((a) => !a.value.startsWith('-')) : undefined;
    const word = f >= 0 ? args[f + 1] : inline ? { ...inline, value: inline.value.slice('--file='.length) } : batch;
    return word ? [{ kind: 'file', as: 'auto', word, verb: 'runs' }] : [];
  }
  if (program === 'streamlit' && args[0]?.value === 'run' && args[1]) return [{ kind: 'file', as: 'python', word: args[1], verb: 'runs' }];
  // Notebooks executed as they stand: `papermill IN.ipynb OUT.ipynb`, `jupyter nbconvert --execute X.ipynb`, `jupyter execute X.ipynb`.
  const notebooks = (words: ShellWord[]) => words.filter((a) => /\.ipynb$/i.test(a.value)).map((word): Target => ({ kind: 'file', as: 'notebook', word, verb: 'executes' }));
  if (program === 'papermill') return notebooks(args).slice(0, 1);
  if (program === 'jupyter' && (args[0]?.value === 'execute' || (args[0]?.value === 'nbconvert' && args.some((a) => a.value === '--execute')))) return notebooks(args.slice(1));
  if (program === 'jupyter-execute' || (program === 'jupyter-nbconvert' && args.some((a) => a.value === '--execute'))) return notebooks(args);
  if (program === 'uvicorn' || program === 'gunicorn' || program === 'hypercorn' || program === 'flask') {
    const app = args.find((a) => /^[A-Za-z_][\w.]*:[\w.()]+$/.test(a.value));
    return app ? [{ kind: 'module', module: app.value.split(':')[0], word: app, verb: 'serves', main: false }] : [];
  }
  if (program === 'supervisord') {
    const c = args.findIndex((a) => a.value === '-c' || a.value === '--configuration');
    const inline = args.find((a) => a.value.startsWith('--configuration='));
    const config = c >= 0 ? (args[c + 1] ?? null) : inline ? { ...inline, value: inline.value.slice('--configuration='.length) } : null;
    return [{ kind: 'supervisor', config, word: cmd.nameWord }];
  }
  const startsSupervisor = (service: string | undefined, action: string | undefined) => !!service && /^supervisor(d)?$/.test(service) && /^(start|restart)$/.test(action ?? '');
  if ((program === 'service' || program === 'invoke-rc.d') && startsSupervisor(args[0]?.value, args[1]?.value)) return [{ kind: 'supervisor', config: null, word: cmd.nameWord }];
  if (cmd.name.includes('init.d/') && startsSupervisor(program, args[0]?.value)) return [{ kind: 'supervisor', config: null, word: cmd.nameWord }];
  if (cmd.nameWord.value !== '' && !cmd.nameWord.value.startsWith('-')) return [{ kind: 'file', as: 'auto', word: cmd.nameWord, verb: 'runs' }];
  return [];
}

const SUBPROCESS = /^(subprocess\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|os\.(system|popen|exec[lv]p?e?|spawn[lv]p?e?)|asyncio\.create_subprocess_(exec|shell)|commands\.getoutput)$/;

/** The shell commands a Python call runs: a string (shell) or a list of words (exec). */
function subprocessCommands(
  name: string,
  args: PyValue[],
  keywords: Map<string, PyValue>,
  range: Range,
  file: string,
  host: LineIndex,
): ShellCommand[] {
  if (!SUBPROCESS.test(name)) return [];
  let argv: PyValue | undefined;
  if (/^os\.exec|^os\.spawn/.test(name)) {
    // os.execvp(file, [argv0, ...]), os.execlp(file, argv0, ...): the argument list is what runs.
    const list = args.find((a) => a.kind === 'list' || a.kind === 'tuple');
    argv = list ?? { ...args[0], kind: 'list', items: args.slice(/^os\.spawn/.test(name) ? 2 : 1) };
  } else if (/create_subprocess_exec/.test(name)) {
    argv = { ...args[0], kind: 'list', items: args };
  } else argv = args[0] ?? keywords.get('args');
  if (!argv) return [];
  if (argv.kind === 'list' || argv.kind === 'tuple') {
    const words: ShellWord[] = argv.items.map((item) => ({ value: item.value ?? `$${item.text}`, literal: item.value !== null && item.kind !== 'fstring', raw: item.kind === 'string' && item.value !== null ? item.value : item.text, range: item.range }));
    if (words.length === 0 || !words[0].literal) return [];
    const cmd: ShellCommand = {
      name: words[0].value,
      program: basename(words[0].value),
      nameWord: words[0],
      args: words.slice(1),
      assignments: [],
      wrappers: [],
      redirects: [],
      range,
      index: 0,
      pipeFrom: null,
      guards: [],
      nestedIn: null,
      file,
    };
    const nested: ShellCommand[] = [];
    const c = cmd.args.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value));
    const item = c >= 0 ? argv.items[c + 2] : undefined;
    if (SHELL.test(cmd.program) && item?.value && item.contentOffset !== null) {
      for (const inner of shellCommands(stringSource(item.value, item.contentOffset, host, file))) {
        inner.nestedIn = cmd;
        nested.push(inner);
      }
    }
    return [cmd, ...nested];
  }
  // A string runs through the shell (os.system, shell=True) or names the program; either way the shell's reading of it is right.
  if (argv.value === null) return [];
  const offset = argv.contentOffset ?? host.offsetAt(range.startLine - 1, range.startColumn - 1);
  return shellCommands(stringSource(argv.value, offset, host, file));
}

function stringSource(text: string, offset: number, host: LineIndex, file: string) {
  const map = new SegmentMap();
  map.add(0, offset);
  return { text, toHost: map.toHost, host, file };
}
