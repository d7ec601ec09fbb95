// Terminal colours through Node's own `util.styleText` (the right reset code for each style, no
// escape codes written by hand). Whether to colour is decided once by the command line (a terminal,
// --no-color, NO_COLOR, FORCE_COLOR), so styleText is told not to second-guess it from the stream.
import { styleText } from 'node:util';

export type Style = 'red' | 'yellow' | 'blue' | 'gray' | 'bold' | 'underline';

/** `text` in `style` when `on`, else unchanged. */
export function paint(on: boolean, style: Style, text: string): string {
  return on ? styleText(style, text, { validateStream: false }) : text;
}
