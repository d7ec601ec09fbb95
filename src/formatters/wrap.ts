// Word wrapping with a hanging indent, for the terminal report. Widths are counted in code points,
// escape sequences aside (src/formatters/style.ts); a word wider than the space left is cut, unless
// it carries escape sequences (a styled rule code), which are never cut.
import { visibleLength } from './style.js';

/** Narrower than this, a hanging indent leaves no room: lines then wrap at the indent plus this. */
const MIN_TEXT_WIDTH = 20;

/** The words of a plain text: split at spaces (runs of spaces count as one). */
export function words(text: string): string[] {
  return text.split(/ +/).filter((w) => w !== '');
}

/**
 * Lines of at most `width` columns: the first starts with `prefix` (already rendered), the others
 * with `indent` spaces. Without a width, one line.
 */
export function wrapWords(items: string[], prefix: string, indent: number, width: number | undefined): string[] {
  if (!width) return [prefix + items.join(' ')];
  const room = Math.max(width - indent, MIN_TEXT_WIDTH);
  const lines: string[] = [];
  let line = prefix;
  let used = visibleLength(prefix);
  let empty = true;
  const limit = () => (lines.length === 0 ? Math.max(width, visibleLength(prefix) + MIN_TEXT_WIDTH) : indent + room);
  const breakLine = () => {
    lines.push(line.trimEnd());
    line = ' '.repeat(indent);
    used = indent;
    empty = true;
  };
  for (const item of items) {
    let word = item;
    let size = visibleLength(word);
    if (!empty && used + 1 + size > limit()) breakLine();
    // A word wider than a whole line (a long URL or path) is cut where the line ends.
    while (size > limit() - used - (empty ? 0 : 1) && !word.includes('\u001b')) {
      if (!empty && limit() - used - 1 < MIN_TEXT_WIDTH / 2) {
        breakLine();
        continue;
      }
      const take = limit() - used - (empty ? 0 : 1);
      const chars = [...word];
      line += (empty ? '' : ' ') + chars.slice(0, take).join('');
      word = chars.slice(take).join('');
      size = visibleLength(word);
      breakLine();
    }
    if (word === '') continue;
    line += (empty ? '' : ' ') + word;
    used += (empty ? 0 : 1) + size;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
