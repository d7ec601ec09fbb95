// Licenses named in a short text (a README License section, a one-line LICENSE file): an
// SPDX-License-Identifier line, a link to a license page (opensource.org, spdx.org, gnu.org,
// apache.org, creativecommons.org...), an SPDX id (`Apache-2.0`), or a name as people write it
// ("Licensed under the Apache License, Version 2.0", "GPLv3", "CC BY-NC 4.0", "3-clause BSD").
import { withoutRange } from './corpus.js';
import { loadSpdxMeta, type SpdxMeta } from './spdx-meta.js';

export interface LicenseMention<L = never> {
  /** SPDX id, or an SPDX expression from an SPDX-License-Identifier line. */
  id: string;
  /** 1 when the text says exactly which license; 0.9 when it names a family and the version is guessed. */
  score: number;
  /** Set when the version was guessed: a mention of `family` matches any version of it. */
  family: string | null;
  how: 'identifier' | 'url' | 'id' | 'name';
  /** What the text says (`Apache License, Version 2.0`), or the link's URL. */
  text: string;
  /** Offset in the text, or -1 for a link. */
  index: number;
  link?: L;
}

interface Found {
  id: string;
  family: string | null;
  how: LicenseMention['how'];
  start: number;
  end: number;
}

const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"']+|\b(?:opensource\.org|spdx\.org|choosealicense\.com|creativecommons\.org|gnu\.org|apache\.org|mozilla\.org|unlicense\.org)\/[^\s<>()[\]"']*/gi;

/** Ids made only of letters are common words too (`Vim`, `Ruby`, `curl`): only these count as a bare word. */
const WORD_IDS = new Set(['mit', 'isc', 'zlib', 'wtfpl', 'unlicense', 'postgresql', 'beerware']);

/**
 * Finds the licenses a text names, in the order they appear, each once. `links` are the text's links
 * (from Markdown); URLs written out in the text are read too.
 */
export async function findLicenseMentions<L extends { url: string }>(
  text: string,
  links: L[] = [],
  options: { identifierOnly?: boolean } = {},
): Promise<LicenseMention<L>[]> {
  const meta = await loadSpdxMeta();
  const found: Found[] = [...identifierLines(text, meta)];
  if (!options.identifierOnly) {
    for (const m of text.matchAll(URL_IN_TEXT)) {
      const id = licenseOfUrl(m[0], meta);
      if (id) found.push({ ...id, how: 'url', start: m.index, end: m.index + m[0].length });
    }
    // Names are not read inside URLs (`github.com/lab/mit-tools`); blanks keep the offsets.
    const withoutUrls = text.replace(URL_IN_TEXT, (url) => ' '.repeat(url.length));
    found.push(...ids(withoutUrls, meta), ...names(withoutUrls, meta));
  }
  // Earliest first; at one place the longest reading wins (`MIT No Attribution` over `MIT`).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: LicenseMention<L>[] = [];
  let covered = -1;
  for (const f of found) {
    if (f.start < covered) continue;
    covered = f.end;
    if (result.some((r) => r.id === f.id)) continue;
    result.push({ id: f.id, score: f.family ? 0.9 : 1, family: f.family, how: f.how, text: text.slice(f.start, f.end), index: f.start });
  }
  for (const link of links) {
    const id = licenseOfUrl(link.url, meta);
    if (id && !result.some((r) => r.id === id.id)) result.push({ id: id.id, score: id.family ? 0.9 : 1, family: id.family, how: 'url', text: link.url, index: -1, link });
  }
  return result;
}

/** Does a mention name this license (same id, an id with the same text, or any version of a family named without one)? */
export function mentionMatches(mention: { id: string; family: string | null }, id: string, aliases: string[] = []): boolean {
  const same = (a: string) => withoutRange(a) === withoutRange(mention.id);
  if (same(id) || aliases.some(same)) return true;
  if (!mention.family) return false;
  return mention.family === 'BSD' ? /^(?:\d?BSD)-/i.test(id) || id === '0BSD' : new RegExp(`^${mention.family}-\\d`, 'i').test(id);
}

function* identifierLines(text: string, meta: SpdxMeta): Generator<Found> {
  for (const m of text.matchAll(/SPDX-License-Identifier:[ \t]*([^\n]*?)[ \t]*(?:\*\/|-->|#}|$)/gim)) {
    const expression = m[1].replace(/\s+/g, ' ').trim();
    if (!expression) continue;
    const parts = expression.split(/([()\s]+|\b(?:AND|OR|WITH)\b)/);
    const rewritten = parts.map((p) => (/^[A-Za-z0-9.+-]+$/.test(p) && !/^(AND|OR|WITH)$/.test(p) ? (meta.canonical(p) ?? p) : p)).join('');
    yield { id: rewritten.replace(/\s+/g, ' ').trim(), family: null, how: 'identifier', start: m.index, end: m.index + m[0].length };
  }
}

/** SPDX ids written as such: `Apache-2.0`, `GPL-3.0-or-later`, `CC-BY-NC-4.0`, `MIT`. */
function* ids(text: string, meta: SpdxMeta): Generator<Found> {
  for (const m of text.matchAll(/(?<![A-Za-z0-9.+-])[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g)) {
    const word = m[0];
    if (!/[-\d]/.test(word) && !WORD_IDS.has(word.toLowerCase())) continue;
    const id = meta.canonical(word);
    if (id) yield { id, family: null, how: 'id', start: m.index, end: m.index + word.length };
  }
}

/**
 * Names as people write them, matched on a copy of the text in lower case with punctuation turned
 * into spaces and spaces collapsed (`origin` maps its offsets back to the text).
 */
function* names(text: string, meta: SpdxMeta): Generator<Found> {
  let scan = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = /[A-Za-z0-9+]/.test(text[i]) || (text[i] === '.' && /\d/.test(text[i + 1] ?? '') && /\d/.test(text[i - 1] ?? '')) ? text[i].toLowerCase() : ' ';
    if (c === ' ' && (scan.length === 0 || scan.endsWith(' '))) continue;
    scan += c;
    origin.push(i);
  }
  scan = scan.replace(/licenc/g, 'licens');
  origin.push(text.length);
  const at = (start: number, end: number) => ({ start: origin[start], end: origin[Math.max(start, end - 1)] + 1 });
  const known = (id: string) => meta.canonical(id);

  for (const [pattern, read] of NAME_PATTERNS) {
    for (const m of scan.matchAll(pattern)) {
      const r = read(m);
      if (!r) continue;
      const id = known(r.id);
      if (id) yield { id, family: r.family ?? null, how: 'name', ...at(m.index, m.index + m[0].trimEnd().length) };
    }
  }
  // Every SPDX name of two words or more, as SPDX writes it ("Eclipse Public License 2.0", "zlib License").
  for (const license of meta.byId.values()) {
    if (license.deprecated) continue;
    const name = license.name.toLowerCase().replace(/licenc/g, 'licens').replace(/[^a-z0-9+.]+/g, ' ').replace(/\.(?!\d)/g, ' ').replace(/\s+/g, ' ').trim();
    if (!name.includes(' ')) continue;
    for (let from = scan.indexOf(name); from >= 0; from = scan.indexOf(name, from + 1)) {
      const before = scan[from - 1];
      const after = scan[from + name.length];
      if ((before === undefined || before === ' ') && (after === undefined || after === ' ' || after === '.')) {
        yield { id: license.id, family: null, how: 'name', ...at(from, from + name.length) };
      }
    }
  }
}

type Reading = { id: string; family?: string } | null;

const CC_PARTS = String.raw`((?: (?:non ?commercial|nc|no ?deriv(?:ative)?s?|nd|share ?alike|sa))*)`;

const NAME_PATTERNS: [RegExp, (m: RegExpMatchArray) => Reading][] = [
  [/\bapache(?: software)?(?: license)?(?: v(?:ersion)?)? ?v?([12])(?:\.(\d))?\b/g, (m) => ({ id: `Apache-${m[1]}.${m[2] ?? 0}` })],
  [/\bapache license\b/g, () => ({ id: 'Apache-2.0', family: 'Apache' })],
  [
    /\b(?:gnu )?(affero |lesser |library )?general public license(?: v(?:ersion)?)? ?v?([123])(?:\.(\d))?( only| or (?:at your option )?(?:any )?later(?: version)?| ?\+)?/g,
    (m) => gnu(m[1]?.trim() ?? '', m[2], m[3], m[4]),
  ],
  [/\b(a|l)?gpl(?: version| v)? ?v?([123])(?:\.(\d))?( only| or (?:at your option )?(?:any )?later(?: version)?| ?\+)?/g, (m) => gnu(m[1] ?? '', m[2], m[3], m[4])],
  [/\b(?:gnu )?(affero |lesser |library )?general public license\b/g, (m) => gnuFamily(m[1]?.trim() ?? '')],
  [/\b(a|l)?gpl\b/g, (m) => gnuFamily(m[1] ?? '')],
  [/\bbsd (?:license )?(0|1|2|3|4|zero|one|two|three|four) ?clause\b/g, (m) => bsd(m[1])],
  [/\b(0|1|2|3|4|zero|one|two|three|four) ?clause bsd\b/g, (m) => bsd(m[1])],
  [/\b(?:new|revised|modified) bsd\b/g, () => ({ id: 'BSD-3-Clause' })],
  [/\bsimplified bsd\b|\bfreebsd license\b/g, () => ({ id: 'BSD-2-Clause' })],
  [/\bbsd\b/g, () => ({ id: 'BSD-3-Clause', family: 'BSD' })],
  [/\bmit\b/g, () => ({ id: 'MIT' })],
  [/\b(?:mozilla public license|mpl)(?: v(?:ersion)?)? ?v?([12])\.(\d)\b/g, (m) => ({ id: `MPL-${m[1]}.${m[2]}` })],
  [/\bmozilla public license\b|\bmpl\b/g, () => ({ id: 'MPL-2.0', family: 'MPL' })],
  [/\b(?:eclipse public license|epl)(?: v(?:ersion)?)? ?v?([12])(?:\.0)?\b/g, (m) => ({ id: `EPL-${m[1]}.0` })],
  [/\b(?:european union public license|eupl)(?: v(?:ersion)?)? ?v?1\.([012])\b/g, (m) => ({ id: `EUPL-1.${m[1]}` })],
  [new RegExp(String.raw`\b(?:creative commons|cc) (?:attribution|by)${CC_PARTS}(?: (?:international|generic|unported|public|license))*(?: v(?:ersion)?)?(?: ?v?(\d\.\d))?`, 'g'), (m) => cc(m[1], m[2])],
  [/\bcc0\b|\bcc zero\b|\bcreative commons zero\b/g, () => ({ id: 'CC0-1.0' })],
  [/\bunlicense\b/g, () => ({ id: 'Unlicense' })],
  [/\bboost software license\b/g, () => ({ id: 'BSL-1.0' })],
  [/\bartistic license (?:v(?:ersion)? ?)?2\.0\b/g, () => ({ id: 'Artistic-2.0' })],
  [/\bisc license\b/g, () => ({ id: 'ISC' })],
  [/\bwtfpl\b/g, () => ({ id: 'WTFPL' })],
];

function gnu(kind: string, major: string, minor: string | undefined, range: string | undefined): Reading {
  const prefix = kind === 'affero' || kind === 'a' ? 'AGPL' : kind ? 'LGPL' : 'GPL';
  // The Lesser GPL began at 2.1; "Library" GPL is 2.0.
  const version = `${major}.${minor ?? (prefix === 'LGPL' && major === '2' && kind !== 'library' ? '1' : '0')}`;
  const later = range && /later|\+/.test(range);
  return { id: `${prefix}-${version}-${later ? 'or-later' : 'only'}` };
}

function gnuFamily(kind: string): Reading {
  const prefix = kind === 'affero' || kind === 'a' ? 'AGPL' : kind ? 'LGPL' : 'GPL';
  return { id: `${prefix}-3.0-only`, family: prefix };
}

function bsd(clauses: string): Reading {
  const n = ({ zero: '0', one: '1', two: '2', three: '3', four: '4' } as Record<string, string>)[clauses] ?? clauses;
  return { id: n === '0' ? '0BSD' : `BSD-${n}-Clause` };
}

function cc(parts: string, version: string | undefined): Reading {
  const nc = /non ?commercial|\bnc\b/.test(parts);
  const nd = /deriv|\bnd\b/.test(parts);
  const sa = /share ?alike|\bsa\b/.test(parts);
  const id = `CC-BY${nc ? '-NC' : ''}${nd ? '-ND' : sa ? '-SA' : ''}`;
  return version ? { id: `${id}-${version}` } : { id: `${id}-4.0`, family: id };
}

/** The license a URL points at: a license page, or null (a URL of anything else, a repository's own LICENSE file). */
export function licenseOfUrl(url: string, meta: SpdxMeta): { id: string; family: string | null } | null {
  const u = url
    .trim()
    .toLowerCase()
    .replace(/^<|>$/g, '')
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[#?].*$/, '')
    .replace(/\/+$/, '')
    .replace(/\/(?:legalcode|deed)(?:\.[a-z-]+)?$/, '')
    .replace(/\.(?:html?|php|txt|md|en)$/, '')
    .replace(/\.(?:html?|php|txt|md|en)$/, '');
  const exact = (id: string) => {
    const c = meta.canonical(id) ?? meta.canonical(id.replace(/-license$/, ''));
    return c ? { id: c, family: null } : null;
  };
  let m: RegExpExecArray | null;
  if ((m = /^(?:opensource\.org\/licenses?|spdx\.org\/licenses|choosealicense\.com\/licenses)\/([^/]+)$/.exec(u))) return exact(m[1]);
  if ((m = /^apache\.org\/licenses\/license-(\d\.\d)$/.exec(u))) return exact(`Apache-${m[1]}`);
  if ((m = /^gnu\.org\/licenses\/(?:old-licenses\/)?(a|l)?gpl(?:-(\d\.\d))?(?:-standalone)?$/.exec(u))) {
    const prefix = m[1] === 'a' ? 'AGPL' : m[1] === 'l' ? 'LGPL' : 'GPL';
    return m[2] ? exact(`${prefix}-${m[2]}-only`) : { id: `${prefix}-3.0-only`, family: prefix };
  }
  if ((m = /^gnu\.org\/licenses\/fdl-(\d\.\d)$/.exec(u))) return exact(`GFDL-${m[1]}-only`);
  if ((m = /^creativecommons\.org\/licenses\/(by(?:-nc)?(?:-nd|-sa)?)\/(\d\.\d)(?:\/([a-z]{2,3}))?$/.exec(u))) {
    const base = `CC-${m[1].toUpperCase()}-${m[2]}`;
    return (m[3] && exact(`${base}-${m[3]}`)) || exact(base);
  }
  if (/^creativecommons\.org\/publicdomain\/zero\/1\.0$/.test(u)) return exact('CC0-1.0');
  if ((m = /^(?:[a-z]+\.)?mozilla\.org\/(?:[a-z-]+\/)?mpl\/(\d\.\d)$/.exec(u))) return exact(`MPL-${m[1]}`);
  if ((m = /^eclipse\.org\/legal\/epl-(?:v)?(\d)(?:\.?0)?$/.exec(u))) return exact(`EPL-${m[1]}.0`);
  if (/^unlicense\.org$/.test(u)) return exact('Unlicense');
  for (const license of meta.byId.values()) {
    if (!license.deprecated && license.url && u === license.url.toLowerCase().replace(/^[a-z]+:\/\/(?:www\.)?/, '').replace(/\/+$/, '')) return exact(license.id);
  }
  return null;
}

/** A link to a license file of the repository itself (`LICENSE`, `./LICENSE.md`, `https://github.com/o/r/blob/main/LICENSE`). */
export function isLicenseFileLink(url: string): boolean {
  const path = url.trim().replace(/[#?].*$/, '');
  if (/^[a-z]+:\/\//i.test(path) && !/^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/]+\/[^/]+\/(?:-\/)?(?:blob|raw|tree)\/[^/]+\//i.test(path)) return false;
  return /(?:^|\/)(?:licen[cs]e|copying)(?:\.(?:md|txt|markdown|rst))?$/i.test(path);
}
