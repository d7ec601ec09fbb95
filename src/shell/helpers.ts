// Small helpers over shell commands that rules and the shared facts both use.
import type { ShellCommand, ShellWord } from './commands.js';

/** Does the command carry the flag (exact, `--flag=value`, or inside a short-option cluster for one-letter flags)? */
export function hasFlag(cmd: ShellCommand, ...flags: string[]): boolean {
  return cmd.args.some((a) =>
    flags.some((f) => {
      if (a.value === f || a.value.startsWith(f + '=')) return true;
      return f.length === 2 && f[0] === '-' && /^-[a-zA-Z]+$/.test(a.value) && a.value.includes(f[1]);
    }),
  );
}

/** The first argument that is not an option (for a subcommand such as `apt-get install`), skipping options with values. */
export function subcommand(cmd: ShellCommand, optionsWithValue: string[] = []): { word: ShellWord; index: number } | null {
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v.startsWith('-')) {
      if (optionsWithValue.includes(v)) i++;
      continue;
    }
    return { word: cmd.args[i], index: i };
  }
  return null;
}

/** Bash brace expansion of a literal word: `~/{a,b}` → [`~/a`, `~/b`]. */
export function braceExpand(word: string): string[] {
  const m = /^(.*?)\{([^{}]*,[^{}]*)\}(.*)$/s.exec(word);
  if (!m) return [word];
  return m[2].split(',').flatMap((part) => braceExpand(m[1] + part + m[3]));
}

/** Makes a shell path absolute: `~` and `$HOME` are the user's home, relative paths are against the workdir. */
export function shellPath(value: string, home: string, workdir: string): string | null {
  let v = value.replace(/^~(?=\/|$)/, home).replace(/^\$\{?HOME\}?(?=\/|$)/, home);
  if (v.includes('$')) return null;
  if (!v.startsWith('/')) v = `${workdir.replace(/\/$/, '')}/${v}`;
  return v.replace(/\/+/g, '/').replace(/\/\.(?=\/|$)/g, '').replace(/(.)\/$/, '$1');
}

/** Truthy values of boolean environment variables as pip reads them. */
export function isTruthy(value: string): boolean {
  return /^(1|true|yes|on|y)$/i.test(value.trim());
}

/** The command as a short quote for a message: `pip install -r requirements.txt`, cut after 60 characters. */
export function commandText(cmd: ShellCommand, max = 60): string {
  const text = [cmd.nameWord.raw, ...cmd.args.map((a) => a.raw)].join(' ').replace(/\s+/g, ' ');
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/**
 * The files a command writes (`> f`, `>> f`, `tee [-a] f...`), with the text it writes when the
 * command shows it (echo/printf words, a heredoc, or the echo/printf/heredoc piped into tee); null otherwise.
 */
export function fileWrites(cmd: ShellCommand): { path: ShellWord; content: string | null }[] {
  const shown = (c: ShellCommand): string | null => {
    const heredoc = c.redirects.find((r) => r.body !== undefined);
    if (heredoc) return heredoc.body ?? null;
    const words = c.args.map((a) => a.value);
    if (c.program === 'echo') {
      const text = words.findIndex((w) => !/^-[neE]+$/.test(w));
      return text < 0 ? '' : words.slice(text).join(' ');
    }
    if (c.program === 'printf') {
      const [format = '', ...values] = words;
      return format.replace(/%[sbdi]/g, () => values.shift() ?? '') + values.join(' ');
    }
    return null;
  };
  const writes: { path: ShellWord; content: string | null }[] = [];
  for (const r of cmd.redirects) {
    if (r.target && /^(>|>>|>\||&>|&>>)$/.test(r.op)) writes.push({ path: r.target, content: shown(cmd) });
  }
  if (cmd.program === 'tee') {
    const content = shown(cmd) ?? (cmd.pipeFrom ? shown(cmd.pipeFrom) : null);
    for (const a of cmd.args) if (!a.value.startsWith('-')) writes.push({ path: a, content });
  }
  return writes;
}
