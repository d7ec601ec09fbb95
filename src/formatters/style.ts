// Every escape sequence the terminal report writes comes from here: colours through Node's own
// `util.styleText` (the right reset code for each style), and OSC 8 links. Whether to colour is
// decided once by the command line (a terminal, --color/--no-color, NO_COLOR, FORCE_COLOR), so
// styleText is told not to second-guess it from the stream.
import { styleText } from 'node:util';

export type Style = 'red' | 'yellow' | 'blue' | 'cyan' | 'gray' | 'bold' | 'underline';

/** Text in a colour or weight when `on`; plain text otherwise. */
export function paint(on: boolean, style: Style, text: string): string {
  return on && text !== '' ? styleText(style, text, { validateStream: false }) : text;
}

/**
 * An OSC 8 hyperlink when `on` (the terminal shows `text` and opens `url` on click). The URL is ours
 * (a rule's docs page, a GitHub link built by the linter), never text read from a repository.
 */
export function hyperlink(on: boolean, url: string, text: string): string {
  if (!on || !/^https?:\/\/[\x21-\x7e]+$/.test(url)) return text;
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}

/** The sequences paint and hyperlink write: SGR `ESC [ … m` and OSC 8 `ESC ] 8 ; ; … ESC \`. */
const SEQUENCES = /\u001b\[[0-9;]*m|\u001b\]8;;[^\u001b]*\u001b\\/g;

/** How many columns a string takes: its code points, escape sequences aside (wide characters count as one). */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of text.replace(SEQUENCES, '')) n++;
  return n;
}
