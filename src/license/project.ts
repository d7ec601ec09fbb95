// The repository's license as the project rules see it: the license file at the root, what it is,
// and whether the platform may redistribute the image it builds.
import type { ProjectFacts } from '../project/facts.js';
import { classifyDetection, classifyLicenseId, type LicenseClassification } from './classify.js';
import { detectLicense, type LicenseDetection } from './detect.js';
import { findLicenseMentions } from './notice.js';

export interface LicenseInfo {
  /** The root license file (`LICENSE`, `LICENSE.md`, `LICENSE.txt`, `COPYING`, any case); null when there is none. */
  file: string | null;
  /** What its text is; null when there is no file or it cannot be read. */
  detection: LicenseDetection | null;
  classification: LicenseClassification;
}

export async function projectLicense(project: ProjectFacts, file: string | null): Promise<LicenseInfo> {
  if (!file) return { file, detection: null, classification: await classifyDetection(null) };
  const text = await project.read(file);
  if (text === null) return { file, detection: null, classification: { kind: 'needs-review', reason: 'cannot be read' } };
  const detection = await detectLicense(text);
  return { file, detection, classification: await classifyDetection(detection) };
}

/** What the repository's license means for publishing its image, and where that was read. */
export interface RepositoryLicense {
  /** The license file, GitHub's detection (remote mode), the README License section, or nothing. */
  source: 'file' | 'github' | 'readme' | 'none';
  classification: LicenseClassification;
  /** What was found and what it means, for messages: "`LICENSE` is CC-BY-NC-4.0 (99.6% similar to its SPDX text), which forbids commercial use". */
  statement: string;
  info: LicenseInfo;
}

/** A score as people read it: 0.9964 → `99.6%`. */
export function percent(score: number): string {
  return `${(Math.floor(score * 1000) / 10).toFixed(1)}%`;
}

/** One sentence on what a license file was found to be, with the confidence. */
export function describeDetection(file: string, detection: LicenseDetection | null): string {
  if (!detection) return `\`${file}\` cannot be read`;
  const runnerUp = detection.runnerUp && detection.method === 'text' ? `; runner-up ${detection.runnerUp.id} at ${percent(detection.runnerUp.score)}` : '';
  if (detection.rider && detection.id) return `\`${file}\` is ${detection.id} with the ${detection.rider.name} added (line ${detection.rider.line})`;
  if (detection.method === 'text' && detection.amended) return `\`${file}\` is ${detection.id} (its whole SPDX text, with a short addition that changes none of its terms)`;
  if (detection.method === 'text') return `\`${file}\` is ${detection.id} (${percent(detection.score)} similar to its SPDX text${runnerUp})`;
  if (detection.method === 'notice') return `\`${file}\` names ${detection.id} (a notice rather than the license text)`;
  // A copyright line with "All rights reserved" has no license words at all: proprietary, not empty.
  if (detection.proprietary) return `\`${file}\` holds proprietary terms (it reserves rights, grants no open-source license and matches no SPDX license)`;
  if (!detection.nearest) return `\`${file}\` holds no license terms (it is empty or only a copyright line)`;
  if (detection.amended) return `\`${file}\` is the ${detection.amended.id} text with an addition that may change its terms (${detection.amended.terms.map((t) => `\`${t}\``).join(', ')})`;
  return `\`${file}\` matches no SPDX license (the closest, ${detection.nearest.id}, is ${percent(detection.nearest.score)} similar; 98% needed)`;
}

/** GitHub's license id when it names one (`NOASSERTION` and `other` do not). */
function githubId(id: string | null): string | null {
  return id && !/^(?:NOASSERTION|other)$/i.test(id) ? id : null;
}

/**
 * The license as a reviewer would establish it: the license file's text; when the file matches no
 * SPDX license but GitHub identified one (remote mode), GitHub's; with no file, GitHub's or what the
 * README License section names (every license named must allow redistribution).
 */
export async function repositoryLicense(project: ProjectFacts): Promise<RepositoryLicense> {
  const info = await project.license();
  const github = githubId(project.repository.githubLicense);
  const which = (found: string, c: LicenseClassification) => (c.kind === 'none' ? found : `${found}, which ${c.reason}`);
  if (info.file && !info.detection) {
    return { source: 'file', classification: info.classification, statement: `\`${info.file}\` cannot be read as text, so what it allows needs a review`, info };
  }
  if (info.file) {
    const found = describeDetection(info.file, info.detection);
    if (info.detection?.id || info.detection?.rider || !github) return { source: 'file', classification: info.classification, statement: which(found, info.classification), info };
    const classification = await classifyLicenseId(github);
    return { source: 'github', classification, statement: which(`${found}; GitHub identifies it as ${github}`, classification), info };
  }
  if (github) {
    const classification = await classifyLicenseId(github);
    return { source: 'github', classification, statement: which(`GitHub identifies the license as ${github}`, classification), info };
  }
  const section = (await project.readme())?.section('license');
  const mentions = section ? await findLicenseMentions(`${section.title}\n${section.text}`, section.links) : [];
  if (mentions.length === 0) {
    return { source: 'none', classification: info.classification, statement: 'there is no license file (LICENSE, LICENSE.md, LICENSE.txt or COPYING) and the README names no license', info };
  }
  const classes = await Promise.all(mentions.map((m) => classifyLicenseId(m.id)));
  const blocking = classes.findIndex((c) => c.kind !== 'redistributable');
  const classification = classes[Math.max(0, blocking)];
  const names = mentions.map((m) => m.id).join(' and ');
  const found = `there is no license file and the README License section names ${names}`;
  const statement = mentions.length > 1 && blocking >= 0 ? `${found}, of which ${mentions[blocking].id} ${classification.reason}` : which(found, classification);
  return { source: 'readme', classification, statement, info };
}
