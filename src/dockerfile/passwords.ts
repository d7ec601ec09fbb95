// Passwords a shell command sets: `echo "user:pass" | chpasswd`, `chpasswd <<< ...`, `passwd` fed
// on stdin, `usermod -p` / `useradd -p`. Used on the Dockerfile's RUNs (passwords baked into the
// image) and on the entrypoint's scripts (passwords replaced at run time).
import type { ShellCommand } from '../shell/commands.js';
import type { Range } from '../types.js';
import { factKind, type DockerfileFacts, type Stage } from './facts.js';
import type { DockerInstruction } from './model.js';

export interface PasswordSetting {
  /** `chpasswd`, `passwd`, `usermod -p`, `useradd -p`. */
  how: string;
  /** The users whose password is set, as written (`$USER` stays as is); empty when the command does not say. */
  users: string[];
  /** The password input holds an expansion (`$PASSWORD`, `$(openssl rand ...)`) or reads a random source. */
  generated: boolean;
  /** From the feeding command (`echo ... |`) to the end of the command that sets it. */
  range: Range;
  cmd: ShellCommand;
}

export interface BuildPassword extends PasswordSetting {
  instr: DockerInstruction;
  stage: Stage;
}

// A cheap test on RUN text before its shell is parsed.
const MAY_SET_PASSWORD = /passwd|usermod|useradd/;
const RANDOM_SOURCE = /\/dev\/u?random|openssl\s+rand|pwgen|mkpasswd|uuidgen|\$RANDOM|secrets\.|random/;
// Values that lock an account rather than give it a password.
const LOCKED = /^(!+|\*|x|)$/;
const PASSWD_NOT_SETTING = new Set(['-d', '--delete', '-l', '--lock', '-u', '--unlock', '-e', '--expire', '-S', '--status', '-n', '-x', '-w', '-i']);

/** The text a command reads on stdin: the command piped into it, a heredoc or a here-string. */
function stdinOf(cmd: ShellCommand): { text: string; literal: boolean; feeder: ShellCommand | null } | null {
  const inline = cmd.redirects.find((r) => r.op === '<<<' || r.op.startsWith('<<'));
  if (inline) return { text: inline.body ?? '', literal: !(inline.body ?? '').includes('$'), feeder: null };
  const from = cmd.redirects.find((r) => r.op === '<');
  if (from) return { text: from.target?.value ?? '', literal: false, feeder: null };
  const feeder = cmd.pipeFrom;
  if (!feeder) return null;
  const words = feeder.args.filter((a) => !/^-[neE]+$/.test(a.value));
  const literal = /^(echo|printf|yes)$/.test(feeder.program) && words.every((w) => w.literal);
  const text = [feeder.name, ...words.map((w) => w.value)].join(' ').replace(/\\n/g, '\n');
  return { text, literal, feeder };
}

function spanFrom(feeder: ShellCommand | null, cmd: ShellCommand): Range {
  if (!feeder || feeder.file !== cmd.file) return cmd.range;
  return { startLine: feeder.range.startLine, startColumn: feeder.range.startColumn, endLine: cmd.range.endLine, endColumn: cmd.range.endColumn };
}

function lastPositional(cmd: ShellCommand, valueOptions: Set<string>): string | null {
  let last: string | null = null;
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v.startsWith('-')) {
      if (valueOptions.has(v)) i++;
      continue;
    }
    last = v;
  }
  return last;
}

const USERMOD_VALUE_OPTIONS = new Set(['-c', '--comment', '-d', '--home', '-e', '--expiredate', '-f', '--inactive', '-g', '--gid', '-G', '--groups', '-l', '--login', '-p', '--password', '-R', '--root', '-P', '--prefix', '-s', '--shell', '-u', '--uid', '-k', '--skel', '-K', '--key', '-b', '--base-dir', '-Z', '--selinux-user', '--home-dir']);

/** The password a command sets, or null when it sets none. `currentUser` is who runs it (for a bare `passwd`). */
export function passwordSetting(cmd: ShellCommand, currentUser: string | null): PasswordSetting | null {
  switch (cmd.program) {
    case 'chpasswd': {
      const input = stdinOf(cmd);
      if (!input) return null;
      const text = input.text;
      const users = [...text.matchAll(/(?:^|[\s'"])([A-Za-z_$][\w.${}-]*):/gm)].map((m) => m[1]);
      const generated = !input.literal || RANDOM_SOURCE.test(text);
      return { how: 'chpasswd', users: [...new Set(users)], generated, range: spanFrom(input.feeder, cmd), cmd };
    }
    case 'passwd': {
      if (cmd.args.some((a) => PASSWD_NOT_SETTING.has(a.value))) return null;
      const input = stdinOf(cmd);
      const stdinFlag = cmd.args.some((a) => a.value === '--stdin');
      if (!input && !stdinFlag) return null;
      const user = lastPositional(cmd, new Set(['-r', '--repository', '-R', '--root', '-P', '--prefix']));
      const text = input?.text ?? '';
      const generated = !input?.literal || RANDOM_SOURCE.test(text);
      return { how: 'passwd', users: user ? [user] : currentUser ? [currentUser] : [], generated, range: spanFrom(input?.feeder ?? null, cmd), cmd };
    }
    case 'usermod':
    case 'useradd': {
      const i = cmd.args.findIndex((a) => a.value === '-p' || a.value === '--password' || a.value.startsWith('--password='));
      if (i < 0) return null;
      const word = cmd.args[i].value.startsWith('--password=') ? { ...cmd.args[i], value: cmd.args[i].value.slice(11) } : cmd.args[i + 1];
      if (!word || LOCKED.test(word.value)) return null;
      const user = lastPositional(cmd, USERMOD_VALUE_OPTIONS);
      return { how: `${cmd.program} -p`, users: user ? [user] : [], generated: !word.literal || RANDOM_SOURCE.test(word.value), range: cmd.range, cmd };
    }
    default:
      return null;
  }
}

/** Groups whose members `sudo` lets become root (Debian's `sudo`, Red Hat's `wheel`, old Ubuntu's `admin`). */
export const SUDO_GROUPS = new Set(['sudo', 'wheel', 'admin']);

/**
 * Users the image puts in a sudo group. `sudo` asks them for their own password, so a password set
 * for them at build time is used (to become root), SSH server or not.
 */
export function sudoGroupMembers(facts: DockerfileFacts): Set<string> {
  const members = new Set<string>();
  for (const u of facts.created.users) if ([u.group, ...u.groups].some((g) => g !== null && SUDO_GROUPS.has(g))) members.add(u.name);
  return members;
}

const PASSWORDS = factKind<null, BuildPassword[]>('build passwords');

/** Passwords set by RUN commands of the final image (its stage and the stages it is built FROM; ONBUILD triggers run in child images). */
export function buildPasswords(facts: DockerfileFacts): BuildPassword[] {
  return facts.memo(PASSWORDS, null, () => findBuildPasswords(facts));
}

function findBuildPasswords(facts: DockerfileFacts): BuildPassword[] {
  const result: BuildPassword[] = [];
  for (const { instr, stage, cmd } of facts.runCommands(facts.imageChain, MAY_SET_PASSWORD)) {
    const user = stage.userAt.get(instr)?.name ?? null;
    const setting = passwordSetting(cmd, user);
    if (setting) result.push({ ...setting, users: setting.users.map((u) => expandUser(u, stage, instr)), instr, stage });
  }
  return result;
}

/** `$USER` / `${NB_USER}` from ARG/ENV in effect; the word as written when unknown. */
function expandUser(user: string, stage: Stage, instr: DockerInstruction): string {
  const m = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(user);
  const value = m ? stage.varsAt.get(instr)?.get(m[1])?.value : undefined;
  return value || user;
}
