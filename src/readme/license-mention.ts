// Does a piece of README prose name a license, state that there is none or that the work is
// proprietary, or point at a license document? Used by the README License section rules (CHM209,
// CHM305). SPDX data is loaded on first use only.
import type { ReadmeLink } from './model.js';

interface LicenseNames {
  /** Lower-case SPDX ids that cannot be mistaken for ordinary words (they hold a digit or a `-`). */
  ids: Map<string, string>;
  /** Lower-case full SPDX names (`gnu general public license v3.0 only`) → id. */
  names: [string, string][];
}

/** Short names that are also words (`MIT`, `ISC`): only in capitals. The bare ids after them match in any case. */
const CAPITAL_NAMES = new Set(['MIT', 'ISC', 'BSD', 'EUPL']);
const BARE_IDS = new Set(['unlicense', 'wtfpl', 'zlib', 'postgresql', 'openssl', 'cecill']);

/** Common ways of naming a license that are not SPDX ids or names. */
const COMMON_NAMES: [RegExp, string][] = [
  [/\bapache(?:\s+software)?(?:\s+licen[cs]e)?[\s,-]*(?:version\s*|v\.?\s*)?2(?:\.0)?\b|\bapache\s+licen[cs]e\b/i, 'Apache-2.0'],
  [/\b(?:A|L)?GPL(?:-?v?\d(?:\.\d)?)?\+?(?![\w-])/, 'GPL'],
  [/\bGNU\s+(?:Affero\s+|Lesser\s+|Library\s+)?General\s+Public\s+Licen[cs]e\b/i, 'GPL'],
  [/\bcreative\s+commons\b|\bCC[-\s]?(?:BY|0|zero)\b/i, 'Creative Commons'],
  [/\bMozilla\s+Public\s+Licen[cs]e\b|\bMPL\b/i, 'MPL'],
  [/\bEclipse\s+Public\s+Licen[cs]e\b|\bEPL\b/, 'EPL'],
  [/\bEuropean\s+Union\s+Public\s+Licen[cs]e\b/i, 'EUPL'],
  [/\bBoost\s+Software\s+Licen[cs]e\b/i, 'BSL-1.0'],
  [/\bArtistic\s+Licen[cs]e\b/i, 'Artistic'],
  [/\bMIT\s+licen[cs]e\b/i, 'MIT'],
  [/\bpublic\s+domain\b/i, 'public domain'],
];

let loading: Promise<LicenseNames> | undefined;

function licenseNames(): Promise<LicenseNames> {
  loading ??= (async () => {
    const [{ default: ids }, { default: list }] = await Promise.all([
      import('spdx-license-ids/index.json', { with: { type: 'json' } }),
      import('spdx-license-list'),
    ]);
    const byId = new Map<string, string>();
    for (const id of ids as string[]) if (/[\d-]/.test(id) && id.length >= 4) byId.set(id.toLowerCase(), id);
    const names = Object.entries(list as Record<string, { name: string }>).map(([id, l]): [string, string] => [l.name.toLowerCase(), id]);
    return { ids: byId, names };
  })();
  return loading;
}

/** The licenses a text names (SPDX ids, SPDX names, common names), in the order first found; empty when none. */
export async function licenseNamesIn(text: string): Promise<string[]> {
  const found = new Set<string>();
  const { ids, names } = await licenseNames();
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g)) {
    const token = m[0];
    const id = ids.get(token.toLowerCase()) ?? (CAPITAL_NAMES.has(token) || BARE_IDS.has(token.toLowerCase()) ? token : undefined);
    if (id) found.add(id);
  }
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  for (const [name, id] of names) if (lower.includes(name)) found.add(id);
  for (const [re, name] of COMMON_NAMES) if (re.test(text)) found.add(name);
  return [...found];
}

const LICENSE_HOSTS = /(?:^|\.)(?:opensource\.org|creativecommons\.org|spdx\.org|gnu\.org|choosealicense\.com|tldrlegal\.com)$/i;
const LICENSE_FILE = /(?:^|\/)(?:licen[cs]es?|copying|notice|legal)(?:[._-][^/]*)?$/i;

/**
 * A link that leads to a license: a license file of the repository (`LICENSE`, `./LICENSE.md`,
 * `blob/main/COPYING`), a license site (opensource.org, creativecommons.org, spdx.org, gnu.org...),
 * a URL whose path says license, or a link whose text says license.
 */
export function isLicenseLink(link: ReadmeLink): boolean {
  if (/licen[cs]e|copying/i.test(link.text)) return true;
  const url = link.url.trim();
  if (url === '' || url.startsWith('#') || /^mailto:/i.test(url)) return false;
  const withoutQuery = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  let host = '';
  let path = withoutQuery;
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/([^/]+)(\/.*)?$/i.exec(withoutQuery);
  if (absolute) {
    host = absolute[1].replace(/:\d+$/, '');
    path = absolute[2] ?? '';
  }
  return LICENSE_HOSTS.test(host) || LICENSE_FILE.test(path) || /licen[cs]e/i.test(path);
}

/**
 * What a License section says when it names no license:
 * - `none`: there is no license (`None`, the application catalogue's answer; "No license", "Not licensed");
 * - `proprietary`: the authors keep the rights and grant none ("Proprietary", "not licensed for
 *   redistribution", "contact us for a commercial license", "confidential");
 * - `reserved`: only a copyright notice with "All rights reserved" (`© ACME. All rights reserved.`), which
 *   also heads many BSD and MIT license texts, so it says nothing against a license file.
 */
export type LicenseStatementKind = 'none' | 'proprietary' | 'reserved';

export interface LicenseStatement {
  kind: LicenseStatementKind;
  /** The words that say it, as written. */
  text: string;
}

const STATEMENTS: [LicenseStatementKind, RegExp][] = [
  // `None`, `N/A`, `None yet.`, `None (internal tool)`: the first word of the section.
  ['none', /^[\s*_`"'>-]*(?:none|n\/a)\b/i],
  ['none', /\bno\s+licen[cs]e\b|\bunlicensed\b|\bwithout\s+(?:a\s+|any\s+)?licen[cs]e\b|\bnot\s+(?:yet\s+)?licensed\b(?!\s+(?:under|as|with|for)\b)/i],
  ['proprietary', /\bproprietary\b|\bconfidential\b|\bcommercial\s+licen[cs]e\b/i],
  ['proprietary', /\bnot\s+(?:be\s+)?(?:licensed\s+for\s+|allowed\s+to\s+be\s+|permitted\s+to\s+be\s+)?(?:re-?distribut\w*|redistributable|shared|copied)\b/i],
  ['proprietary', /\b(?:may|must|can)\s*not\s+be\s+(?:re-?distributed|shared|copied)\b/i],
  ['reserved', /\ball\s+rights\s+reserved\b/i],
];

/** The statement a License section makes instead of naming a license (see LicenseStatementKind); null when it makes none. */
export function licenseStatementIn(text: string): LicenseStatement | null {
  const found = STATEMENTS.map(([kind, re]) => ({ kind, m: re.exec(text) })).filter((f) => f.m);
  // "Proprietary, all rights reserved" is proprietary; "None" wins over anything after it.
  const order: LicenseStatementKind[] = ['none', 'proprietary', 'reserved'];
  found.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const first = found[0];
  return first?.m ? { kind: first.kind, text: first.m[0].replace(/^[\s*_`"'>-]+/, '') } : null;
}

/** "See the LICENSE file", "in `LICENSE.md`", "the license file": the text sends the reader to a document. */
const DOCUMENT_REFERENCES = [
  /\b(?:licen[cs]e|copying)(?:\.(?:md|txt|rst))?\s+file\b/i,
  // The file by its name, in capitals as repositories write it: `see LICENSE`, not "see the license terms".
  /\b(?:[Ss]ee|[Rr]ead|[Cc]heck|in|[Rr]efer\s+to)\s+(?:the\s+)?[`"']?(?:LICEN[CS]E|COPYING)(?:\.(?:md|txt|rst))?\b/,
];

/** Does the text send the reader to a license document (`see the LICENSE file`)? Only a link gets them there from `jobman image-details`. */
export function refersToLicenseDocument(text: string): boolean {
  return DOCUMENT_REFERENCES.some((re) => re.test(text));
}
