// What the build does to the image's filesystem, and as whom: folders and files each RUN command,
// WORKDIR and COPY/ADD create, write, hand over (chown), open up (chmod 777) or remove, with paths
// made absolute the way the shell would (brace expansion, `~`, `$HOME` of the user running it,
// ARG/ENV and in-RUN variables, `cd`, WORKDIR). Rules ask who owns a path at a given step.
import { braceExpand, commandText, hasFlag } from '../shell/helpers.js';
import { volumePath } from '../profile.js';
import type { ShellCommand, ShellWord } from '../shell/commands.js';
import { expandVariables, type VarValue } from './expand.js';
import { factKind, optionValue, parseUserCommand, resolvePath, type CopyFact, type DockerfileFacts, type Stage, type UserRef } from './facts.js';
import type { DockerInstruction } from './model.js';
import { hasBraceList, type RunShell } from './run-shell.js';

/** A user as the build knows it: its name (or number as written) and its uid when known. */
export interface Principal {
  name: string;
  uid: number | null;
}

/**
 * How a step changes what exists and who owns it:
 * - ensure: creates the path when it does not exist yet (mkdir, WORKDIR, `>`); an existing path keeps its owner;
 * - set: the path gets this owner whatever it was (chown, a copied file, `install -o`);
 * - contents: unknown entries under the path get this owner (a copied or cloned folder's contents);
 * - remove: the path no longer exists; open: the path becomes writable by everyone (chmod 777);
 * - keep: the path is used but its owner and existence do not change (sed -i, chmod +x, chgrp).
 */
export type FsEffectKind = 'ensure' | 'set' | 'contents' | 'remove' | 'open' | 'keep';

/** What the command does to the path, as a user would say it. */
export type FsAction = 'create' | 'write' | 'remove' | 'chown' | 'chmod';

export interface FsEffect {
  kind: FsEffectKind;
  action: FsAction;
  /** Absolute path; may hold glob characters (`/opt/app/*.sh`). */
  path: string;
  /** ensure: missing ancestors are created too (mkdir -p, install -d, WORKDIR, COPY). */
  parents: boolean;
  /** set/remove/open: applies to everything under the path as well (chown -R, rm -r). */
  recursive: boolean;
  /** Owner the path gets (ensure/set/contents); null when it cannot be known. */
  owner: Principal | null;
  /**
   * The path comes from a word with `{a,b}`: `expanded` false when the shell running it does not
   * expand braces (the path holds them literally), true when it was expanded although the shell is unknown.
   */
  braces?: { expanded: boolean; shell: RunShell; word: string };
}

export interface FsEvent extends FsEffect {
  /** Position in build order; compare with stepOrder(). */
  order: number;
  stage: Stage;
  /** The instruction that made the change (the root stage's FROM for what a platform base provides). */
  instr: DockerInstruction;
  cmd: ShellCommand | null;
  /** Who ran the step. */
  by: Principal;
  origin: 'run' | 'workdir' | 'copy' | 'base';
}

export interface RunStep {
  instr: DockerInstruction;
  stage: Stage;
  cmd: ShellCommand;
  /** Who runs the command: the USER in effect, or the target of `su USER -c`. */
  by: Principal;
  order: number;
  effects: FsEffect[];
}

export interface PathState {
  /** null: owned by someone the build cannot name. */
  owner: Principal | null;
  /** The step that last decided the owner. */
  event: FsEvent;
  /** chmod gave everyone write access. */
  open: boolean;
  /** Known only as something a copied folder may hold: a later step that creates the path wins. */
  weak?: boolean;
}

const ROOT: Principal = { name: 'root', uid: 0 };

export function isRoot(p: Principal | null): boolean {
  return !!p && (p.uid === 0 || p.name === 'root');
}

/** True when both are known to be the same user; unknown users are not the same as anyone. */
export function samePrincipal(a: Principal | null, b: Principal | null): boolean {
  if (!a || !b) return false;
  if (a.uid !== null && b.uid !== null) return a.uid === b.uid;
  return a.name === b.name;
}

/** Build order of a step: instructions in file order, commands of a RUN in the order the shell reaches them. */
export function stepOrder(instr: DockerInstruction, cmd: ShellCommand | null = null): number {
  return instr.index * 100_000 + (cmd ? cmd.index + 1 : 0);
}

/** A step as a message names it: `` `mkdir -p ~/datasets` at line 9 `` or `` `COPY` at line 9 ``. */
export function describeEvent(e: FsEvent): string {
  return `\`${e.cmd ? commandText(e.cmd) : e.instr.keyword}\` at line ${(e.cmd?.range ?? e.instr.range).startLine}`;
}

function principalOf(facts: DockerfileFacts, name: string): Principal | null {
  if (!name || /[$`]/.test(name)) return null;
  return { name, uid: facts.resolveUid(name) };
}

function principalOfRef(facts: DockerfileFacts, ref: UserRef): Principal {
  return { name: ref.name, uid: facts.uidOf(ref) };
}

/** The user part of a chown spec (`user:group`, `user.group`, `1000`); null for group-only or unknowable specs. */
function chownOwner(facts: DockerfileFacts, spec: string): Principal | null {
  const user = spec.includes(':') ? spec.split(':')[0] : /^[^.]+\.[^.]+$/.test(spec) ? spec.split('.')[0] : spec;
  return principalOf(facts, user);
}

/** The HOME a user's processes get: Docker reads it from the user's passwd entry, `/` for an unknown uid. */
export function homeFor(facts: DockerfileFacts, p: Principal): string {
  if (isRoot(p)) return '/root';
  return facts.memo(HOMES, `${p.name}:${p.uid}`, () => findHome(facts, p));
}

const HOMES = factKind<string, string>('homes');

function findHome(facts: DockerfileFacts, p: Principal): string {
  const users = facts.created.users.filter((u) => !u.modifies);
  let name = p.name;
  if (/^\d+$/.test(name)) {
    const byUid = users.find((u) => u.uid === p.uid);
    if (byUid) name = byUid.name;
    else return p.uid === facts.profile.user.uid ? facts.profile.user.home : '/';
  }
  if (name === facts.profile.user.name && !users.some((u) => u.name === name)) return facts.profile.user.home;
  return facts.homeOf(name);
}

// ---- paths as the shell sees them ----

interface Scope {
  cwd: string | null;
  /** ARG/ENV in effect and variables the RUN set; shared with the stage's map until the RUN sets one. */
  vars: ReadonlyMap<string, VarValue>;
  /** HOME of the user running the command, unless an ENV sets it. */
  home: string;
  by: Principal;
  /** Words go through a shell (false for the words of an exec-form RUN). */
  shell: boolean;
  /** The shell that reads the words: whether it expands `{a,b}`. */
  runShell: RunShell;
  /** Paths a brace word gave, with its word, while the shell's expansion is not certain (see FsEffect.braces). */
  braceWords?: Map<string, string>;
  /** Variables of `for NAME in a b c` loops in the RUN, with their literal values. */
  loops: Map<string, string[]>;
}

const UNKNOWN: VarValue = { value: '', declaredWithoutValue: true };

const homeOf = (scope: Scope): string => scope.vars.get('HOME')?.value ?? scope.home;

/** The variables a word of the shell sees: ARG/ENV, the RUN's own, and HOME. */
function expansionVars(scope: Scope): ReadonlyMap<string, VarValue> {
  if (scope.vars.has('HOME')) return scope.vars;
  return new Map(scope.vars).set('HOME', { value: scope.home });
}

function setVar(scope: Scope, name: string, value: VarValue): void {
  scope.vars = new Map(scope.vars).set(name, value);
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** `for d in a b; do mkdir ~/$d; done`: one word per value of the loop variables it uses. */
function expandLoops(piece: string, scope: Scope): string[] {
  for (const [name, values] of scope.loops) {
    if (scope.vars.has(name)) continue;
    const ref = new RegExp(`\\$(\\{${name}\\}|${name}(?![A-Za-z0-9_]))`);
    if (ref.test(piece)) return values.flatMap((v) => expandLoops(piece.replace(ref, v), scope));
  }
  return [piece];
}

/** `for NAME in WORDS; do` loops of a shell text, when every word is literal. */
function loopVariables(text: string, braces: boolean | null): Map<string, string[]> {
  const loops = new Map<string, string[]>();
  for (const m of text.matchAll(/\bfor\s+([A-Za-z_]\w*)\s+in\s+([^;\n]*?)\s*(?:;|\n)\s*do\b/g)) {
    const words = m[2].split(/\s+/).filter(Boolean).map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
    if (words.length > 0 && words.every((w) => !/[$`*?[]/.test(w))) loops.set(m[1], braces === false ? words : words.flatMap((w) => braceExpand(w)));
  }
  return loops;
}

/** Absolute paths a word names, or null when a part of it cannot be known. */
function wordPaths(facts: DockerfileFacts, word: ShellWord, scope: Scope): string[] | null {
  if (!word.value) return null;
  // Only bash, zsh and ksh expand `{a,b}`; dash and ash keep the word as written. An unknown shell is assumed to (noted on the effect).
  const braceList = scope.shell && word.raw.includes('{') && hasBraceList(word.raw);
  const braced = braceList && scope.runShell.braces !== false ? braceExpand(word.value) : [word.value];
  const pieces = scope.shell && scope.loops.size > 0 ? braced.flatMap((p) => expandLoops(p, scope)) : braced;
  const result: string[] = [];
  for (let piece of pieces) {
    if (scope.shell && word.raw.startsWith('~')) {
      const m = /^~([^/]*)/.exec(piece);
      if (m) {
        const home = m[1] ? homeFor(facts, { name: m[1], uid: facts.resolveUid(m[1]) }) : homeOf(scope);
        piece = home + piece.slice(m[0].length);
      }
    }
    if (piece.includes('$')) {
      if (!scope.shell) return null;
      const e = expandVariables(piece, expansionVars(scope));
      if (e.undeclared.length > 0 || e.unresolved.length > 0 || e.value.includes('$')) return null;
      piece = e.value;
    }
    if (piece.includes('`') || piece === '') return null;
    if (!piece.startsWith('/') && scope.cwd === null) return null;
    const path = trimSlash(resolvePath(scope.cwd ?? '/', piece));
    if (braceList && scope.runShell.braces !== true) scope.braceWords?.set(path, word.raw);
    result.push(path);
  }
  return result;
}

/** Words that are not options, skipping the values of options that take one (`-m 755`, `-pm 755`). */
function operands(cmd: ShellCommand, valueOptions: string[] = []): ShellWord[] {
  const out: ShellWord[] = [];
  let options = true;
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (options && v === '--') {
      options = false;
      continue;
    }
    if (options && v.startsWith('-') && v.length > 1) {
      if (valueOptions.includes(v) || (/^-[a-zA-Z]{2,}$/.test(v) && valueOptions.includes('-' + v[v.length - 1]))) i++;
      continue;
    }
    out.push(cmd.args[i]);
  }
  return out;
}

/** The word holding an option's value (`-O FILE`, `--output=FILE`, `-OFILE`), quotes and all. */
function optionWord(cmd: ShellCommand, names: string[]): ShellWord | null {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    for (const n of names) {
      if (a.value === n) return args[i + 1] ?? null;
      if (n.startsWith('--') && a.value.startsWith(n + '=')) return { ...a, value: a.value.slice(n.length + 1), raw: a.raw.slice(a.raw.indexOf('=') + 1) };
      if (!n.startsWith('--') && a.value.startsWith(n) && a.value.length > n.length && !a.value.startsWith('--')) return { ...a, value: a.value.slice(n.length), raw: a.raw.slice(n.length) };
    }
  }
  return null;
}

/** A mode that lets everyone write: 777, 0666, 1777, a+w, o+rwx. */
function opensToAll(mode: string): boolean {
  if (/^\d{3,4}$/.test(mode)) return [2, 3, 6, 7].includes(Number(mode[mode.length - 1]));
  return mode.split(',').some((part) => /^[ugoa]*[ao][ugoa]*[+=][rwxXst]*w/.test(part));
}

function effect(kind: FsEffectKind, action: FsAction, path: string, owner: Principal | null, extra: Partial<FsEffect> = {}): FsEffect {
  return { kind, action, path, owner, parents: false, recursive: false, ...extra };
}

const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const dirname = (p: string): string => p.slice(0, p.lastIndexOf('/')) || '/';

/** What a command does to the filesystem. */
function commandEffects(facts: DockerfileFacts, cmd: ShellCommand, scope: Scope): FsEffect[] {
  if (scope.runShell.braces === true) return shellEffects(facts, cmd, scope);
  scope.braceWords = new Map();
  const effects = shellEffects(facts, cmd, scope);
  for (const e of effects) {
    const word = scope.braceWords.get(e.path);
    if (word !== undefined) e.braces = { expanded: scope.runShell.braces === null, shell: scope.runShell, word };
  }
  scope.braceWords = undefined;
  return effects;
}

function shellEffects(facts: DockerfileFacts, cmd: ShellCommand, scope: Scope): FsEffect[] {
  const by = scope.by;
  const paths = (words: ShellWord[]): string[] => words.flatMap((w) => wordPaths(facts, w, scope) ?? []);
  const out: FsEffect[] = [];
  for (const r of cmd.redirects) {
    if (!r.target || !/^(>|>>|&>|&>>|>\|)$/.test(r.op) || /^(&|-|\/dev\/)/.test(r.target.value)) continue;
    for (const p of wordPaths(facts, r.target, scope) ?? []) out.push(effect('ensure', 'write', p, by));
  }
  /** `cp`/`mv`/`install`/`ln` operands: the destination(s) they write. */
  const destinations = (ops: ShellWord[]): string[] => {
    const target = optionWord(cmd, ['-t', '--target-directory']);
    if (target) {
      const dir = wordPaths(facts, target, scope)?.[0];
      return dir ? ops.map((o) => `${dir}/${basename(trimSlash(o.value))}`) : [];
    }
    if (ops.length < 2) return [];
    const dest = paths([ops[ops.length - 1]]);
    const intoDir = ops.length > 2 || ops[ops.length - 1].value.endsWith('/');
    return intoDir ? dest.flatMap((d) => ops.slice(0, -1).map((o) => `${d}/${basename(trimSlash(o.value))}`)) : dest;
  };
  switch (cmd.program) {
    case 'mkdir': {
      const mode = optionValue(cmd, ['-m', '--mode']);
      const parents = hasFlag(cmd, '-p', '--parents');
      for (const p of paths(operands(cmd, ['-m', '--mode', '-Z', '--context']))) {
        out.push(effect('ensure', 'create', p, by, { parents }));
        if (mode && opensToAll(mode)) out.push(effect('open', 'create', p, by));
      }
      break;
    }
    case 'install': {
      const ownerSpec = optionValue(cmd, ['-o', '--owner']);
      const owner = ownerSpec === null ? by : principalOf(facts, ownerSpec);
      const mode = optionValue(cmd, ['-m', '--mode']);
      const valueOptions = ['-o', '--owner', '-g', '--group', '-m', '--mode', '-t', '--target-directory', '-S', '--suffix'];
      const ops = operands(cmd, valueOptions);
      const targets = hasFlag(cmd, '-d', '--directory') ? paths(ops) : destinations(ops);
      const dir = hasFlag(cmd, '-d', '--directory');
      for (const p of targets) {
        if (dir) out.push(effect('ensure', 'create', p, owner, { parents: true }));
        else if (hasFlag(cmd, '-D')) out.push(effect('ensure', 'create', dirname(p), by, { parents: true }));
        if (ownerSpec !== null || !dir) out.push(effect('set', dir ? 'create' : 'write', p, owner));
        if (mode && opensToAll(mode)) out.push(effect('open', 'write', p, by));
      }
      break;
    }
    case 'touch':
      for (const p of paths(operands(cmd, ['-r', '--reference', '-d', '--date', '-t']))) out.push(effect('ensure', 'write', p, by));
      break;
    case 'chown':
    case 'chgrp': {
      const ops = operands(cmd, ['--from']);
      const reference = cmd.args.some((a) => a.value.startsWith('--reference'));
      const spec = reference ? null : ops.shift()?.value;
      const recursive = hasFlag(cmd, '-R', '--recursive');
      const owner = cmd.program === 'chown' && spec && !spec.startsWith(':') ? chownOwner(facts, spec) : undefined;
      for (const p of paths(ops)) out.push(owner === undefined ? effect('keep', 'chown', p, null, { recursive }) : effect('set', 'chown', p, owner, { recursive }));
      break;
    }
    case 'chmod': {
      const ops = operands(cmd);
      const reference = cmd.args.some((a) => a.value.startsWith('--reference'));
      const mode = reference ? '' : (ops.shift()?.value ?? '');
      const recursive = hasFlag(cmd, '-R', '--recursive');
      for (const p of paths(ops)) out.push(effect(opensToAll(mode) ? 'open' : 'keep', 'chmod', p, null, { recursive }));
      break;
    }
    case 'rm':
    case 'rmdir': {
      const recursive = cmd.program === 'rm' && hasFlag(cmd, '-r', '-R', '--recursive');
      for (const p of paths(operands(cmd))) out.push(effect('remove', 'remove', p, null, { recursive }));
      break;
    }
    case 'cp':
    case 'mv':
    case 'ln': {
      const valueOptions = ['-t', '--target-directory', '-S', '--suffix', '--backup'];
      const ops = operands(cmd, valueOptions);
      const tree = cmd.program === 'mv' || hasFlag(cmd, '-r', '-R', '-a', '--recursive', '--archive');
      for (const p of destinations(ops)) {
        out.push(effect('ensure', 'write', p, by));
        if (tree) out.push(effect('contents', 'write', p, by));
      }
      if (cmd.program === 'mv') for (const p of paths(ops.slice(0, -1))) out.push(effect('remove', 'remove', p, null, { recursive: true }));
      break;
    }
    case 'tee':
      for (const p of paths(operands(cmd))) out.push(effect('ensure', 'write', p, by));
      break;
    case 'sed': {
      if (!cmd.args.some((a) => a.value.startsWith('-i') || a.value.startsWith('--in-place') || (/^-[a-zA-Z]+$/.test(a.value) && a.value.includes('i')))) break;
      const ops = operands(cmd, ['-e', '--expression', '-f', '--file', '-l', '--line-length']);
      if (!hasFlag(cmd, '-e', '--expression', '-f', '--file')) ops.shift();
      for (const p of paths(ops)) out.push(effect('keep', 'write', p, by));
      break;
    }
    case 'wget': {
      const file = optionWord(cmd, ['-O', '--output-document']);
      const dir = optionWord(cmd, ['-P', '--directory-prefix']);
      if (file && file.value !== '-') for (const p of paths([file])) out.push(effect('ensure', 'write', p, by));
      if (dir) for (const p of paths([dir])) out.push(effect('ensure', 'write', p, by, { parents: true }));
      break;
    }
    case 'curl': {
      const file = optionWord(cmd, ['-o', '--output']);
      if (file && file.value !== '-') for (const p of paths([file])) out.push(effect('ensure', 'write', p, by, { parents: hasFlag(cmd, '--create-dirs') }));
      break;
    }
    case 'git': {
      const ops = operands(cmd, ['-C', '-c', '-b', '--branch', '--depth', '-o', '--origin', '--reference', '--separate-git-dir', '-j', '--jobs', '--filter', '--config', '-u', '--upload-pack', '--template', '--shallow-since', '--shallow-exclude']);
      if (ops[0]?.value !== 'clone' || ops.length < 2) break;
      const url = ops[1].value;
      const dest = ops[2] ? paths([ops[2]]) : scope.cwd ? [`${trimSlash(scope.cwd)}/${basename(trimSlash(url)).replace(/\.git$/, '')}`] : [];
      for (const p of dest) out.push(effect('ensure', 'write', p, by, { parents: true }), effect('contents', 'write', p, by));
      break;
    }
    case 'tar': {
      const first = cmd.args[0]?.value ?? '';
      const extracts = hasFlag(cmd, '-x', '--extract', '--get') || /^[a-zA-Z]*x[a-zA-Z]*$/.test(first);
      if (!extracts) break;
      const dir = optionWord(cmd, ['-C', '--directory']);
      const target = dir ? paths([dir]) : scope.cwd ? [scope.cwd] : [];
      for (const p of target) out.push(effect('contents', 'write', p, by));
      break;
    }
    case 'unzip': {
      const dir = optionWord(cmd, ['-d']);
      const target = dir ? paths([dir]) : scope.cwd ? [scope.cwd] : [];
      for (const p of target) out.push(effect('ensure', 'write', p, by, { parents: true }), effect('contents', 'write', p, by));
      break;
    }
    case 'useradd':
    case 'adduser': {
      const parsed = parseUserCommand(cmd, (v) => expandVariables(v, expansionVars(scope)).value);
      if (parsed?.kind !== 'user' || parsed.user.modifies) break;
      const busybox = cmd.args.some((a) => a.value === '-D' || a.value === '-S');
      const createsHome =
        cmd.program === 'useradd' ? hasFlag(cmd, '-m', '--create-home') : busybox ? !hasFlag(cmd, '-H') : !cmd.args.some((a) => a.value === '--no-create-home' || a.value === '--system');
      if (!createsHome) break;
      const homeWord = optionWord(cmd, busybox ? ['-h'] : ['-d', '--home-dir', '--home']);
      const homes = homeWord ? paths([homeWord]) : [`/home/${parsed.user.name}`];
      for (const home of homes) out.push(effect('ensure', 'create', home, { name: parsed.user.name, uid: parsed.user.uid }, { parents: true }));
      break;
    }
  }
  return out;
}

/**
 * What a command the container runs (a script of the entrypoint chain) does to the filesystem, as
 * `user`: paths made absolute against its working folder, with `~`/`$HOME` the user's home and the
 * given variables (an unknown one leaves the path out).
 */
export function runtimeEffects(facts: DockerfileFacts, cmd: ShellCommand, where: { cwd: string | null; user: Principal; vars: ReadonlyMap<string, string>; shell?: RunShell }): FsEffect[] {
  const vars = new Map<string, VarValue>();
  for (const [k, v] of where.vars) vars.set(k, { value: v });
  const scope: Scope = { cwd: where.cwd, vars, home: homeFor(facts, where.user), by: where.user, shell: true, runShell: where.shell ?? SCRIPT_SHELL, loops: new Map() };
  return commandEffects(facts, cmd, scope);
}

/** A script's shell when its caller does not say: its paths are read as bash reads them. */
const SCRIPT_SHELL: RunShell = { name: 'bash', braces: true, why: 'a script' };

// ---- RUN steps ----

const STEPS = factKind<DockerInstruction, RunStep[]>('RUN steps');

/** The commands of a RUN with who runs them and what each does to the filesystem. */
export function runSteps(facts: DockerfileFacts, stage: Stage, instr: DockerInstruction): RunStep[] {
  return facts.memo(STEPS, instr, () => findRunSteps(facts, stage, instr));
}

function findRunSteps(facts: DockerfileFacts, stage: Stage, instr: DockerInstruction): RunStep[] {
  const user = stage.userAt.get(instr) ?? stage.finalUser;
  const by = principalOfRef(facts, user);
  const text = facts.model.text.slice(instr.argsOffset, instr.endOffset);
  const runShell = facts.runShell(instr);
  const loops = text.includes('for') ? loopVariables(text, runShell.braces) : new Map<string, string[]>();
  const vars = stage.varsAt.get(instr) ?? new Map<string, VarValue>();
  const top: Scope = { cwd: stage.workdirAt.get(instr) ?? '/', vars, home: homeFor(facts, by), by, shell: !instr.exec, runShell, loops };
  const scopes = new Map<ShellCommand | null, Scope>([[null, top]]);
  const steps: RunStep[] = [];
  for (const cmd of facts.commands(instr)) {
    const scope = scopeOf(facts, instr, cmd, scopes);
    track(facts, cmd, scope);
    steps.push({ instr, stage, cmd, by: scope.by, order: stepOrder(instr, cmd), effects: commandEffects(facts, cmd, scope) });
  }
  return steps;
}

/** Commands of a `sh -c` string start from the state of the command that holds them; `su USER -c` runs them as USER. */
function scopeOf(facts: DockerfileFacts, instr: DockerInstruction, cmd: ShellCommand, scopes: Map<ShellCommand | null, Scope>): Scope {
  const known = scopes.get(cmd.nestedIn);
  if (known) return known;
  const outer = cmd.nestedIn!;
  const parent = scopeOf(facts, instr, outer, scopes);
  const scope: Scope = { ...parent, shell: true, runShell: facts.runShell(instr, cmd) };
  if (outer.program === 'su' || outer.program === 'runuser') {
    const ops = operands(outer, ['-c', '--command', '-s', '--shell', '-g', '--group', '-G', '--supp-group', '-u', '--user', '-w']);
    const name = optionValue(outer, ['-u', '--user']) ?? ops.find((w) => w.value !== '-')?.value ?? 'root';
    scope.by = principalOf(facts, name) ?? { name, uid: null };
    const home = homeFor(facts, scope.by);
    // su sets HOME to the target user's home.
    scope.home = home;
    if (scope.vars.has('HOME')) setVar(scope, 'HOME', { value: home });
    if (outer.args.some((a) => a.value === '-' || a.value === '-l' || a.value === '--login')) scope.cwd = home;
  }
  scopes.set(outer, scope);
  return scope;
}

/** Follows `cd` and variable assignments, which later words of the same shell depend on. */
function track(facts: DockerfileFacts, cmd: ShellCommand, scope: Scope): void {
  if (cmd.name === '' || ['export', 'declare', 'typeset', 'readonly', 'local'].includes(cmd.program)) {
    for (const a of cmd.assignments) {
      const e = expandVariables(a.value, expansionVars(scope));
      const known = e.undeclared.length === 0 && e.unresolved.length === 0 && !/[$`]/.test(e.value);
      setVar(scope, a.name, known ? { value: e.value } : UNKNOWN);
    }
    return;
  }
  if (cmd.program === 'cd' || cmd.program === 'pushd') {
    const target = operands(cmd)[0];
    if (!target) scope.cwd = homeOf(scope);
    else if (target.value === '-') scope.cwd = null;
    else scope.cwd = wordPaths(facts, target, scope)?.[0] ?? null;
  }
}

// ---- the history of a stage ----

const HISTORY = factKind<Stage, FsEvent[]>('filesystem history');

/** A cheap test on a RUN's text before its shell is parsed: could it touch the filesystem? */
const TOUCHES_FILES = /mkdir|install|touch|ch(own|grp|mod)|\brm|\b(cp|mv|ln|cd|pushd)\b|tee|sed|>|wget|curl|git|tar|unzip|user|su\b|runuser/;

/**
 * Every filesystem change the image of a stage goes through, oldest first: what its platform base
 * provides, then its base stages' steps, then its own (ONBUILD triggers do not run here).
 */
export function fsHistory(facts: DockerfileFacts, stage: Stage): FsEvent[] {
  return facts.memo(HISTORY, stage, () => findFsHistory(facts, stage));
}

function findFsHistory(facts: DockerfileFacts, stage: Stage): FsEvent[] {
  const events: FsEvent[] = stage.baseStage ? [...fsHistory(facts, stage.baseStage)] : baseEvents(facts, stage);
  const copies = new Map(stageCopies(facts, stage).map((c) => [c.instr, c]));
  const add = (e: FsEffect, instr: DockerInstruction, cmd: ShellCommand | null, by: Principal, origin: FsEvent['origin']): void => {
    events.push(Object.assign(e, { order: stepOrder(instr, cmd), stage, instr, cmd, by, origin }));
  };
  for (const instr of stage.instructions) {
    if (instr.onbuild) continue;
    if (instr.keyword === 'RUN') {
      if (!TOUCHES_FILES.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
      for (const step of runSteps(facts, stage, instr)) for (const e of step.effects) add(e, instr, step.cmd, step.by, 'run');
    } else if (instr.keyword === 'WORKDIR') {
      const dir = expandVariables(instr.argsText.trim(), stage.varsAt.get(instr) ?? new Map()).value;
      const by = principalOfRef(facts, stage.userAt.get(instr) ?? stage.finalUser);
      if (!dir.includes('$')) add(effect('ensure', 'create', trimSlash(resolvePath(stage.workdirAt.get(instr) ?? '/', dir)), by, { parents: true }), instr, null, by, 'workdir');
    } else {
      const copy = copies.get(instr);
      if (!copy) continue;
      const by = principalOfRef(facts, stage.userAt.get(instr) ?? stage.finalUser);
      for (const e of copyEffects(facts, copy)) add(e, instr, null, by, 'copy');
    }
  }
  return events;
}

/** The COPY/ADD instructions of one stage (facts.copies keeps them per list of stages). */
export function stageCopies(facts: DockerfileFacts, stage: Stage): CopyFact[] {
  return facts.copies([stage]);
}

function baseEvents(facts: DockerfileFacts, stage: Stage): FsEvent[] {
  const provides = stage.platformBase?.provides;
  if (!provides?.user) return [];
  const { profile } = facts;
  const user: Principal = { name: profile.user.name, uid: profile.user.uid };
  const at = { stage, instr: stage.from, cmd: null, by: ROOT, order: -1, origin: 'base' as const };
  const events: FsEvent[] = [{ ...effect('ensure', 'create', profile.user.home, user, { parents: true }), ...at }];
  if (provides.volumeDirs) for (const dir of profile.volumeDirs) events.push({ ...effect('ensure', 'create', volumePath(profile, dir), user), ...at });
  return events;
}

const ARCHIVE = /\.(tar|tgz|tbz2?|txz|tar\.(gz|bz2|xz|zst|lz4))$/i;
const hasGlob = (p: string): boolean => /[*?[]/.test(p);

/** A COPY/ADD source that names one file (by its extension) rather than a folder or a pattern of them. */
function namesFile(source: string, add: boolean): boolean {
  if (source.endsWith('/') || source === '.' || (add && ARCHIVE.test(source) && !/^https?:/.test(source))) return false;
  return /^https?:\/\//.test(source) || /[^/.]\.[A-Za-z0-9]+$/.test(basename(source));
}

function copyEffects(facts: DockerfileFacts, copy: CopyFact): FsEffect[] {
  if (copy.absoluteDestination.includes('$')) return [];
  const owner = copy.chown === null ? ROOT : chownOwner(facts, copy.chown) ?? (copy.chown.startsWith(':') ? ROOT : null);
  const dest = trimSlash(copy.absoluteDestination);
  const add = copy.instr.keyword === 'ADD';
  const sources = copy.sources.map((s) => s.value);
  const fromStage = copy.from === null ? null : facts.stages.find((s) => s.index < copy.stage.index && (s.name?.toLowerCase() === copy.from!.toLowerCase() || String(s.index) === copy.from));
  const out: FsEffect[] = [];
  const single = sources.length === 1 ? sources[0] : null;
  if (!copy.destinationIsDir && (sources.length === 0 || (single !== null && namesFile(single, add)))) {
    // One file (or a heredoc) to a path that does not end in `/`: the destination is that file.
    out.push(effect('ensure', 'write', dirname(dest), owner, { parents: true }), effect('set', 'write', dest, owner));
    return out;
  }
  out.push(effect('ensure', 'write', dest, owner, { parents: true }));
  for (const source of sources) {
    if (namesFile(source, add)) out.push(effect('set', 'write', `${dest}/${basename(trimSlash(source))}`, owner));
    else out.push(effect('contents', 'write', dest, owner));
    // A folder copied from an earlier stage brings the folders that stage created in it.
    if (fromStage && !hasGlob(source) && !namesFile(source, add)) {
      const from = trimSlash(resolvePath('/', source));
      const history = fsHistory(facts, fromStage);
      const seen = new Set<string>();
      for (const e of history) {
        if ((e.kind !== 'ensure' && e.kind !== 'set') || seen.has(e.path) || !isUnder(e.path, from) || hasGlob(e.path)) continue;
        seen.add(e.path);
        if (pathState(history, e.path)) out.push(effect('ensure', 'write', dest + e.path.slice(from.length), owner, { parents: true }));
      }
    }
  }
  return out;
}

// ---- questions about a path ----

/** Is path strictly under base? */
export function isUnder(path: string, base: string): boolean {
  return path !== base && path.startsWith(base === '/' ? '/' : base + '/');
}

function globRegex(glob: string): RegExp {
  // `[abc]` is a character class in a glob; an unbalanced bracket is taken literally.
  const convert = (specials: RegExp) => `^${glob.replace(specials, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`;
  try {
    return new RegExp(convert(/[.+^${}()|\\]/g));
  } catch {
    return new RegExp(convert(/[.+^${}()|\\[\]]/g));
  }
}

function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  if (hasGlob(a) && !hasGlob(b)) return globRegex(a).test(b);
  if (hasGlob(b) && !hasGlob(a)) return globRegex(b).test(a);
  return false;
}

/**
 * Who owns a path after the steps before `before` (all steps by default), or null when the build
 * never made it. `contents`: count entries a copied or cloned folder may have brought (for a file
 * the build is known to have put somewhere, not for a folder someone might create later).
 */
export function pathState(events: FsEvent[], path: string, options: { before?: number; contents?: boolean } = {}): PathState | null {
  const before = options.before ?? Infinity;
  let state = null as PathState | null;
  for (const e of events) {
    if (e.order >= before) break;
    const exact = samePath(e.path, path);
    const below = !exact && isUnder(path, e.path);
    switch (e.kind) {
      case 'ensure':
        // `/` and the folders right under it (/home, /opt) come with every base image: `mkdir -p` never creates them.
        if ((!state || state.weak) && (exact || (e.parents && isUnder(e.path, path) && path.lastIndexOf('/') > 0))) state = { owner: e.owner, event: e, open: false };
        break;
      // A recursive chown or chmod changes what exists below the path; it creates nothing.
      case 'set':
        if (exact || (state && e.recursive && below)) state = { owner: e.owner, event: e, open: state?.open ?? false };
        break;
      case 'contents':
        if (options.contents && below) state = { owner: e.owner, event: e, open: false, weak: true };
        break;
      case 'remove':
        if (exact || (e.recursive && below)) state = null;
        break;
      case 'open':
        if (state && (exact || (e.recursive && below))) state = { ...state, open: true };
        else if (exact) state = { owner: null, event: e, open: true };
        break;
    }
  }
  return state;
}

// ---- the user's home ----

export interface RootOwnedHome {
  /** The final USER, created by this Dockerfile. */
  user: Principal;
  home: string;
  /** The step that made the home as root: a WORKDIR, or a mkdir/COPY of a path below it that created it on the way. */
  madeBy: FsEvent;
  /** The `useradd --create-home` that found the folder there and, as it does, left its owner alone; null when the user is created without a home. */
  creation: FsEvent | null;
}

/**
 * The final user's home when the build leaves it to root: made as root (`WORKDIR /home/USER` before
 * `useradd`, which takes an existing folder as it is) and never handed over. Null when the user
 * comes from a base image (its home is the base's business) or is root.
 */
export function rootOwnedHome(facts: DockerfileFacts, stage: Stage): RootOwnedHome | null {
  const ref = stage.finalUser;
  if (ref.source !== 'instruction' || !ref.name || /[$`]/.test(ref.name)) return null;
  const user = principalOfRef(facts, ref);
  if (isRoot(user)) return null;
  const creator = facts.created.users.find((u) => !u.modifies && (u.name === ref.name || (user.uid !== null && u.uid === user.uid)));
  if (!creator) return null;
  const home = homeFor(facts, { name: creator.name, uid: creator.uid ?? user.uid });
  if (home === '/' || !home.startsWith('/')) return null;
  const events = fsHistory(facts, stage);
  const state = pathState(events, home);
  if (!state || state.open || !isRoot(state.owner) || state.event.origin === 'base') return null;
  const creation = events.find((e) => e.origin === 'run' && e.kind === 'ensure' && e.path === home && !!e.cmd && /^(useradd|adduser)$/.test(e.cmd.program)) ?? null;
  return { user: { name: creator.name, uid: creator.uid ?? user.uid }, home, madeBy: state.event, creation };
}
