// `<a href>` links and `<pre>`/`<code>` elements in a README's raw HTML, read by hand. The regular
// expressions they replace scanned to the end of the text for every opening tag without a closing
// one (`<a <a <a …` over 250 KB took seconds): here each search for a `>` or a closing tag starts
// where the previous one ended, so a whole HTML block costs one pass.

/** The next match of a global regular expression at or after an offset, remembered while offsets only grow. */
class NextMatch {
  private from = -1;
  private at = -1;
  private length = 0;

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  /** The offset of the first match at or after `from` (-1 when none), and its length. */
  find(from: number): { at: number; length: number } {
    const known = this.from >= 0 && from >= this.from && (this.at < 0 || from <= this.at);
    if (!known) {
      this.pattern.lastIndex = from;
      const m = this.pattern.exec(this.text);
      this.from = from;
      this.at = m ? m.index : -1;
      this.length = m ? m[0].length : 0;
    }
    return { at: this.at, length: this.length };
  }
}

const isWord = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

export interface HtmlAnchor {
  /** Offset of `<a`, and the length through the `>` of the opening tag or through `</a>` when it closes. */
  index: number;
  length: number;
  url: string;
  /** The text between the tags, when the closing tag is in the same text. */
  inner: string | null;
}

/** As `/<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>(?:([\s\S]*?)<\/a>)?/gi` would match. */
export function* htmlAnchors(text: string): Generator<HtmlAnchor> {
  const opens = /<a\b/gi;
  const gt = new NextMatch(text, />/g);
  const close = new NextMatch(text, /<\/a>/gi);
  const hrefs = new NextMatch(text, /\bhref\s*=\s*/gi);
  let from = 0;
  for (;;) {
    opens.lastIndex = from;
    const open = opens.exec(text);
    if (!open) return;
    const i = open.index;
    const tagGt = gt.find(i + 2).at;
    if (tagGt < 0) return;
    // The first `href=` of the tag (before its first `>`) with a value after which the tag closes.
    let value: { url: string; end: number } | null = null;
    let end = -1;
    for (let h = hrefs.find(i + 2); h.at >= 0 && h.at < tagGt && end < 0; h = hrefs.find(h.at + 1)) {
      for (const candidate of attributeValues(text, h.at + h.length, tagGt)) {
        end = candidate.end > tagGt ? text.indexOf('>', candidate.end) : tagGt;
        if (end >= 0) {
          value = candidate;
          break;
        }
      }
    }
    if (!value || end < 0) {
      from = i + 1;
      continue;
    }
    const tagEnd = end + 1;
    const closing = close.find(tagEnd);
    if (closing.at >= 0) {
      yield { index: i, length: closing.at + closing.length - i, url: value.url, inner: text.slice(tagEnd, closing.at) };
      from = closing.at + closing.length;
    } else {
      yield { index: i, length: tagEnd - i, url: value.url, inner: null };
      from = tagEnd;
    }
  }
}

/** The readings of an attribute value at `at`, in the order the expression tried them: quoted (when closed), then a bare word. */
function attributeValues(text: string, at: number, tagGt: number): { url: string; end: number }[] {
  const values: { url: string; end: number }[] = [];
  const q = text[at];
  if (q === '"' || q === "'") {
    const closing = text.indexOf(q, at + 1);
    if (closing >= 0) values.push({ url: text.slice(at + 1, closing), end: closing + 1 });
  }
  // A bare value stops at a space or at `>` (the tag's first `>` is at tagGt).
  let end = at;
  while (end < tagGt && !/\s/.test(text[end])) end++;
  if (end > at) values.push({ url: text.slice(at, end), end });
  return values;
}

export interface HtmlCodeElement {
  index: number;
  length: number;
  /** `pre` or `code`, as written. */
  tag: string;
  inner: string;
  /** Offset of `inner` in the text. */
  innerIndex: number;
}

/** As `/<(pre|code)\b[^>]*>(?:<code\b[^>]*>)?([\s\S]*?)(?:<\/code>)?<\/\1\s*>/gi` would match. */
export function* htmlCodeElements(text: string): Generator<HtmlCodeElement> {
  const opens = /<(pre|code)\b/gi;
  const gt = new NextMatch(text, />/g);
  const closes = { pre: new NextMatch(text, /<\/pre\s*>/gi), code: new NextMatch(text, /<\/code\s*>/gi) };
  const innerCode = /<code\b[^>]*>/iy;
  let from = 0;
  for (;;) {
    opens.lastIndex = from;
    const open = opens.exec(text);
    if (!open) return;
    const i = open.index;
    const tag = open[1];
    const tagGt = gt.find(i + open[0].length).at;
    if (tagGt < 0) return;
    let start = tagGt + 1;
    innerCode.lastIndex = start;
    const nested = text[start] === '<' && gt.find(start).at >= 0 ? innerCode.exec(text) : null;
    if (nested) start += nested[0].length;
    const closing = closes[tag.toLowerCase() as 'pre' | 'code'].find(start);
    if (closing.at < 0) {
      from = i + 1;
      continue;
    }
    let innerEnd = closing.at;
    let end = closing.at + closing.length;
    if (tag.toLowerCase() === 'pre') {
      // A `</code>` just before `</pre>` closes the nested code, not part of the content.
      if (innerEnd - 7 >= start && text.slice(innerEnd - 7, innerEnd).toLowerCase() === '</code>') innerEnd -= 7;
    } else if (closing.length === 7 && closes.code.find(end).at === end) {
      // `</code></code>`: the first closes a nested code.
      end += closes.code.find(end).length;
    }
    yield { index: i, length: end - i, tag, inner: text.slice(start, innerEnd), innerIndex: start };
    from = end;
  }
}
