// Everything platform-specific lives here as data, so that a sibling platform built from the same
// guide (another user, another home, other base images) works by configuration alone.

export type ImageKind = 'batch' | 'desktop';

export interface PlatformBaseImage {
  /** Matches the image's last path component (the repository name without registry or project). */
  name: string;
  /** Set when the image is built by a Dockerfile of the linted repository (not a platform image). */
  dockerfile?: string;
  kind: ImageKind;
  /** What a child image inherits from it. */
  provides: {
    user: boolean;
    volumeDirs: boolean;
    entrypoint: string[] | null;
    workdir: string | null;
    pipMirror: boolean;
    desktop: boolean;
    vnc: boolean;
    ssh: boolean;
    supervisor: boolean;
    browser: boolean;
    rotatesPassword: boolean;
  };
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
  /** Registries (host names) whose images are the platform's own. */
  registries: string[];
  baseImages: PlatformBaseImage[];
  /** Hosts reachable at run time (in-cluster services). */
  allowedHosts: string[];
  pipMirror: string;
  authorizationSentence: string;
  repoPrefixes: { batch: string; interactive: string };
  /** Ports the desktop helm chart connects to in an interactive image (sshd, VNC). */
  desktopPorts: { ssh: number; vnc: number };
}

const batchProvides = {
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

const desktopProvides = {
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
  registries: ['harbor.chaimeleon-eu.i3m.upv.es'],
  plainBaseImages: [
    'ubuntu', 'debian', 'alpine', 'busybox', 'centos', 'rockylinux', 'almalinux', 'fedora', 'amazonlinux', 'opensuse/leap',
    'python', 'nvidia/cuda', 'buildpack-deps', 'rocker/r-ver',
  ],
  baseImages: [
    { name: 'ubuntu-python', kind: 'batch', provides: batchProvides },
    { name: 'ubuntu-python-tensorflow', kind: 'batch', provides: batchProvides },
    { name: 'ubuntu-python-pytorch', kind: 'batch', provides: batchProvides },
    { name: 'ubuntu-python-tensorflow-desktop', kind: 'desktop', provides: desktopProvides },
    { name: 'ubuntu-python-pytorch-desktop', kind: 'desktop', provides: desktopProvides },
    { name: 'ubuntu-python-tensorflow-desktop-jupyter', kind: 'desktop', provides: desktopProvides },
    { name: 'ubuntu-python-pytorch-desktop-jupyter', kind: 'desktop', provides: desktopProvides },
  ],
  allowedHosts: ['py-repo-service.package-repos-proxy', 'localhost', '127.0.0.1'],
  pipMirror: 'http://py-repo-service.package-repos-proxy:3141/root/pypi/+simple/',
  authorizationSentence:
    'This Dockerfile is intended to build a container image that will be publicly accessible in the CHAIMELEON images repository.',
  repoPrefixes: { batch: 'image_batch_', interactive: 'image_interactive_' },
  desktopPorts: { ssh: 2222, vnc: 5900 },
};

export const BUILTIN_PROFILES: Record<string, Profile> = { chaimeleon: CHAIMELEON_PROFILE };

/** A profile as written in a configuration file: any field of a built-in one, overridden. */
export interface ProfileOverride {
  extends?: string;
  name?: string;
  user?: Partial<Profile['user']>;
  [key: string]: unknown;
}

/**
 * Builds a profile from a built-in one and overrides. When the user's home changes, paths that
 * were derived from the old home (base image entrypoints and workdirs) follow it.
 */
export function deriveProfile(base: Profile, override: ProfileOverride): Profile {
  const user = { ...base.user, ...(override.user ?? {}) };
  if (override.user?.name && !override.user.home) user.home = `/home/${override.user.name}`;
  const rehome = (p: string | null) => (p && p.startsWith(base.user.home) ? user.home + p.slice(base.user.home.length) : p);
  const baseImages = (override.baseImages as PlatformBaseImage[] | undefined) ??
    base.baseImages.map((img) => ({
      ...img,
      provides: {
        ...img.provides,
        workdir: rehome(img.provides.workdir),
        entrypoint: img.provides.entrypoint?.map((p) => rehome(p) ?? p) ?? null,
      },
    }));
  const { extends: _ignored, user: _u, baseImages: _b, ...rest } = override;
  return { ...base, ...(rest as Partial<Profile>), user, baseImages, name: override.name ?? base.name };
}

/** Absolute folder of a volume dir, e.g. /home/chaimeleon/datasets. */
export function volumePath(profile: Profile, dir: string): string {
  return `${profile.user.home}/${dir}`;
}

/**
 * Finds the platform base image an image reference names: the platform registry with any project,
 * or a short name as partners pass it through build ARGs (`ubuntu-python:latest`).
 */
export function findPlatformImage(profile: Profile, reference: string): PlatformBaseImage | undefined {
  const withoutDigest = reference.split('@')[0];
  const parts = withoutDigest.split('/');
  const last = parts[parts.length - 1].split(':')[0];
  const image = profile.baseImages.find((b) => b.name === last);
  if (!image) return undefined;
  if (parts.length === 1) return image;
  const registry = parts[0];
  if (profile.registries.includes(registry)) return image;
  // `chaimeleon-library-batch/ubuntu-python` without the registry host is still the platform's.
  if (parts.length === 2 && /chaimeleon/.test(parts[0])) return image;
  return undefined;
}
