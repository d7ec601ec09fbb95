// SPDX license names, URLs and OSI approval (a small list, loaded on first use), and the ids SPDX
// has deprecated, mapped to the ids that replaced them.
import { deprecation, readPackageJson } from './corpus.js';

export interface SpdxLicense {
  id: string;
  name: string;
  url: string;
  osiApproved: boolean;
  deprecated: boolean;
}

export interface SpdxMeta {
  /** By lower-case id. */
  byId: Map<string, SpdxLicense>;
  /** The current id for an id in any case (`gpl-3.0` → `GPL-3.0-only`, `GPL-2.0+` → `GPL-2.0-or-later`); null when unknown. */
  canonical(id: string): string | null;
}

let pending: Promise<SpdxMeta> | undefined;

export function loadSpdxMeta(): Promise<SpdxMeta> {
  return (pending ??= Promise.resolve().then(build));
}

function build(): SpdxMeta {
  const list = readPackageJson<Record<string, { name: string; url: string; osiApproved: boolean }>>('spdx-license-list/spdx.json');
  const { isDeprecated, current } = deprecation(readPackageJson<string[]>('spdx-license-ids/index.json'), Object.keys(list));
  const byId = new Map<string, SpdxLicense>();
  for (const [id, l] of Object.entries(list)) byId.set(id.toLowerCase(), { id, name: l.name, url: l.url, osiApproved: l.osiApproved, deprecated: isDeprecated(id) });
  const canonical = (id: string): string | null => {
    const found = byId.get(id.toLowerCase());
    return found ? current(found.id) : null;
  };
  return { byId, canonical };
}
