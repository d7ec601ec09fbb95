// A pass over README text before the Markdown parser, keeping every offset: remark (micromark)
// resolves emphasis and link brackets by looking back over every earlier mark of the same
// paragraph, so a paragraph of thousands of marks costs minutes (`*a_ ` repeated over 40 KB took a
// minute), and each `>` at the start of a line opens one more nested container. Past a limit no real
// README reaches, the marks of that paragraph are replaced by look-alike characters of the same
// length, which the parser reads as text, and the caller is told where.

/** Emphasis marks (`*`, and `_` at a word edge) or link brackets in one paragraph before they are read as text. */
export const MAX_MARKS_PER_PARAGRAPH = 200;
/** Nested blockquotes (`> > > …`) on one line before the deeper markers are read as text. */
export const MAX_QUOTE_DEPTH = 16;

const INERT: Record<string, string> = { '*': '\u2217', _: '\u02cd', '[': '\uff3b', ']': '\uff3d', '>': '\u203a' };

export interface Defused {
  text: string;
  /** Markup characters outside fenced code (emphasis, brackets, backticks, `<`, `&`, `\\`): what the parser's time grows with. */
  marks: number;
  /** Offsets of the first line of each paragraph read as text, and of each line whose quotes were cut. */
  changed: number[];
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function defuseMarkdown(text: string): Defused {
  const changed: number[] = [];
  let out: string[] | null = null;
  const replace = (at: number) => {
    out ??= text.split('');
    out[at] = INERT[text[at]];
  };
  let fence: string | null = null;
  let paragraphStart = -1;
  let emphasis: number[] = [];
  let brackets: number[] = [];
  let marks = 0;
  const endParagraph = () => {
    if (emphasis.length > MAX_MARKS_PER_PARAGRAPH || brackets.length > MAX_MARKS_PER_PARAGRAPH) {
      changed.push(paragraphStart);
      if (emphasis.length > MAX_MARKS_PER_PARAGRAPH) for (const at of emphasis) replace(at);
      if (brackets.length > MAX_MARKS_PER_PARAGRAPH) for (const at of brackets) replace(at);
    }
    // Marks read as text cost the parser nothing more than text.
    if (emphasis.length <= MAX_MARKS_PER_PARAGRAPH) marks += emphasis.length;
    if (brackets.length <= MAX_MARKS_PER_PARAGRAPH) marks += brackets.length;
    paragraphStart = -1;
    emphasis = [];
    brackets = [];
  };
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Fenced code is never read for emphasis or links: left alone and not counted.
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(start, Math.min(end, start + 64)));
    if (fence !== null) {
      if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length) fence = null;
    } else if (fenceMark) {
      endParagraph();
      fence = fenceMark[1];
    } else if (text.slice(start, end).trim() === '') {
      endParagraph();
    } else {
      if (paragraphStart < 0) paragraphStart = start;
      let i = start;
      // Blockquote markers, then a list marker: structure, not emphasis.
      let depth = 0;
      for (;;) {
        while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
        if (text[i] !== '>') break;
        if (++depth > MAX_QUOTE_DEPTH) {
          if (depth === MAX_QUOTE_DEPTH + 1) changed.push(start);
          replace(i);
        }
        i++;
      }
      const bullet = /^[*+-][ \t]/.exec(text.slice(i, i + 2));
      if (bullet) i += 2;
      for (; i < end; i++) {
        const c = text[i];
        if (c === '*' || (c === '_' && !(isWordChar(text[i - 1]) && isWordChar(text[i + 1])))) emphasis.push(i);
        else if (c === '[' || c === ']') brackets.push(i);
        else if (c === '`' || c === '<' || c === '&' || c === '\\') marks++;
      }
    }
    start = end + 1;
  }
  endParagraph();
  return { text: out ? (out as string[]).join('') : text, marks, changed: changed.sort((a, b) => a - b) };
}
