import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/profile.ts
var RUNTIME_INSTALLERS = ["pip", "uv", "conda", "apt", "npm"];
var NOTHING_PROVIDED = {
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
  rotatesPassword: false
};
var batchProvides = {
  user: true,
  volumeDirs: true,
  entrypoint: ["/home/chaimeleon/.init/run.sh"],
  workdir: "/home/chaimeleon",
  pipMirror: true,
  desktop: false,
  vnc: false,
  ssh: false,
  supervisor: false,
  browser: false,
  rotatesPassword: false
};
var desktopProvides = {
  ...batchProvides,
  entrypoint: ["/home/chaimeleon/.init/startup.sh"],
  desktop: true,
  vnc: true,
  ssh: true,
  supervisor: true,
  browser: true,
  rotatesPassword: true
};
var CHAIMELEON_PROFILE = {
  name: "chaimeleon",
  user: { name: "chaimeleon", uid: 1e3, gid: 1e3, home: "/home/chaimeleon" },
  volumeDirs: ["datasets", "persistent-home", "persistent-shared-folder"],
  datasetsDir: "datasets",
  persistentDirs: ["persistent-home", "persistent-shared-folder"],
  readOnlyMounts: ["/mnt/datalake"],
  plainBaseImages: [
    "ubuntu",
    "debian",
    "alpine",
    "busybox",
    "centos",
    "rockylinux",
    "almalinux",
    "fedora",
    "amazonlinux",
    "opensuse/leap",
    "python",
    "nvidia/cuda",
    "buildpack-deps",
    "rocker/r-ver"
  ],
  baseImages: [
    platformImage("harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python", "batch", batchProvides, "dash"),
    platformImage("harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python-tensorflow", "batch", batchProvides, "dash"),
    platformImage("harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python-pytorch", "batch", batchProvides, "dash"),
    platformImage("harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library/ubuntu-python-tensorflow-desktop", "desktop", desktopProvides, "dash"),
    platformImage("harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library/ubuntu-python-pytorch-desktop", "desktop", desktopProvides, "dash"),
    platformImage("harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library/ubuntu-python-tensorflow-desktop-jupyter", "desktop", desktopProvides, "dash"),
    platformImage("harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library/ubuntu-python-pytorch-desktop-jupyter", "desktop", desktopProvides, "dash")
  ],
  allowedHosts: ["py-repo-service.package-repos-proxy", "localhost", "127.0.0.1"],
  pipMirror: "http://py-repo-service.package-repos-proxy:3141/root/pypi/+simple/",
  // A run-time `pip install` is allowed only through the mirror (pip.conf or --index-url), never plainly.
  runtimeInstalls: [],
  authorizationSentence: "This Dockerfile is intended to build a container image that will be publicly accessible in the CHAIMELEON images repository.",
  organization: "chaimeleon-eu",
  repoNameConvention: true,
  repoPrefixes: { batch: "image_batch_", interactive: "image_interactive_" },
  desktopPorts: { ssh: 2222, vnc: 5900 }
};
var BUILTIN_PROFILES = /* @__PURE__ */ new Map([[CHAIMELEON_PROFILE.name, CHAIMELEON_PROFILE]]);
function platformImage(image, kind, provides = {}, binSh = null) {
  return { image, name: image.slice(image.lastIndexOf("/") + 1), kind, provides: { ...NOTHING_PROVIDED, ...provides }, binSh };
}
function deriveProfile(base, override, name) {
  const user = { ...base.user, ...override.user ?? {} };
  if (override.user?.name && !override.user.home) user.home = `/home/${override.user.name}`;
  const rehome = (p) => p !== null && (p === base.user.home || p.startsWith(base.user.home + "/")) ? user.home + p.slice(base.user.home.length) : p;
  const baseImages = override.baseImages ? override.baseImages.map((b) => platformImage(b.image, b.kind, b.provides, b.binSh ?? null)) : base.baseImages.map((img) => ({
    ...img,
    provides: { ...img.provides, workdir: rehome(img.provides.workdir), entrypoint: img.provides.entrypoint?.map((p) => rehome(p) ?? p) ?? null }
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
    repoPrefixes: { ...base.repoPrefixes, ...override.repoPrefixes ?? {} },
    desktopPorts: { ...base.desktopPorts, ...override.desktopPorts ?? {} }
  };
}
function volumePath(profile, dir) {
  return `${profile.user.home}/${dir}`;
}
function imageProfile(selected, others, baseReference) {
  if (!baseReference || others.length === 0 || findPlatformImage(selected, baseReference)) return selected;
  const listing = others.filter((p) => findPlatformImage(p, baseReference));
  return listing.length === 1 ? listing[0] : selected;
}
function findPlatformImage(profile, reference) {
  const withoutDigest = reference.split("@")[0].toLowerCase();
  const lastSlash = withoutDigest.lastIndexOf("/");
  const tagColon = withoutDigest.indexOf(":", lastSlash + 1);
  const path = tagColon >= 0 ? withoutDigest.slice(0, tagColon) : withoutDigest;
  const parts = path.split("/");
  const hasHost = parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === "localhost");
  return profile.baseImages.find((b) => {
    const image = b.image.toLowerCase();
    if (path === image) return true;
    if (parts.length === 1) return path === b.name.toLowerCase();
    return !hasHost && image.endsWith("/" + path) && image.split("/").length === parts.length + 1;
  });
}

export {
  RUNTIME_INSTALLERS,
  CHAIMELEON_PROFILE,
  BUILTIN_PROFILES,
  deriveProfile,
  volumePath,
  imageProfile,
  findPlatformImage
};
