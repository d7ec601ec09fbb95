// A Dockerfile parsed once with dockerfile-ast, flattened into our own instruction records with
// 1-based ranges. ONBUILD triggers become instructions of their own (marked onbuild) so that every
// rule covers them for free.
import { DockerfileParser, type Instruction, type Onbuild, type JSONInstruction, type Dockerfile } from 'dockerfile-ast';
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
  const r = node.getRange();
  const keyword = node.getKeyword().toUpperCase();
  const argsRange = node.getArgumentsRange();
  const startOffset = lines.offsetAt(r.start.line, r.start.character);
  const endOffset = lines.offsetAt(r.end.line, r.end.character);
  const flags: DockerFlag[] = [];
  const withFlags = node as unknown as { getFlags?: () => { getName(): string; getValue(): string | null; getRange(): never }[] };
  if (typeof withFlags.getFlags === 'function') {
    for (const f of withFlags.getFlags()) flags.push({ name: f.getName(), value: f.getValue(), range: fromLspRange(f.getRange()) });
  }
  let exec: DockerWord[] | null = null;
  if (JSON_FORM.has(keyword)) {
    const json = node as JSONInstruction;
    if (typeof json.getJSONStrings === 'function' && json.getOpeningBracket() && json.getClosingBracket()) {
      exec = json.getJSONStrings().map((s) => ({ value: s.getJSONValue(), range: fromLspRange(s.getRange()) }));
    }
  }
  return {
    keyword,
    range: fromLspRange(r),
    keywordRange: fromLspRange(node.getInstructionRange()),
    startOffset,
    endOffset,
    argsOffset: argsRange ? lines.offsetAt(argsRange.start.line, argsRange.start.character) : endOffset,
    argsText: node.getArgumentsContent() ?? '',
    args: node.getArguments().map((a) => ({ value: a.getValue(), range: fromLspRange(a.getRange()) })),
    flags,
    exec,
    onbuild,
    node,
    index,
  };
}

export function flagValue(instr: DockerInstruction, name: string): string | null | undefined {
  const flag = instr.flags.find((f) => f.name.toLowerCase() === name);
  return flag ? flag.value : undefined;
}
