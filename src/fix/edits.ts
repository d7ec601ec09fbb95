// The edits fixes are made of, computed from the facts with exact ranges: rules build their fixes
// here, never by hand. Every builder keeps what is around the edit as written (line continuations,
// heredocs, the escape character, the file's line endings): it inserts or replaces only the words
// it must. Inserted line breaks are `\n`; whoever writes the file turns them into its own line ending.
import type { DockerfileFacts } from '../dockerfile/facts.js';
import type { DockerInstruction } from '../dockerfile/model.js';
import type { ShellCommand, ShellWord } from '../shell/commands.js';
import type { Fix, Range, TextEdit } from '../types.js';

export function fix(title: string, safe: boolean, edits: TextEdit[]): Fix {
  return { title, safe, edits };
}

function point(line: number, column: number): Range {
  return { startLine: line, startColumn: column, endLine: line, endColumn: column };
}

export function insertAt(file: string, line: number, column: number, text: string): TextEdit {
  return { file, range: point(line, column), text };
}

export function replaceRange(file: string, range: Range, text: string): TextEdit {
  return { file, range, text };
}

/** Is the word one of the JSON strings of an exec-form instruction (not a word of a shell string inside it)? */
function isExecWord(instr: DockerInstruction, word: ShellWord): boolean {
  return instr.exec?.some((w) => w.range.startLine === word.range.startLine && w.range.startColumn === word.range.startColumn) ?? false;
}

/**
 * Inserts `words` (plain words: no quote, no variable) right after a word of a shell command:
 * ` --no-cache-dir` in shell form (also inside a heredoc or an `sh -c` string), `, "--no-cache-dir"`
 * between the JSON strings of the exec form.
 */
export function insertAfterWord(facts: DockerfileFacts, instr: DockerInstruction, word: ShellWord, words: string[]): TextEdit {
  const text = isExecWord(instr, word) ? words.map((w) => `, ${JSON.stringify(w)}`).join('') : words.map((w) => ` ${w}`).join('');
  return insertAt(facts.file, word.range.endLine, word.range.endColumn, text);
}

/**
 * Removes one word of a shell command with the blank before it; a word alone on a continued line
 * (`    sudo \`) takes its whole line, and the last word alone on its line takes the continuation before it
 * too. Null when the word is a JSON string (exec form) or not plain.
 */
export function removeWord(facts: DockerfileFacts, instr: DockerInstruction, word: ShellWord): TextEdit[] | null {
  if (isExecWord(instr, word) || word.range.startLine !== word.range.endLine) return null;
  const { lines, escapeChar } = facts.model;
  const lineText = lines.lineText(word.range.startLine - 1);
  const before = lineText.slice(0, word.range.startColumn - 1);
  const after = lineText.slice(word.range.endColumn - 1);
  if (before.trim() === '' && after.trim() === escapeChar) {
    // The whole line: from its start to the start of the next one.
    return [replaceRange(facts.file, { startLine: word.range.startLine, startColumn: 1, endLine: word.range.startLine + 1, endColumn: 1 }, '')];
  }
  if (before.trim() === '' && after.trim() === '') {
    // The last word of the instruction, alone on its line: the continuation before it goes too, or
    // Docker would carry on into the next instruction. Comment lines in between stay (as comments).
    let line = word.range.startLine - 2;
    while (line >= 0 && /^\s*(#.*)?$/.test(lines.lineText(line))) line--;
    const previous = line >= 0 ? lines.lineText(line) : '';
    const continuation = new RegExp(`[ \\t]*${escapeChar.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}[ \\t]*$`).exec(previous);
    if (!continuation || continuation.index === 0) return null;
    const previousLine = { startLine: line + 1, endLine: line + 1, startColumn: continuation.index + 1, endColumn: previous.length + 1 };
    const wordLine = { startLine: word.range.startLine, startColumn: 1, endLine: word.range.startLine + 1, endColumn: 1 };
    return [replaceRange(facts.file, previousLine, ''), replaceRange(facts.file, wordLine, '')];
  }
  const blank = /[ \t]+$/.exec(before);
  if (!blank && !/^[ \t]/.test(after)) return null;
  const start = blank ? word.range.startColumn - blank[0].length : word.range.startColumn;
  const end = blank ? word.range.endColumn : word.range.endColumn + (/^[ \t]+/.exec(after)?.[0].length ?? 0);
  return [replaceRange(facts.file, { startLine: word.range.startLine, startColumn: start, endLine: word.range.startLine, endColumn: end }, '')];
}

/**
 * Ends a RUN with one more command that runs after everything else when it succeeded:
 * ` && CMD` after the last line in shell form (after `;` just ` CMD`), a last line of the script
 * in a `RUN <<EOF` heredoc, ` && CMD` at the end of the script string of `["sh", "-c", "..."]`.
 * Null when the RUN cannot be extended so (exec form without a shell, a command in the background,
 * a heredoc fed to a command, or a RUN that ends with an operator).
 */
export function appendToRun(facts: DockerfileFacts, instr: DockerInstruction, command: string): TextEdit | null {
  const { model } = facts;
  if (instr.keyword !== 'RUN') return null;
  if (instr.exec) {
    const words = instr.exec;
    const c = words.findIndex((w, i) => i > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value));
    if (!/^(ba|da|z|k|a)?sh$/.test(words[0]?.value.replace(/^.*\//, '') ?? '') || c < 0 || c + 1 >= words.length) return null;
    const script = words[c + 1];
    const end = script.value.trimEnd();
    if (end === '' || /(&&|\|\||[|&\\])$/.test(end)) return null;
    // Before the closing quote of the script string.
    const text = `${end.endsWith(';') ? '' : ' &&'} ${command}`;
    return insertAt(facts.file, script.range.endLine, script.range.endColumn - 1, JSON.stringify(text).slice(1, -1));
  }
  const node = instr.node as unknown as { getHeredocs?: () => { getContentRange(): { start: { line: number; character: number }; end: { line: number; character: number } } | null }[] };
  const heredocs = typeof node.getHeredocs === 'function' ? node.getHeredocs() : [];
  const firstLineEnd = model.text.indexOf('\n', instr.argsOffset);
  const firstLine = model.text.slice(instr.argsOffset, firstLineEnd < 0 ? instr.endOffset : firstLineEnd);
  if (heredocs.length > 0) {
    // `RUN <<EOF` alone: the heredoc is the script; a command on the line reads the heredoc as its input.
    if (heredocs.length !== 1 || firstLine.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, '').trim() !== '') return null;
    const r = heredocs[0].getContentRange();
    if (!r) return null;
    const body = model.text.slice(model.lines.offsetAt(r.start.line, r.start.character), model.lines.offsetAt(r.end.line, r.end.character));
    if (/^#!/.test(body) && !/^#!\s*(\S*\/)?(env\s+)?(ba|da|z|k|a)?sh\b/.test(body)) return null;
    // The content ends at the end of its last line: a new line goes after it, before the terminator.
    return insertAt(facts.file, r.end.line + 1, r.end.character + 1, `\n${command}`);
  }
  const args = model.text.slice(instr.argsOffset, instr.endOffset);
  const trimmed = args.replace(/\s+$/, '');
  if (trimmed === '' || /(&&|\|\||[|&(]|\bthen|\bdo|\belse)$/.test(trimmed) || trimmed.endsWith(model.escapeChar)) return null;
  const end = model.lines.range(instr.argsOffset + trimmed.length, instr.argsOffset + trimmed.length);
  return insertAt(facts.file, end.endLine, end.endColumn, `${trimmed.endsWith(';') ? '' : ' &&'} ${command}`);
}

/** Replaces everything after the keyword (and flags) of an instruction. */
export function replaceArguments(facts: DockerfileFacts, instr: DockerInstruction, text: string): TextEdit {
  const args = facts.model.text.slice(instr.argsOffset, instr.endOffset);
  const end = instr.argsOffset + args.replace(/\s+$/, '').length;
  return replaceRange(facts.file, facts.model.lines.range(instr.argsOffset, end), text);
}

/** Adds lines right after an instruction (`ARG VERSION` after `FROM`, a `LABEL`), with the instruction's indentation. */
export function insertLinesAfter(facts: DockerfileFacts, instr: DockerInstruction, lines: string[]): TextEdit {
  const indent = /^[ \t]*/.exec(facts.model.lines.lineText(instr.range.startLine - 1))?.[0] ?? '';
  const args = facts.model.text.slice(instr.argsOffset, instr.endOffset);
  const end = facts.model.lines.range(instr.argsOffset + args.replace(/\s+$/, '').length, instr.argsOffset + args.replace(/\s+$/, '').length);
  const atEnd = instr.argsOffset === instr.endOffset ? instr.range : end;
  return insertAt(facts.file, atEnd.endLine, atEnd.endColumn, lines.map((l) => `\n${indent}${l}`).join(''));
}

/** Renames a label's key where it is written unquoted (`Version=1` → `version=1`); null when it is quoted or not found. */
export function renameLabelKey(facts: DockerfileFacts, label: { key: string; range: Range }, key: string): TextEdit | null {
  const { startLine, startColumn } = label.range;
  const written = facts.model.lines.lineText(startLine - 1).slice(startColumn - 1, startColumn - 1 + label.key.length);
  if (written !== label.key) return null;
  return replaceRange(facts.file, { startLine, startColumn, endLine: startLine, endColumn: startColumn + label.key.length }, key);
}

/** Adds a block of lines at the end of a text file (a README section), after one blank line. */
export function appendBlock(file: string, text: string, block: string): TextEdit {
  const lines = text.split(/\r\n|\r|\n/);
  const last = lines.length;
  const lead = text === '' ? '' : /(\r\n|\r|\n)$/.test(text) ? (/(\r?\n|\r)[ \t]*(\r?\n|\r)$/.test(text) ? '' : '\n') : '\n\n';
  return insertAt(file, last, lines[last - 1].length + 1, `${lead}${block.replace(/\n*$/, '')}\n`);
}

/** Adds lines after the last instruction of a stage (`USER chaimeleon:chaimeleon` at the end of the final stage). */
export function appendToStage(facts: DockerfileFacts, stage: { from: DockerInstruction; instructions: DockerInstruction[] }, lines: string[]): TextEdit {
  const own = stage.instructions.filter((i) => !i.onbuild);
  return insertLinesAfter(facts, own[own.length - 1] ?? stage.from, lines);
}

/** Inserts an instruction flag (`--chown=user:group`) right after the keyword, before the other flags. */
export function insertFlag(facts: DockerfileFacts, instr: DockerInstruction, flag: string): TextEdit {
  return insertAt(facts.file, instr.keywordRange.endLine, instr.keywordRange.endColumn, ` ${flag}`);
}

/** A Dockerfile string in double quotes, as LABEL and ENV read it: `"`, `$` and the escape character escaped. */
export function dockerQuoted(facts: DockerfileFacts, value: string): string {
  const e = facts.model.escapeChar;
  return `"${[...value].map((c) => (c === '"' || c === '$' || c === e ? e + c : c)).join('')}"`;
}

/** Commands' words are only edited when they are what the shell reads (no expansion, no quote). */
export function isPlainWord(word: ShellWord): boolean {
  return word.literal && word.raw === word.value && /^[A-Za-z0-9_./:=,@%+-]+$/.test(word.value);
}

export type { ShellCommand };
