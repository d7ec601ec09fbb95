// Every escape sequence the terminal report writes comes from here: SGR colours and OSC 8 links.
// One small module, so that the styling can move to node:util styleText without touching layout.

const SGR = { red: [31, 39], yellow: [33, 39], blue: [34, 39], cyan: [36, 39], gray: [90, 39], bold: [1, 22], underline: [4, 24] } as const;
export type Style = keyof typeof SGR;

/** Text in a colour or weight when `on`; plain text otherwise. */
export function paint(on: boolean, style: Style, text: string): string {
  if (!on || text === '') return text;
  const [open, close] = SGR[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
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
