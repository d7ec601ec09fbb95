// Whether the final image is a batch image (run by jobman) or a desktop (interactive) image, and
// what says so. Shared by the rules that treat the two kinds differently (CHM141, CHM405, CHM407).
import type { ImageKind } from '../profile.js';
import type { ShellCommand } from '../shell/commands.js';
import { factKind, type DockerfileFacts } from './facts.js';
import type { DockerInstruction } from './model.js';

export interface ImageKindEvidence {
  instr: DockerInstruction;
  /** What makes it a desktop image, for a message: "`lxde` installed with apt-get". */
  what: string;
}

export interface ImageKindResult {
  kind: ImageKind;
  evidence: ImageKindEvidence | null;
}

// Desktop environments and window managers, and the remote-display servers only a desktop needs.
const DESKTOP_PACKAGE =
  /^(lxde(-core)?|lxqt(-core)?|lxsession|xfce4(-session)?|xubuntu-desktop|lubuntu-desktop|ubuntu-desktop(-minimal)?|mate-desktop-environment(-core|-extras)?|mate-session-manager|kde-plasma-desktop|kde-standard|kde-full|plasma-desktop|kubuntu-desktop|gnome(-core|-session|-shell)?|cinnamon(-desktop-environment)?|budgie-desktop|openbox|fluxbox|icewm|xfwm4|task-[a-z]+-desktop|x11vnc|tigervnc(-standalone-server|-server|-scraping-server)?|tightvncserver|vnc4server|turbovnc|xvfb|xorg-x11-server-xvfb|xvfb-run)$/;
// A cheap test on a RUN's text before its shell is parsed.
const DESKTOP_HINT = /\blx|xfce|mate-|\bkde|plasma|gnome|desktop|cinnamon|budgie|openbox|fluxbox|icewm|vnc|xvfb/i;
// Third-party desktop bases (dorowu/ubuntu-desktop-lxde-vnc, consol/ubuntu-xfce-vnc, kasmweb/desktop, linuxserver/webtop).
const DESKTOP_BASE_NAME = /(^|[/_.-])(desktop|vnc|novnc|xfce|lxde|lxqt|webtop|kasm[a-z]*)([/_.-]|$)/;

// Package managers: the subcommand that installs and the options that take a value.
const INSTALLERS: Record<string, { subcommands: string[]; valueOptions: string[] }> = {
  'apt-get': { subcommands: ['install'], valueOptions: ['-o', '-t', '-c', '--target-release', '--option', '--config-file'] },
  apt: { subcommands: ['install'], valueOptions: ['-o', '-t', '-c', '--target-release', '--option', '--config-file'] },
  aptitude: { subcommands: ['install'], valueOptions: ['-o', '-t', '--target-release'] },
  yum: { subcommands: ['install'], valueOptions: ['--enablerepo', '--disablerepo', '--setopt', '--releasever', '-c', '--installroot'] },
  dnf: { subcommands: ['install'], valueOptions: ['--enablerepo', '--disablerepo', '--setopt', '--releasever', '-c', '--installroot'] },
  microdnf: { subcommands: ['install'], valueOptions: ['--enablerepo', '--disablerepo', '--setopt'] },
  zypper: { subcommands: ['install', 'in'], valueOptions: ['-r', '--repo', '--from'] },
  apk: { subcommands: ['add'], valueOptions: ['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch'] },
};

/** Package names a command installs (`apt-get install -y lxde x11vnc` → lxde, x11vnc), versions and arch stripped. */
function installedPackages(cmd: ShellCommand): { name: string; cmd: ShellCommand }[] {
  const installer = INSTALLERS[cmd.program];
  if (!installer) return [];
  const result: { name: string; cmd: ShellCommand }[] = [];
  let seenSubcommand = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const value = cmd.args[i].value;
    if (value.startsWith('-')) {
      if (installer.valueOptions.includes(value)) i++;
      continue;
    }
    if (!seenSubcommand) {
      if (!installer.subcommands.includes(value)) return [];
      seenSubcommand = true;
      continue;
    }
    result.push({ name: value.toLowerCase().replace(/[=:].*$/, ''), cmd });
  }
  return result;
}

const IMAGE_KIND = factKind<null, ImageKindResult>('image kind');

/**
 * A desktop image is one built on a platform desktop base (or a third-party desktop base by its
 * name), or one whose image chain installs a desktop environment, a window manager, a VNC server
 * or Xvfb with a package manager (not Xvfb alone in an image with an ENTRYPOINT of its own: a
 * virtual display for a batch job to render on). Every other image is a batch image.
 */
export function imageKind(facts: DockerfileFacts): ImageKindResult {
  return facts.memo(IMAGE_KIND, null, () => findImageKind(facts));
}

function findImageKind(facts: DockerfileFacts): ImageKindResult {
  const chain = facts.imageChain;
  const root = chain[0];
  if (!root) return { kind: 'batch', evidence: null };
  if (root.platformBase?.kind === 'desktop') {
    return { kind: 'desktop', evidence: { instr: root.from, what: `built on the platform desktop image \`${root.platformBase.name}\`` } };
  }
  const repository = root.image.split('@')[0].replace(/:[^/]*$/, '').toLowerCase();
  if (!root.platformBase && DESKTOP_BASE_NAME.test(repository)) {
    return { kind: 'desktop', evidence: { instr: root.from, what: `built on \`${root.image}\`, whose name says it is a desktop image` } };
  }
  // Xvfb with no desktop environment, window manager or VNC server beside it, in an image that runs a
  // program of its own (an ENTRYPOINT: `xvfb-run app`, or a script that does), is a virtual display to
  // render on (MATLAB, VTK), not a desktop: nobody could see it.
  const headless = !!facts.finalStage?.entrypoint;
  for (const { instr, cmd } of facts.runCommands(chain, DESKTOP_HINT)) {
    const desktop = installedPackages(cmd).find((p) => DESKTOP_PACKAGE.test(p.name) && !(headless && XVFB.test(p.name)));
    if (desktop) return { kind: 'desktop', evidence: { instr, what: `\`${desktop.name}\` installed with ${cmd.program}` } };
  }
  return { kind: 'batch', evidence: null };
}

const XVFB = /^(xvfb|xorg-x11-server-xvfb|xvfb-run)$/;

