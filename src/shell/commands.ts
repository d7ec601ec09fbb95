// Turns shell text (a RUN body, a heredoc, a script) into a flat, ordered list of simple commands
// with their words, env prefixes, redirects and context, each mapped back to an exact place in the
// host file. Rules look at commands, never at tree-sitter nodes.
import type { Node } from 'web-tree-sitter';
import type { LineIndex } from '../text.js';
import type { Range } from '../types.js';
import { collectIncomplete, MAX_TREE_DEPTH, noteIncomplete, type IncompleteNote } from '../limits.js';
import { grammar } from './grammars.js';

export interface ShellWord {
  /** The word after quote removal; expansions are kept as written. */
  value: string;
  /** True when the value holds no expansion (its value is what the shell would see). */
  literal: boolean;
  raw: string;
  range: Range;
}

export interface ShellAssignment {
  name: string;
  value: string;
  range: Range;
}

export interface ShellRedirect {
  op: string;
  target: ShellWord | null;
  /** Text fed to the command by a heredoc or here-string. */
  body?: string;
}

export interface ShellCommand {
  /** The command name as written, after wrappers such as sudo or env are removed. */
  name: string;
  /** The name's last path component: `/usr/bin/pip3` → `pip3`. */
  program: string;
  nameWord: ShellWord;
  args: ShellWord[];
  /** Env prefixes (`A=1 cmd`, `env A=1 cmd`); for `export`/standalone assignments, the assigned variables. */
  assignments: ShellAssignment[];
  /** Wrappers removed in front of the command: sudo, env, exec, nohup, time, command, nice, timeout, xargs. */
  wrappers: string[];
  redirects: ShellRedirect[];
  range: Range;
  /** Position in the order the shell would reach it, within one parsed source. */
  index: number;
  /** The command whose output is piped into this one. */
  pipeFrom: ShellCommand | null;
  /** Commands whose success decides whether this one runs (if conditions, left side of && and ||). */
  guards: ShellCommand[];
  /** The `sh -c` / `bash -c` / `su -c` command whose string holds this command. */
  nestedIn: ShellCommand | null;
  /** The file the range points into. */
  file: string;
}

/** Maps an offset of a derived text to the host file; `isEnd` maps an end offset, which belongs to the piece before it. */
export type ToHost = (offset: number, isEnd?: boolean) => number;

export interface ShellSource {
  text: string;
  /** Maps an offset in text to an offset in the host file. */
  toHost: ToHost;
  host: LineIndex;
  file: string;
}

/** Maps pieces of a derived text back to the host file: sorted [derivedStart, hostStart] pairs. */
export class SegmentMap {
  private readonly derived: number[] = [];
  private readonly host: number[] = [];

  add(derivedStart: number, hostStart: number): void {
    this.derived.push(derivedStart);
    this.host.push(hostStart);
  }

  readonly toHost: ToHost = (offset, isEnd = false) => {
    const d = this.derived;
    let lo = 0;
    let hi = d.length - 1;
    if (hi < 0) return offset;
    // An end offset at a piece boundary closes the piece before (not column 1 of the next line).
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (isEnd ? d[mid] < offset : d[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.host[lo] + (offset - d[lo]);
  };
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);
/**
 * Node types of the bash grammar that never have named children (its node-types.json): asking a
 * node for its children is a call into WASM and an array, so the walkers do not ask these.
 */
const LEAVES = new Set(['word', 'raw_string', 'ansi_c_string', 'comment', 'extglob_pattern', 'file_descriptor', 'heredoc_content', 'heredoc_end', 'heredoc_start', 'regex', 'special_variable_name', 'string_content', 'test_operator', 'variable_name']);
const EXPANSIONS = new Set(['simple_expansion', 'expansion', 'command_substitution', 'process_substitution', 'arithmetic_expansion']);

/** Parses a shell source and returns its simple commands in order. */
/** Words of one `[ ... ]` test kept: a test longer than this is not about one file. */
const MAX_TEST_WORDS = 64;

export function shellCommands(source: ShellSource): ShellCommand[] {
  if (source.text.length > MAX_REMEMBERED_TEXT) return walkSource(source);
  let canonical = walkedTexts.get(source.text);
  if (canonical === undefined) {
    // Walked once against the text itself, ranges kept as offsets; a walk that stopped at a limit is
    // not kept, so that its note names the real file and place (it is walked again below).
    const notes: IncompleteNote[] = [];
    const commands = collectIncomplete(notes, () => walkSource({ text: source.text, toHost: (offset) => offset, host: OFFSETS, file: '' }));
    canonical = notes.length > 0 ? null : commands;
    if (walkedTexts.size >= MAX_REMEMBERED_TEXTS) walkedTexts.clear();
    walkedTexts.set(source.text, canonical);
  }
  return canonical === null ? walkSource(source) : placeCommands(canonical, source);
}

function walkSource(source: ShellSource): ShellCommand[] {
  const out: ShellCommand[] = [];
  new Walker(source, out, null, [], 0).parseAndWalk();
  return out;
}

/**
 * Shell texts already parsed and walked in this process, by text: the same RUN line in many
 * Dockerfiles of a run, or in a file linted again at each edit, costs a copy, not a tree-sitter parse
 * and walk (2,000 generated Dockerfiles hold 16,513 RUNs, 3,279 of them different). Bounded in count
 * and size; null for a text whose walk stopped at a limit.
 */
const walkedTexts = new Map<string, ShellCommand[] | null>();
const MAX_REMEMBERED_TEXTS = 4096;
const MAX_REMEMBERED_TEXT = 16 * 1024;

/** A host that keeps offsets: a range's start and end offsets stand in its columns until the commands are placed. */
const OFFSETS = { range: (start: number, end: number): Range => ({ startLine: 0, startColumn: start, endLine: 0, endColumn: end }) } as LineIndex;

/** Copies of commands walked against their text alone, placed in a source: ranges mapped as the walker maps them, links kept. */
function placeCommands(commands: readonly ShellCommand[], source: ShellSource): ShellCommand[] {
  const range = (r: Range): Range => source.host.range(source.toHost(r.startColumn), source.toHost(r.endColumn, r.endColumn > r.startColumn));
  const word = (w: ShellWord): ShellWord => ({ value: w.value, literal: w.literal, raw: w.raw, range: range(w.range) });
  const copies = new Map<ShellCommand, ShellCommand>();
  const copy = (c: ShellCommand): ShellCommand => {
    let placed = copies.get(c);
    if (placed) return placed;
    placed = {
      name: c.name,
      program: c.program,
      nameWord: word(c.nameWord),
      args: c.args.map(word),
      assignments: c.assignments.map((a) => ({ name: a.name, value: a.value, range: range(a.range) })),
      wrappers: [...c.wrappers],
      redirects: c.redirects.map((r) => ({ ...r, target: r.target ? word(r.target) : null })),
      range: range(c.range),
      index: c.index,
      pipeFrom: null,
      guards: [],
      nestedIn: null,
      file: source.file,
    };
    copies.set(c, placed);
    placed.pipeFrom = c.pipeFrom && copy(c.pipeFrom);
    placed.guards = c.guards.map(copy);
    placed.nestedIn = c.nestedIn && copy(c.nestedIn);
    return placed;
  };
  return commands.map(copy);
}

/**
 * A command keeps at most this many guards: the first and the last half. A chain of 100,000
 * `&&` commands would otherwise give each command all those before it (quadratic memory); a
 * real guard is a condition at the start or a test just before.
 */
const MAX_GUARDS = 64;

/** `outer` then `emitted`, bounded to MAX_GUARDS without building the whole list. */
function guardsOf(outer: ShellCommand[], emitted: ShellCommand[]): ShellCommand[] {
  const total = outer.length + emitted.length;
  const at = (i: number) => (i < outer.length ? outer[i] : emitted[i - outer.length]);
  if (total <= MAX_GUARDS) return [...outer, ...emitted];
  const half = MAX_GUARDS / 2;
  const result: ShellCommand[] = [];
  for (let i = 0; i < half; i++) result.push(at(i));
  for (let i = total - half; i < total; i++) result.push(at(i));
  return result;
}

/** Appends without spreading into arguments (a spread of 100,000 items overflows the stack). */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

class Walker {
  /** How deep the walk is in the tree (and in the `sh -c` strings that hold this source). */
  private depth: number;
  private tooDeepNoted = false;

  constructor(
    private readonly src: ShellSource,
    private readonly out: ShellCommand[],
    private readonly nestedIn: ShellCommand | null,
    private readonly outerGuards: ShellCommand[],
    depth: number,
  ) {
    this.depth = depth;
  }

  parseAndWalk(): void {
    const tree = grammar('bash').parse(this.src.text);
    if (!tree) return;
    try {
      this.walk(tree.rootNode, this.outerGuards);
    } finally {
      tree.delete();
    }
  }

  private range(start: number, end: number): Range {
    return this.src.host.range(this.src.toHost(start), this.src.toHost(end, end > start));
  }

  /**
   * `type` when the caller has read it: every property of a node is a call into WASM. The text is
   * cut from the source (what node.text does, less a copy of the source's rest per word).
   */
  private wordOf(node: Node, type = node.type): ShellWord {
    const start = node.startIndex;
    const end = node.endIndex;
    const raw = this.src.text.slice(start, end);
    const { value, literal } = wordValue(node, raw, type);
    return { value, literal, raw, range: this.range(start, end) };
  }

  /** Walks a node; returns the commands it emitted. Deeper than MAX_TREE_DEPTH, says so and stops. */
  private walk(node: Node, guards: ShellCommand[]): ShellCommand[] {
    if (this.depth >= MAX_TREE_DEPTH) {
      this.noteTooDeep(node);
      return [];
    }
    this.depth++;
    try {
      return this.walkNode(node, guards);
    } finally {
      this.depth--;
    }
  }

  private noteTooDeep(node: Node): void {
    if (this.tooDeepNoted) return;
    this.tooDeepNoted = true;
    noteIncomplete({
      file: this.src.file,
      range: this.range(node.startIndex, node.startIndex),
      message: `The shell code here nests more than ${MAX_TREE_DEPTH} levels deep; chaimeleon-lint did not look inside, so the commands there were not checked.`,
    });
  }

  private walkNode(node: Node, guards: ShellCommand[]): ShellCommand[] {
    const type = node.type;
    switch (type) {
      case 'command':
        return this.command(node, guards, []);
      case 'redirected_statement':
        return this.redirected(node, guards);
      case 'pipeline':
        return this.pipeline(node, guards);
      case 'list':
        return this.list(node, guards);
      case 'if_statement':
      case 'while_statement':
        return this.conditional(node, guards);
      case 'test_command':
        return this.testCommand(node, guards);
      case 'declaration_command':
        return [this.declaration(node, guards)];
      case 'variable_assignment':
        if (node.parent && (node.parent.type === 'program' || node.parent.type === 'compound_statement' || node.parent.type === 'list')) {
          return [this.assignmentOnly(node, guards)];
        }
        return this.children(node, guards);
      case 'variable_assignments':
        return [this.assignmentOnly(node, guards)];
      case 'comment':
      case 'heredoc_body':
        return [];
      default:
        return LEAVES.has(type) ? [] : this.children(node, guards);
    }
  }

  private children(node: Node, guards: ShellCommand[]): ShellCommand[] {
    const emitted: ShellCommand[] = [];
    for (const child of node.namedChildren) {
      if (child) append(emitted, this.walk(child, guards));
    }
    return emitted;
  }

  private redirected(node: Node, guards: ShellCommand[]): ShellCommand[] {
    const redirects: ShellRedirect[] = [];
    for (const r of node.childrenForFieldName('redirect')) if (r) append(redirects, this.redirectOf(r));
    const body = node.childForFieldName('body');
    if (!body) return [];
    if (body.type === 'command') return this.command(body, guards, redirects);
    const emitted = this.walk(body, guards);
    // Redirects after a pipeline or group apply to its last command's output.
    const last = emitted[emitted.length - 1];
    if (last) append(last.redirects, redirects);
    return emitted;
  }

  private redirectOf(node: Node, type = node.type): ShellRedirect[] {
    if (type === 'file_redirect') {
      const dest = node.childForFieldName('destination');
      const op = node.children.find((c) => c && !c.isNamed)?.text ?? '>';
      return [{ op, target: dest ? this.wordOf(dest) : null }];
    }
    if (type === 'heredoc_redirect') {
      const body = node.namedChildren.find((c) => c?.type === 'heredoc_body');
      const result: ShellRedirect[] = [{ op: '<<', target: null, body: body?.text ?? '' }];
      for (const c of node.namedChildren) if (c?.type === 'file_redirect') append(result, this.redirectOf(c));
      return result;
    }
    if (type === 'herestring_redirect') {
      const word = node.namedChildren.find((c) => c);
      return [{ op: '<<<', target: null, body: word ? wordValue(word).value : '' }];
    }
    return [];
  }

  private pipeline(node: Node, guards: ShellCommand[]): ShellCommand[] {
    const emitted: ShellCommand[] = [];
    let previous: ShellCommand | null = null;
    for (const child of node.namedChildren) {
      if (!child) continue;
      const part = this.walk(child, guards);
      const head = part.find((c) => c.nestedIn === this.nestedIn);
      if (head && previous) head.pipeFrom = previous;
      // A simple command is emitted before its `$(...)` commands: they do not write into the pipe.
      const simple = child.type === 'command' || (child.type === 'redirected_statement' && child.childForFieldName('body')?.type === 'command');
      previous = (simple ? head : part[part.length - 1]) ?? previous;
      append(emitted, part);
    }
    return emitted;
  }

  /**
   * `a && b || c`: what runs on the right is guarded by every command on the left. tree-sitter nests
   * a chain to the left (`((a && b) || c)`), one level per operator: the left spine is followed in a
   * loop, so that a chain of 100,000 commands costs no stack.
   */
  private list(node: Node, guards: ShellCommand[]): ShellCommand[] {
    const levels: Node[][] = [];
    let head: Node = node;
    for (;;) {
      const named = head.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
      if (head.type !== 'list' || named.length < 2) break;
      levels.push(named.slice(1));
      head = named[0];
    }
    const emitted = head === node ? this.children(node, guards) : this.walk(head, guards);
    for (let i = levels.length - 1; i >= 0; i--) {
      const guarded = guardsOf(guards, emitted);
      const right: ShellCommand[] = [];
      for (const rest of levels[i]) append(right, this.walk(rest, guarded));
      append(emitted, right);
    }
    return emitted;
  }

  private conditional(node: Node, guards: ShellCommand[]): ShellCommand[] {
    const conditions = new Set(node.childrenForFieldName('condition').filter((c): c is Node => !!c).map((c) => c.id));
    const emitted: ShellCommand[] = [];
    const conditionCommands: ShellCommand[] = [];
    for (const child of node.namedChildren) {
      if (child && conditions.has(child.id)) append(conditionCommands, this.walk(child, guards));
    }
    append(emitted, conditionCommands);
    const guarded = guardsOf(guards, conditionCommands);
    for (const child of node.namedChildren) {
      if (child && !conditions.has(child.id)) append(emitted, this.walk(child, guarded));
    }
    return emitted;
  }

  /**
   * `[ ! -f X ]`, `[[ -d X ]]`: a command named `[` or `[[` whose arguments are the test's words, so
   * that what it guards can ask what was tested. Commands inside it (`[ "$(id -u)" = 0 ]`) come first.
   */
  private testCommand(node: Node, guards: ShellCommand[]): ShellCommand[] {
    const emitted = this.children(node, guards);
    const open = node.child(0);
    if (!open || open.isNamed) return emitted;
    const words: ShellWord[] = [];
    const stack: Node[] = [node];
    while (stack.length > 0 && words.length < MAX_TEST_WORDS) {
      const n = stack.pop()!;
      // Nodes are new wrappers on every access: compare positions, not objects. The closing `]` stays, as `test` has none.
      if (n.startIndex !== node.startIndex || n.endIndex !== node.endIndex) {
        if (n.childCount === 0 || n.type === 'string' || n.type === 'raw_string' || n.type === 'word' || n.type === 'test_operator') {
          if (n.startIndex !== open.startIndex || n.endIndex !== open.endIndex) words.push(this.wordOf(n));
          continue;
        }
      }
      for (let i = n.childCount - 1; i >= 0; i--) {
        const c = n.child(i);
        if (c) stack.push(c);
      }
    }
    const cmd = this.newCommand(node, this.wordOf(open), guards);
    cmd.args = words;
    this.out.push(cmd);
    emitted.push(cmd);
    return emitted;
  }

  private newCommand(node: Node, nameWord: ShellWord, guards: ShellCommand[]): ShellCommand {
    return {
      name: nameWord.value,
      program: basename(nameWord.value),
      nameWord,
      args: [],
      assignments: [],
      wrappers: [],
      redirects: [],
      range: this.range(node.startIndex, node.endIndex),
      index: this.out.length,
      pipeFrom: null,
      guards,
      nestedIn: this.nestedIn,
      file: this.src.file,
    };
  }

  private assignmentOf(node: Node): ShellAssignment {
    const name = node.childForFieldName('name')?.text ?? '';
    const valueNode = node.childForFieldName('value');
    return { name, value: valueNode ? wordValue(valueNode).value : '', range: this.range(node.startIndex, node.endIndex) };
  }

  private declaration(node: Node, guards: ShellCommand[]): ShellCommand {
    const keyword = node.children[0]?.text ?? 'export';
    const nameWord: ShellWord = { value: keyword, literal: true, raw: keyword, range: this.range(node.startIndex, node.startIndex + keyword.length) };
    const cmd = this.newCommand(node, nameWord, guards);
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'variable_assignment') cmd.assignments.push(this.assignmentOf(child));
      else cmd.args.push(this.wordOf(child));
    }
    this.out.push(cmd);
    return cmd;
  }

  private assignmentOnly(node: Node, guards: ShellCommand[]): ShellCommand {
    const nameWord: ShellWord = { value: '', literal: true, raw: '', range: this.range(node.startIndex, node.startIndex) };
    const cmd = this.newCommand(node, nameWord, guards);
    const parts = node.type === 'variable_assignments' ? node.namedChildren : [node];
    for (const child of parts) if (child?.type === 'variable_assignment') cmd.assignments.push(this.assignmentOf(child));
    this.out.push(cmd);
    return cmd;
  }

  private command(node: Node, guards: ShellCommand[], outerRedirects: ShellRedirect[]): ShellCommand[] {
    const assignments: ShellAssignment[] = [];
    const redirects: ShellRedirect[] = [];
    const words: ShellWord[] = [];
    const nested: Node[] = [];
    let nameNode: Node | null = null;
    const wordNodes: Node[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      // Every property of a node is a call into WASM: read the type once.
      const type = child.type;
      if (type === 'variable_assignment') {
        assignments.push(this.assignmentOf(child));
        continue;
      }
      if (type.endsWith('_redirect')) append(redirects, this.redirectOf(child, type));
      else if (type === 'command_name') {
        nameNode = child;
        const name = child.namedChildren[0] ?? child;
        words.push(this.wordOf(name));
        wordNodes.push(name);
      } else if (type !== 'comment') {
        words.push(this.wordOf(child, type));
        wordNodes.push(child);
      }
      collectSubstitutions(child, nested, type);
    }
    if (!nameNode || words.length === 0) {
      return this.substitutions(nested, guards);
    }
    // Remove wrappers so that `sudo -E pip install x` is seen as pip.
    const wrappers: string[] = [];
    let start = 0;
    for (;;) {
      const step = unwrap(words, start, assignments);
      if (step < 0) break;
      wrappers.push(basename(words[start].value));
      start = step;
    }
    if (start >= words.length) start = 0;
    const cmd = this.newCommand(node, words[start], guards);
    cmd.args = words.slice(start + 1);
    cmd.assignments = assignments;
    cmd.wrappers = wrappers;
    cmd.redirects = [...redirects, ...outerRedirects];
    this.out.push(cmd);
    const emitted = [cmd];
    append(emitted, this.substitutions(nested, guards));
    append(emitted, this.reparseStrings(cmd, wordNodes.slice(start + 1), guards));
    return emitted;
  }

  private substitutions(nodes: Node[], guards: ShellCommand[]): ShellCommand[] {
    const emitted: ShellCommand[] = [];
    for (const n of nodes) {
      if (this.depth >= MAX_TREE_DEPTH) {
        this.noteTooDeep(n);
        break;
      }
      this.depth++;
      try {
        append(emitted, this.children(n, guards));
      } finally {
        this.depth--;
      }
    }
    return emitted;
  }

  /** `sh -c '...'`, `bash -lc "..."`, `su -c '...' user`: the string is a script of its own. */
  private reparseStrings(cmd: ShellCommand, argNodes: Node[], guards: ShellCommand[]): ShellCommand[] {
    if (!SHELLS.has(cmd.program) && cmd.program !== 'su' && cmd.program !== 'runuser') return [];
    const i = cmd.args.findIndex((a) => a.literal && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value));
    if (i < 0) return [];
    let j = i + 1;
    // `su -c CMD user` vs `su user -c CMD`: the string always follows -c.
    const scriptNode = argNodes[j];
    if (!scriptNode) return [];
    const contentStart = scriptNode.type === 'raw_string' || scriptNode.type === 'string' ? scriptNode.startIndex + 1 : scriptNode.type === 'ansi_c_string' ? scriptNode.startIndex + 2 : scriptNode.startIndex;
    const text = wordValue(scriptNode).value;
    const outer = this.src;
    const inner: ShellSource = { text, toHost: (o, isEnd) => outer.toHost(contentStart + o, isEnd), host: outer.host, file: outer.file };
    const before = this.out.length;
    // A string inside a string: one more level, counted with the walk that holds it.
    if (this.depth >= MAX_TREE_DEPTH) {
      this.noteTooDeep(scriptNode);
      return [];
    }
    new Walker(inner, this.out, cmd, guards, this.depth + 1).parseAndWalk();
    j++;
    return this.out.slice(before);
  }
}

/** The outermost `$(...)` and `<(...)` in a word, in order; a loop, not a recursion (`${a:-${b:-…}}` may nest thousands deep). */
function collectSubstitutions(node: Node, into: Node[], type = node.type): void {
  const stack: { node: Node; type: string }[] = [{ node, type }];
  while (stack.length > 0) {
    const { node: n, type: t } = stack.pop()!;
    if (t === 'command_substitution' || t === 'process_substitution') {
      into.push(n);
      continue;
    }
    if (LEAVES.has(t)) continue;
    const children = n.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c) stack.push({ node: c, type: c.type });
    }
  }
}

/**
 * Tools whose `run` starts a command in an environment they manage (`conda run -n env CMD`), with
 * the options that take a value. The command is what runs: its installs and downloads are the
 * command's own.
 */
export const ENVIRONMENT_RUNNERS: Readonly<Record<string, ReadonlySet<string>>> = {
  conda: new Set(['-n', '--name', '-p', '--prefix', '--cwd']),
  mamba: new Set(['-n', '--name', '-p', '--prefix', '--cwd']),
  micromamba: new Set(['-n', '--name', '-p', '--prefix', '--cwd', '-r', '--root-prefix', '-a', '--attach']),
  uv: new Set(['--with', '-w', '--python', '-p', '--project', '--directory', '--env-file', '--group', '--extra', '--package', '--index', '--default-index']),
  poetry: new Set(['-C', '--directory', '-P', '--project']),
  pipenv: new Set(),
  pdm: new Set(['-p', '--project']),
  hatch: new Set(['-e', '--env']),
};

/**
 * If words[start] is a wrapper, returns the index of the wrapped command's name; else -1.
 * Options of the wrapper are skipped; `env`'s assignments are added to assignments.
 */
function unwrap(words: ShellWord[], start: number, assignments: ShellAssignment[]): number {
  const w = basename(words[start]?.value ?? '');
  let i = start + 1;
  const skipOptions = (withValue: ReadonlySet<string>) => {
    while (i < words.length && words[i].value.startsWith('-') && words[i].value !== '-') {
      const opt = words[i].value;
      i++;
      if (opt === '--') break;
      if (withValue.has(opt)) i++;
    }
  };
  const takeAssignments = () => {
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].value)) {
      const [name, ...rest] = words[i].value.split('=');
      assignments.push({ name, value: rest.join('='), range: words[i].range });
      i++;
    }
  };
  switch (w) {
    case 'sudo':
      skipOptions(new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T']));
      // `sudo VAR=x cmd` sets VAR for cmd, as env does.
      takeAssignments();
      return i < words.length ? i : -1;
    case 'env':
      skipOptions(new Set(['-u', '-C', '-S']));
      takeAssignments();
      return i < words.length ? i : -1;
    case 'exec':
    case 'nohup':
    case 'time':
    case 'command':
    case 'builtin':
      skipOptions(new Set(['-a']));
      return i < words.length ? i : -1;
    case 'nice':
      skipOptions(new Set(['-n']));
      return i < words.length ? i : -1;
    case 'stdbuf':
    case 'ionice':
    case 'xargs':
      skipOptions(new Set(['-n', '-P', '-I', '-L', '-d', '-s', '-E', '-a', '-c']));
      return i < words.length ? i : -1;
    case 'timeout':
      skipOptions(new Set(['-s', '-k', '--signal', '--kill-after']));
      return i + 1 < words.length ? i + 1 : -1;
    default: {
      // `micromamba run -n env pip install x` is a pip install, in that environment.
      const runner = Object.hasOwn(ENVIRONMENT_RUNNERS, w) ? ENVIRONMENT_RUNNERS[w] : undefined;
      if (!runner || words[i]?.value !== 'run') return -1;
      i++;
      skipOptions(runner);
      return i < words.length ? i : -1;
    }
  }
}

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(slash + 1) : path;
}

function unescapeWord(raw: string): string {
  return raw.includes('\\') ? raw.replace(/\\(.)/gs, '$1') : raw;
}

function unescapeDouble(raw: string): string {
  return raw.includes('\\') ? raw.replace(/\\([\\"$`\n])/g, (_m, c: string) => (c === '\n' ? '' : c)) : raw;
}

/** The value a word has after quote removal, and whether it holds an expansion. */
export function wordValue(node: Node, text = node.text, type = node.type): { value: string; literal: boolean } {
  switch (type) {
    case 'word':
    case 'command_name':
      return { value: unescapeWord(text), literal: !text.includes('$') };
    case 'number':
      return { value: text, literal: true };
    case 'raw_string':
      return { value: text.slice(1, -1), literal: true };
    case 'ansi_c_string':
      return { value: text.slice(2, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(.)/g, '$1'), literal: true };
    case 'string': {
      const hasExpansion = node.namedChildren.some((c) => c && EXPANSIONS.has(c.type));
      return { value: unescapeDouble(text.slice(1, -1)), literal: !hasExpansion };
    }
    case 'concatenation': {
      let value = '';
      let literal = true;
      let pos = node.startIndex;
      for (const child of node.children) {
        if (!child) continue;
        // Keep anything between children as written (tree-sitter may leave punctuation unnamed).
        if (child.startIndex > pos) value += text.slice(pos - node.startIndex, child.startIndex - node.startIndex);
        const part = child.isNamed ? wordValue(child) : { value: child.text, literal: true };
        value += part.value;
        literal &&= part.literal;
        pos = child.endIndex;
      }
      return { value, literal };
    }
    default:
      return { value: text, literal: !EXPANSIONS.has(type) && !text.includes('$') };
  }
}
