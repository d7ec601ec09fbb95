// What the terminal report may use where it is going: colours, OSC 8 links, a width to wrap at, and
// code frames. Decided once from the options, the environment and whether standard output is a
// terminal; the formatters only obey.
//
// - Colour: --color / --no-color force it either way; otherwise FORCE_COLOR (on unless `0` or
//   `false`), then NO_COLOR (off), then on for a terminal that is not TERM=dumb. A variable set to
//   the empty string counts as unset.
// - Links: FORCE_HYPERLINK (on unless `0` or `false`); otherwise on for a terminal that is not
//   TERM=dumb outside CI (CI logs show the escape sequences as text). Never in a report file.
// - Width: --width N (0: no wrapping); otherwise the terminal's columns; otherwise COLUMNS when it is
//   set (a pipe to a pager); otherwise none: a log or a pipe gets one line per message, for grep.
// - Code frames: --show-source / --no-show-source; otherwise on a terminal only.

export interface TerminalArgs {
  color?: boolean;
  width?: number;
  'show-source'?: boolean;
}

export interface TerminalIo {
  isTTY: boolean;
  /** The terminal's width in columns, when standard output is one. */
  columns?: number;
  env: Record<string, string | undefined>;
}

export interface TerminalOptions {
  color: boolean;
  hyperlinks: boolean;
  width?: number;
  frames: boolean;
}

/** A yes/no variable; set but empty counts as unset (as NO_COLOR's convention says). */
function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

function positiveInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** `toFile`: the report goes to a file (--output), where nothing depends on a terminal. */
export function terminalOptions(args: TerminalArgs, io: TerminalIo, toFile: boolean): TerminalOptions {
  const tty = io.isTTY && !toFile;
  const dumb = io.env.TERM === 'dumb';
  const ci = flag(io.env.CI) === true || !!io.env.GITHUB_ACTIONS;
  const color = args.color ?? flag(io.env.FORCE_COLOR) ?? (io.env.NO_COLOR ? false : tty && !dumb);
  const hyperlinks = !toFile && (flag(io.env.FORCE_HYPERLINK) ?? (tty && !dumb && !ci));
  const width = args.width !== undefined ? args.width || undefined : toFile ? undefined : (tty && io.columns) || positiveInteger(io.env.COLUMNS);
  return { color, hyperlinks, width, frames: args['show-source'] ?? tty };
}
