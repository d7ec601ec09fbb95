// Does a piece of README prose name a license, or a link point at a license document? Used by the
// README License section rule (CHM209). SPDX data is loaded on first use only.
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
  [/\bproprietary\b|\ball\s+rights\s+reserved\b/i, 'proprietary'],
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
