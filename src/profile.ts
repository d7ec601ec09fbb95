// Everything platform-specific lives here as data, so that a sibling platform built from the same
// guide (another user, another home, other base images) works by configuration alone.
import type { BinSh, RunShell } from './dockerfile/run-shell.js';
import type { DockerfileFacts } from './dockerfile/facts.js';

export type ImageKind = 'batch' | 'desktop';

/** Package installers a platform may let an image run when it starts, because its nodes serve a mirror for them. */
export const RUNTIME_INSTALLERS = ['pip', 'uv', 'conda', 'apt', 'npm'] as const;
export type RuntimeInstaller = (typeof RUNTIME_INSTALLERS)[number];

/** What a child image inherits from a platform base image. */
export interface BaseImageProvides {
  /** The platform user (name, uid, gid, home). */
  user: boolean;
  /** The volume folders under the user's home. */
  volumeDirs: boolean;
  /** The exec-form ENTRYPOINT, or null for none. */
  entrypoint: string[] | null;
  /** The WORKDIR, or null for `/`. */
  workdir: string | null;
  /** A pip.conf that points pip at the platform's PyPI mirror. */
  pipMirror: boolean;
  desktop: boolean;
  vnc: boolean;
  ssh: boolean;
  supervisor: boolean;
  browser: boolean;
  /** Its start script replaces the default password with `$PASSWORD`. */
  rotatesPassword: boolean;
}

export interface PlatformBaseImage {
  /** The image's full path without tag: `harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python`. */
  image: string;
  /** Its last path component (`ubuntu-python`): the short name partners pass through build ARGs, and the name messages use. */
  name: string;
  /** Set when the image is built by a Dockerfile of the linted repository (not a platform image). */
  dockerfile?: string;
  /** That Dockerfile's facts: what the image built on it inherits (ENV, configuration files written by its RUNs). */
  facts?: DockerfileFacts;
  kind: ImageKind;
  provides: BaseImageProvides;
  /** What `/bin/sh` is in it (dash on Ubuntu); unknown when absent. */
  binSh?: BinSh | null;
  /** The shell its `SHELL` instruction leaves for RUN (an image of the repository); `/bin/sh` when absent. */
  shell?: RunShell;
}

export interface Profile {
  name: string;
  user: { name: string; uid: number; gid: number; home: string };
  /** Folders under the user's home where the platform mounts volumes. */
  volumeDirs: string[];
  /** Which of volumeDirs is read-only input (datasets). */
  datasetsDir: string;
  /** Which of volumeDirs keep results after the job. */
  persistentDirs: string[];
  /** Other read-only mounts. */
  readOnlyMounts: string[];
  /**
   * Plain OS images known to add no user, WORKDIR or ENTRYPOINT (`ubuntu`, `nvidia/cuda`): an image
   * built on one is judged on its own instructions. Any other base is unseen, and what it might
   * provide is an assumption.
   */
  plainBaseImages: string[];
  baseImages: PlatformBaseImage[];
  /** Hosts reachable at run time (in-cluster services). */
  allowedHosts: string[];
  pipMirror: string;
  /** Installers whose installs from their default index are allowed at run time. */
  runtimeInstalls: RuntimeInstaller[];
  authorizationSentence: string;
  /** The platform's GitHub organization: the repository-name convention applies to its repositories only. */
  organization: string;
  /** Whether repository names must follow repoPrefixes (CHM407). */
  repoNameConvention: boolean;
  repoPrefixes: { batch: string; interactive: string };
  /** Ports the desktop helm chart connects to in an interactive image (sshd, VNC). */
  desktopPorts: { ssh: number; vnc: number };
}

/** A base image written in a configuration provides nothing it does not say. */
export const NOTHING_PROVIDED: BaseImageProvides = {
  user: false,
  volumeDirs: false,
  entrypoint: null,
  workdir: null,
  pipMirror: false,
  desktop: false,
  vnc: false,
  ssh: false,
  supervisor: false,
  browser: false,
  rotatesPassword: false,
};

const batchProvides: BaseImageProvides = {
  user: true,
  volumeDirs: true,
  entrypoint: ['/home/chaimeleon/.init/run.sh'],
  workdir: '/home/chaimeleon',
  pipMirror: true,
  desktop: false,
  vnc: false,
  ssh: false,
  supervisor: false,
  browser: false,
  rotatesPassword: false,
};

const desktopProvides: BaseImageProvides = {
  ...batchProvides,
  entrypoint: ['/home/chaimeleon/.init/startup.sh'],
  desktop: true,
  vnc: true,
  ssh: true,
  supervisor: true,
  browser: true,
  rotatesPassword: true,
};

export const CHAIMELEON_PROFILE: Profile = {
  name: 'chaimeleon',
  user: { name: 'chaimeleon', uid: 1000, gid: 1000, home: '/home/chaimeleon' },
  volumeDirs: ['datasets', 'persistent-home', 'persistent-shared-folder'],
  datasetsDir: 'datasets',
  persistentDirs: ['persistent-home', 'persistent-shared-folder'],
  readOnlyMounts: ['/mnt/datalake'],
  plainBaseImages: [
    'ubuntu', 'debian', 'alpine', 'busybox', 'centos', 'rockylinux', 'almalinux', 'fedora', 'amazonlinux', 'opensuse/leap',
    'python', 'nvidia/cuda', 'buildpack-deps', 'rocker/r-ver',
  ],
  baseImages: [
    platformImage('harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python', 'batch', batchProvides, 'dash'),
    platformImage('harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python-tensorflow', 'batch', batchProvides, 'dash'),
    platformImage('harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python-pytorch', 'batch', batchProvides, 'dash'),
    platformImage('harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library/ubuntu-python-tensorflow-desktop', 'desktop', desktopProvides, 'dash'),
    platformImage('harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library/ubuntu-python-pytorch-desktop', 'desktop', desktopProvides, 'dash'),
    platformImage('harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library/ubuntu-python-tensorflow-desktop-jupyter', 'desktop', desktopProvides, 'dash'),
    platformImage('harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library/ubuntu-python-pytorch-desktop-jupyter', 'desktop', desktopProvides, 'dash'),
  ],
  allowedHosts: ['py-repo-service.package-repos-proxy', 'localhost', '127.0.0.1'],
  pipMirror: 'http://py-repo-service.package-repos-proxy:3141/root/pypi/+simple/',
  // A run-time `pip install` is allowed only through the mirror (pip.conf or --index-url), never plainly.
  runtimeInstalls: [],
  authorizationSentence:
    'This Dockerfile is intended to build a container image that will be publicly accessible in the CHAIMELEON images repository.',
  organization: 'chaimeleon-eu',
  repoNameConvention: true,
  repoPrefixes: { batch: 'image_batch_', interactive: 'image_interactive_' },
  desktopPorts: { ssh: 2222, vnc: 5900 },
};

/** The profiles that need no configuration, by name (a Map: a user's string is never looked up on an object). */
export const BUILTIN_PROFILES: ReadonlyMap<string, Profile> = new Map([[CHAIMELEON_PROFILE.name, CHAIMELEON_PROFILE]]);

/** A base image as written in a configuration file. */
export interface BaseImageOverride {
  image: string;
  kind: ImageKind;
  provides?: Partial<BaseImageProvides>;
  binSh?: BinSh;
}

/** A profile as written in a configuration file (validated): any setting of a profile, overriding the one it extends. */
export interface ProfileOverride {
  extends?: string;
  user?: Partial<Profile['user']>;
  volumeDirs?: string[];
  datasetsDir?: string;
  persistentDirs?: string[];
  readOnlyMounts?: string[];
  plainBaseImages?: string[];
  baseImages?: BaseImageOverride[];
  allowedHosts?: string[];
  pipMirror?: string;
  runtimeInstalls?: RuntimeInstaller[];
  authorizationSentence?: string;
  organization?: string;
  repoNameConvention?: boolean;
  repoPrefixes?: Partial<Profile['repoPrefixes']>;
  desktopPorts?: Partial<Profile['desktopPorts']>;
}

function platformImage(image: string, kind: ImageKind, provides: Partial<BaseImageProvides> = {}, binSh: BinSh | null = null): PlatformBaseImage {
  return { image, name: image.slice(image.lastIndexOf('/') + 1), kind, provides: { ...NOTHING_PROVIDED, ...provides }, binSh };
}

/**
 * Builds a profile from the one it extends and its overrides. Mappings (`user`, `repoPrefixes`,
 * `desktopPorts`) merge key by key; lists and values replace. When the user's home changes, paths
 * that were derived from the old home (inherited base image entrypoints and workdirs) follow it.
 */
export function deriveProfile(base: Profile, override: ProfileOverride, name: string): Profile {
  const user = { ...base.user, ...(override.user ?? {}) };
  if (override.user?.name && !override.user.home) user.home = `/home/${override.user.name}`;
  const rehome = (p: string | null) => (p !== null && (p === base.user.home || p.startsWith(base.user.home + '/')) ? user.home + p.slice(base.user.home.length) : p);
  const baseImages = override.baseImages
    ? override.baseImages.map((b) => platformImage(b.image, b.kind, b.provides, b.binSh ?? null))
    : base.baseImages.map((img) => ({
        ...img,
        provides: { ...img.provides, workdir: rehome(img.provides.workdir), entrypoint: img.provides.entrypoint?.map((p) => rehome(p) ?? p) ?? null },
      }));
  return {
    name,
    user,
    volumeDirs: override.volumeDirs ?? base.volumeDirs,
    datasetsDir: override.datasetsDir ?? base.datasetsDir,
    persistentDirs: override.persistentDirs ?? base.persistentDirs,
    readOnlyMounts: override.readOnlyMounts ?? base.readOnlyMounts,
    plainBaseImages: override.plainBaseImages ?? base.plainBaseImages,
    baseImages,
    allowedHosts: override.allowedHosts ?? base.allowedHosts,
    pipMirror: override.pipMirror ?? base.pipMirror,
    runtimeInstalls: override.runtimeInstalls ?? base.runtimeInstalls,
    authorizationSentence: override.authorizationSentence ?? base.authorizationSentence,
    organization: override.organization ?? base.organization,
    repoNameConvention: override.repoNameConvention ?? base.repoNameConvention,
    repoPrefixes: { ...base.repoPrefixes, ...(override.repoPrefixes ?? {}) },
    desktopPorts: { ...base.desktopPorts, ...(override.desktopPorts ?? {}) },
  };
}

/** Absolute folder of a volume dir, e.g. /home/chaimeleon/datasets. */
export function volumePath(profile: Profile, dir: string): string {
  return `${profile.user.home}/${dir}`;
}

/**
 * Finds the platform base image an image reference names: its full path (any tag or digest), the
 * path without the registry host (`chaimeleon-library-batch/ubuntu-python`), or the short name
 * partners pass through build ARGs (`ubuntu-python:latest`). Another registry or project is not it.
 */
/**
 * The profile an image is reviewed with: the run's, unless the image is built on a base image the
 * run's profile does not list and exactly one other known profile does. A repository may hold an
 * image for a sibling platform (a EUCAIM node's next to a CHAIMELEON one): a reviewer judges each by
 * the platform whose base it is built on, not by the one the run was started for.
 */
export function imageProfile(selected: Profile, others: readonly Profile[], baseReference: string | undefined): Profile {
  if (!baseReference || others.length === 0 || findPlatformImage(selected, baseReference)) return selected;
  const listing = others.filter((p) => findPlatformImage(p, baseReference));
  return listing.length === 1 ? listing[0] : selected;
}

export function findPlatformImage(profile: Profile, reference: string): PlatformBaseImage | undefined {
  const withoutDigest = reference.split('@')[0].toLowerCase();
  const lastSlash = withoutDigest.lastIndexOf('/');
  const tagColon = withoutDigest.indexOf(':', lastSlash + 1);
  const path = tagColon >= 0 ? withoutDigest.slice(0, tagColon) : withoutDigest;
  const parts = path.split('/');
  const hasHost = parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost');
  return profile.baseImages.find((b) => {
    const image = b.image.toLowerCase();
    if (path === image) return true;
    if (parts.length === 1) return path === b.name.toLowerCase();
    return !hasHost && image.endsWith('/' + path) && image.split('/').length === parts.length + 1;
  });
}
