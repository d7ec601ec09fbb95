// What a detected license means for publishing the image: may the platform redistribute it?
// Redistributable: OSI-approved or FSF-libre licenses, CC0 and CC BY / CC BY-SA. Not: NonCommercial
// or NoDerivatives variants, texts with a restricting rider, anything else known but neither OSI nor
// FSF approved (needs review), and no license at all.
import type { LicenseDetection } from './detect.js';
import { loadSpdxMeta } from './spdx-meta.js';

export type LicenseKind = 'redistributable' | 'non-commercial' | 'no-derivatives' | 'needs-review' | 'none';

export interface LicenseClassification {
  kind: LicenseKind;
  /** Why, as a verb phrase that follows "which" in messages: "is OSI-approved", "forbids commercial use". */
  reason: string;
}

/**
 * Licenses on the FSF's free-license list that the OSI has not approved (SPDX `isFsfLibre` without
 * `isOsiApproved`). spdx-license-list carries the OSI flag only, so this short list completes it.
 */
const FSF_LIBRE_NOT_OSI = new Set([
  'Apache-1.0', 'BitTorrent-1.1', 'BSD-3-Clause-Clear', 'BSD-4-Clause', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'CECILL-2.0', 'CECILL-B',
  'CECILL-C', 'ClArtistic', 'Condor-1.1', 'eCos-2.0', 'FTL', 'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2-only', 'GFDL-1.2-or-later',
  'GFDL-1.3-only', 'GFDL-1.3-or-later', 'gnuplot', 'IJG', 'iMatix', 'Imlib2', 'LPPL-1.2', 'LPPL-1.3a', 'NOSL', 'NPL-1.0', 'NPL-1.1',
  'ODbL-1.0', 'OFL-1.0', 'OLDAP-2.3', 'OLDAP-2.7', 'OpenSSL', 'Ruby', 'SGI-B-2.0', 'SMLNJ', 'Vim', 'WTFPL', 'X11', 'XFree86-1.1',
  'xinetd', 'YPL-1.1', 'Zend-2.0', 'Zimbra-1.3',
]);

/** Classifies an SPDX id or expression (`MIT OR Apache-2.0`: redistributable when one choice is; `AND`: when all are). */
export async function classifyLicenseId(id: string): Promise<LicenseClassification> {
  const expression = id.replace(/[()]/g, ' ').trim();
  if (/\s(?:OR|AND)\s/i.test(expression)) {
    const or = /\sOR\s/i.test(expression);
    const parts = await Promise.all(expression.split(/\s+(?:OR|AND)\s+/i).map(classifyLicenseId));
    const allowed = parts.filter((p) => p.kind === 'redistributable');
    if (or ? allowed.length > 0 : allowed.length === parts.length) return { kind: 'redistributable', reason: or ? 'offers a choice that allows redistribution' : 'allows redistribution in every part' };
    return parts.find((p) => p.kind !== 'redistributable') ?? parts[0];
  }
  const base = expression.split(/\s+WITH\s+/i)[0].trim();
  const meta = await loadSpdxMeta();
  const canonical = meta.canonical(base);
  const license = canonical ? meta.byId.get(canonical.toLowerCase()) : undefined;
  if (!canonical || !license) return { kind: 'needs-review', reason: `is not an SPDX license (\`${base}\`), so it needs review` };
  if (/(?:^|-)NC(?:-|$)/.test(canonical) || /non-?commercial/i.test(license.name)) return { kind: 'non-commercial', reason: 'forbids commercial use' };
  if (/(?:^|-)ND(?:-|$)/.test(canonical) || /no-?deriv/i.test(license.name)) return { kind: 'no-derivatives', reason: 'forbids derivative works' };
  if (canonical === 'CC0-1.0' || /^CC-BY(?:-SA)?-\d/.test(canonical)) return { kind: 'redistributable', reason: 'is a Creative Commons license that allows redistribution' };
  if (license.osiApproved) return { kind: 'redistributable', reason: 'is OSI-approved' };
  if (FSF_LIBRE_NOT_OSI.has(canonical)) return { kind: 'redistributable', reason: 'is on the FSF free-license list' };
  return { kind: 'needs-review', reason: 'is neither OSI-approved nor on the FSF free-license list, so it needs review' };
}

/** Classifies what `detectLicense` found in a license text; null means there is no license text. */
export async function classifyDetection(detection: LicenseDetection | null): Promise<LicenseClassification> {
  if (!detection) return { kind: 'none', reason: 'gives no license' };
  if (detection.rider) return { kind: 'needs-review', reason: `forbids selling the software (the ${detection.rider.name}), so it is not an open-source license` };
  if (!detection.id) {
    if (detection.proprietary) return { kind: 'needs-review', reason: 'does not allow redistribution' };
    return detection.nearest
      ? { kind: 'needs-review', reason: 'cannot be taken to allow redistribution without a review' }
      : { kind: 'none', reason: 'gives no license' };
  }
  return classifyLicenseId(detection.id);
}
