// The shell text Docker would hand to /bin/sh for a shell-form instruction, with every character
// mapped back to the Dockerfile: continuations are joined and comment lines inside them dropped,
// as Docker does; heredoc bodies become scripts of their own.
import type { Heredoc } from 'dockerfile-ast';
import { SegmentMap, shellCommands, type ShellCommand, type ShellSource, type ShellWord } from '../shell/commands.js';
import type { DockerfileModel, DockerInstruction } from './model.js';

const SHELL_INTERPRETERS = /^#!\s*(\S*\/)?(env\s+)?(ba|da|z|k|a)?sh\b/;

/** Shell sources of a RUN/CMD/ENTRYPOINT in shell form (one per script a heredoc holds). */
export function shellSources(model: DockerfileModel, instr: DockerInstruction): ShellSource[] {
  const heredocs = instr.keyword === 'RUN' && instr.mayHoldHeredoc ? heredocsOf(instr) : [];
  if (heredocs.length > 0) return heredocSources(model, instr, heredocs);
  return [joinedSource(model, instr.argsOffset, instr.endOffset)];
}

function heredocsOf(instr: DockerInstruction): Heredoc[] {
  const node = instr.node as unknown as { getHeredocs?: () => Heredoc[] };
  try {
    return typeof node.getHeredocs === 'function' ? node.getHeredocs() : [];
  } catch {
    return [];
  }
}

function heredocSources(model: DockerfileModel, instr: DockerInstruction, heredocs: Heredoc[]): ShellSource[] {
  const { text, lines } = model;
  const firstLineEnd = text.indexOf('\n', instr.argsOffset);
  const firstLine = text.slice(instr.argsOffset, firstLineEnd < 0 ? instr.endOffset : firstLineEnd);
  const command = firstLine.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, '').trim();
  if (command.length > 0) {
    // `RUN cat <<EOF > /etc/x` is ordinary shell: bash reads the heredocs itself.
    const identity = new SegmentMap();
    identity.add(0, instr.argsOffset);
    return [{ text: text.slice(instr.argsOffset, instr.endOffset), toHost: identity.toHost, host: lines, file: model.file }];
  }
  const sources: ShellSource[] = [];
  for (const h of heredocs) {
    const r = h.getContentRange();
    if (!r) continue;
    const start = lines.offsetAt(r.start.line, r.start.character);
    const end = lines.offsetAt(r.end.line, r.end.character);
    const body = text.slice(start, end);
    if (body.startsWith('#!') && !SHELL_INTERPRETERS.test(body)) continue;
    const map = new SegmentMap();
    map.add(0, start);
    sources.push({ text: body, toHost: map.toHost, host: lines, file: model.file });
  }
  return sources;
}

/** Joins continuation lines between two offsets the way Docker does. */
export function joinedSource(model: DockerfileModel, start: number, end: number): ShellSource {
  const { text, escapeChar } = model;
  const map = new SegmentMap();
  let out = '';
  let pos = start;
  let continued = false;
  while (pos < end) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(pos, lineEnd);
    if (continued && (line.trim() === '' || line.trimStart().startsWith('#'))) {
      pos = lineEnd + 1;
      continue;
    }
    const trimmed = line.replace(/[ \t]+$/, '');
    continued = trimmed.endsWith(escapeChar) && !trimmed.endsWith(escapeChar + escapeChar);
    const keep = continued ? trimmed.slice(0, -1) : line;
    map.add(out.length, pos);
    out += keep;
    if (!continued) {
      if (lineEnd < end) out += '\n';
      map.add(out.length, lineEnd + 1);
    }
    pos = lineEnd + 1;
  }
  return { text: out, toHost: map.toHost, host: model.lines, file: model.file };
}

/** Commands of an instruction in exec form: the JSON strings are the words, no shell involved. */
export function execCommands(model: DockerfileModel, instr: DockerInstruction): ShellCommand[] {
  const words: ShellWord[] = (instr.exec ?? []).map((w) => ({ value: w.value, literal: true, raw: w.value, range: w.range }));
  if (words.length === 0) return [];
  const [nameWord, ...args] = words;
  const program = nameWord.value.slice(nameWord.value.lastIndexOf('/') + 1);
  const cmd: ShellCommand = {
    name: nameWord.value,
    program,
    nameWord,
    args,
    assignments: [],
    wrappers: [],
    redirects: [],
    range: instr.range,
    index: 0,
    pipeFrom: null,
    guards: [],
    nestedIn: null,
    file: model.file,
  };
  const result = [cmd];
  // ["sh", "-c", "pip install x"]: the string is shell; parse it where it stands in the file.
  const c = args.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value));
  if (/^(ba|da|z|k|a)?sh$/.test(program) && c >= 0 && args[c + 1]) {
    const script = args[c + 1];
    const offset = model.lines.offsetAt(script.range.startLine - 1, script.range.startColumn - 1) + 1;
    const map = new SegmentMap();
    map.add(0, offset);
    for (const inner of shellCommands({ text: script.value, toHost: map.toHost, host: model.lines, file: model.file })) {
      inner.nestedIn ??= cmd;
      inner.index += 1;
      result.push(inner);
    }
  }
  return result;
}
