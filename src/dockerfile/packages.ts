// The packages a Dockerfile's RUN commands install, whatever the package manager: what several
// rules ask ("is an SSH server installed?", "a desktop?", "supervisor?") without each re-parsing
// apt-get, yum, apk, pip and conda command lines.
import type { ShellCommand, ShellWord } from '../shell/commands.js';
import { expandVariables } from './expand.js';
import { factKind, resolvePath, type DockerfileFacts, type Stage } from './facts.js';
import type { DockerInstruction } from './model.js';

export type PackageManager = 'apt' | 'yum' | 'apk' | 'zypper' | 'pacman' | 'pip' | 'conda';

export interface InstalledPackage {
  /** Lower-case name without version, architecture or release suffix (`openssh-server`). */
  name: string;
  manager: PackageManager;
  /** The word that names it (for a package from a variable, the variable's word). */
  word: ShellWord;
  cmd: ShellCommand;
  instr: DockerInstruction;
  stage: Stage;
}

// A cheap test on the RUN text before its shell is parsed.
const MAY_INSTALL = /\b(install|in|add|groupinstall|create)\b|\s-S/;

// Options that take a separate value, per manager, so that the value is not read as a package.
const VALUE_OPTIONS: Record<PackageManager, Set<string>> = {
  apt: new Set(['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file', '-a', '--host-architecture']),
  yum: new Set(['-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '-x', '--exclude', '--installroot', '--releasever', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--nodocs']),
  apk: new Set(['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file']),
  zypper: new Set(['-r', '--repo', '-t', '--type', '--from']),
  pacman: new Set(['--root', '-r', '--dbpath', '-b', '--cachedir', '--config', '--arch', '--ignore', '--ignoregroup', '--overwrite']),
  pip: new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--platform', '--python-version', '--implementation', '--abi', '--trusted-host', '--cache-dir', '--log', '--proxy', '--retries', '--timeout', '--src', '--upgrade-strategy', '--no-binary', '--only-binary', '--progress-bar', '--python']),
  conda: new Set(['-c', '--channel', '-n', '--name', '-p', '--prefix', '--file', '--override-channels', '--repodata-fn', '--solver']),
};

/** Which manager a command is, and where its package words begin; null for anything else. */
function managerOf(cmd: ShellCommand): { manager: PackageManager; from: number } | null {
  const words = cmd.args.map((a) => a.value);
  const after = (verbs: string[], skip: Set<string>): number => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.startsWith('-')) {
        if (skip.has(w)) i++;
        continue;
      }
      return verbs.includes(w) ? i + 1 : -1;
    }
    return -1;
  };
  const p = cmd.program;
  let manager: PackageManager | null = null;
  let from = -1;
  if (p === 'apt-get' || p === 'apt' || p === 'aptitude') {
    manager = 'apt';
    from = after(['install'], VALUE_OPTIONS.apt);
  } else if (/^(yum|dnf|dnf5|microdnf|tdnf)$/.test(p)) {
    manager = 'yum';
    from = after(['install', 'groupinstall'], VALUE_OPTIONS.yum);
    // `dnf group install "Xfce Desktop"`
    if (from < 0) {
      const g = after(['group', 'groups'], VALUE_OPTIONS.yum);
      if (g > 0 && words[g] === 'install') from = g + 1;
    }
  } else if (p === 'apk') {
    manager = 'apk';
    from = after(['add'], VALUE_OPTIONS.apk);
  } else if (p === 'zypper') {
    manager = 'zypper';
    from = after(['install', 'in'], VALUE_OPTIONS.zypper);
  } else if (p === 'pacman') {
    manager = 'pacman';
    from = words.some((w) => /^-S[a-z]*$/.test(w) && !/[sig]/.test(w.slice(2))) ? 0 : -1;
  } else if (/^pip(\d+(\.\d+)?)?$/.test(p)) {
    manager = 'pip';
    from = after(['install'], VALUE_OPTIONS.pip);
  } else if (/^python(\d+(\.\d+)?)?$/.test(p)) {
    // `python -m pip [options] install ...`
    const m = words.findIndex((w, i) => w === '-m' && words[i + 1] === 'pip');
    const verb = m >= 0 ? words.findIndex((w, i) => i > m + 1 && !w.startsWith('-')) : -1;
    if (verb >= 0 && words[verb] === 'install') {
      manager = 'pip';
      from = verb + 1;
    }
  } else if (/^(conda|mamba|micromamba)$/.test(p)) {
    manager = 'conda';
    from = after(['install', 'create'], VALUE_OPTIONS.conda);
  }
  return manager && from >= 0 ? { manager, from } : null;
}

/** `openssh-server=1:8.9p1`, `x11vnc:amd64`, `firefox/jammy`, `supervisor>=4`, `Jupyter[all]` → the bare name. */
function bareName(word: string, manager: PackageManager): string {
  let name = word.toLowerCase();
  if (manager === 'pip' || manager === 'conda') name = name.split(/[<>=!~;\[ ]/)[0];
  else if (manager === 'apk') name = name.split(/[<>=~@]/)[0];
  else name = name.split(/[=:]/)[0].replace(/\/[^/]*$/, '');
  return name.replace(/^conda-forge::/, '');
}

/** Packages that put an SSH server in the image: Debian's `ssh` metapackage pulls openssh-server, Alpine's and Arch's `openssh` holds the server. */
export const SSH_SERVER_PACKAGE = /^(openssh-server|openssh|ssh|dropbear(-bin)?|tinysshd?)$/;

/** A word a package manager installs: a package name, a path, a URL (options and their values left out, but `pip -e X`'s X kept). */
interface InstallOperand {
  value: string;
  manager: PackageManager;
  /** `pip install -e X`: X is an editable project (a folder or a VCS URL). */
  editable: boolean;
  word: ShellWord;
  cmd: ShellCommand;
  instr: DockerInstruction;
  stage: Stage;
}

const OPERANDS = factKind<null, InstallOperand[]>('install operands');

/**
 * What the RUNs of the final image (its stage and the stages it is built FROM) install. Words that
 * hold `$VAR` are expanded with the ARG/ENV values in effect, so that `apt-get install $PACKAGES`
 * counts the packages the variable lists.
 */
function installOperands(facts: DockerfileFacts): InstallOperand[] {
  return facts.memo(OPERANDS, null, () => {
    const result: InstallOperand[] = [];
    for (const { instr, stage, cmd } of facts.runCommands(facts.imageChain, MAY_INSTALL)) {
      const found = managerOf(cmd);
      if (!found) continue;
      const skip = VALUE_OPTIONS[found.manager];
      for (let i = found.from; i < cmd.args.length; i++) {
        let word = cmd.args[i];
        let editable = false;
        if (word.value.startsWith('-')) {
          if (!skip.has(word.value)) continue;
          i++;
          if (found.manager !== 'pip' || !/^(-e|--editable)$/.test(word.value) || !cmd.args[i]) continue;
          word = cmd.args[i];
          editable = true;
        }
        const values = word.literal ? [word.value] : expandVariables(word.value, stage.varsAt.get(instr) ?? new Map()).value.split(/\s+/);
        for (const value of values) if (value && !value.includes('$')) result.push({ value, manager: found.manager, editable, word, cmd, instr, stage });
      }
    }
    return result;
  });
}

const INSTALLED = factKind<null, InstalledPackage[]>('installed packages');

/** Every package installed by name by a RUN of the final image (not a path, a package file or a requirements list). */
export function installedPackages(facts: DockerfileFacts): InstalledPackage[] {
  return facts.memo(INSTALLED, null, () =>
    installOperands(facts)
      .filter((o) => !o.editable && !/^[./]/.test(o.value) && !/\.(whl|deb|rpm|apk|txt)$/.test(o.value))
      .map(({ value, manager, word, cmd, instr, stage }) => ({ name: bareName(value, manager), manager, word, cmd, instr, stage })),
  );
}

export interface LocalPythonProject {
  /** The project's folder in the image (`pip install .` in WORKDIR /app: `/app`). */
  path: string;
  instr: DockerInstruction;
}

const LOCAL_PROJECTS = factKind<null, LocalPythonProject[]>('local Python projects');

/**
 * Folders of the image that pip installs as projects (`pip install .`, `pip install -e /app`,
 * `pip install ./pkg[gpu]`): their packages and console scripts are importable and runnable in the
 * image. Whether the folder holds a project is for the caller to see (pyproject.toml, setup.py).
 */
export function localPythonProjects(facts: DockerfileFacts): LocalPythonProject[] {
  return facts.memo(LOCAL_PROJECTS, null, () => {
    const found: LocalPythonProject[] = [];
    for (const o of installOperands(facts)) {
      if (o.manager !== 'pip' || !/^[./]/.test(o.value) || /\.(whl|txt|tar\.gz|tgz|zip)$/i.test(o.value)) continue;
      const workdir = o.stage.workdirAt.get(o.instr) ?? '/';
      const path = resolvePath(workdir, o.value.replace(/\[[^\]]*\]$/, '')).replace(/(.)\/$/, '$1');
      if (!found.some((p) => p.path === path)) found.push({ path, instr: o.instr });
    }
    return found;
  });
}

/** The first installed package whose name matches. */
export function findInstalled(facts: DockerfileFacts, pattern: RegExp): InstalledPackage | null {
  return installedPackages(facts).find((p) => pattern.test(p.name)) ?? null;
}

/** An SSH server the final image has: installed by one of its RUNs, or brought by its base image (platform desktop, or an image of the repository). */
export function hasSshServer(facts: DockerfileFacts): boolean {
  return !!facts.platformBase?.provides.ssh || findInstalled(facts, SSH_SERVER_PACKAGE) !== null;
}
