import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/license/normalize.ts
var VARIANTS = new Map(
  Object.entries({
    licence: "license",
    licences: "licenses",
    licenced: "licensed",
    licencing: "licensing",
    licencee: "licensee",
    licencees: "licensees",
    licencor: "licensor",
    licencors: "licensors",
    sublicence: "sublicense",
    authorise: "authorize",
    authorised: "authorized",
    organisation: "organization",
    organisations: "organizations",
    recognised: "recognized",
    favour: "favor",
    behaviour: "behavior",
    acknowledgement: "acknowledgment",
    acknowledgements: "acknowledgments"
  })
);
var LINE_PREFIX = /^\s*(?:>\s*)*(?:#{1,6}\s+)?(?:(?:[-*+\u2022\u00b7\u25aa\u25e6]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6})[.)])\s+)*[*_`~\s]*/i;
var COPYRIGHT_LINE = /^(?:copyright\s*(?:\(c\)|\u00a9|&copy;|\d{4}|[<[{]|\byyyy\b|\byear\b)|\(c\)\s*(?:\d{4}|[<[{])|\u00a9)/i;
var COPYRIGHT_NAMES = /^(?:[Cc]opyright|COPYRIGHT)\s+(?:by\s+)?(?:[A-Z0-9][^\s]*\s*){1,8}$/;
var COPYRIGHT_PROSE = /\b(?:and|or|notices?|holders?|owners?|licen[cs]e|permission|laws?|means|shall|rights)\b/i;
var COPYRIGHT_STATEMENT = /^[^.]*?(?:\b(?:inc|ltd|llc|corp|co|gmbh|ag|bv|sa)\.[^.]*?)?(?:\.(?=\s|$)|$)/i;
var LONG_LINE = 120;
var COPYRIGHT_BLOCK = 250;
var GRANT = /permi|grant|licen|distribut|warrant|free of charge|provided|may be|\buse\b/i;
var RIGHTS_RESERVED = /^all rights reserved\.?/i;
var URL = /<?\b(?:https?:\/\/|www\.)[^\s<>()[\]]+>?/gi;
var MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
var FSF_ADDRESS = /\b(?:51 franklin st(?:reet)?,?\s+fifth floor|59 temple place,?\s+suite 330|675 mass(?:achusetts)? ave(?:nue)?)[,\s]+(?:boston|cambridge),?\s+ma\s+0\d{4}(?:-\d{4})?(?:[,\s]+usa)?/g;
var TITLE = /^[^\p{L}\p{N}]*(?:[^\s.,;:!?()]+\s+){0,10}?licen[cs]e\b(?:\s*\([^)\n]{1,20}\))?(?:\s*[-\u2013\u2014,]?\s*(?:version|v\.?)\s*\d+(?:\.\d+)*(?:\s*[-\u2013\u2014,]?\s*(?:\d{1,2}\s+)?[a-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})?)?/iu;
function cleanLines(text, keepLinks = false) {
  const lines = text.split(/\r\n?|\n/);
  let paragraphStart = true;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.includes("<!--")) line = line.replace(/<!--.*?-->/g, "");
    if (!keepLinks && line.includes("](")) line = line.replace(MARKDOWN_LINK, "$1");
    if (!keepLinks && (line.includes("://") || line.includes("www."))) line = line.replace(URL, " ");
    const c = line.charCodeAt(0);
    if (!(c >= 97 && c <= 122 || c >= 65 && c <= 90)) line = line.replace(LINE_PREFIX, "");
    const first = line.charCodeAt(0) | 32;
    const startsParagraph = paragraphStart;
    paragraphStart = line.trim() === "";
    if ((first === 99 || first === 40 || line.startsWith("\xA9")) && (COPYRIGHT_LINE.test(line) || line.length < 100 && COPYRIGHT_NAMES.test(line) && !COPYRIGHT_PROSE.test(line))) {
      const end = startsParagraph ? paragraphEnd(lines, i) : i + 1;
      const block = end > i + 1 ? lines.slice(i, end).join(" ") : "";
      if (block && block.length <= COPYRIGHT_BLOCK && !GRANT.test(block)) {
        lines.fill("", i, end);
        i = end - 1;
        paragraphStart = false;
        continue;
      }
      line = line.length <= LONG_LINE ? "" : line.replace(COPYRIGHT_STATEMENT, "");
    } else if (first === 97 && RIGHTS_RESERVED.test(line)) line = line.replace(RIGHTS_RESERVED, "");
    lines[i] = line;
  }
  return lines;
}
function paragraphEnd(lines, from) {
  let end = from + 1;
  while (end < lines.length && lines[end].trim() !== "") end++;
  return end;
}
function noticeText(text) {
  const lines = cleanLines(text, true);
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first >= 0 && lines.slice(first + 1).some((l) => /[\p{L}\p{N}]/u.test(l))) {
    const line = lines[first].trim();
    if (line.split(/\s+/).length <= 12 && /licen[cs]e|copying/i.test(line) && !/[.,;]$/.test(line)) lines[first] = "";
  }
  return lines.join("\n");
}
function isWordCode(c) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 48 && c <= 57 || c >= 65 && c <= 90;
  return c >= 192 && c !== 215 && c !== 247 && (c < 8192 || c >= 11264) && (c < 12288 || c > 12351) && (c < 65072 || c > 65103) && (c < 65280 || c > 65295);
}
function isLetterCode(c) {
  return isWordCode(c) && (c < 48 || c > 57);
}
var LABEL_WORD = /^(?:[a-z]|i{2,3}|iv|vi{1,3}|ix|xi{0,3}|xiv|xv|\d{1,3})$/;
var TERMS_END = "end of terms and conditions";
function licenseWords(text) {
  const words = [];
  forEachLicenseWord(text, (w) => words.push(w));
  return words;
}
function forEachLicenseWord(text, visit) {
  let s = cleanLines(text).join("\n").toLowerCase();
  s = s.replace(TITLE, " ");
  if (s.includes(" ma ")) s = s.replace(FSF_ADDRESS, " ");
  const end = s.indexOf(TERMS_END);
  if (end >= 0) s = s.slice(0, end);
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 38) {
      visit("and");
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    let word = "";
    let start = i;
    const before = s.charCodeAt(i - 1);
    for (; ; ) {
      while (i < n && isWordCode(s.charCodeAt(i))) i++;
      const sep = s.charCodeAt(i);
      if ((sep === 45 || sep === 39 || sep === 8217 || sep === 96) && isLetterCode(s.charCodeAt(i - 1))) {
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
    const after = s.charCodeAt(i);
    if ((after === 46 || after === 41 || before === 40) && LABEL_WORD.test(word)) continue;
    visit(VARIANTS.get(word) ?? word);
  }
}

// src/license/package-data.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var require2 = createRequire(import.meta.url);
var here = dirname(fileURLToPath(import.meta.url));
function readPackageJson(spec) {
  const bundled = join(here, "data", spec);
  return JSON.parse(readFileSync(existsSync(bundled) ? bundled : require2.resolve(spec), "utf8"));
}
function readProjectData(name) {
  const bundled = join(here, "data", name);
  return JSON.parse(readFileSync(existsSync(bundled) ? bundled : join(here, "..", "..", "data", name), "utf8"));
}

// src/license/corpus.ts
var TERM_WORDS = /^(?:not|no|nor|never|cannot|without|except\w*|exclud\w*|prohibit\w*|forbid\w*|restrict\w*|limit\w*|commercial\w*|noncommercial|non|sell\w*|sold|sale|resale|fees?|paid|charge|academic|research|personal|internal\w*|proprietary|confidential|reserved|revoc\w*|revok\w*|terminat\w*|only|solely|exclusively|military|clinical|medical|consent|permission|nc|nd|sa|gpl|agpl|lgpl|cc|creative|commons|sharealike|derivatives?)$/;
function termCounts(words) {
  let counts;
  for (const w of words) if (TERM_WORDS.test(w)) (counts ??= {})[w] = (counts[w] ?? 0) + 1;
  return counts;
}
function deprecation(currentIds, allIds) {
  const listed = new Set(currentIds);
  const all = new Set(allIds);
  return {
    isDeprecated: (id) => !listed.has(id),
    current: (id) => {
      if (listed.has(id)) return id;
      const replacement = id.endsWith("+") ? `${id.slice(0, -1)}-or-later` : `${id}-only`;
      return all.has(replacement) ? replacement : id;
    }
  };
}
function withoutRange(id) {
  return id.toLowerCase().replace(/-only$|-or-later$|\+$/, "");
}
var pending;
function loadCorpus() {
  return pending ??= Promise.resolve().then(() => corpusFrom(readProjectData("license-index.json")));
}
function corpusFrom(index) {
  const vocabulary = /* @__PURE__ */ new Map();
  for (const word of index.vocabulary) vocabulary.set(word, vocabulary.size);
  const entries = index.entries.map((entry) => ({ ...entry, words: Int32Array.from(entry.words) }));
  return {
    entries,
    vocabulary,
    candidates(length) {
      const low = length * 0.3 - 20;
      const high = length * 5.5 + 40;
      return entries.filter((entry) => entry.estimate >= low && entry.estimate <= high && entry.length > 0);
    }
  };
}

// src/license/spdx-meta.ts
var pending2;
function loadSpdxMeta() {
  return pending2 ??= Promise.resolve().then(build);
}
function build() {
  const list = readPackageJson("spdx-license-list/spdx.json");
  const { isDeprecated, current } = deprecation(readPackageJson("spdx-license-ids/index.json"), Object.keys(list));
  const byId = /* @__PURE__ */ new Map();
  for (const [id, l] of Object.entries(list)) byId.set(id.toLowerCase(), { id, name: l.name, url: l.url, osiApproved: l.osiApproved, deprecated: isDeprecated(id) });
  const canonical = (id) => {
    const found = byId.get(id.toLowerCase());
    return found ? current(found.id) : null;
  };
  return { byId, canonical };
}

// src/license/classify.ts
var FSF_LIBRE_NOT_OSI = /* @__PURE__ */ new Set([
  "Apache-1.0",
  "BitTorrent-1.1",
  "BSD-3-Clause-Clear",
  "BSD-4-Clause",
  "CC-BY-4.0",
  "CC-BY-SA-4.0",
  "CC0-1.0",
  "CECILL-2.0",
  "CECILL-B",
  "CECILL-C",
  "ClArtistic",
  "Condor-1.1",
  "eCos-2.0",
  "FTL",
  "GFDL-1.1-only",
  "GFDL-1.1-or-later",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "gnuplot",
  "IJG",
  "iMatix",
  "Imlib2",
  "LPPL-1.2",
  "LPPL-1.3a",
  "NOSL",
  "NPL-1.0",
  "NPL-1.1",
  "ODbL-1.0",
  "OFL-1.0",
  "OLDAP-2.3",
  "OLDAP-2.7",
  "OpenSSL",
  "Ruby",
  "SGI-B-2.0",
  "SMLNJ",
  "Vim",
  "WTFPL",
  "X11",
  "XFree86-1.1",
  "xinetd",
  "YPL-1.1",
  "Zend-2.0",
  "Zimbra-1.3"
]);
async function classifyLicenseId(id) {
  const expression = id.replace(/[()]/g, " ").trim();
  if (/\s(?:OR|AND)\s/i.test(expression)) {
    const or = /\sOR\s/i.test(expression);
    const parts = await Promise.all(expression.split(/\s+(?:OR|AND)\s+/i).map(classifyLicenseId));
    const allowed = parts.filter((p) => p.kind === "redistributable");
    if (or ? allowed.length > 0 : allowed.length === parts.length) return { kind: "redistributable", reason: or ? "offers a choice that allows redistribution" : "allows redistribution in every part" };
    return parts.find((p) => p.kind !== "redistributable") ?? parts[0];
  }
  const base = expression.split(/\s+WITH\s+/i)[0].trim();
  const meta = await loadSpdxMeta();
  const canonical = meta.canonical(base);
  const license = canonical ? meta.byId.get(canonical.toLowerCase()) : void 0;
  if (!canonical || !license) return { kind: "needs-review", reason: `is not an SPDX license (\`${base}\`), so it needs review` };
  if (/(?:^|-)NC(?:-|$)/.test(canonical) || /non-?commercial/i.test(license.name)) return { kind: "non-commercial", reason: "forbids commercial use" };
  if (/(?:^|-)ND(?:-|$)/.test(canonical) || /no-?deriv/i.test(license.name)) return { kind: "no-derivatives", reason: "forbids derivative works" };
  if (canonical === "CC0-1.0" || /^CC-BY(?:-SA)?-\d/.test(canonical)) return { kind: "redistributable", reason: "is a Creative Commons license that allows redistribution" };
  if (license.osiApproved) return { kind: "redistributable", reason: "is OSI-approved" };
  if (FSF_LIBRE_NOT_OSI.has(canonical)) return { kind: "redistributable", reason: "is on the FSF free-license list" };
  return { kind: "needs-review", reason: "is neither OSI-approved nor on the FSF free-license list, so it needs review" };
}
async function classifyDetection(detection) {
  if (!detection) return { kind: "none", reason: "gives no license" };
  if (detection.rider) return { kind: "needs-review", reason: `forbids selling the software (the ${detection.rider.name}), so it is not an open-source license` };
  if (!detection.id) {
    if (detection.proprietary) return { kind: "needs-review", reason: "does not allow redistribution" };
    return detection.nearest ? { kind: "needs-review", reason: "cannot be taken to allow redistribution without a review" } : { kind: "none", reason: "gives no license" };
  }
  return classifyLicenseId(detection.id);
}

// src/license/notice.ts
var URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"']+|\b(?:opensource\.org|spdx\.org|choosealicense\.com|creativecommons\.org|gnu\.org|apache\.org|mozilla\.org|unlicense\.org)\/[^\s<>()[\]"']*/gi;
var WORD_IDS = /* @__PURE__ */ new Set(["mit", "isc", "zlib", "wtfpl", "unlicense", "postgresql", "beerware"]);
async function findLicenseMentions(text, links = [], options = {}) {
  const meta = await loadSpdxMeta();
  const found = [...identifierLines(text, meta)];
  if (!options.identifierOnly) {
    for (const m of text.matchAll(URL_IN_TEXT)) {
      const id = licenseOfUrl(m[0], meta);
      if (id) found.push({ ...id, how: "url", start: m.index, end: m.index + m[0].length });
    }
    const withoutUrls = text.replace(URL_IN_TEXT, (url) => " ".repeat(url.length));
    found.push(...ids(withoutUrls, meta), ...names(withoutUrls, meta));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result = [];
  let covered = -1;
  for (const f of found) {
    if (f.start < covered) continue;
    covered = f.end;
    if (result.some((r) => r.id === f.id)) continue;
    result.push({ id: f.id, score: f.family ? 0.9 : 1, family: f.family, how: f.how, text: text.slice(f.start, f.end), index: f.start });
  }
  for (const link of links) {
    const id = licenseOfUrl(link.url, meta);
    if (id && !result.some((r) => r.id === id.id)) result.push({ id: id.id, score: id.family ? 0.9 : 1, family: id.family, how: "url", text: link.url, index: -1, link });
  }
  return result;
}
function mentionMatches(mention, id, aliases = []) {
  const same = (a) => withoutRange(a) === withoutRange(mention.id);
  if (same(id) || aliases.some(same)) return true;
  if (!mention.family) return false;
  return mention.family === "BSD" ? /^(?:\d?BSD)-/i.test(id) || id === "0BSD" : new RegExp(`^${mention.family}-\\d`, "i").test(id);
}
function* identifierLines(text, meta) {
  for (const m of text.matchAll(/SPDX-License-Identifier:[ \t]*([^\n]*?)[ \t]*(?:\*\/|-->|#}|$)/gim)) {
    const expression = m[1].replace(/\s+/g, " ").trim();
    if (!expression) continue;
    const parts = expression.split(/([()\s]+|\b(?:AND|OR|WITH)\b)/);
    const rewritten = parts.map((p) => /^[A-Za-z0-9.+-]+$/.test(p) && !/^(AND|OR|WITH)$/.test(p) ? meta.canonical(p) ?? p : p).join("");
    yield { id: rewritten.replace(/\s+/g, " ").trim(), family: null, how: "identifier", start: m.index, end: m.index + m[0].length };
  }
}
function* ids(text, meta) {
  for (const m of text.matchAll(/(?<![A-Za-z0-9.+-])[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g)) {
    const word = m[0];
    if (!/[-\d]/.test(word) && !WORD_IDS.has(word.toLowerCase())) continue;
    const id = meta.canonical(word);
    if (id) yield { id, family: null, how: "id", start: m.index, end: m.index + word.length };
  }
}
function* names(text, meta) {
  let scan = "";
  const origin = [];
  for (let i = 0; i < text.length; i++) {
    const c = /[A-Za-z0-9+]/.test(text[i]) || text[i] === "." && /\d/.test(text[i + 1] ?? "") && /\d/.test(text[i - 1] ?? "") ? text[i].toLowerCase() : " ";
    if (c === " " && (scan.length === 0 || scan.endsWith(" "))) continue;
    scan += c;
    origin.push(i);
  }
  scan = scan.replace(/licenc/g, "licens");
  origin.push(text.length);
  const at = (start, end) => ({ start: origin[start], end: origin[Math.max(start, end - 1)] + 1 });
  const known = (id) => meta.canonical(id);
  for (const [pattern, read] of NAME_PATTERNS) {
    for (const m of scan.matchAll(pattern)) {
      const r = read(m);
      if (!r) continue;
      const id = known(r.id);
      if (id) yield { id, family: r.family ?? null, how: "name", ...at(m.index, m.index + m[0].trimEnd().length) };
    }
  }
  for (const license of meta.byId.values()) {
    if (license.deprecated) continue;
    const name = license.name.toLowerCase().replace(/licenc/g, "licens").replace(/[^a-z0-9+.]+/g, " ").replace(/\.(?!\d)/g, " ").replace(/\s+/g, " ").trim();
    if (!name.includes(" ")) continue;
    for (let from = scan.indexOf(name); from >= 0; from = scan.indexOf(name, from + 1)) {
      const before = scan[from - 1];
      const after = scan[from + name.length];
      if ((before === void 0 || before === " ") && (after === void 0 || after === " " || after === ".")) {
        yield { id: license.id, family: null, how: "name", ...at(from, from + name.length) };
      }
    }
  }
}
var CC_PARTS = String.raw`((?: (?:non ?commercial|nc|no ?deriv(?:ative)?s?|nd|share ?alike|sa))*)`;
var NAME_PATTERNS = [
  [/\bapache(?: software)?(?: license)?(?: v(?:ersion)?)? ?v?([12])(?:\.(\d))?\b/g, (m) => ({ id: `Apache-${m[1]}.${m[2] ?? 0}` })],
  [/\bapache license\b/g, () => ({ id: "Apache-2.0", family: "Apache" })],
  [
    /\b(?:gnu )?(affero |lesser |library )?general public license(?: v(?:ersion)?)? ?v?([123])(?:\.(\d))?( only| or (?:at your option )?(?:any )?later(?: version)?| ?\+)?/g,
    (m) => gnu(m[1]?.trim() ?? "", m[2], m[3], m[4])
  ],
  [/\b(a|l)?gpl(?: version| v)? ?v?([123])(?:\.(\d))?( only| or (?:at your option )?(?:any )?later(?: version)?| ?\+)?/g, (m) => gnu(m[1] ?? "", m[2], m[3], m[4])],
  [/\b(?:gnu )?(affero |lesser |library )?general public license\b/g, (m) => gnuFamily(m[1]?.trim() ?? "")],
  [/\b(a|l)?gpl\b/g, (m) => gnuFamily(m[1] ?? "")],
  [/\bbsd (?:license )?(0|1|2|3|4|zero|one|two|three|four) ?clause\b/g, (m) => bsd(m[1])],
  [/\b(0|1|2|3|4|zero|one|two|three|four) ?clause bsd\b/g, (m) => bsd(m[1])],
  [/\b(?:new|revised|modified) bsd\b/g, () => ({ id: "BSD-3-Clause" })],
  [/\bsimplified bsd\b|\bfreebsd license\b/g, () => ({ id: "BSD-2-Clause" })],
  [/\bbsd\b/g, () => ({ id: "BSD-3-Clause", family: "BSD" })],
  [/\bmit\b/g, () => ({ id: "MIT" })],
  [/\b(?:mozilla public license|mpl)(?: v(?:ersion)?)? ?v?([12])\.(\d)\b/g, (m) => ({ id: `MPL-${m[1]}.${m[2]}` })],
  [/\bmozilla public license\b|\bmpl\b/g, () => ({ id: "MPL-2.0", family: "MPL" })],
  [/\b(?:eclipse public license|epl)(?: v(?:ersion)?)? ?v?([12])(?:\.0)?\b/g, (m) => ({ id: `EPL-${m[1]}.0` })],
  [/\b(?:european union public license|eupl)(?: v(?:ersion)?)? ?v?1\.([012])\b/g, (m) => ({ id: `EUPL-1.${m[1]}` })],
  [new RegExp(String.raw`\b(?:creative commons|cc) (?:attribution|by)${CC_PARTS}(?: (?:international|generic|unported|public|license))*(?: v(?:ersion)?)?(?: ?v?(\d\.\d))?`, "g"), (m) => cc(m[1], m[2])],
  [/\bcc0\b|\bcc zero\b|\bcreative commons zero\b/g, () => ({ id: "CC0-1.0" })],
  [/\bunlicense\b/g, () => ({ id: "Unlicense" })],
  [/\bboost software license\b/g, () => ({ id: "BSL-1.0" })],
  [/\bartistic license (?:v(?:ersion)? ?)?2\.0\b/g, () => ({ id: "Artistic-2.0" })],
  [/\bisc license\b/g, () => ({ id: "ISC" })],
  [/\bwtfpl\b/g, () => ({ id: "WTFPL" })]
];
function gnu(kind, major, minor, range) {
  const prefix = kind === "affero" || kind === "a" ? "AGPL" : kind ? "LGPL" : "GPL";
  const version = `${major}.${minor ?? (prefix === "LGPL" && major === "2" && kind !== "library" ? "1" : "0")}`;
  const later = range && /later|\+/.test(range);
  return { id: `${prefix}-${version}-${later ? "or-later" : "only"}` };
}
function gnuFamily(kind) {
  const prefix = kind === "affero" || kind === "a" ? "AGPL" : kind ? "LGPL" : "GPL";
  return { id: `${prefix}-3.0-only`, family: prefix };
}
function bsd(clauses) {
  const n = { zero: "0", one: "1", two: "2", three: "3", four: "4" }[clauses] ?? clauses;
  return { id: n === "0" ? "0BSD" : `BSD-${n}-Clause` };
}
function cc(parts, version) {
  const nc = /non ?commercial|\bnc\b/.test(parts);
  const nd = /deriv|\bnd\b/.test(parts);
  const sa = /share ?alike|\bsa\b/.test(parts);
  const id = `CC-BY${nc ? "-NC" : ""}${nd ? "-ND" : sa ? "-SA" : ""}`;
  return version ? { id: `${id}-${version}` } : { id: `${id}-4.0`, family: id };
}
function licenseOfUrl(url, meta) {
  const u = url.trim().toLowerCase().replace(/^<|>$/g, "").replace(/^[a-z]+:\/\//, "").replace(/^www\./, "").replace(/[#?].*$/, "").replace(/\/+$/, "").replace(/\/(?:legalcode|deed)(?:\.[a-z-]+)?$/, "").replace(/\.(?:html?|php|txt|md|en)$/, "").replace(/\.(?:html?|php|txt|md|en)$/, "");
  const exact = (id) => {
    const c = meta.canonical(id) ?? meta.canonical(id.replace(/-license$/, ""));
    return c ? { id: c, family: null } : null;
  };
  let m;
  if (m = /^(?:opensource\.org\/licenses?|spdx\.org\/licenses|choosealicense\.com\/licenses)\/([^/]+)$/.exec(u)) return exact(m[1]);
  if (m = /^apache\.org\/licenses\/license-(\d\.\d)$/.exec(u)) return exact(`Apache-${m[1]}`);
  if (m = /^gnu\.org\/licenses\/(?:old-licenses\/)?(a|l)?gpl(?:-(\d\.\d))?(?:-standalone)?$/.exec(u)) {
    const prefix = m[1] === "a" ? "AGPL" : m[1] === "l" ? "LGPL" : "GPL";
    return m[2] ? exact(`${prefix}-${m[2]}-only`) : { id: `${prefix}-3.0-only`, family: prefix };
  }
  if (m = /^gnu\.org\/licenses\/fdl-(\d\.\d)$/.exec(u)) return exact(`GFDL-${m[1]}-only`);
  if (m = /^creativecommons\.org\/licenses\/(by(?:-nc)?(?:-nd|-sa)?)\/(\d\.\d)(?:\/([a-z]{2,3}))?$/.exec(u)) {
    const base = `CC-${m[1].toUpperCase()}-${m[2]}`;
    return m[3] && exact(`${base}-${m[3]}`) || exact(base);
  }
  if (/^creativecommons\.org\/publicdomain\/zero\/1\.0$/.test(u)) return exact("CC0-1.0");
  if (m = /^(?:[a-z]+\.)?mozilla\.org\/(?:[a-z-]+\/)?mpl\/(\d\.\d)$/.exec(u)) return exact(`MPL-${m[1]}`);
  if (m = /^eclipse\.org\/legal\/epl-(?:v)?(\d)(?:\.?0)?$/.exec(u)) return exact(`EPL-${m[1]}.0`);
  if (/^unlicense\.org$/.test(u)) return exact("Unlicense");
  for (const license of meta.byId.values()) {
    if (!license.deprecated && license.url && u === license.url.toLowerCase().replace(/^[a-z]+:\/\/(?:www\.)?/, "").replace(/\/+$/, "")) return exact(license.id);
  }
  return null;
}
function isLicenseFileLink(url) {
  const path = url.trim().replace(/[#?].*$/, "");
  if (/^[a-z]+:\/\//i.test(path) && !/^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/]+\/[^/]+\/(?:-\/)?(?:blob|raw|tree)\/[^/]+\//i.test(path)) return false;
  return /(?:^|\/)(?:licen[cs]e|copying)(?:\.(?:md|txt|markdown|rst))?$/i.test(path);
}

// src/license/detect.ts
var ACCEPT_SCORE = 0.98;
var PART_OF = 0.95;
var MAX_ADDED_WORDS = 40;
var CONTAINS = 0.98;
var LENGTH_PENALTY = 0.5;
var NOTICE_LEAD = /\b(?:(?:licen[cs]ed|released|distributed|available|provided|published|offered)\s+(?:\S+\s+){0,3}?(?:under|as)|terms\s+of|governed\s+by|covered\s+by)\b|\blicen[cs]e\s*:/i;
var CHOICE = /\beither\b|\bat (?:your|the user's) (?:option|choice)\b|\bdual[- ]licen[cs]ed\b/i;
var PROPRIETARY = /\ball rights reserved\b|\bproprietary\b|\bconfidential\b/i;
var GRANTS = /\bpermission (?:is hereby granted|to use)|\bredistribution and use\b|\bhereby grants?\b|\bis free software\b|\bfree of charge\b/i;
var NOTICE_MAX_WORDS = 250;
var COMMONS_CLAUSE_START = /(?:^|\n)[^\n]*(?:["\u201c]?Commons Clause["\u201d]? License Condition|The Software is provided to you by the Licensor under the License,? as defined below)/i;
var COMMONS_CLAUSE_END = /^\s*(?:[*_-]\s*)?(?:Software|License|Licensor)\s*:|Commons Clause License Condition notice|functionality of the Software|right to Sell the Software/i;
function setAsideRider(text) {
  const m = COMMONS_CLAUSE_START.exec(text);
  if (!m) return { text, rider: null };
  const start = m.index + (m[0].startsWith("\n") ? 1 : 0);
  const lines = text.slice(start).split("\n");
  let last = 0;
  for (let i = 0; i < Math.min(lines.length, 40); i++) if (COMMONS_CLAUSE_END.test(lines[i])) last = i;
  const end = start + lines.slice(0, last + 1).join("\n").length;
  const line = text.slice(0, start).split("\n").length;
  return { text: text.slice(0, start) + text.slice(end), rider: { name: "Commons Clause", line } };
}
var marks = new Uint32Array(0);
var generation = 0;
function rank(corpus, words) {
  const entries = corpus.candidates(words.length);
  if (marks.length < corpus.vocabulary.size) marks = new Uint32Array(corpus.vocabulary.size);
  generation++;
  let distinct = 0;
  const unknown = /* @__PURE__ */ new Set();
  for (const w of words) {
    const index = corpus.vocabulary.get(w);
    if (index === void 0) unknown.add(w);
    else if (marks[index] !== generation) {
      marks[index] = generation;
      distinct++;
    }
  }
  distinct += unknown.size;
  const scores = new Float64Array(entries.length);
  let best = -1;
  let partOf = -1;
  let partOfShare = 0;
  let contains = -1;
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    const ws = entry.words;
    const lengthTerm = distinct + ws.length + LENGTH_PENALTY * Math.abs(words.length - entry.length);
    if (best >= 0 && 2 * Math.min(distinct, ws.length) / lengthTerm < scores[best] * 0.9) continue;
    let overlap = 0;
    for (let i = 0; i < ws.length; i++) if (marks[ws[i]] === generation) overlap++;
    scores[e] = 2 * overlap / lengthTerm;
    const contained = overlap / distinct;
    if (contained >= PART_OF && words.length < entry.length * 0.9 && (partOf < 0 || scores[e] > scores[partOf])) {
      partOf = e;
      partOfShare = contained;
    }
    if (overlap >= ws.length * CONTAINS && words.length > entry.length && words.length - entry.length <= MAX_ADDED_WORDS && (contains < 0 || scores[e] > scores[contains])) contains = e;
    if (best < 0 || scores[e] > scores[best] || scores[e] === scores[best] && entry.id.length < entries[best].id.length) best = e;
  }
  if (best < 0) return { best: null, runnerUp: null, aliases: [], partOf: null, contains: null };
  const top = entries[best];
  const sameLicense = new Set(top.stems);
  const sameText = (e) => scores[e] === scores[best] && entries[e].length === top.length && entries[e].words.length === top.words.length;
  const isSibling = (e) => sameText(e) || entries[e].stems.some((stem) => sameLicense.has(stem));
  const siblings = [...new Set(corpus.entries.flatMap((entry) => entry.ids.filter((_, i) => sameLicense.has(entry.stems[i]))))];
  for (let e = 0; e < entries.length; e++) if (sameText(e)) siblings.push(...entries[e].ids.filter((id) => !siblings.includes(id)));
  const chosen = siblings.find((id) => id.endsWith("-only")) ?? top.id;
  const aliases = siblings.filter((id) => id !== chosen);
  let second = -1;
  for (let e = 0; e < entries.length; e++) {
    if (isSibling(e)) continue;
    if (second < 0 || scores[e] > scores[second]) second = e;
  }
  return {
    best: { id: chosen, score: scores[best] },
    runnerUp: second >= 0 && scores[second] > 0 ? { id: entries[second].id, score: scores[second] } : null,
    aliases,
    partOf: partOf >= 0 ? { id: entries[partOf].id, score: partOfShare } : null,
    contains: contains >= 0 ? { id: entries[contains].id, score: scores[contains], terms: addedTerms(words, entries[contains]) } : null
  };
}
function addedTerms(words, license) {
  return Object.entries(termCounts(words) ?? {}).filter(([word, n]) => n > (license.terms?.[word] ?? 0)).map(([word]) => word);
}
async function detectLicense(text) {
  const { text: body, rider } = setAsideRider(text);
  const words = licenseWords(body);
  const none = { id: null, score: 0, runnerUp: null, nearest: null, method: "none", aliases: [], rider, proprietary: false, partOf: null, amended: null };
  let ranked = { best: null, runnerUp: null, aliases: [], partOf: null, contains: null };
  if (words.length > 0) {
    ranked = rank(await loadCorpus(), words);
    const { best, runnerUp, aliases, contains } = ranked;
    if (best && best.score >= ACCEPT_SCORE) {
      return { id: best.id, score: best.score, runnerUp, nearest: best, method: "text", aliases, rider, proprietary: false, partOf: null, amended: null };
    }
    if (contains && contains.terms.length === 0) {
      const amended2 = { id: contains.id, terms: [] };
      return { id: contains.id, score: contains.score, runnerUp: best && best.id !== contains.id ? best : runnerUp, nearest: { id: contains.id, score: contains.score }, method: "text", aliases: [], rider, proprietary: false, partOf: null, amended: amended2 };
    }
  }
  const nearest = ranked.best;
  const identifier = /SPDX-License-Identifier:/i.test(body);
  if (words.length <= NOTICE_MAX_WORDS || identifier) {
    const notice = noticeText(body);
    const all = await findLicenseMentions(notice, [], { identifierOnly: words.length > NOTICE_MAX_WORDS });
    const mentions = all.filter((m) => m.how === "identifier" || m.how === "url" || words.length <= 8 || NOTICE_LEAD.test(notice.slice(Math.max(0, m.index - 80), m.index)));
    if (mentions.length > 0) {
      const joiner = CHOICE.test(notice) ? " OR " : " AND ";
      return {
        id: mentions.map((m) => m.id).join(joiner),
        score: Math.min(...mentions.map((m) => m.score)),
        runnerUp: null,
        nearest,
        method: "notice",
        aliases: [],
        rider,
        proprietary: false,
        partOf: null,
        amended: null
      };
    }
  }
  const proprietary = PROPRIETARY.test(body) && !GRANTS.test(body);
  const amended = ranked.contains ? { id: ranked.contains.id, terms: ranked.contains.terms } : null;
  return { ...none, score: nearest?.score ?? 0, runnerUp: ranked.runnerUp, nearest, proprietary, partOf: amended ? null : ranked.partOf, amended };
}

// src/license/project.ts
async function projectLicense(project, file) {
  if (!file) return { file, detection: null, classification: await classifyDetection(null) };
  const text = await project.read(file);
  if (text === null) return { file, detection: null, classification: { kind: "needs-review", reason: "cannot be read" } };
  const detection = await detectLicense(text);
  return { file, detection, classification: await classifyDetection(detection) };
}
function percent(score) {
  return `${(Math.floor(score * 1e3) / 10).toFixed(1)}%`;
}
function describeDetection(file, detection) {
  if (!detection) return `\`${file}\` cannot be read`;
  const runnerUp = detection.runnerUp && detection.method === "text" ? `; runner-up ${detection.runnerUp.id} at ${percent(detection.runnerUp.score)}` : "";
  if (detection.rider && detection.id) return `\`${file}\` is ${detection.id} with the ${detection.rider.name} added (line ${detection.rider.line})`;
  if (detection.method === "text" && detection.amended) return `\`${file}\` is ${detection.id} (its whole SPDX text, with a short addition that changes none of its terms)`;
  if (detection.method === "text") return `\`${file}\` is ${detection.id} (${percent(detection.score)} similar to its SPDX text${runnerUp})`;
  if (detection.method === "notice") return `\`${file}\` names ${detection.id} (a notice rather than the license text)`;
  if (detection.proprietary) return `\`${file}\` holds proprietary terms (it reserves rights, grants no open-source license and matches no SPDX license)`;
  if (!detection.nearest) return `\`${file}\` holds no license terms (it is empty or only a copyright line)`;
  if (detection.amended) return `\`${file}\` is the ${detection.amended.id} text with an addition that may change its terms (${detection.amended.terms.map((t) => `\`${t}\``).join(", ")})`;
  return `\`${file}\` matches no SPDX license (the closest, ${detection.nearest.id}, is ${percent(detection.nearest.score)} similar; 98% needed)`;
}
function githubId(id) {
  return id && !/^(?:NOASSERTION|other)$/i.test(id) ? id : null;
}
async function repositoryLicense(project) {
  const info = await project.license();
  const github = githubId(project.repository.githubLicense);
  const which = (found2, c) => c.kind === "none" ? found2 : `${found2}, which ${c.reason}`;
  if (info.file && !info.detection) {
    return { source: "file", classification: info.classification, statement: `\`${info.file}\` cannot be read as text, so what it allows needs a review`, info };
  }
  if (info.file) {
    const found2 = describeDetection(info.file, info.detection);
    if (info.detection?.id || info.detection?.rider || !github) return { source: "file", classification: info.classification, statement: which(found2, info.classification), info };
    const classification2 = await classifyLicenseId(github);
    return { source: "github", classification: classification2, statement: which(`${found2}; GitHub identifies it as ${github}`, classification2), info };
  }
  if (github) {
    const classification2 = await classifyLicenseId(github);
    return { source: "github", classification: classification2, statement: which(`GitHub identifies the license as ${github}`, classification2), info };
  }
  const section = (await project.readme())?.section("license");
  const mentions = section ? await findLicenseMentions(`${section.title}
${section.text}`, section.links) : [];
  if (mentions.length === 0) {
    return { source: "none", classification: info.classification, statement: "there is no license file (LICENSE, LICENSE.md, LICENSE.txt or COPYING) and the README names no license", info };
  }
  const classes = await Promise.all(mentions.map((m) => classifyLicenseId(m.id)));
  const blocking = classes.findIndex((c) => c.kind !== "redistributable");
  const classification = classes[Math.max(0, blocking)];
  const names2 = mentions.map((m) => m.id).join(" and ");
  const found = `there is no license file and the README License section names ${names2}`;
  const statement = mentions.length > 1 && blocking >= 0 ? `${found}, of which ${mentions[blocking].id} ${classification.reason}` : which(found, classification);
  return { source: "readme", classification, statement, info };
}

export {
  findLicenseMentions,
  mentionMatches,
  isLicenseFileLink,
  projectLicense,
  percent,
  describeDetection,
  repositoryLicense
};
