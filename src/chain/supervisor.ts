// supervisord configuration (an INI file, read like Python's RawConfigParser): the programs it
// starts (`[program:x] command=`, continuation lines included) and the files it includes.

export interface SupervisorProgram {
  /** `program:jupyter`. */
  section: string;
  /** The command line with continuation lines joined by a space. */
  command: string;
  /** Offset in the file of each piece of `command`: [offsetInCommand, offsetInFile] pairs. */
  pieces: [number, number][];
  /** `directory=`: where the program starts. */
  directory: string | null;
}

export interface SupervisorConfig {
  programs: SupervisorProgram[];
  /** `[include] files=` globs, as written (relative to the file's folder). */
  includes: string[];
}

const PROGRAM_SECTION = /^(program|fcgi-program|eventlistener):/;

export function parseSupervisorConfig(text: string): SupervisorConfig {
  const result: SupervisorConfig = { programs: [], includes: [] };
  let section = '';
  type Entry = { section: string; key: string; value: string; pieces: [number, number][] };
  let current: Entry | null = null;
  const entries: Entry[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const body = line.replace(/\r$/, '');
    if (/^\s*[;#]/.test(body) || body.trim() === '') {
      if (body.trim() === '') current = null;
      continue;
    }
    if (/^\s/.test(body) && current) {
      const start = body.search(/\S/);
      const piece = stripInlineComment(body.slice(start));
      current.pieces.push([current.value.length + 1, lineStart + start]);
      current.value += ' ' + piece;
      continue;
    }
    const header = /^\[([^\]]+)\]/.exec(body);
    if (header) {
      section = header[1].trim();
      current = null;
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*/.exec(body);
    if (!kv) continue;
    const valueStart = kv[0].length;
    current = { section, key: kv[1].trim().toLowerCase(), value: stripInlineComment(body.slice(valueStart)), pieces: [[0, lineStart + valueStart]] };
    entries.push(current);
  }
  const bySection = new Map<string, Map<string, Entry>>();
  for (const e of entries) {
    if (!bySection.has(e.section)) bySection.set(e.section, new Map());
    bySection.get(e.section)!.set(e.key, e);
  }
  for (const [name, keys] of bySection) {
    if (PROGRAM_SECTION.test(name)) {
      const command = keys.get('command');
      if (!command || command.value.trim() === '') continue;
      result.programs.push({ section: name, command: command.value, pieces: command.pieces, directory: keys.get('directory')?.value.trim() || null });
    } else if (name === 'include') {
      result.includes.push(...(keys.get('files')?.value.split(/\s+/).filter(Boolean) ?? []));
    }
  }
  return result;
}

/** Supervisor drops `;` comments that follow whitespace. */
function stripInlineComment(value: string): string {
  const m = /\s;/.exec(value);
  return (m ? value.slice(0, m.index) : value).replace(/\s+$/, '');
}
