// Which shell runs a shell-form RUN, and whether it expands `{a,b}`. Docker runs `/bin/sh -c` unless
// a SHELL instruction (kept by the images built FROM this one) says otherwise; what `/bin/sh` is
// depends on the base image's distribution: dash on Debian and Ubuntu, busybox ash on Alpine (neither
// expands braces), bash on the Red Hat family and openSUSE. A base image not seen here leaves it unknown.

/** The shell that runs a RUN's text, as a fact: its name, whether it expands braces, and how we know. */
export interface RunShell {
  /** `bash`, `dash`, `ash`, `zsh`, `ksh`; `sh` when `/bin/sh` of an unseen base. */
  name: string;
  /** Does it expand `{a,b}`? null when the shell is unknown. */
  braces: boolean | null;
  /** How it is known, as a message says it: "`/bin/sh` is dash on `ubuntu:22.04`". */
  why: string;
}

/** Shells that expand braces (bash, zsh, ksh) and those that do not (POSIX sh implementations). */
const BRACE_SHELLS = new Set(['bash', 'zsh', 'ksh', 'ksh93', 'mksh']);
const PLAIN_SHELLS = new Set(['dash', 'ash', 'busybox', 'posh']);

export type BinSh = 'dash' | 'ash' | 'bash';

/**
 * What `/bin/sh` is in an image known by its reference, or null when its distribution is not known:
 * the official OS images, and images whose tag names the distribution they are built on
 * (`python:3.11-alpine`, `nvidia/cuda:12.2.0-runtime-ubuntu22.04`, `nvidia/cuda:12.2.0-base-ubi9`).
 */
export function binShOfReference(reference: string): BinSh | null {
  const ref = reference.split('@')[0].toLowerCase();
  const colon = ref.lastIndexOf(':');
  const hasTag = colon > ref.lastIndexOf('/');
  const name = (hasTag ? ref.slice(0, colon) : ref).replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  const tag = hasTag ? ref.slice(colon + 1) : '';
  // A tag that names the distribution decides first: `-alpine`, `-ubuntu22.04`, `-ubi9`, `-rockylinux8`.
  if (/(^|[-_.])alpine/.test(tag)) return 'ash';
  if (/(^|[-_.])(ubi\d|rockylinux|centos|almalinux|fedora|amazonlinux|oraclelinux)/.test(tag)) return 'bash';
  if (/(^|[-_.])(ubuntu|debian|bookworm|bullseye|buster|trixie|jammy|focal|noble|bionic|slim)/.test(tag)) return 'dash';
  if (/^(alpine|busybox)$/.test(name)) return 'ash';
  if (/^(ubuntu|debian|buildpack-deps|python|nvidia\/cuda|rocker\/[\w.-]+|r-base|node|openjdk|eclipse-temurin)$/.test(name)) return 'dash';
  if (/^(centos|rockylinux|rockylinux\/rockylinux|almalinux|fedora|amazonlinux|oraclelinux|opensuse\/[\w.-]+|redhat\/ubi\d+(-[\w]+)?|registry\.access\.redhat\.com\/ubi\d+(\/[\w.-]+)?)$/.test(name)) return 'bash';
  return null;
}

/** The `/bin/sh` of an image as a RunShell; `image` names it in messages. */
export function binShell(binSh: BinSh | null, image: string): RunShell {
  const quoted = image ? `\`${image}\`` : 'its base image';
  if (binSh === null) return { name: 'sh', braces: null, why: `\`/bin/sh\` of ${quoted} (not seen here) may not be bash` };
  return { name: binSh, braces: binSh === 'bash', why: `\`/bin/sh\` is ${binSh} on ${quoted}` };
}

/**
 * The shell a program names (`/bin/bash`, `sh`, `busybox sh`), given what `/bin/sh` is; null when it
 * is not a shell this knows. `why` says where it was named (a SHELL line, `bash -c`).
 */
export function namedShell(program: string, binSh: RunShell, why: string): RunShell | null {
  const name = program.slice(program.lastIndexOf('/') + 1);
  if (name === 'sh') return binSh;
  if (BRACE_SHELLS.has(name)) return { name, braces: true, why };
  if (PLAIN_SHELLS.has(name)) return { name: name === 'busybox' ? 'ash' : name, braces: false, why };
  return null;
}

/** Does the word hold a `{a,b}` or `{1..3}` outside quotes (which bash expands)? */
export function hasBraceList(raw: string): boolean {
  return /\{[^{}]*,[^{}]*\}/.test(raw.replace(/"[^"]*"|'[^']*'/g, ''));
}
