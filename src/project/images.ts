// The repository as a reviewer sees it: it holds images. Each image has its Dockerfile, build
// context, role (batch, interactive, or intermediate: built only to be a base of another image of
// the repository), base, README and license. Rules ask the image, never "the primary Dockerfile".
import type { DockerfileFacts } from '../dockerfile/facts.js';
import { imageKind } from '../dockerfile/image-kind.js';
import { findInstalled, SSH_SERVER_PACKAGE } from '../dockerfile/packages.js';
import { resolvedLabel } from '../dockerfile/labels.js';
import { fsHistory, pathState } from '../dockerfile/filesystem.js';
import { volumePath, type PlatformBaseImage, type Profile } from '../profile.js';
import type { BuildPlan, PlannedBuild } from './build-plan.js';

export type ImageRole = 'batch' | 'interactive' | 'intermediate';

export interface Image {
  dockerfile: string;
  /** Repository-relative build context ('' for the root). */
  context: string;
  facts: DockerfileFacts;
  role: ImageRole;
  /** What the repository's build files say about it, when they name it. */
  build: PlannedBuild | null;
  /** Its README: the nearest `README.md` from its folder up; the root one only when it documents an image (see imageReadme). */
  readme: string | null;
  /** Its license file: the nearest from its folder up to the root. */
  license: string | null;
}

/** Does a FROM reference name an image the build plan or a `name` label says this Dockerfile builds? */
export function buildsReference(reference: string, facts: DockerfileFacts, build: PlannedBuild | null): boolean {
  const [repository, tag] = splitReference(reference);
  if (!repository) return false;
  for (const t of build?.tags ?? []) {
    const [r, tt] = splitReference(t);
    // The image's own name must be written in the build file: `?/tool:?` names it, `?` does not.
    const name = r.slice(r.lastIndexOf('/') + 1);
    if (!name || name.includes('?')) continue;
    if (wildcardEquals(r, repository) && (tt === null || tag === null || wildcardEquals(tt, tag))) return true;
  }
  // A `name` label is the image's repository name on the platform: `FROM tool-base` or `FROM registry/project/tool-base:1`.
  const name = resolvedLabel(facts, 'name')?.value.trim().toLowerCase();
  return !!name && !name.includes('$') && repository.slice(repository.lastIndexOf('/') + 1) === name;
}

/**
 * The last part of a reference's repository, lower-cased, no tag or digest (`reg/proj/tool:1` is
 * `tool`): buildsReference holds only when a tag or the name label has this same last part (a `?`
 * wildcard is never in it), so it indexes the candidates.
 */
export function referenceName(reference: string): string {
  const [repository] = splitReference(reference);
  return repository.slice(repository.lastIndexOf('/') + 1);
}

/** Dockerfiles (with a final stage) by the names their build tags and `name` label give them, in the order given. */
export function repositoryImageCandidates(facts: ReadonlyMap<string, DockerfileFacts | null>, planned: ReadonlyMap<string, PlannedBuild>): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const [path, f] of facts) {
    if (!f?.finalStage) continue;
    const names = new Set<string>();
    for (const t of planned.get(path)?.tags ?? []) names.add(referenceName(t));
    const label = resolvedLabel(f, 'name')?.value.trim().toLowerCase();
    if (label) names.add(label);
    for (const name of names) {
      if (!name) continue;
      const list = byName.get(name);
      if (list) list.push(path);
      else byName.set(name, [path]);
    }
  }
  return byName;
}

function splitReference(reference: string): [string, string | null] {
  const ref = reference.split('@')[0].toLowerCase();
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, null];
}

/** `?` in a planned tag stands for any text computed at build time. */
function wildcardEquals(pattern: string, value: string): boolean {
  if (!pattern.includes('?')) return pattern === value;
  const re = new RegExp(`^${pattern.split('?').map((p) => p.replace(/[.*+^${}()|[\]\\/]/g, '\\$&')).join('.*')}$`);
  return re.test(value);
}

/** What an image of this repository gives the images built FROM it, in the shape of a platform base image's facts. */
export function repositoryBase(reference: string, facts: DockerfileFacts, profile: Profile): PlatformBaseImage {
  const stage = facts.finalStage!;
  const user = stage.finalUser;
  const inherited = facts.platformBase?.provides;
  const entrypoint = stage.entrypoint?.instr.exec?.map((w) => w.value) ?? null;
  const has = (pattern: RegExp) => findInstalled(facts, pattern) !== null;
  const kind = imageKind(facts).kind;
  const events = fsHistory(facts, stage);
  const binSh = stage.binSh.name === 'dash' || stage.binSh.name === 'ash' || stage.binSh.name === 'bash' ? stage.binSh.name : null;
  return {
    name: reference,
    image: reference,
    dockerfile: facts.file,
    facts,
    kind,
    // Its `/bin/sh`, and the SHELL it leaves, are what RUN uses in the images built on it.
    binSh,
    shell: stage.finalShell,
    provides: {
      user: user.name === profile.user.name && facts.uidOf(user) === profile.user.uid,
      volumeDirs: profile.volumeDirs.every((dir) => pathState(events, volumePath(profile, dir)) !== null),
      entrypoint: entrypoint ?? (stage.entrypoint ? null : (inherited?.entrypoint ?? null)),
      workdir: stage.finalWorkdirVariable ? null : stage.finalWorkdir,
      pipMirror: !!inherited?.pipMirror,
      desktop: kind === 'desktop',
      vnc: !!inherited?.vnc || has(/^(x11vnc|tigervnc-.*|tightvncserver|turbovnc)$/),
      ssh: !!inherited?.ssh || has(SSH_SERVER_PACKAGE),
      supervisor: !!inherited?.supervisor || has(/^(supervisor|runit|s6|tini)$/),
      browser: !!inherited?.browser || has(/^(firefox(-esr)?|chromium(-browser)?|google-chrome.*)$/),
      rotatesPassword: !!inherited?.rotatesPassword,
    },
  };
}

/** The role an image plays: intermediate when another image of the repository is built on it by a local tag. */
export function imageRole(facts: DockerfileFacts, usedAsLocalBase: boolean): ImageRole {
  if (usedAsLocalBase) return 'intermediate';
  return imageKind(facts).kind === 'desktop' ? 'interactive' : 'batch';
}

/**
 * Is a FROM reference to a repository image a build-machine tag (`tool:base`) rather than the image
 * as the platform's registry publishes it? Only the former makes the base an intermediate image.
 */
export function isLocalTag(reference: string, profile: Profile): boolean {
  const first = reference.split('/')[0];
  const registries = new Set(profile.baseImages.map((b) => b.image.split('/')[0]));
  return !(reference.includes('/') && registries.has(first));
}

/** Plan entries by Dockerfile path. */
export function buildsByDockerfile(plan: BuildPlan): Map<string, PlannedBuild> {
  const map = new Map<string, PlannedBuild>();
  for (const b of plan.builds) if (!map.has(b.dockerfile)) map.set(b.dockerfile, b);
  return map;
}

/** The nearest file matching `pattern` from `folder` up to the repository root, else null. */
export function nearestFile(files: ReadonlySet<string>, folder: string, pattern: RegExp, preference: (name: string) => number = () => 0): string | null {
  for (let dir = folder; ; dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '') {
    const prefix = dir ? dir + '/' : '';
    const found = [...matchingIn(files, dir, pattern)];
    found.sort((a, b) => preference(a.slice(prefix.length)) - preference(b.slice(prefix.length)) || (a < b ? -1 : 1));
    if (found.length > 0) return found[0];
    if (dir === '') return null;
  }
}

const folderIndexes = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

const matchIndexes = new WeakMap<ReadonlySet<string>, Map<string, readonly string[]>>();

/** The files directly in a folder whose name matches, in listing order; asked once per image, answered once per list. */
export function matchingIn(files: ReadonlySet<string>, folder: string, pattern: RegExp): readonly string[] {
  let index = matchIndexes.get(files);
  if (!index) matchIndexes.set(files, (index = new Map()));
  const key = `${folder}\u0000${pattern.source}\u0000${pattern.flags}`;
  let found = index.get(key);
  if (!found) {
    const prefix = folder ? folder + '/' : '';
    // A fresh expression for each test: a global or sticky pattern would carry lastIndex over.
    const test = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    index.set(key, (found = filesIn(files, folder).filter((f) => test.test(f.slice(prefix.length)))));
  }
  return found;
}

/**
 * The repository paths of the files directly in a folder ('' for the root), in listing order.
 * Indexed once per file list (a Vfs's list never changes): a repository of thousands of images
 * asks for each image's README and license, and scanning the whole list each time dominated.
 */
export function filesIn(files: ReadonlySet<string>, folder: string): readonly string[] {
  let index = folderIndexes.get(files);
  if (!index) {
    index = new Map();
    for (const f of files) {
      const slash = f.lastIndexOf('/');
      const dir = slash < 0 ? '' : f.slice(0, slash);
      const list = index.get(dir);
      if (list) list.push(f);
      else index.set(dir, [f]);
    }
    folderIndexes.set(files, index);
  }
  return index.get(folder) ?? [];
}

export const README_FILE = /^readme\.md$/i;
/**
 * A license file's name: `LICENSE`, `LICENCE.md`, `COPYING.txt`, and a license named in it, as dual
 * licensed projects write them (`LICENSE-MIT`, `LICENSE.APACHE`, `LICENSE_GPL.txt`, `MIT-LICENSE`).
 * Not the notices of other code (`THIRD_PARTY_LICENSES`, `LICENSE-HEADER`) nor a source file
 * (`license_plate.py`).
 */
export const LICENSE_FILE = /^(?!.*(?:third|3rd|party|notice|header|depend|vendor))(?:(?:licen[cs]e|copying)(?:[-_.](?!(?:md|markdown|txt|rst)$)[a-z0-9][a-z0-9+-]{0,24})?|[a-z0-9][a-z0-9+]{0,24}[-_]licen[cs]e)(?:\.(?:md|markdown|txt|rst))?$/i;

/** `LICENSE` before `LICENSE.md` before `LICENSE-MIT` before `COPYING`: the file GitHub would show first. */
export function licensePreference(name: string): number {
  return (/^copying/i.test(name) ? 10 : 0) + (/^licen[cs]e(?:\.(?:md|markdown|txt|rst))?$/i.test(name) ? 0 : 2) + (name.includes('.') ? 1 : 0);
}
