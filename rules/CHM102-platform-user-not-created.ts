import {
  commandText,
  defineDockerfileRule,
  expandVariables,
  fileWrites,
  hasFlag,
  parseUserCommand,
  type DockerfileFacts,
  type DockerInstruction,
  type Profile,
  type ShellCommand,
  type Stage,
} from '../src/rule-api.js';

const USER_COMMANDS = /useradd|adduser|usermod|userdel|deluser|gpasswd|groupadd|addgroup|groupmod|groupdel|delgroup|\/etc\/(passwd|group)\b/;

// Ubuntu images from 23.04 on ship a user `ubuntu` with uid and gid 1000 (a fact about those images, not the platform).
const UBUNTU_DEFAULT_USER = { name: 'ubuntu', uid: 1000, gid: 1000 };
const UBUNTU_CODENAMES_WITH_USER = /^(lunar|mantic|noble|oracular|plucky|questing)\b/;

/** Does the base image ship Ubuntu's default `ubuntu` user (Ubuntu 23.04 and later, also inside `nvidia/cuda:…-ubuntu24.04`)? */
function shipsUbuntuUser(image: string): boolean {
  const name = image.split('@')[0];
  const last = name.slice(name.lastIndexOf('/') + 1);
  const [repository, tag = 'latest'] = last.split(':');
  const atLeast2304 = (m: RegExpExecArray | null) => m !== null && Number(m[1]) * 100 + Number(m[2]) >= 2304;
  if (repository === 'ubuntu') return /^(latest|rolling|devel)$/.test(tag) || UBUNTU_CODENAMES_WITH_USER.test(tag) || atLeast2304(/^(\d\d)\.(\d\d)/.exec(tag));
  return atLeast2304(/ubuntu(\d\d)\.(\d\d)/.exec(tag));
}

interface Account {
  uid: number | null;
  /** Primary group: a name, or a number as written. */
  group: string;
  /** The command that created it or last changed its ids; null when it comes from the base image. */
  cmd: ShellCommand | null;
  origin: string;
  /** A user of a non-platform base renamed here (`usermod -l chaimeleon rstudio`): its ids come from a base this rule cannot see. */
  renamedFromBase?: boolean;
}

interface Group {
  gid: number | null;
  cmd: ShellCommand | null;
  origin: string;
}

/**
 * A map of accounts that also finds one by its id without a scan (a Dockerfile with thousands of
 * user commands would otherwise cost a scan per command). The index may hold names whose id has
 * changed since: a lookup checks each candidate and drops the stale ones.
 */
class IdIndexedMap<V> extends Map<string, V> {
  private readonly byId = new Map<number, Set<string>>();

  constructor(private readonly idOf: (value: V) => number | null) {
    super();
  }

  override set(name: string, value: V): this {
    super.set(name, value);
    this.reindex(name);
    return this;
  }

  /** Records a changed id of an entry (after `entry.uid = …`). */
  reindex(name: string): void {
    const value = this.get(name);
    const id = value === undefined ? null : this.idOf(value);
    if (id === null) return;
    let names = this.byId.get(id);
    if (!names) this.byId.set(id, (names = new Set()));
    names.add(name);
  }

  withId(id: number, except?: string): [string, V] | undefined {
    const names = this.byId.get(id);
    if (!names) return undefined;
    for (const name of names) {
      const value = this.get(name);
      if (value === undefined || this.idOf(value) !== id) names.delete(name);
      else if (name !== except) return [name, value];
    }
    return undefined;
  }
}

/** The users and groups of the final image, replayed from the base and every user command of the image's stages. */
class Accounts {
  readonly users = new IdIndexedMap<Account>((a) => a.uid);
  readonly groups = new IdIndexedMap<Group>((g) => g.gid);
  /** Set when /etc/passwd is copied in or written with text this rule cannot read: the users are then unknown. */
  opaque = false;

  userWithUid(uid: number, except?: string): [string, Account] | undefined {
    return this.users.withId(uid, except);
  }

  groupWithGid(gid: number, except?: string): [string, Group] | undefined {
    return this.groups.withId(gid, except);
  }

  addGroup(name: string, gid: number | null, cmd: ShellCommand | null, origin: string): void {
    this.groups.set(name, { gid, cmd, origin });
  }

  /** The user's own group (`useradd` without `-g`): gid = uid when that gid is free. */
  addUserGroup(name: string, uid: number | null, cmd: ShellCommand): string {
    if (!this.groups.has(name)) this.addGroup(name, uid !== null && !this.groupWithGid(uid) ? uid : null, cmd, 'created');
    return name;
  }
}

/** A command that runs only when an existence test says so (`id x || useradd x`) or whose failure is ignored (`|| true`). */
function tolerated(facts: DockerfileFacts, cmd: ShellCommand): boolean {
  if (cmd.guards.some((g) => /^(id|getent|grep|egrep|test|\[|\[\[)$/.test(g.program))) return true;
  const end = facts.model.lines.offsetAt(cmd.range.endLine - 1, cmd.range.endColumn - 1);
  return /^[\s\\]*\|\|/.test(facts.model.text.slice(end, end + 40));
}

function createHint(profile: Profile, name = profile.user.name): string {
  const { uid, gid } = profile.user;
  return `\`groupadd -g ${gid} ${name} && useradd --create-home --shell /bin/bash --uid ${uid} --gid ${gid} ${name}\``;
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM102',
    slug: 'platform-user-not-created',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'The "chaimeleon" user',
    summary: 'The final user must exist in the image with uid 1000 and gid 1000.',
    why: 'The platform runs the container as uid 1000 / gid 1000 and mounts the user\'s volumes for it; a user that is missing from /etc/passwd has no name and no home (ssh, `whoami`, `pip --user`, desktops break), and one created with other ids does not own what the platform gives uid 1000.',
    details: [
      '- Looks at the user of the final `USER` (inherited from an earlier stage counts). No `USER` at all and `USER root` are CHM101\'s; so is a',
      '  numeric `USER` with another uid.',
      '- The users and groups are replayed in order over the RUNs of the final image\'s stages: `useradd`, Debian `adduser`, busybox `adduser -D`,',
      '  `groupadd`/`addgroup`, `usermod -l/-u/-g`, `groupmod -n/-g`, `userdel`/`deluser`/`groupdel`/`delgroup`, and lines echoed into',
      '  `/etc/passwd` / `/etc/group`; ARG/ENV references (`useradd -u $UID`) are expanded. A known platform base image provides its user',
      '  (the profile\'s, with the profile\'s uid and gid); Ubuntu 23.04 and later images provide `ubuntu` (1000:1000).',
      '- Reported at the `USER` when the named user is never created in the final image (a user created in a builder stage does not count:',
      '  `COPY --from` does not copy users). For a base that is not a platform image, the message says it assumed the base does not provide it.',
      '- A numeric `USER 1000[:1000]` on a base that is not a platform image, with no user of uid 1000 created, is reported too: the process',
      '  would run without a passwd entry, name or home.',
      '- Reported at the creating command when the user has no explicit uid (`useradd -m x`, `adduser --system`: the uid depends on what the base',
      '  already has) or another uid, or when its primary group has another gid, no explicit gid, or is never created (`useradd -g 1000` with no',
      '  group 1000: useradd fails). `useradd -u 1000 x` with no `-g` gets its own group `x` with gid 1000 when that gid is free, which is accepted;',
      '  `-N` gives it the `users` group (gid 100).',
      '- A `USER name:group` whose group is not gid 1000, or is never created, is reported at the `USER`.',
      '- Commands that would fail the build are reported too, unless guarded (`id x || useradd x`, `|| true`): creating a user or group that',
      '  already exists (such as the platform user on a platform base) and taking a uid/gid that is already used (`useradd -u 1000` on',
      '  `ubuntu:24.04` without first `userdel -r ubuntu`), unless `-o` (or `groupadd -f`) allows it.',
      '- Renaming a user of a base that is not a platform image (`usermod -l chaimeleon rstudio` on rocker, `jovyan` on Jupyter images, whose',
      '  default user has uid 1000) is trusted: its ids cannot be seen, so only an explicit other uid (`usermod -l x -u 1001 rstudio`) is reported.',
      '- When `/etc/passwd` is copied in (`COPY`/`ADD`) or written with text the rule cannot read, users cannot be known and nothing is reported.',
    ].join('\n'),
    tags: ['user'],
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const chain = facts.imageChain;
    const root = chain[0];
    const accounts = new Accounts();
    const platformOrigin = `from the platform base image \`${root.image}\``;
    if (root.platformBase?.provides.user) {
      accounts.addGroup(profile.user.name, profile.user.gid, null, platformOrigin);
      accounts.users.set(profile.user.name, { uid: profile.user.uid, group: profile.user.name, cmd: null, origin: platformOrigin });
    } else if (shipsUbuntuUser(root.image)) {
      const origin = `from \`${root.image}\`: Ubuntu 23.04 and later images ship it`;
      accounts.addGroup(UBUNTU_DEFAULT_USER.name, UBUNTU_DEFAULT_USER.gid, null, origin);
      accounts.users.set(UBUNTU_DEFAULT_USER.name, { uid: UBUNTU_DEFAULT_USER.uid, group: UBUNTU_DEFAULT_USER.name, cmd: null, origin });
    }
    // Commands reported as failing the build: what they would have created is not judged again.
    const failed = new Set<ShellCommand>();
    const fail = (cmd: ShellCommand, why: string, fix: string) => {
      if (tolerated(facts, cmd)) return;
      failed.add(cmd);
      report({ range: cmd.range, message: `\`${commandText(cmd)}\` fails the build: ${why}. ${fix}` });
    };

    replayUserCommands(facts, chain, accounts, fail);
    if (facts.copies(chain).some((c) => c.absoluteDestination === '/etc/passwd' || (/^\/etc\/?$/.test(c.absoluteDestination) && c.sources.some((w) => /(^|\/)passwd$/.test(w.value))))) {
      accounts.opaque = true;
    }
    if (accounts.opaque) return;

    const user = stage.finalUser;
    if (user.source === 'default' || user.source === 'platform') return;
    if (user.name === 'root' || user.uid === 0 || user.spec.includes('$')) return;
    // `USER ${NB_UID}`: a variable of the base image's ENV (or with no value) names a user this rule cannot see.
    const userInstr = user.instr;
    const userVars = userInstr && chain.find((s) => s.varsAt.has(userInstr))?.varsAt.get(userInstr);
    if (userInstr && userVars && expandVariables(userInstr.argsText.trim(), userVars).undeclared.length > 0) return;
    const at = user.instr?.range ?? stage.from.range;
    const { uid: expectedUid, gid: expectedGid } = profile.user;
    // A user an unseen base may create is an assumption: asked about at info, never failed.
    const unseen = facts.base.kind === 'unseen';
    const baseNote = unseen ? ` (if \`${root.image || 'its base image'}\` does not create it)` : '';
    const reportUser = (input: { range: typeof at; message: string }) => report(unseen ? { ...input, severity: 'info' } : input);

    let accountName: string;
    let account: Account;
    if (/^\d+$/.test(user.name)) {
      if (Number(user.name) !== expectedUid) return;
      const found = accounts.userWithUid(expectedUid);
      if (!found) {
        reportUser({
          range: at,
          message: `\`USER ${user.spec}\` runs as uid ${expectedUid}, but no user with that uid is created${baseNote}: the process would have no name, no home and no passwd entry. Create it in the root part: ${createHint(profile)}.`,
        });
        return;
      }
      [accountName, account] = found;
    } else {
      const found = accounts.users.get(user.name);
      if (!found) {
        const elsewhere = createdOutsideImage(facts, chain, user.name);
        const note = elsewhere ? ` (stage \`${elsewhere.name ?? elsewhere.index}\` creates it, but that stage is not part of the final image: \`COPY --from\` does not copy users)` : baseNote;
        reportUser({
          range: at,
          message: `\`USER ${user.spec}\` names a user that is never created in the final image${note}. Create it in the root part with uid ${expectedUid} and gid ${expectedGid}: ${createHint(profile, user.name)}.`,
        });
        return;
      }
      [accountName, account] = [user.name, found];
    }

    // Renaming the base's own user (rocker's `rstudio`, jupyter's `jovyan`: uid 1000) is a deliberate way to get the platform uid: trusted unless it sets another uid.
    if (account.renamedFromBase && (account.uid === null || account.uid === expectedUid)) return;
    const primary = account.renamedFromBase ? null : groupProblem(accounts, account.group, expectedGid);
    const uidProblem = account.uid === null ? ' without an explicit uid (it gets the first free one, which depends on the base)' : account.uid !== expectedUid ? ` with uid ${account.uid}` : '';
    const groupPart = primary ? `${uidProblem ? ', and' : ', but'} its primary group ${primary}` : '';
    if ((uidProblem || groupPart) && !(account.cmd && failed.has(account.cmd))) {
      report({
        range: account.cmd?.range ?? at,
        message: `${account.cmd ? `\`${commandText(account.cmd)}\` creates` : 'The base provides'} the final user \`${accountName}\`${uidProblem}${groupPart}; the platform runs it as uid ${expectedUid}, gid ${expectedGid}. Write ${createHint(profile, accountName)}.`,
      });
    }
    if (user.group !== null && user.group !== account.group) {
      const problem = groupProblem(accounts, user.group, expectedGid);
      if (problem) report({ range: at, message: `\`USER ${user.spec}\`: its group ${problem}. The platform runs the container with gid ${expectedGid}: name the user's own group created with that gid (\`USER ${accountName}:${accountName}\`).` });
    }
  },
});

/** Replays, in build order, every user and group command of the final image's stages into `accounts`; `fail` hears of commands that break the build. */
function replayUserCommands(facts: DockerfileFacts, chain: Stage[], accounts: Accounts, fail: (cmd: ShellCommand, why: string, fix: string) => void): void {
  const where = (a: { cmd: ShellCommand | null; origin: string }) => (a.cmd ? `created at line ${a.cmd.range.startLine}` : a.origin);
  for (const { instr, stage: s, cmd } of facts.runCommands(chain, USER_COMMANDS)) {
    replayPasswdFiles(accounts, cmd);
    const parsed = parseUserCommand(cmd, expanderFor(s, instr));
    if (!parsed) continue;
    if (parsed.kind === 'delete') {
      if (parsed.what === 'group') accounts.groups.delete(parsed.name);
      else {
        // userdel removes the user's own group along with it.
        if (accounts.users.get(parsed.name)?.group === parsed.name) accounts.groups.delete(parsed.name);
        accounts.users.delete(parsed.name);
      }
      continue;
    }
    const nonUnique = hasFlag(cmd, '-o', '--non-unique');
    if (parsed.kind === 'group') {
      const { name, gid } = parsed.group;
      const existing = accounts.groups.get(name);
      if (parsed.group.modifies) {
        if (!existing) continue;
        if (gid !== null) {
          existing.gid = gid;
          accounts.groups.reindex(name);
        }
        existing.cmd = cmd;
        if (parsed.group.newName) {
          accounts.groups.delete(name);
          accounts.groups.set(parsed.group.newName, existing);
          for (const a of accounts.users.values()) if (a.group === name) a.group = parsed.group.newName;
        }
        continue;
      }
      const force = hasFlag(cmd, '-f', '--force');
      if (existing && !force) fail(cmd, `the group \`${name}\` already exists (${where(existing)})`, 'Remove this command or add `-f`.');
      const taken = gid !== null ? accounts.groupWithGid(gid, name) : undefined;
      if (taken && !nonUnique && !force) {
        const owner = [...accounts.users].find(([, a]) => a.group === taken[0])?.[0];
        fail(cmd, `gid ${gid} already belongs to the group \`${taken[0]}\` (${where(taken[1])})`, owner ? removeHint(owner, 'user') : removeHint(taken[0], 'group'));
      }
      if (!existing || !force) accounts.addGroup(name, taken && force ? null : gid, cmd, 'created');
      continue;
    }
    const { name, uid, group } = parsed.user;
    const existing = accounts.users.get(name);
    if (parsed.user.modifies) {
      if (!existing && parsed.user.newName) {
        accounts.users.set(parsed.user.newName, { uid, group: group ?? parsed.user.newName, cmd, origin: `renamed from \`${name}\` of the base image`, renamedFromBase: true });
        continue;
      }
      if (!existing || (uid === null && group === null && !parsed.user.newName)) continue;
      if (uid !== null) {
        const taken = accounts.userWithUid(uid, name);
        if (taken && !nonUnique) fail(cmd, `uid ${uid} already belongs to \`${taken[0]}\` (${where(taken[1])})`, removeHint(taken[0], 'user'));
        existing.uid = uid;
        accounts.users.reindex(name);
      }
      if (group !== null) existing.group = group;
      existing.cmd = cmd;
      if (parsed.user.newName) {
        accounts.users.delete(name);
        accounts.users.set(parsed.user.newName, existing);
      }
      continue;
    }
    if (existing) {
      fail(cmd, `the user \`${name}\` already exists (${where(existing)})`, existing.cmd ? 'Create it once.' : `Remove this command: the base already provides \`${name}\`.`);
      continue;
    }
    if (uid !== null) {
      const taken = accounts.userWithUid(uid);
      if (taken && !nonUnique) fail(cmd, `uid ${uid} already belongs to \`${taken[0]}\` (${where(taken[1])})`, removeHint(taken[0], 'user'));
    }
    accounts.users.set(name, { uid, group: group ?? defaultGroup(accounts, cmd, name, uid), cmd, origin: 'created' });
  }
}

function expanderFor(stage: Stage, instr: DockerInstruction): (value: string) => string {
  return (value) => {
    const e = expandVariables(value, stage.varsAt.get(instr) ?? new Map());
    return e.undeclared.length > 0 || e.unresolved.length > 0 ? value : e.value;
  };
}

function removeHint(owner: string, kind: 'user' | 'group'): string {
  return kind === 'user' ? `Remove \`${owner}\` first (\`userdel -r ${owner}\`) or give that uid to your user by renaming it (\`usermod -l NEWNAME ${owner}\`).` : `Remove the group \`${owner}\` first (\`groupdel ${owner}\`) or rename it (\`groupmod -n NEWNAME ${owner}\`).`;
}

/** The primary group a created user gets when the command names none. */
function defaultGroup(accounts: Accounts, cmd: ShellCommand, name: string, uid: number | null): string {
  if (cmd.program === 'useradd' && hasFlag(cmd, '-N', '--no-user-group')) return '100';
  const debianSystem = cmd.program === 'adduser' && hasFlag(cmd, '--system') && !hasFlag(cmd, '--group');
  return debianSystem ? '65534' : accounts.addUserGroup(name, uid, cmd);
}

/** What is wrong with a group (a name or a number) for the platform's gid, said of "its group …", or null when it is right. */
function groupProblem(accounts: Accounts, group: string, expectedGid: number): string | null {
  if (/^\d+$/.test(group)) {
    const gid = Number(group);
    // Base images only hold system groups (below 1000, and nogroup): a regular gid must be created here.
    if (gid >= 1000 && gid < 60000 && !accounts.groupWithGid(gid)) return `${gid} is never created (useradd fails: create it first with \`groupadd -g ${gid} NAME\`)`;
    return gid === expectedGid ? null : `has gid ${gid}`;
  }
  const entry = accounts.groups.get(group);
  if (!entry) return `\`${group}\` is not created here (it fails unless the base image has it, and a base image's group does not have gid ${expectedGid})`;
  if (entry.gid === null) return `\`${group}\` gets no explicit gid (it gets the first free one)`;
  return entry.gid === expectedGid ? null : `\`${group}\` has gid ${entry.gid}`;
}

/** Lines written into /etc/passwd (`name:x:uid:gid:…`) and /etc/group (`name:x:gid:…`). */
function replayPasswdFiles(accounts: Accounts, cmd: ShellCommand): void {
  for (const write of fileWrites(cmd)) {
    const file = write.path.value;
    if (file !== '/etc/passwd' && file !== '/etc/group') continue;
    if (write.content === null) {
      if (file === '/etc/passwd') accounts.opaque = true;
      continue;
    }
    for (const line of write.content.replace(/\\n/g, '\n').split('\n')) {
      const m = /^\s*([^:\s]+):[^:]*:(\d+):(\d*)/.exec(line);
      if (!m) continue;
      if (file === '/etc/group') accounts.addGroup(m[1], Number(m[2]), cmd, 'created');
      else accounts.users.set(m[1], { uid: Number(m[2]), group: m[3], cmd, origin: 'created' });
    }
  }
}

/** A stage outside the final image that creates the user (a common mix-up with multi-stage builds). */
function createdOutsideImage(facts: DockerfileFacts, chain: Stage[], name: string): Stage | null {
  const others = facts.stages.filter((s) => !chain.includes(s));
  for (const { cmd, stage } of facts.runCommands(others, /useradd|adduser/)) {
    const parsed = parseUserCommand(cmd);
    if (parsed?.kind === 'user' && !parsed.user.modifies && parsed.user.name === name) return stage;
  }
  return null;
}

