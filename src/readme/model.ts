// The repository README as the README rules see it: sections (heading, body text, links, code) with
// exact 1-based ranges. Parsed with unified + remark-parse (CommonMark); imported lazily by
// ProjectFacts.readme(), so runs that never look at a README never load the Markdown parser.
import type { Code, Definition, Heading, Html, InlineCode, Link, LinkReference, Nodes, Root, RootContent, Text } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LintLimitError, MAX_TREE_DEPTH, noteIncomplete } from '../limits.js';
import { LineIndex, normaliseText } from '../text.js';
import { defuseMarkdown, MAX_MARKS_PER_PARAGRAPH, MAX_QUOTE_DEPTH } from './defuse.js';
import { htmlAnchors, htmlCodeElements } from './html-scan.js';
import type { Range } from '../types.js';

export interface ReadmeLink {
  url: string;
  text: string;
  range: Range;
}

export interface ReadmeCode {
  value: string;
  inline: boolean;
  lang: string | null;
  range: Range;
  /** 1-based line in README of the code's first content line */
  contentLine: number;
  /** Maps an offset in `value` to the offset in the README text it was read from. */
  toReadme(offset: number): number;
}

export interface ReadmeSection {
  title: string;
  /** normalised: lower-case, leading emoji/punctuation stripped */
  key: string;
  level: number;
  /** A `Title\n---` underlined heading rather than `## Title`. */
  setext: boolean;
  headingRange: Range;
  /** plain text of the section body */
  text: string;
  links: ReadmeLink[];
  code: ReadmeCode[];
  /** body range */
  range: Range;
}

export interface Readme {
  path: string;
  /** The text as parsed (line breaks normalised to LF). */
  text: string;
  lines: LineIndex;
  /**
   * Every top-level heading of the document (not those inside lists or blockquotes), in order; a
   * section's body runs to the next heading of the same or a higher level, so it holds its subsections.
   */
  sections: ReadmeSection[];
  /** Every code block and inline code of the document, in order. */
  code: ReadmeCode[];
  /** Every link of the document, in order (Markdown links, autolinks, bare URLs, HTML `<a href>`). */
  links: ReadmeLink[];
  /** best section named like `name` (description|usage|license): level 2 first, then any level */
  section(name: string): ReadmeSection | null;
}

/** Words a section title may start with to count as that section (`## Licence`, `## Usage examples`). */
const SECTION_WORDS: Record<string, string[]> = {
  license: ['license', 'licence', 'licenses', 'licences', 'licensing'],
};

/** `📖 1. Usage:` → `usage`: lower case, emoji (also `:shortcode:`), numbering and punctuation and trailing punctuation removed. */
export function sectionKey(title: string): string {
  return title
    .toLowerCase()
    // GitHub renders emoji shortcodes (`## :rocket: Usage`) as emoji: strip them like emoji.
    .replace(/(?:^|\s):[a-z0-9_+-]+:(?=\s|$)/g, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^\d+(?:\.\d+)*[.)]?\s+/, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N})]+$/u, '')
    .replace(/\s+/g, ' ');
}

function matchRank(key: string, name: string): number {
  const words = SECTION_WORDS[name] ?? [name];
  if (words.includes(key)) return 0;
  const first = key.split(/[\s:,&/(-]+/)[0];
  return words.includes(first) ? 1 : -1;
}

/** The largest README parsed (real READMEs are a few KB): plain text parses at about 0.3 s per MB. */
export const MAX_README_LENGTH = 1024 * 1024;
/**
 * The most Markdown marks a README may hold to be parsed: the parser spends about 20 µs on each
 * (10 s per MB of dense markup), so this bounds it near half a second; a real README holds a few hundred.
 */
export const MAX_README_MARKS = 20_000;

export function parseReadme(path: string, rawText: string): Readme {
  if (rawText.length > MAX_README_LENGTH) {
    throw new LintLimitError(path, `${path} is ${Math.round(rawText.length / 1024)} KB, more than the ${MAX_README_LENGTH / 1024 / 1024} MB chaimeleon-lint parses: the checks that read the README were not run.`);
  }
  const text = normaliseText(rawText);
  const lines = new LineIndex(text);
  const defused = defuseMarkdown(text);
  if (defused.marks > MAX_README_MARKS) {
    throw new LintLimitError(path, `${path} holds ${defused.marks} Markdown marks (emphasis, links, code, HTML), more than the ${MAX_README_MARKS} chaimeleon-lint parses in reasonable time: the checks that read the README were not run.`);
  }
  for (const at of defused.changed) {
    noteIncomplete({
      file: path,
      range: lines.range(at, at),
      message: `This paragraph holds more than ${MAX_MARKS_PER_PARAGRAPH} emphasis marks or link brackets, or nests more than ${MAX_QUOTE_DEPTH} quotes: chaimeleon-lint read them as plain text (parsing them would take minutes), so links and emphasis there were not seen.`,
    });
  }
  const root = unified().use(remarkParse).parse(defused.text) as Root;
  const definitions = new Map<string, string>();
  for (const node of root.children) if (node.type === 'definition') definitions.set((node as Definition).identifier, (node as Definition).url);

  const rangeOf = (node: Nodes): Range => lines.range(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const collector = new Collector(path, text, lines, definitions, rangeOf);
  // Links and code per top-level block, so that a section gathers its blocks' items without a second walk.
  const blockItems = root.children.map((node) => collector.collect(node));

  const sections: ReadmeSection[] = [];
  root.children.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const heading = node as Heading;
    let end = i + 1;
    while (end < root.children.length) {
      const next = root.children[end];
      if (next.type === 'heading' && (next as Heading).depth <= heading.depth) break;
      end++;
    }
    const body = root.children.slice(i + 1, end).filter((n) => n.type !== 'definition');
    const headingEnd = heading.position?.end.offset ?? 0;
    const bodyStart = body[0]?.position?.start.offset ?? headingEnd;
    const bodyEnd = body[body.length - 1]?.position?.end.offset ?? headingEnd;
    const title = plainText(heading).trim();
    sections.push({
      title,
      key: sectionKey(title),
      level: heading.depth,
      // An ATX heading is one line; an underlined one has at least its text line and the underline.
      setext: (heading.position?.end.line ?? 1) > (heading.position?.start.line ?? 1),
      headingRange: rangeOf(heading),
      text: body.map((n) => plainText(n)).join('\n\n'),
      links: blockItems.slice(i + 1, end).flatMap((b) => b.links),
      code: blockItems.slice(i + 1, end).flatMap((b) => b.code),
      range: lines.range(bodyStart, bodyEnd),
    });
  });

  return {
    path,
    text,
    lines,
    sections,
    code: blockItems.flatMap((b) => b.code),
    links: blockItems.flatMap((b) => b.links),
    section(name: string): ReadmeSection | null {
      let best: ReadmeSection | null = null;
      let bestScore = Infinity;
      for (const s of sections) {
        const rank = matchRank(s.key, name);
        if (rank < 0) continue;
        const score = (s.level === 2 ? 0 : 2) + rank;
        if (score < bestScore) {
          best = s;
          bestScore = score;
        }
      }
      return best;
    },
  };
}

/** The visible text of a node: text, code and image alternatives; HTML is left out. Past MAX_TREE_DEPTH, nothing. */
function plainText(node: Nodes, depth = 0): string {
  if (depth > MAX_TREE_DEPTH) return '';
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'html':
    case 'definition':
      return '';
    case 'break':
      return '\n';
    default:
      if (!('children' in node)) return '';
      return (node.children as Nodes[]).map((child) => plainText(child, depth + 1)).join(isBlockContainer(node) ? '\n' : '');
  }
}

function isBlockContainer(node: Nodes): boolean {
  return node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem';
}

const BARE_URL = /\bhttps?:\/\/[^\s<>()\]]*[^\s<>()\].,;:!?'"]/g;
// `<a href>` links (their text when the closing tag is in the same HTML node: an HTML block; inline
// HTML splits them) and `<pre>`/`<code>` elements (partners hide examples in `<details>` this way)
// are found by src/readme/html-scan.ts.
const HTML_ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

class Collector {
  private tooDeepNoted = false;

  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly definitions: Map<string, string>,
    private readonly rangeOf: (node: Nodes) => Range,
  ) {}

  collect(node: RootContent): { links: ReadmeLink[]; code: ReadmeCode[] } {
    const out = { links: [] as ReadmeLink[], code: [] as ReadmeCode[] };
    this.walk(node, out, 0);
    return out;
  }

  private walk(node: Nodes, out: { links: ReadmeLink[]; code: ReadmeCode[] }, depth: number): void {
    if (depth > MAX_TREE_DEPTH) {
      if (!this.tooDeepNoted) noteIncomplete({ file: this.path, range: this.rangeOf(node), message: `The Markdown here nests more than ${MAX_TREE_DEPTH} levels deep; chaimeleon-lint did not look inside for links or code.` });
      this.tooDeepNoted = true;
      return;
    }
    switch (node.type) {
      // A link's own text is not searched again for bare URLs (an autolink's text is its URL).
      case 'link':
        out.links.push({ url: (node as Link).url, text: plainText(node), range: this.rangeOf(node) });
        return;
      case 'linkReference': {
        const url = this.definitions.get((node as LinkReference).identifier);
        if (url !== undefined) out.links.push({ url, text: plainText(node), range: this.rangeOf(node) });
        return;
      }
      case 'text':
        this.bareUrls(node as Text, out.links);
        return;
      case 'html':
        this.htmlLinks(node as Html, out.links);
        this.htmlCode(node as Html, out.code);
        return;
      case 'code':
        out.code.push(this.blockCode(node as Code));
        return;
      case 'inlineCode':
        out.code.push(this.inlineCode(node as InlineCode));
        return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) this.walk(child, out, depth + 1);
  }

  /** CommonMark has no bare-URL autolinks (that is GitHub's extension), yet GitHub renders them as links. */
  private bareUrls(node: Text, links: ReadmeLink[]): void {
    if (!node.value.includes('://')) return;
    const start = node.position?.start.offset ?? 0;
    const source = this.text.slice(start, node.position?.end.offset ?? start);
    for (const m of source.matchAll(BARE_URL)) {
      const at = start + (m.index ?? 0);
      links.push({ url: m[0], text: m[0], range: this.lines.range(at, at + m[0].length) });
    }
  }

  private htmlLinks(node: Html, links: ReadmeLink[]): void {
    if (!/<a\b/i.test(node.value)) return;
    const start = node.position?.start.offset ?? 0;
    for (const a of htmlAnchors(node.value)) {
      const at = start + a.index;
      links.push({ url: a.url, text: withoutTags(a.inner ?? '').trim(), range: this.lines.range(at, at + a.length) });
    }
  }

  /** `<pre>`/`<code>` elements of raw HTML, their entities decoded and their tags dropped, mapped back character by character. */
  private htmlCode(node: Html, code: ReadmeCode[]): void {
    if (!/<(?:pre|code)\b/i.test(node.value)) return;
    const start = node.position?.start.offset ?? 0;
    for (const m of htmlCodeElements(node.value)) {
      const inner = m.inner;
      const innerStart = start + m.innerIndex;
      let value = '';
      const map: number[] = [];
      // The next `>` of the content, searched again only once passed: one pass over the content.
      let nextGt = -2;
      const entityAt = /&(#?\w+);/y;
      for (let i = 0; i < inner.length; ) {
        if (inner[i] === '<' && (/[A-Za-z]/.test(inner[i + 1] ?? '') || (inner[i + 1] === '/' && /[A-Za-z]/.test(inner[i + 2] ?? '')))) {
          if (nextGt !== -1 && nextGt < i) nextGt = inner.indexOf('>', i);
          if (nextGt >= 0) {
            i = nextGt + 1;
            continue;
          }
        }
        entityAt.lastIndex = i;
        const entity = inner[i] === '&' ? entityAt.exec(inner) : null;
        const decoded = entity ? HTML_ENTITY[entity[1].toLowerCase()] : undefined;
        map.push(innerStart + i);
        value += decoded ?? inner[i];
        i += decoded !== undefined && entity ? entity[0].length : 1;
      }
      // A block `<pre>` starts its content on the next line, as a fence does.
      const leading = /^\r?\n/.exec(value)?.[0].length ?? 0;
      const text = value.slice(leading).replace(/\n$/, '');
      if (!text.trim()) continue;
      const offsets = map.slice(leading);
      const block = m.tag.toLowerCase() === 'pre';
      const end = innerStart + inner.length;
      const toReadme = (o: number): number => (o < offsets.length ? offsets[o] : end);
      const rangeStart = start + m.index;
      code.push({
        value: text,
        inline: !block,
        lang: null,
        range: this.lines.range(rangeStart, rangeStart + m.length),
        contentLine: this.lines.lineOf(offsets[0] ?? innerStart) + 1,
        toReadme,
      });
    }
  }

  /**
   * A block's value holds its content lines without the fence's indentation and container
   * prefixes (`> `, list indentation); each value line is the end of its README line.
   */
  private blockCode(node: Code): ReadmeCode {
    const startLine = node.position?.start.line ?? 1;
    // An indented block starts with 4+ columns of indentation; a fence with at most 3 spaces.
    const fenced = /^ {0,3}(?:`{3}|~{3})/.test(this.text.slice(node.position?.start.offset ?? 0, (node.position?.start.offset ?? 0) + 8));
    const contentLine = fenced ? startLine + 1 : startLine;
    const valueLines = node.value.split('\n');
    const lineStarts: number[] = [];
    const hostStarts: number[] = [];
    let offset = 0;
    valueLines.forEach((v, i) => {
      const line = contentLine - 1 + i;
      const source = this.lines.lineText(line);
      const shift = source.endsWith(v) ? source.length - v.length : 0;
      lineStarts.push(offset);
      hostStarts.push(this.lines.offsetAt(line, shift));
      offset += v.length + 1;
    });
    const toReadme = (o: number): number => {
      let i = lineStarts.length - 1;
      while (i > 0 && lineStarts[i] > o) i--;
      return hostStarts[i] + (o - lineStarts[i]);
    };
    return { value: node.value, inline: false, lang: node.lang ?? null, range: this.rangeOf(node), contentLine, toReadme };
  }

  /**
   * Inline code keeps its line breaks; what differs from the source is the stripped padding space
   * and, on continuation lines, the indentation and `>` prefixes. Align the two character by character.
   */
  private inlineCode(node: InlineCode): ReadmeCode {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const ticks = /^`+/.exec(this.text.slice(start, end))?.[0].length ?? 1;
    const raw = this.text.slice(start + ticks, end - ticks);
    const map: number[] = [];
    let p = 0;
    for (let i = 0; i < node.value.length; i++) {
      const c = node.value[i];
      while (p < raw.length && raw[p] !== c && !(c === ' ' && raw[p] === '\n')) p++;
      map.push(start + ticks + Math.min(p, raw.length));
      p++;
    }
    const contentEnd = end - ticks;
    const toReadme = (o: number): number => (o < map.length ? map[o] : o === 0 ? start + ticks : Math.min(map[map.length - 1] + (o - map.length + 1), contentEnd));
    return { value: node.value, inline: true, lang: null, range: this.rangeOf(node), contentLine: node.position?.start.line ?? 1, toReadme };
  }
}

/** Text with its tags (`<` to the next `>`) removed, in one pass. */
function withoutTags(html: string): string {
  let out = '';
  let from = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', from)) {
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    out += html.slice(from, lt);
    from = gt + 1;
  }
  return out + html.slice(from);
}
