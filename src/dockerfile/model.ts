// A Dockerfile parsed once with dockerfile-ast, flattened into our own instruction records with
// 1-based ranges. ONBUILD triggers become instructions of their own (marked onbuild) so that every
// rule covers them for free.
import { DockerfileParser, Instruction, type Onbuild, type JSONInstruction, type Dockerfile } from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import { fromLspRange, LineIndex } from '../text.js';
import type { Range } from '../types.js';

export interface DockerWord {
  value: string;
  range: Range;
}

export interface DockerFlag {
  name: string;
  value: string | null;
  range: Range;
}

export interface DockerInstruction {
  /** Upper-case keyword; for an ONBUILD trigger, the trigger's keyword. */
  keyword: string;
  range: Range;
  keywordRange: Range;
  /** Offsets of the instruction in the file. */
  startOffset: number;
  endOffset: number;
  /** Offset where the arguments (after flags) begin, or endOffset. */
  argsOffset: number;
  /** Arguments with continuations joined, as Docker reads them. */
  argsText: string;
  args: DockerWord[];
  flags: DockerFlag[];
  /** JSON (exec) form, with its strings; null for the shell form. */
  exec: DockerWord[] | null;
  onbuild: boolean;
  /** False when no `<` is in the instruction's text, so it holds no heredoc: dockerfile-ast's getHeredocs re-scans the whole instruction. */
  mayHoldHeredoc: boolean;
  node: Instruction;
  /** 0-based index among the file's instructions. */
  index: number;
}

export interface DockerComment {
  line: number;
  text: string;
  range: Range;
}

export interface DockerfileModel {
  file: string;
  text: string;
  lines: LineIndex;
  escapeChar: string;
  instructions: DockerInstruction[];
  comments: DockerComment[];
  ast: Dockerfile;
}

// dockerfile-ast re-scans an instruction's text every time its arguments are asked for, and its own
// parser asks several times per instruction (JSON strings, flags, heredocs): measured, that was two
// thirds of the parse. A parsed document never changes, so the scan is kept per instruction. Callers
// get a fresh array each time because ModifiableInstruction.getArguments shifts flags off its copy.
type RawArgs = { getRawArguments(): unknown[] };
const rawArgsProto = Instruction.prototype as unknown as RawArgs & { __chaimeleonMemo?: boolean };
if (!rawArgsProto.__chaimeleonMemo) {
  const scan = rawArgsProto.getRawArguments;
  // A property of the instruction, not a WeakMap: thousands of short-lived keys made the lookups
  // and the collector's ephemeron work a visible part of the parse.
  const memo = Symbol('rawArguments');
  rawArgsProto.getRawArguments = function (this: RawArgs & { [memo]?: unknown[] }) {
    const args = (this[memo] ??= scan.call(this));
    return args.slice();
  };
  rawArgsProto.__chaimeleonMemo = true;
}

// dockerfile-ast builds every instruction twice: once at the end of its line, only to look for
// heredocs (`<<EOF`) in its arguments, then the one it keeps. An argument starts with `<<` only if
// the instruction's text has a `<`, so for any other instruction the first is skipped: its heredoc
// scan is handed a stand-in whose keyword cannot hold heredocs. That was a third of the parse.
// (Internals of dockerfile-ast 0.7: if they change, the patch stands aside, and the fixtures and the
// benchmark corpus still give the same findings.)
type ParserInternals = {
  buffer: string;
  processArguments(...args: unknown[]): number;
  createInstruction(dockerfile: unknown, instruction: string, start: number, instructionEnd: number, end: number): unknown;
};
const parserProto = Parser.prototype as unknown as ParserInternals & { __chaimeleonHeredocScan?: boolean };
if (!parserProto.__chaimeleonHeredocScan && typeof parserProto.processArguments === 'function' && typeof parserProto.createInstruction === 'function') {
  const processArguments = parserProto.processArguments;
  const createInstruction = parserProto.createInstruction;
  const lookingForHeredocs = Symbol('lookingForHeredocs');
  const noHeredocs = { getKeyword: () => '' };
  parserProto.processArguments = function (this: ParserInternals & { [lookingForHeredocs]?: boolean }, ...args: unknown[]) {
    this[lookingForHeredocs] = true;
    try {
      return processArguments.apply(this, args);
    } finally {
      this[lookingForHeredocs] = false;
    }
  };
  parserProto.createInstruction = function (this: ParserInternals & { [lookingForHeredocs]?: boolean }, dockerfile, instruction, start, instructionEnd, end) {
    if (this[lookingForHeredocs] && typeof this.buffer === 'string') {
      const lt = this.buffer.indexOf('<', start);
      if (lt === -1 || lt >= end) return noHeredocs;
    }
    return createInstruction.call(this, dockerfile, instruction, start, instructionEnd, end);
  };
  parserProto.__chaimeleonHeredocScan = true;
}

const JSON_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME', 'HEALTHCHECK']);

export function parseDockerfile(file: string, text: string): DockerfileModel {
  const ast = DockerfileParser.parse(text);
  const lines = new LineIndex(text);
  const instructions: DockerInstruction[] = [];
  for (const node of ast.getInstructions()) {
    const record = toInstruction(node, lines, false, instructions.length);
    instructions.push(record);
    if (record.keyword === 'ONBUILD') {
      const trigger = (node as Onbuild).getTriggerInstruction?.();
      if (trigger) instructions.push(toInstruction(trigger, lines, true, instructions.length));
    }
  }
  const comments = ast.getComments().map((c) => ({
    line: c.getRange().start.line + 1,
    text: c.getContent() ?? '',
    range: fromLspRange(c.getRange()),
  }));
  return { file, text, lines, escapeChar: ast.getEscapeCharacter(), instructions, comments, ast };
}

function toInstruction(node: Instruction, lines: LineIndex, onbuild: boolean, index: number): DockerInstruction {
  return new LazyInstruction(node, lines, onbuild, index);
}

/**
 * dockerfile-ast recomputes arguments on every call, and that is most of its cost: the parts rules
 * rarely need (arguments, flags, JSON strings) are computed on first use and kept.
 */
class LazyInstruction implements DockerInstruction {
  readonly keyword: string;
  readonly range: Range;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly argsOffset: number;
  private cachedArgs?: DockerWord[];
  private cachedArgsText?: string;
  private cachedFlags?: DockerFlag[];
  private cachedExec?: DockerWord[] | null;
  private cachedKeywordRange?: Range;
  private cachedMayHoldHeredoc?: boolean;

  constructor(
    readonly node: Instruction,
    private readonly lines: LineIndex,
    readonly onbuild: boolean,
    readonly index: number,
  ) {
    const r = node.getRange();
    this.keyword = node.getKeyword().toUpperCase();
    this.range = fromLspRange(r);
    this.startOffset = lines.offsetAt(r.start.line, r.start.character);
    this.endOffset = lines.offsetAt(r.end.line, r.end.character);
    const argsRange = node.getArgumentsRange();
    this.argsOffset = argsRange ? lines.offsetAt(argsRange.start.line, argsRange.start.character) : this.endOffset;
  }

  get mayHoldHeredoc(): boolean {
    if (this.cachedMayHoldHeredoc === undefined) {
      const text = this.lines.text;
      let found = false;
      for (let i = this.startOffset; i < this.endOffset && !found; i++) found = text.charCodeAt(i) === 60; // '<'
      this.cachedMayHoldHeredoc = found;
    }
    return this.cachedMayHoldHeredoc;
  }

  get keywordRange(): Range {
    return (this.cachedKeywordRange ??= fromLspRange(this.node.getInstructionRange()));
  }

  get args(): DockerWord[] {
    return (this.cachedArgs ??= this.node.getArguments().map((a) => ({ value: a.getValue(), range: fromLspRange(a.getRange()) })));
  }

  get argsText(): string {
    return (this.cachedArgsText ??= this.node.getArgumentsContent() ?? '');
  }

  get flags(): DockerFlag[] {
    if (!this.cachedFlags) {
      const withFlags = this.node as unknown as { getFlags?: () => { getName(): string; getValue(): string | null; getRange(): never }[] };
      this.cachedFlags = typeof withFlags.getFlags === 'function' ? withFlags.getFlags().map((f) => ({ name: f.getName(), value: f.getValue(), range: fromLspRange(f.getRange()) })) : [];
    }
    return this.cachedFlags;
  }

  get exec(): DockerWord[] | null {
    if (this.cachedExec === undefined) {
      this.cachedExec = null;
      if (JSON_FORM.has(this.keyword)) {
        const json = this.node as JSONInstruction;
        if (typeof json.getJSONStrings === 'function' && json.getOpeningBracket() && json.getClosingBracket()) {
          this.cachedExec = json.getJSONStrings().map((w) => ({ value: jsonStringValue(this.lines, w), range: fromLspRange(w.getRange()) }));
        }
      }
    }
    return this.cachedExec;
  }
}

/**
 * A JSON string of an exec-form instruction, decoded from the file: dockerfile-ast's getJSONValue
 * drops the spaces and tabs inside the string (`"apt-get install x"` → `apt-getinstallx`).
 */
function jsonStringValue(lines: LineIndex, word: { getRange(): Parameters<typeof fromLspRange>[0]; getJSONValue(): string }): string {
  const r = word.getRange();
  const raw = lines.text.slice(lines.offsetAt(r.start.line, r.start.character), lines.offsetAt(r.end.line, r.end.character));
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'string') return value;
  } catch {
    // A string broken by a line continuation: keep dockerfile-ast's reading.
  }
  return word.getJSONValue();
}

export function flagValue(instr: DockerInstruction, name: string): string | null | undefined {
  const flag = instr.flags.find((f) => f.name.toLowerCase() === name);
  return flag ? flag.value : undefined;
}
