// Facts about one Dockerfile, computed once and shared by every rule: stages and their bases, the
// final stage, the effective user and workdir at each instruction, users and groups created,
// labels after ARG/ENV expansion, what COPY/ADD put where, entrypoint and cmd.
import { findPlatformImage, type PlatformBaseImage, type Profile } from '../profile.js';
import { shellCommands, type ShellCommand } from '../shell/commands.js';
import type { Range } from '../types.js';
import { expandVariables, expandWord, type VarValue } from './expand.js';
import type { DockerfileModel, DockerInstruction, DockerWord } from './model.js';
import { VarTimeline } from './scope.js';
import { binShell, binShOfReference, namedShell, type RunShell } from './run-shell.js';
import { execCommands, shellSources } from './shell-form.js';

export interface UserRef {
  /** The USER argument as written after expansion (`chaimeleon:chaimeleon`, `1000`). */
  spec: string;
  name: string;
  group: string | null;
  /** The uid when the spec alone tells it (a number, root, the platform user); else use DockerfileFacts.uidOf. */
  uid: number | null;
  /** Where the user comes from. */
  source: 'instruction' | 'stage' | 'platform' | 'default';
  instr: DockerInstruction | null;
}

export interface CreatedUser {
  name: string;
  uid: number | null;
  /** Primary group as given: a number or a name. */
  group: string | null;
  groups: string[];
  /** Set when the command changes an existing user (usermod, `gpasswd -a`, `adduser USER GROUP`) instead of creating one. */
  modifies?: boolean;
  instr: DockerInstruction;
  command: ShellCommand;
  stage: Stage;
}

export interface CreatedGroup {
  name: string;
  gid: number | null;
  instr: DockerInstruction;
  command: ShellCommand;
}

export interface LabelFact {
  key: string;
  /** Value after ARG/ENV expansion. */
  value: string;
  raw: string;
  undeclared: string[];
  unresolved: string[];
  instr: DockerInstruction;
  range: Range;
  stage: Stage;
}

export interface CopyFact {
  instr: DockerInstruction;
  stage: Stage;
  sources: DockerWord[];
  /** Destination as written, expanded. */
  destination: string;
  /** Destination made absolute against the WORKDIR in effect. */
  absoluteDestination: string;
  /** The destination as written when it holds a variable with no value here (`$HOME/app`, from a base image's ENV), else null. */
  unresolvedDestination: string | null;
  /** True when the destination names a folder (ends with /, or several sources). */
  destinationIsDir: boolean;
  chown: string | null;
  /** --from=stage or image: the sources are not from the build context. */
  from: string | null;
  /** Bodies of heredoc sources (`COPY <<EOF /etc/x`), in order. */
  heredocs: string[];
}

export interface Stage {
  index: number;
  name: string | null;
  from: DockerInstruction;
  /** The image reference after expanding ARGs declared before FROM. */
  image: string;
  baseStage: Stage | null;
  platformBase: PlatformBaseImage | null;
  /** Instructions after FROM up to the next FROM (ONBUILD triggers included, marked). */
  instructions: DockerInstruction[];
  /** Effective user when the instruction runs. */
  userAt: Map<DockerInstruction, UserRef>;
  workdirAt: Map<DockerInstruction, string>;
  /** Variables in scope when the instruction runs (read-only views of one timeline per stage). */
  varsAt: Map<DockerInstruction, ReadonlyMap<string, VarValue>>;
  finalUser: UserRef;
  finalWorkdir: string;
  /** The variable a WORKDIR expanded without a value here (`WORKDIR $HOME`, set by a base image's ENV): `finalWorkdir` is then a guess. */
  finalWorkdirVariable: string | null;
  finalVars: ReadonlyMap<string, VarValue>;
  /** Own and inherited (from earlier stages it builds on) labels; later wins. */
  labels: Map<string, LabelFact>;
  entrypoint: { instr: DockerInstruction; stage: Stage } | null;
  cmd: { instr: DockerInstruction; stage: Stage } | null;
  shellIsPosix: boolean;
  /** What `/bin/sh` is in the image the stage starts from (dash on Ubuntu), or unknown for an unseen base. */
  binSh: RunShell;
  /** The shell that runs a shell-form RUN at each instruction: `/bin/sh`, or the one a SHELL instruction names. */
  shellAt: Map<DockerInstruction, RunShell>;
  finalShell: RunShell;
}

export interface BaseImage {
  kind: 'platform' | 'repository' | 'plain' | 'scratch' | 'unseen';
  /** The FROM reference after expanding build arguments ('' when there is no FROM). */
  reference: string;
  image: PlatformBaseImage | null;
}

/** Is the reference one of the profile's plain OS images (`ubuntu`, `nvidia/cuda`, `docker.io/library/debian`)? */
export function isPlainBase(profile: Profile, reference: string): boolean {
  const name = reference.split('@')[0].replace(/:[^/]*$/, '').replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  return profile.plainBaseImages.includes(name.toLowerCase());
}

const UNKNOWN_SHELL: RunShell = { name: 'sh', braces: null, why: 'the shell is not known' };

/** One kind of fact that a module outside this class derives and keeps per file (see DockerfileFacts.memo); its identity is the object. */
export interface FactKind<K, V> {
  readonly name: string;
  /** Never set: carries the key and value types. */
  readonly types?: [K, V];
}

export function factKind<K, V>(name: string): FactKind<K, V> {
  return { name };
}

export interface RunCommand {
  instr: DockerInstruction;
  stage: Stage;
  cmd: ShellCommand;
}

export class DockerfileFacts {
  readonly stages: Stage[] = [];
  readonly globalArgs = new Map<string, VarValue>();
  private readonly commandCache = new Map<DockerInstruction, ShellCommand[]>();
  private readonly stageByInstruction = new Map<DockerInstruction, Stage>();
  private readonly stageByName = new Map<string, Stage>();
  private readonly runCommandsCache = new Map<string, RunCommand[]>();
  private readonly copiesCache = new Map<string, CopyFact[]>();
  private usersCache: { users: CreatedUser[]; groups: CreatedGroup[] } | null = null;
  private readonly memos = new Map<FactKind<unknown, unknown>, Map<unknown, unknown>>();

  constructor(
    readonly model: DockerfileModel,
    readonly profile: Profile,
    /** Images built in the same repository that this one may start FROM (see src/project/images.ts). */
    private readonly repositoryBase?: (reference: string) => PlatformBaseImage | undefined,
  ) {
    this.build();
  }

  get file(): string {
    return this.model.file;
  }

  get finalStage(): Stage | null {
    return this.stages[this.stages.length - 1] ?? null;
  }

  /** The stages whose filesystem ends up in the final image: the final stage and the stages it is built FROM. */
  get imageChain(): Stage[] {
    const chain: Stage[] = [];
    for (let s = this.finalStage; s; s = s.baseStage) chain.unshift(s);
    return chain;
  }

  /** The platform base image at the root of the final image, if any. */
  get platformBase(): PlatformBaseImage | null {
    return this.imageChain[0]?.platformBase ?? null;
  }

  /**
   * What the final image starts from, as a reviewer sees it: a platform image or an image of this
   * repository (facts known), a plain OS image such as `ubuntu:22.04` (known to add no user,
   * WORKDIR or ENTRYPOINT), `scratch`, or an image not seen here, whose users, WORKDIR and
   * ENTRYPOINT are unknown: a finding that rests on them being absent is an assumption.
   */
  get base(): BaseImage {
    const root = this.imageChain[0];
    const reference = root?.image ?? '';
    if (root?.platformBase) return { kind: root.platformBase.dockerfile ? 'repository' : 'platform', reference, image: root.platformBase };
    if (/^scratch$/i.test(reference)) return { kind: 'scratch', reference, image: null };
    if (reference && !reference.includes('$') && isPlainBase(this.profile, reference)) return { kind: 'plain', reference, image: null };
    return { kind: 'unseen', reference, image: null };
  }

  /**
   * A fact derived outside this class (installed packages, a stage's filesystem history), computed
   * once per file and key and kept with the file's facts. Not in a module-level WeakMap: V8's
   * young-generation collector keeps the values of a WeakMap that lives in the old generation
   * alive, so every file's facts were copied and promoted, and the collector took an eighth of
   * the time of a lint of many files.
   */
  memo<K, V>(kind: FactKind<K, V>, key: K, compute: () => V): V {
    let byKey = this.memos.get(kind as FactKind<unknown, unknown>) as Map<K, V> | undefined;
    if (!byKey) this.memos.set(kind as FactKind<unknown, unknown>, (byKey = new Map()) as Map<unknown, unknown>);
    if (byKey.has(key)) return byKey.get(key) as V;
    const value = compute();
    byKey.set(key, value);
    return value;
  }

  /** Shell commands of a RUN (or shell-form CMD/ENTRYPOINT), parsed once. */
  commands(instr: DockerInstruction): ShellCommand[] {
    let cached = this.commandCache.get(instr);
    if (!cached) {
      cached = this.parseCommands(instr);
      this.commandCache.set(instr, cached);
    }
    return cached;
  }

  private parseCommands(instr: DockerInstruction): ShellCommand[] {
    const stage = this.stageOf(instr);
    if (stage && !stage.shellIsPosix) return [];
    if (instr.exec) return execCommands(this.model, instr);
    const result: ShellCommand[] = [];
    for (const source of shellSources(this.model, instr)) {
      for (const cmd of shellCommands(source)) {
        cmd.index = result.length;
        result.push(cmd);
      }
    }
    return result;
  }

  stageOf(instr: DockerInstruction): Stage | null {
    return this.stageByInstruction.get(instr) ?? null;
  }

  /**
   * Every command of every RUN in the given stages, in order; `filter` is a cheap test on the
   * RUN's text that decides whether its shell is parsed at all.
   */
  runCommands(stages: Stage[], filter?: RegExp, options: { onbuild?: boolean } = {}): RunCommand[] {
    // Rules ask the same question once per command they look at: answered once (the result is shared, never changed).
    const key = `${stages.map((s) => s.index).join(',')}|${filter ? `${filter.source}/${filter.flags}` : ''}|${options.onbuild ? 1 : 0}`;
    const cached = this.runCommandsCache.get(key);
    if (cached) return cached;
    const result: RunCommand[] = [];
    for (const stage of stages) {
      for (const instr of stage.instructions) {
        if (instr.keyword !== 'RUN') continue;
        if (instr.onbuild && !options.onbuild) continue;
        if (filter && !filter.test(this.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        for (const cmd of this.commands(instr)) result.push({ instr, stage, cmd });
      }
    }
    this.runCommandsCache.set(key, Object.freeze(result) as RunCommand[]);
    return result;
  }

  /** Users and groups created by RUN commands in the final image's stages. */
  get created(): { users: CreatedUser[]; groups: CreatedGroup[] } {
    if (!this.usersCache) this.usersCache = this.findCreatedUsers();
    return this.usersCache;
  }

  private findCreatedUsers(): { users: CreatedUser[]; groups: CreatedGroup[] } {
    const users: CreatedUser[] = [];
    const groups: CreatedGroup[] = [];
    for (const { instr, stage, cmd } of this.runCommands(this.imageChain, /useradd|adduser|usermod|gpasswd|groupadd|addgroup/)) {
      const parsed = parseUserCommand(cmd, (v) => expandDeclared(v, stage.varsAt.get(instr)));
      if (parsed?.kind === 'user') users.push({ ...parsed.user, instr, command: cmd, stage });
      if (parsed?.kind === 'group' && !parsed.group.modifies) groups.push({ ...parsed.group, instr, command: cmd });
    }
    return { users, groups };
  }

  /** The uid of a user reference; users are only known once every RUN was read, so this is computed on demand. */
  uidOf(ref: UserRef): number | null {
    return ref.uid ?? this.resolveUid(ref.name);
  }

  /** Resolves a user name or number to a uid using what the image creates and the platform base. */
  resolveUid(name: string): number | null {
    if (/^\d+$/.test(name)) return Number(name);
    if (name === 'root') return 0;
    const created = [...this.created.users].reverse().find((u) => u.name === name && (!u.modifies || u.uid !== null));
    if (created) return created.uid;
    if (this.platformBase?.provides.user && name === this.profile.user.name) return this.profile.user.uid;
    return null;
  }

  private build(): void {
    const instructions = this.model.instructions;
    let current: Stage | null = null;
    for (const instr of instructions) {
      if (instr.keyword === 'FROM' && !instr.onbuild) {
        current = this.newStage(instr);
        this.stages.push(current);
        if (current.name !== null && !this.stageByName.has(current.name.toLowerCase())) this.stageByName.set(current.name.toLowerCase(), current);
        this.stageByInstruction.set(instr, current);
        continue;
      }
      if (!current) {
        if (instr.keyword === 'ARG') for (const [k, v] of parseAssignments(instr, 'ARG')) this.globalArgs.set(k, expandValue(v, this.globalArgs));
        continue;
      }
      current.instructions.push(instr);
      this.stageByInstruction.set(instr, current);
    }
    for (const stage of this.stages) this.walkStage(stage);
  }

  private newStage(from: DockerInstruction): Stage {
    const words = from.args.map((a) => a.value).filter((w) => !w.startsWith('--'));
    const rawImage = words[0] ?? '';
    const asIndex = words.findIndex((w) => w.toLowerCase() === 'as');
    const name = asIndex >= 0 ? (words[asIndex + 1] ?? null) : null;
    const image = expandVariables(rawImage, this.globalArgs).value;
    const baseStage = this.stageByName.get(image.toLowerCase()) ?? null;
    const platformBase = baseStage ? null : (findPlatformImage(this.profile, image) ?? this.repositoryBase?.(image) ?? null);
    return {
      index: this.stages.length,
      name,
      from,
      image,
      baseStage,
      platformBase,
      instructions: [],
      userAt: new Map(),
      workdirAt: new Map(),
      varsAt: new Map(),
      finalUser: { spec: 'root', name: 'root', group: null, uid: 0, source: 'default', instr: null },
      finalWorkdir: '/',
      finalWorkdirVariable: null,
      finalVars: new Map(),
      labels: new Map(),
      entrypoint: null,
      cmd: null,
      shellIsPosix: true,
      binSh: UNKNOWN_SHELL,
      shellAt: new Map(),
      finalShell: UNKNOWN_SHELL,
    };
  }

  /** `/bin/sh` of the image a first stage starts from: a platform or repository image says, a plain OS image by its name and tag. */
  private rootBinSh(stage: Stage): RunShell {
    const base = stage.platformBase;
    if (base) return base.binSh ? binShell(base.binSh, base.dockerfile ? base.name : stage.image) : binShell(null, stage.image);
    if (/^scratch$/i.test(stage.image)) return { name: 'none', braces: null, why: '`scratch` has no shell' };
    return binShell(stage.image.includes('$') ? null : binShOfReference(stage.image), stage.image);
  }

  /**
   * The shell that runs a command of a RUN: the innermost `bash -c`/`sh -c` holding it, else the
   * shell-form RUN's shell (SHELL or `/bin/sh`); the program of an exec-form RUN is a shell itself.
   */
  runShell(instr: DockerInstruction, cmd: ShellCommand | null = null): RunShell {
    const stage = this.stageOf(instr);
    if (!stage) return UNKNOWN_SHELL;
    for (let outer = cmd?.nestedIn ?? null; outer; outer = outer.nestedIn) {
      if (outer.program === 'su' || outer.program === 'runuser') continue;
      const named = namedShell(outer.name, stage.binSh, `\`${outer.program} -c\` runs ${outer.program === 'sh' ? 'it' : outer.program}`);
      if (named) return named;
    }
    return instr.exec ? { name: 'none', braces: false, why: 'an exec-form RUN runs no shell' } : (stage.shellAt.get(instr) ?? stage.finalShell);
  }

  private walkStage(stage: Stage): void {
    const base = stage.baseStage;
    const platformUser: UserRef = { spec: `${this.profile.user.name}:${this.profile.user.name}`, name: this.profile.user.name, group: this.profile.user.name, uid: this.profile.user.uid, source: 'platform', instr: null };
    let user: UserRef = base
      ? { ...base.finalUser, source: base.finalUser.source === 'default' ? 'default' : 'stage' }
      : stage.platformBase?.provides.user
        ? platformUser
        : { spec: 'root', name: 'root', group: null, uid: 0, source: 'default', instr: null };
    let workdir = base ? base.finalWorkdir : (stage.platformBase?.provides.workdir ?? '/');
    let workdirVariable = base ? base.finalWorkdirVariable : null;
    // ENV is inherited from the stage built on; ARG is not (only global ARGs redeclared without a value).
    const vars = new VarTimeline();
    // A repository image built FROM another one of the repository inherits its ENV, as from a stage.
    const inherited = base ?? stage.platformBase?.facts?.finalStage ?? null;
    if (inherited) for (const [k, v] of inherited.finalVars) if (!v.fromArg) vars.set(k, v);
    if (base) {
      for (const [k, v] of base.labels) stage.labels.set(k, v);
      stage.entrypoint = base.entrypoint;
      stage.cmd = base.cmd;
      stage.shellIsPosix = base.shellIsPosix;
    }
    stage.binSh = base ? base.binSh : this.rootBinSh(stage);
    let shell: RunShell = base ? base.finalShell : (stage.platformBase?.shell ?? stage.binSh);
    for (const instr of stage.instructions) {
      stage.userAt.set(instr, user);
      stage.workdirAt.set(instr, workdir);
      stage.varsAt.set(instr, vars.snapshot());
      stage.shellAt.set(instr, shell);
      if (instr.onbuild) continue;
      switch (instr.keyword) {
        case 'ARG':
          for (const [k, v] of parseAssignments(instr, 'ARG')) {
            if (v === null) {
              const global = this.globalArgs.get(k);
              vars.set(k, global ? { ...global, fromArg: true } : { value: '', declaredWithoutValue: true, fromArg: true });
            } else vars.set(k, { ...expandValue(v, vars.snapshot()), fromArg: true });
          }
          break;
        case 'ENV':
          for (const [k, v] of parseAssignments(instr, 'ENV')) vars.set(k, expandValue(v ?? '', vars.snapshot()));
          break;
        case 'USER': {
          const spec = expandVariables(instr.argsText.trim(), vars.snapshot()).value;
          const [name, group] = spec.split(':');
          user = { spec, name, group: group ?? null, uid: /^\d+$/.test(name) ? Number(name) : name === 'root' ? 0 : null, source: 'instruction', instr };
          break;
        }
        case 'WORKDIR': {
          const expansion = expandVariables(instr.argsText.trim(), vars.snapshot());
          const dir = expansion.value;
          const unknown = [...expansion.unresolved, ...expansion.undeclared][0] ?? null;
          workdirVariable = unknown ?? (dir.startsWith('/') ? null : workdirVariable);
          workdir = resolvePath(workdir, dir);
          break;
        }
        case 'LABEL':
          this.collectLabels(stage, instr, vars.snapshot());
          break;
        case 'ENTRYPOINT':
          stage.entrypoint = { instr, stage };
          // Docker resets an inherited CMD when ENTRYPOINT is set.
          if (stage.cmd && stage.cmd.stage !== stage) stage.cmd = null;
          break;
        case 'CMD':
          stage.cmd = { instr, stage };
          break;
        case 'SHELL': {
          const program = instr.exec?.[0]?.value ?? '';
          stage.shellIsPosix = /(^|\/)(ba|da|z|k|a)?sh$/.test(program);
          shell = namedShell(program, stage.binSh, `\`SHELL\` at line ${instr.range.startLine} runs ${program.slice(program.lastIndexOf('/') + 1) || 'it'}`) ?? { name: program, braces: null, why: `\`SHELL\` at line ${instr.range.startLine}` };
          break;
        }
      }
    }
    stage.finalShell = shell;
    stage.finalUser = user;
    stage.finalWorkdir = workdir;
    stage.finalWorkdirVariable = workdirVariable;
    stage.finalVars = vars.snapshot();
  }

  private collectLabels(stage: Stage, instr: DockerInstruction, vars: ReadonlyMap<string, VarValue>): void {
    type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };
    const node = instr.node as unknown as { getProperties?: () => { getName(): string; getValue(): string | null; getRange(): never; getValueRange(): LspRange | null }[] };
    if (typeof node.getProperties !== 'function') return;
    const { text, lines, escapeChar } = this.model;
    for (const p of node.getProperties()) {
      const raw = p.getValue() ?? '';
      // Docker's lexer reads the value as written: quotes and the escape character decide what is expanded.
      const vr = p.getValueRange();
      const written = vr ? text.slice(lines.offsetAt(vr.start.line, vr.start.character), lines.offsetAt(vr.end.line, vr.end.character)) : '';
      const e = written.includes('\n') ? expandVariables(raw, vars, escapeChar) : expandWord(written, vars, escapeChar);
      const r = p.getRange() as { start: { line: number; character: number }; end: { line: number; character: number } };
      stage.labels.set(p.getName(), {
        key: p.getName(),
        value: e.value,
        raw,
        undeclared: e.undeclared,
        unresolved: e.unresolved,
        instr,
        range: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
        stage,
      });
    }
  }

  /** COPY and ADD instructions of the given stages, with resolved destinations. */
  copies(stages: Stage[] = this.stages): CopyFact[] {
    // Asked once per command by some rules: computed once per list of stages (shared, never changed).
    const key = stages.map((s) => s.index).join(',');
    const cached = this.copiesCache.get(key);
    if (cached) return cached;
    const result: CopyFact[] = [];
    for (const stage of stages) {
      for (const instr of stage.instructions) {
        if ((instr.keyword !== 'COPY' && instr.keyword !== 'ADD') || instr.onbuild) continue;
        const vars = stage.varsAt.get(instr) ?? new Map();
        const heredocs = instr.exec ? [] : this.heredocBodies(instr);
        // A heredoc's body lines are arguments too for the parser: the sources and destination are on the first line.
        const args = heredocs.length > 0 ? instr.args.filter((a) => a.range.startLine === instr.range.startLine) : instr.args;
        const words = instr.exec ?? args.filter((a) => !/^--[a-z-]+(=|$)/.test(a.value));
        if (words.length < 2) continue;
        const expand = (w: DockerWord): DockerWord => ({ value: expandVariables(w.value, vars).value, range: w.range });
        const sources = words.slice(0, -1).map(expand).filter((w) => !w.value.startsWith('<<'));
        const destinationExpansion = expandVariables(words[words.length - 1].value, vars);
        const destination = destinationExpansion.value;
        const destinationUnknown = destinationExpansion.undeclared.length > 0 || destinationExpansion.unresolved.length > 0;
        const workdir = stage.workdirAt.get(instr) ?? '/';
        const chownFlag = instr.flags.find((f) => f.name.toLowerCase() === 'chown');
        const fromFlag = instr.flags.find((f) => f.name.toLowerCase() === 'from');
        result.push({
          instr,
          stage,
          sources,
          destination,
          absoluteDestination: resolvePath(workdir, destination),
          unresolvedDestination: destinationUnknown ? words[words.length - 1].value : null,
          destinationIsDir: destination.endsWith('/') || sources.length > 1,
          chown: chownFlag ? expandVariables(chownFlag.value ?? '', vars).value : null,
          from: fromFlag ? (fromFlag.value ?? '') : null,
          heredocs,
        });
      }
    }
    this.copiesCache.set(key, Object.freeze(result) as CopyFact[]);
    return result;
  }

  /** Bodies of the heredocs an instruction holds (`COPY <<EOF /etc/x`), in order. */
  heredocBodies(instr: DockerInstruction): string[] {
    const node = instr.node as unknown as { getHeredocs?: () => { getContentRange(): { start: { line: number; character: number }; end: { line: number; character: number } } | null }[] };
    if (typeof node.getHeredocs !== 'function' || !instr.mayHoldHeredoc) return [];
    const lines = this.model.lines;
    return node.getHeredocs().map((h) => {
      const r = h.getContentRange();
      return r ? this.model.text.slice(lines.offsetAt(r.start.line, r.start.character), lines.offsetAt(r.end.line, r.end.character)) : '';
    });
  }

  /** The final image's home folder for the user: from useradd -d/-m or the profile's convention. */
  homeOf(userName: string): string {
    if (userName === 'root') return '/root';
    const created = this.created.users.find((u) => u.name === userName);
    const home = created ? optionValue(created.command, ['-d', '--home-dir', '--home']) : null;
    return home ?? `/home/${userName}`;
  }
}

/** ARG/ENV values in a RUN word (`useradd -u $UID`); a word naming a shell variable stays as written. */
function expandDeclared(value: string, vars: ReadonlyMap<string, VarValue> | undefined): string {
  if (!vars || !value.includes('$')) return value;
  const e = expandVariables(value, vars);
  return e.undeclared.length > 0 || e.unresolved.length > 0 ? value : e.value;
}

function expandValue(v: string | null, vars: ReadonlyMap<string, VarValue>): VarValue {
  if (v === null) return { value: '', declaredWithoutValue: true };
  const e = expandVariables(v, vars);
  return { value: e.value };
}

/** `KEY=value` pairs of ARG/ENV (and the legacy `ENV KEY value`); null value = declared only. */
export function parseAssignments(instr: DockerInstruction, keyword: 'ARG' | 'ENV'): [string, string | null][] {
  const node = instr.node as unknown as { getProperties?: () => { getName(): string; getValue(): string | null }[] };
  if (typeof node.getProperties === 'function') {
    return node.getProperties().map((p) => [p.getName(), p.getValue()] as [string, string | null]);
  }
  const text = instr.argsText.trim();
  const eq = text.indexOf('=');
  if (keyword === 'ARG') return eq < 0 ? [[text, null]] : [[text.slice(0, eq), text.slice(eq + 1)]];
  return [];
}

/** Makes a path absolute against a working directory and removes `.` and `..` parts. */
export function resolvePath(cwd: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  const trailing = path.endsWith('/') && parts.length > 0 ? '/' : '';
  return '/' + parts.join('/') + trailing;
}

/** The value of the first of the given options (`-u 1000`, `-u1000`, `--uid=1000`, `--uid 1000`). */
export function optionValue(cmd: ShellCommand, names: string[]): string | null {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i].value;
    for (const n of names) {
      if (a === n) return args[i + 1]?.value ?? null;
      if (n.startsWith('--') && a.startsWith(n + '=')) return a.slice(n.length + 1);
      if (!n.startsWith('--') && n.length === 2 && a.startsWith(n) && a.length > 2 && !a.startsWith('--')) return a.slice(2);
    }
  }
  return null;
}

const USERADD_VALUE_OPTIONS = new Set(['-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home-dir', '-s', '--shell', '-c', '--comment', '-k', '--skel', '-e', '--expiredate', '-f', '--inactive', '-K', '--key', '-p', '--password', '-R', '--root', '-P', '--prefix', '-b', '--base-dir', '-Z', '--selinux-user', '--home', '--ingroup', '--gecos', '--firstuid', '--lastuid', '--conf', '--extrausers', '-h', '-h', '-H']);

function positionals(cmd: ShellCommand, valueOptions: Set<string>): string[] {
  const result: string[] = [];
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i].value;
    if (a.startsWith('-') && a.length > 1) {
      if (valueOptions.has(a)) i++;
      continue;
    }
    result.push(a);
  }
  return result;
}

// Single-letter flags without a value that useradd/usermod accept in a cluster (`usermod -aG sudo x`, `useradd -mU x`).
const CLUSTER_FLAGS: Record<string, string> = { useradd: 'mMrNoUl', usermod: 'amoLU' };

/** `-aG sudo` → `-a -G sudo`: a cluster of flags whose last letter may take the next word as its value. */
function splitShortOptions(cmd: ShellCommand): ShellCommand {
  const flags = CLUSTER_FLAGS[cmd.program];
  if (!flags) return cmd;
  const clustered = (v: string) => /^-[a-zA-Z]{2,}$/.test(v) && [...v.slice(1, -1)].every((c) => flags.includes(c));
  if (!cmd.args.some((a) => clustered(a.value))) return cmd;
  const args = cmd.args.flatMap((a) => (clustered(a.value) ? [...a.value.slice(1)].map((c) => ({ ...a, value: `-${c}` })) : [a]));
  return { ...cmd, args };
}

const USER_PROGRAMS = new Set(['useradd', 'usermod', 'gpasswd', 'adduser', 'groupadd', 'addgroup', 'groupmod', 'userdel', 'deluser', 'groupdel', 'delgroup']);

type ParsedUserCommand =
  | { kind: 'user'; user: { name: string; uid: number | null; group: string | null; groups: string[]; modifies?: boolean; newName?: string } }
  | { kind: 'group'; group: { name: string; gid: number | null; modifies?: boolean; newName?: string } }
  | { kind: 'delete'; what: 'user' | 'group'; name: string }
  | null;

const num = (v: string | null): number | null => (v !== null && /^\d+$/.test(v) ? Number(v) : null);

const USERMOD_VALUE_OPTIONS = new Set([...USERADD_VALUE_OPTIONS, '-l', '--login', '-v', '--add-subuids', '-V', '--del-subuids', '-w', '--add-subgids', '-W', '--del-subgids']);
const GROUP_VALUE_OPTIONS = new Set(['-g', '--gid', '-K', '--key', '-p', '--password', '-R', '--root', '-P', '--prefix', '-n', '--new-name']);

/**
 * useradd / adduser (Debian and busybox) / groupadd / addgroup, reduced to what they create;
 * usermod / gpasswd -a / groupmod (modifies), userdel / deluser / groupdel / delgroup (delete).
 * `expand` resolves ARG/ENV references in the words (`useradd -u $UID`).
 */
export function parseUserCommand(original: ShellCommand, expand: (value: string) => string = (v) => v): ParsedUserCommand {
  // Most commands of a RUN are none of these: answered before any option is read.
  if (!USER_PROGRAMS.has(original.program)) return null;
  const cmd = splitShortOptions(original);
  const option = (names: string[]): string | null => {
    const v = optionValue(cmd, names);
    return v === null ? null : expand(v);
  };
  const list = (names: string[]): string[] => (option(names) ?? '').split(',').filter(Boolean);
  const words = (valueOptions: Set<string>): string[] => positionals(cmd, valueOptions).map(expand);
  switch (cmd.program) {
    case 'useradd': {
      const name = words(USERADD_VALUE_OPTIONS).pop();
      if (!name) return null;
      return { kind: 'user', user: { name, uid: num(option(['-u', '--uid'])), group: option(['-g', '--gid']), groups: list(['-G', '--groups']) } };
    }
    case 'usermod': {
      const name = words(USERMOD_VALUE_OPTIONS).pop();
      if (!name) return null;
      const newName = option(['-l', '--login']) ?? undefined;
      return { kind: 'user', user: { name, uid: num(option(['-u', '--uid'])), group: option(['-g', '--gid']), groups: list(['-G', '--groups']), modifies: true, newName } };
    }
    case 'gpasswd': {
      // `gpasswd -a USER GROUP` adds an existing user to a group.
      const user = option(['-a', '--add']);
      const group = words(new Set(['-a', '--add', '-d', '--delete', '-M', '--members', '-A', '--administrators', '-Q', '--root'])).pop();
      return user && group ? { kind: 'user', user: { name: user, uid: null, group: null, groups: [group], modifies: true } } : null;
    }
    case 'adduser': {
      const busybox = cmd.args.some((a) => a.value === '-D' || a.value === '-S');
      const valueOptions = busybox ? new Set(['-u', '-G', '-h', '-s', '-g', '-k']) : USERADD_VALUE_OPTIONS;
      const pos = words(valueOptions);
      if (pos.length === 0) return null;
      if (!busybox && pos.length >= 2) {
        // `adduser USER GROUP` adds an existing user to a group.
        return { kind: 'user', user: { name: pos[0], uid: null, group: null, groups: [pos[1]], modifies: true } };
      }
      const uid = num(busybox ? option(['-u']) : option(['--uid', '-u']));
      const group = busybox ? option(['-G']) : option(['--gid', '--ingroup']);
      return { kind: 'user', user: { name: pos[0], uid, group, groups: [] } };
    }
    case 'groupadd':
    case 'addgroup':
    case 'groupmod': {
      const pos = words(GROUP_VALUE_OPTIONS);
      if (pos.length === 0) return null;
      if (cmd.program === 'addgroup' && pos.length >= 2) {
        return { kind: 'user', user: { name: pos[0], uid: null, group: null, groups: [pos[1]], modifies: true } };
      }
      const group = { name: pos[pos.length - 1], gid: num(option(['-g', '--gid'])) };
      return { kind: 'group', group: cmd.program === 'groupmod' ? { ...group, modifies: true, newName: option(['-n', '--new-name']) ?? undefined } : group };
    }
    case 'userdel':
    case 'deluser':
    case 'groupdel':
    case 'delgroup': {
      const pos = words(new Set(['-R', '--root', '-P', '--prefix', '-Z', '--conf', '--backup-to']));
      // `deluser USER GROUP` only removes a membership.
      if (pos.length !== 1) return null;
      return { kind: 'delete', what: cmd.program.includes('group') ? 'group' : 'user', name: pos[0] };
    }
    default:
      return null;
  }
}
