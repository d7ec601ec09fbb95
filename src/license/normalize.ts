// Turns a license text into the words that identify it, so that two copies of one license compare
// equal whatever their layout: line width, Markdown, list labels, quotes, the copyright line with
// its year and holder, the title, URLs, the FSF's postal address, British spelling. Both the SPDX
// texts and the repository's file go through the same function, and every rule is written so that
// it gives the same words whether a paragraph is on one line or on ten.

/** British spellings and other variants seen in license files, mapped to the SPDX spelling. */
const VARIANTS = new Map<string, string>(
  Object.entries({
    licence: 'license',
    licences: 'licenses',
    licenced: 'licensed',
    licencing: 'licensing',
    licencee: 'licensee',
    licencees: 'licensees',
    licencor: 'licensor',
    licencors: 'licensors',
    sublicence: 'sublicense',
    authorise: 'authorize',
    authorised: 'authorized',
    organisation: 'organization',
    organisations: 'organizations',
    recognised: 'recognized',
    favour: 'favor',
    behaviour: 'behavior',
    acknowledgement: 'acknowledgment',
    acknowledgements: 'acknowledgments',
  }),
);

/** `-`, `*`, `•`, `1.`, `(a)` at the start of a line, and Markdown's `#` and `>`: only to find copyright lines behind them. */
const LINE_PREFIX = /^\s*(?:>\s*)*(?:#{1,6}\s+)?(?:(?:[-*+\u2022\u00b7\u25aa\u25e6]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6})[.)])\s+)*[*_`~\s]*/i;
/** Copyright statements: `Copyright (c) 2024 Foo`, `© Foo`, `Copyright [yyyy] [name]`, `(C) 2020`. */
const COPYRIGHT_LINE = /^(?:copyright\s*(?:\(c\)|\u00a9|&copy;|\d{4}|[<[{]|\byyyy\b|\byear\b)|\(c\)\s*(?:\d{4}|[<[{])|\u00a9)/i;
/**
 * `Copyright The Foo Authors`, `Copyright Google LLC`: a short line of capitalised words, not a
 * sentence about copyright that a reflow put at the start of a line ("Copyright and Similar Rights
 * means...", "COPYRIGHT HOLDERS AND CONTRIBUTORS").
 */
const COPYRIGHT_NAMES = /^(?:[Cc]opyright|COPYRIGHT)\s+(?:by\s+)?(?:[A-Z0-9][^\s]*\s*){1,8}$/;
const COPYRIGHT_PROSE = /\b(?:and|or|notices?|holders?|owners?|licen[cs]e|permission|laws?|means|shall|rights)\b/i;
/** In a long (reflowed) line, the copyright statement alone: up to its first full stop, `Inc.` and the like allowed. */
const COPYRIGHT_STATEMENT = /^[^.]*?(?:\b(?:inc|ltd|llc|corp|co|gmbh|ag|bv|sa)\.[^.]*?)?(?:\.(?=\s|$)|$)/i;
const LONG_LINE = 120;
const COPYRIGHT_BLOCK = 250;
/** Words of a grant: a copyright paragraph that has them is a license, not a list of holders. */
const GRANT = /permi|grant|licen|distribut|warrant|free of charge|provided|may be|\buse\b/i;
const RIGHTS_RESERVED = /^all rights reserved\.?/i;
const URL = /<?\b(?:https?:\/\/|www\.)[^\s<>()[\]]+>?/gi;
const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
/** The FSF's postal addresses, old and new, which copies of the GNU licenses differ in. */
const FSF_ADDRESS = /\b(?:51 franklin st(?:reet)?,?\s+fifth floor|59 temple place,?\s+suite 330|675 mass(?:achusetts)? ave(?:nue)?)[,\s]+(?:boston|cambridge),?\s+ma\s+0\d{4}(?:-\d{4})?(?:[,\s]+usa)?/g;
/**
 * A title at the start: up to eleven words ending in "license" with no punctuation between them,
 * an optional `(MIT)`, and an optional version and date (`Version 2.0, January 2004`).
 */
const TITLE = /^[^\p{L}\p{N}]*(?:[^\s.,;:!?()]+\s+){0,10}?licen[cs]e\b(?:\s*\([^)\n]{1,20}\))?(?:\s*[-\u2013\u2014,]?\s*(?:version|v\.?)\s*\d+(?:\.\d+)*(?:\s*[-\u2013\u2014,]?\s*(?:\d{1,2}\s+)?[a-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})?)?/iu;

/** Each line without Markdown links and URLs (unless kept); copyright statements removed. */
function cleanLines(text: string, keepLinks = false): string[] {
  const lines = text.split(/\r\n?|\n/);
  let paragraphStart = true;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    // Cheap tests first: most lines of a license have none of these.
    if (line.includes('<!--')) line = line.replace(/<!--.*?-->/g, '');
    if (!keepLinks && line.includes('](')) line = line.replace(MARKDOWN_LINK, '$1');
    if (!keepLinks && (line.includes('://') || line.includes('www.'))) line = line.replace(URL, ' ');
    const c = line.charCodeAt(0);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) line = line.replace(LINE_PREFIX, '');
    const first = line.charCodeAt(0) | 32;
    const startsParagraph = paragraphStart;
    paragraphStart = line.trim() === '';
    if ((first === 99 || first === 40 || line.startsWith('©')) && (COPYRIGHT_LINE.test(line) || (line.length < 100 && COPYRIGHT_NAMES.test(line) && !COPYRIGHT_PROSE.test(line)))) {
      const end = startsParagraph ? paragraphEnd(lines, i) : i + 1;
      // A short paragraph that opens with a copyright statement is all copyright, however it is wrapped
      // (several holders, an address); otherwise the statement's line only.
      const block = end > i + 1 ? lines.slice(i, end).join(' ') : '';
      if (block && block.length <= COPYRIGHT_BLOCK && !GRANT.test(block)) {
        lines.fill('', i, end);
        i = end - 1;
        paragraphStart = false;
        continue;
      }
      line = line.length <= LONG_LINE ? '' : line.replace(COPYRIGHT_STATEMENT, '');
    } else if (first === 97 && RIGHTS_RESERVED.test(line)) line = line.replace(RIGHTS_RESERVED, '');
    lines[i] = line;
  }
  return lines;
}

function paragraphEnd(lines: string[], from: number): number {
  let end = from + 1;
  while (end < lines.length && lines[end].trim() !== '') end++;
  return end;
}

/**
 * The text a notice is looked for in: without copyright lines, and without a title line that has
 * text after it. "MIT License" above a body that is not MIT's is a claim to check, not a notice;
 * "MIT License" alone is one.
 */
export function noticeText(text: string): string {
  const lines = cleanLines(text, true);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && lines.slice(first + 1).some((l) => /[\p{L}\p{N}]/u.test(l))) {
    const line = lines[first].trim();
    if (line.split(/\s+/).length <= 12 && /licen[cs]e|copying/i.test(line) && !/[.,;]$/.test(line)) lines[first] = '';
  }
  return lines.join('\n');
}

/** Is this UTF-16 code a letter or digit? ASCII, accented Latin, Greek, Cyrillic and beyond, but not the
 * Latin-1 symbols (©, «, ·, ×) or the general punctuation block (quotes, dashes, bullets). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c >= 0x2c00) && (c < 0x3000 || c > 0x303f) && (c < 0xfe30 || c > 0xfe4f) && (c < 0xff00 || c > 0xff0f);
}

function isLetterCode(c: number): boolean {
  return isWordCode(c) && (c < 48 || c > 57);
}

/** Words that can be list labels: a letter, a roman numeral, a number. */
const LABEL_WORD = /^(?:[a-z]|i{2,3}|iv|vi{1,3}|ix|xi{0,3}|xiv|xv|\d{1,3})$/;

const TERMS_END = 'end of terms and conditions';

/** The identifying words of a license text, in order. */
export function licenseWords(text: string): string[] {
  const words: string[] = [];
  forEachLicenseWord(text, (w) => words.push(w));
  return words;
}

/** Calls `visit` with each identifying word of a license text, in order, without building a list. */
export function forEachLicenseWord(text: string, visit: (word: string) => void): void {
  let s = cleanLines(text).join('\n').toLowerCase();
  s = s.replace(TITLE, ' ');
  if (s.includes(' ma ')) s = s.replace(FSF_ADDRESS, ' ');
  // What follows the terms ("How to Apply These Terms to Your New Programs", the FSF's closing
  // paragraph) is optional in the SPDX matching guidelines: copies differ there, the terms do not.
  const end = s.indexOf(TERMS_END);
  if (end >= 0) s = s.slice(0, end);
  // A scanner rather than regexes: this runs over the 5 MB SPDX corpus on first use.
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 38) {
      visit('and');
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    let word = '';
    let start = i;
    const before = s.charCodeAt(i - 1);
    for (;;) {
      while (i < n && isWordCode(s.charCodeAt(i))) i++;
      // One word split by a hyphen or an apostrophe (`non-commercial`, `copy-\nright`, `licensor's`) is one word.
      const sep = s.charCodeAt(i);
      if ((sep === 45 || sep === 39 || sep === 0x2019 || sep === 96) && isLetterCode(s.charCodeAt(i - 1))) {
        let j = i + 1;
        if (sep === 45) while (j < n && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 10)) j++;
        if (j < n && isLetterCode(s.charCodeAt(j))) {
          word += s.slice(start, i);
          i = start = j;
          continue;
        }
      }
      break;
    }
    word += s.slice(start, i);
    // List labels (`1.`, `(a)`, `iv)`, `2.1.`) go wherever they are: a reflowed list has them mid-line.
    const after = s.charCodeAt(i);
    if ((after === 46 || after === 41 || before === 40) && LABEL_WORD.test(word)) continue;
    visit(VARIANTS.get(word) ?? word);
  }
}
