import {
  commandText,
  defineDockerfileRule,
  describeEvent,
  fsHistory,
  isRoot,
  isUnder,
  pathState,
  rootOwnedHome,
  runSteps,
  samePrincipal,
  subcommand,
  type FsEffect,
  type FsEvent,
  type Principal,
  type RunStep,
  type ShellCommand,
} from '../src/rule-api.js';

// Package managers and the verbs that change the system (and so need root); read-only verbs
// (`apt-cache`, `apt-get download`, `dnf list`) work as any user.
const PACKAGE_VERBS: Record<string, { verbs: RegExp; valueOptions: string[] }> = {
  'apt-get': { verbs: /^(install|reinstall|update|upgrade|dist-upgrade|full-upgrade|remove|purge|autoremove|autopurge|build-dep|clean|autoclean)$/, valueOptions: ['-o', '--option', '-t', '--target-release', '-c', '--config-file', '-a', '--host-architecture'] },
  apt: { verbs: /^(install|reinstall|update|upgrade|dist-upgrade|full-upgrade|remove|purge|autoremove|autopurge|build-dep|clean|autoclean)$/, valueOptions: ['-o', '--option', '-t', '--target-release', '-c', '--config-file'] },
  aptitude: { verbs: /^(install|reinstall|update|upgrade|safe-upgrade|full-upgrade|remove|purge|clean)$/, valueOptions: ['-o', '-t', '--target-release'] },
  yum: { verbs: /^(install|reinstall|update|upgrade|remove|erase|downgrade|groupinstall|groupupdate|localinstall|makecache|clean|distro-sync|autoremove|swap|group|module)$/, valueOptions: ['-c', '--config', '--installroot', '--releasever', '--setopt', '--enablerepo', '--disablerepo', '-x', '--exclude'] },
  apk: { verbs: /^(add|del|update|upgrade|fix|cache)$/, valueOptions: ['-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file'] },
  zypper: { verbs: /^(install|in|reinstall|update|up|remove|rm|refresh|ref|dist-upgrade|dup|patch|addrepo|ar|clean)$/, valueOptions: ['-r', '--repo', '--root'] },
};
for (const alias of ['dnf', 'dnf5', 'microdnf', 'tdnf']) PACKAGE_VERBS[alias] = PACKAGE_VERBS.yum;

// Programs that only root can run to any effect: accounts, passwords, system-wide configuration.
const ROOT_PROGRAMS = new Set(['useradd', 'usermod', 'userdel', 'groupadd', 'groupmod', 'groupdel', 'adduser', 'addgroup', 'deluser', 'delgroup', 'chpasswd', 'gpasswd', 'ldconfig', 'locale-gen', 'update-locale', 'update-ca-certificates', 'dpkg-reconfigure']);

// A cheap test on a RUN's text before its shell is parsed: a root-only program or a write of some kind.
const MAY_NEED_ROOT = /apt|yum|dnf|apk|zypper|dpkg|user|group|passwd|ldconfig|locale|ca-cert|alternatives|ch(own|mod|grp)|>|tee|\b(cp|mv|ln|rm|rmdir|mkdir|touch|sed|install|wget|curl|git|tar|unzip)\b/;

// Paths root owns in every base image unless the build hands them over.
const SYSTEM_PATH = /^\/(etc|usr|opt|var|bin|sbin|lib|lib32|lib64|libx32|boot|root|srv)(\/|$)/;
// Paths anyone may write.
const SHARED_PATH = /^\/(tmp|var\/tmp|dev|proc)(\/|$)/;

/** The root-only program a command runs, described for a message; null for anything else. */
function rootOnlyProgram(cmd: ShellCommand): string | null {
  const words = cmd.args.map((a) => a.value);
  const pkg = PACKAGE_VERBS[cmd.program];
  if (pkg) {
    if (words.some((w) => /^(-s|--simulate|--dry-run|--just-print|--no-act|--recon)$/.test(w))) return null;
    const sub = subcommand(cmd, pkg.valueOptions);
    return sub && pkg.verbs.test(sub.word.value) ? 'it changes system packages' : null;
  }
  if (cmd.program === 'dpkg') return words.some((w) => /^(-i|--install|-r|--remove|-P|--purge|--configure|--unpack)$/.test(w)) ? 'it changes system packages' : null;
  if (cmd.program === 'update-alternatives') return words.some((w) => /^--(install|set|remove|remove-all|auto|config|all)$/.test(w)) ? 'it changes system-wide links' : null;
  return ROOT_PROGRAMS.has(cmd.program) ? 'only root may run it' : null;
}

/** Does the owner differ from the user running the step (so that user may not change the path)? */
function notOwnedBy(owner: Principal | null, by: Principal): boolean {
  if (!owner) return false;
  return isRoot(owner) || (owner.uid !== null && by.uid !== null && owner.uid !== by.uid);
}

/**
 * Why the user running the step cannot do what the effect does, as words that follow "it creates
 * `path`"; null when it may, or when nobody can tell.
 */
function problem(effect: FsEffect, step: RunStep, history: FsEvent[], homeMadeBy: FsEvent | null): { why: string; event: FsEvent | null } | null {
  const before = step.order;
  const by = step.by;
  const path = effect.path;
  if (SHARED_PATH.test(path)) return null;
  const owned = (state: { owner: Principal | null; event: FsEvent }): string =>
    `${state.owner?.name ?? 'another user'} owns (${describeEvent(state.event)}${state.event.origin === 'copy' && isRoot(state.owner) ? ', without `--chown`' : ''})`;
  const system = ', a system path that root owns';
  if (effect.action === 'chown' || effect.action === 'chmod') {
    const state = pathState(history, path, { before, contents: true });
    if (state && notOwnedBy(state.owner, by)) return { why: `, which ${owned(state)}`, event: state.event };
    if (!state && SYSTEM_PATH.test(path)) return { why: system, event: null };
    if (effect.recursive) {
      for (const e of history) {
        if (e.order >= before) break;
        if (!isUnder(e.path, path) || (e.kind !== 'ensure' && e.kind !== 'set')) continue;
        const inner = pathState(history, e.path, { before, contents: true });
        if (inner && notOwnedBy(inner.owner, by)) return { why: ` and \`${e.path}\` in it, which ${owned(inner)}`, event: inner.event };
      }
    }
    return null;
  }
  // Creating, writing or removing: the path itself when the build knows it, else the nearest folder above it that it knows.
  const own = effect.action === 'remove' ? null : pathState(history, path, { before });
  // A home left to root is CHM131's finding, with the fix that works (moving this step before USER would not).
  if (homeMadeBy && own?.event === homeMadeBy) return null;
  if (own) {
    if (effect.action === 'create') return null; // `mkdir -p` of a folder that exists does nothing
    return notOwnedBy(own.owner, by) && !own.open ? { why: `, which ${owned(own)}`, event: own.event } : null;
  }
  for (let dir = path.slice(0, path.lastIndexOf('/')) || '/'; ; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
    const state = pathState(history, dir, { before });
    if (state && homeMadeBy && state.event === homeMadeBy) return null;
    if (state) return notOwnedBy(state.owner, by) && !state.open ? { why: ` in \`${dir}\`, which ${owned(state)}`, event: state.event } : null;
    if (dir === '/') break;
  }
  return SYSTEM_PATH.test(path) ? { why: system, event: null } : null;
}

const VERB: Record<FsEffect['action'], string> = { create: 'creates', write: 'writes', remove: 'removes', chown: 'changes the owner of', chmod: 'changes the mode of' };

export default defineDockerfileRule({
  meta: {
    code: 'CHM132',
    slug: 'root-step-after-user-switch',
    severity: 'warning',
    guide: 'Template',
    summary: 'A step that needs root runs after `USER` switched to a non-root user: it fails at build time.',
    why: 'After `USER chaimeleon` every RUN runs as that user: installing packages, managing accounts, writing system folders or changing files root owns fails the build. The guide puts these steps in the root part, before the switch.',
    details: [
      '- Every stage (a failing builder stage fails the build too). A RUN counts when its user is not root: set by `USER` in the stage, or inherited from a platform base',
      '  image or the stage it is built `FROM` (then the message says to add `USER root` before it). ONBUILD triggers are skipped (they run in another build, as its user).',
      '- Root-only commands: package changes (`apt-get`/`apt`/`aptitude`/`yum`/`dnf`/`microdnf`/`apk`/`zypper` install, update, upgrade, remove, clean...; `dpkg -i`),',
      '  accounts and passwords (`useradd`, `usermod`, `groupadd`, `adduser`, `chpasswd`...), `ldconfig`, `locale-gen`, `update-ca-certificates`, `update-alternatives --install`.',
      '  Read-only verbs (`apt-cache`, `apt-get download`, `-s`/`--simulate`) are fine.',
      '- `chmod`/`chown`/`chgrp` of a path the user does not own: one the build made as root (a `COPY`/`ADD` without `--chown`, a RUN or `WORKDIR` as root) and did not hand over,',
      '  or a system path (`/etc`, `/usr`, `/opt`, `/var`, `/bin`, `/lib`, `/root`, `/srv`...) the build never gave the user. With `-R`, also anything root-owned inside it.',
      '- Writes (`>`/`>>` redirects, `tee`, `cp`/`mv`/`ln`/`install` destinations, `mkdir`, `touch`, `sed -i`, `rm`, `wget -O`, `curl -o`, `git clone`, `tar -C`, `unzip -d`):',
      '  reported when the path, or the nearest folder above it the build knows, is root\'s (or another user\'s), or it is in a system path the build never gave the user.',
      '  `/opt/app` made by root and `chown`ed to the user is the user\'s; `/tmp` and `/dev` are anyone\'s; paths the build knows nothing about outside system folders are not guessed at.',
      '- Not reported when the command runs through `sudo` or `su` (whether the user may do that is CHM103\'s business).',
      '- Not reported: a write in the user\'s home that fails because the build left the home to root (`WORKDIR /home/USER` before `useradd`): that is CHM131\'s finding,',
      '  where the fix is to hand the home over, not to move the step before `USER`.',
      '- One finding per command, at the command; the message names the path and who owns it. When a `COPY`/`ADD` after the `USER` switch made the',
      '  path root\'s, the help asks for `--chown` (and `--chmod`) on that instruction: moved before `USER`, the step would run before the file exists.',
    ].join('\n'),
    tags: ['user', 'build'],
  },
  check({ facts, report }) {
    const homeMadeBy = facts.finalStage ? (rootOwnedHome(facts, facts.finalStage)?.madeBy ?? null) : null;
    for (const stage of facts.stages) {
      const history = fsHistory(facts, stage);
      for (const instr of stage.instructions) {
        if (instr.keyword !== 'RUN' || instr.onbuild || !MAY_NEED_ROOT.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        const user = stage.userAt.get(instr);
        if (!user || user.source === 'default' || user.name.includes('$') || isRoot({ name: user.name, uid: facts.uidOf(user) })) continue;
        const fix = user.source === 'instruction' && user.instr
          ? `move it before \`USER ${user.spec}\` (line ${user.instr.range.startLine}), into the root part`
          : `put \`USER root\` before it and switch back to \`USER ${user.spec}\` after the root part (the user is inherited from \`${stage.image}\`)`;
        for (const step of runSteps(facts, stage, instr)) {
          if (step.cmd.wrappers.includes('sudo') || !samePrincipal(step.by, { name: user.name, uid: facts.uidOf(user) })) continue;
          let why = rootOnlyProgram(step.cmd);
          let cause: FsEvent | null = null;
          if (!why) {
            for (const effect of step.effects) {
              const p = problem(effect, step, history, homeMadeBy);
              if (p) {
                why = `it ${VERB[effect.action]} \`${effect.path}\`${p.why}`;
                cause = p.event;
                break;
              }
            }
          }
          if (!why) continue;
          // Root owns it because a COPY after the switch put it there: moving this step before USER would run it before the file exists.
          const copiedAfterSwitch = cause?.origin === 'copy' && user.instr && cause.instr.range.startLine > user.instr.range.startLine ? cause : null;
          const advice = copiedAfterSwitch
            ? `give the \`${copiedAfterSwitch.instr.keyword}\` at line ${copiedAfterSwitch.instr.range.startLine} \`--chown=${user.spec}\` (and \`--chmod=\` for a mode) instead: before \`USER\` this step would run before the file is there`
            : fix;
          report({
            range: step.cmd.range,
            message: `\`${commandText(step.cmd)}\` runs as \`${user.name}\`, not root, so it fails at build time: ${why}. ${advice[0].toUpperCase()}${advice.slice(1)}.`,
          });
        }
      }
    }
  },
});
