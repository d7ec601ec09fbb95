import { buildPasswords, defineProjectRule, hasSshServer, passwordSetting, sudoGroupMembers, platformStartReplacedBy, type EntrypointChain, type RelatedLocation, type ShellCommand } from '../src/rule-api.js';

// A Python init script that runs chpasswd/passwd through subprocess with a password it reads or makes.
const PYTHON_SECRET = /os\.environ|getenv|secrets\.|random|uuid|urandom/;

interface Rotation {
  /** Users whose password the command replaces; a variable or no user means the user the script runs as. */
  users: string[];
  generated: boolean;
  cmd: ShellCommand;
  via: RelatedLocation[];
}

/** Password changes the start-up makes: in the ENTRYPOINT/CMD itself and in every script it reaches. */
function rotations(chain: EntrypointChain, runAs: string): Rotation[] {
  const found: Rotation[] = [];
  const consider = (cmd: ShellCommand, via: RelatedLocation[], pythonText: string | null) => {
    const setting = passwordSetting(cmd, runAs);
    if (setting) found.push({ users: setting.users, generated: setting.generated, cmd, via });
    else if (pythonText !== null && (cmd.program === 'chpasswd' || cmd.program === 'passwd')) {
      // subprocess.run(["chpasswd"], input=...): the input is Python, judged by what the script reads.
      found.push({ users: [], generated: PYTHON_SECRET.test(pythonText), cmd, via });
    }
  };
  for (const cmd of chain.commands) consider(cmd, [], null);
  for (const script of chain.scripts) {
    for (const cmd of script.commands) consider(cmd, script.via, null);
    for (const cmd of script.runs) consider(cmd, script.via, script.language === 'python' ? script.text : null);
  }
  return found;
}

/** Does the rotation replace this user's password? A variable user (`$USER`) or none is the user the script runs as. */
function covers(rotation: Rotation, user: string, runAs: string): boolean {
  if (rotation.users.length === 0) return user === runAs;
  return rotation.users.some((u) => u === user || (u.includes('$') && user === runAs));
}

export default defineProjectRule({
  meta: {
    code: 'CHM403',
    slug: 'default-password-not-rotated',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'Setting the password for "chaimeleon" user',
    summary: 'A password set at build time is never replaced at run time by the init script.',
    why: 'A password written in the Dockerfile is known to everyone who can read the repository or pull the image; the guide asks the init script to replace it at each start with the `PASSWORD` the helm chart passes or a random one, so that only the session\'s user can log in.',
    details: [
      '- A build-time password: `echo "user:pass" | chpasswd` (also `printf`, heredocs, `chpasswd <<< ...`), `passwd` fed on stdin or with `--stdin`,',
      '  `usermod -p` / `useradd -p`, in RUNs of the final image (its stage and the stages it is built FROM; not ONBUILD triggers). A value from a',
      '  build ARG is still baked into the image and its history.',
      '- A rotation: the start-up (the final ENTRYPOINT/CMD, the scripts it runs through COPY, `source`, `bash f`, `python f.py`, supervisor',
      '  programs, `subprocess`) runs `chpasswd`/`passwd`/`usermod -p` with a password that is not a literal: `$PASSWORD`, `$(openssl rand ...)`,',
      '  `/dev/urandom`, `pwgen`. A rotation to another literal password does not count (it is as known as the first one): it is a related location.',
      '- A rotation with no user or a variable one (`passwd`, `passwd $USER`, `"$USER:$PASSWORD" | chpasswd`) replaces the password of the user the',
      '  image ends as; every user given a password at build time must be rotated.',
      '- A platform desktop base rotates the platform user\'s password in its own start script, as long as the Dockerfile does not replace its',
      '  `ENTRYPOINT` with one that never calls that script. It does not rotate other users\' passwords.',
      '- A password for another user than the one the image ends as (root above all: anyone could `su`) cannot be replaced by an init script',
      '  that runs without root: it is reported with the advice to remove it, unless the image ends as root and rotates it.',
      '- Scripts the chain cannot find in the build context (inherited from a base image, built at run time) are unknown: the message says so.',
      '- With no SSH server, only the passwords of users in a sudo group (`sudo`, `wheel`, `admin`) are judged: `sudo` asks for them, so a',
      '  known one lets anyone become root. The others are used by nothing: CHM404 reports them (remove it).',
    ].join('\n'),
    security: true,
    tags: ['security', 'password'],
  },
  async check({ project, profile, report }) {
    for (const facts of project.dockerfiles) {
      const passwords = buildPasswords(facts);
      if (passwords.length === 0) continue;
      // Without an SSH server only sudo asks for a password, and only a sudoer's; the others are
      // used by nothing: one finding, CHM404's (remove it).
      const ssh = hasSshServer(facts);
      const sudoers = sudoGroupMembers(facts);
      if (!ssh && sudoers.size === 0) continue;
      const stage = facts.finalStage;
      if (!stage) continue;
      const runAs = stage.finalUser.name;
      const runsAsRoot = facts.uidOf(stage.finalUser) === 0;
      const chain = await project.entrypointChain(facts);
      const found = rotations(chain, runAs);
      const replaced = platformStartReplacedBy(facts, chain);
      const base = facts.platformBase;
      const baseRotates = !!base?.provides.rotatesPassword && !replaced;
      const fixed = found.filter((r) => !r.generated);
      const related: RelatedLocation[] = fixed.map((r) => ({ file: r.cmd.file, range: r.cmd.range, message: 'the init script sets another fixed password here, which is just as known' }));
      if (replaced && base?.provides.rotatesPassword) related.push({ file: facts.file, range: replaced.range, message: `this ENTRYPOINT replaces the start script of \`${base.name}\`, which rotates the password` });

      for (const p of passwords) {
        const users = (p.users.length > 0 ? p.users : [profile.user.name]).filter((u) => ssh || sudoers.has(u));
        const rotated = (user: string) => (baseRotates && user === profile.user.name) || found.some((r) => r.generated && covers(r, user, runAs));
        const stale = users.filter((u) => !rotated(u));
        if (stale.length === 0) continue;
        const named = stale.map((u) => `\`${u}\``).join(', ');
        // Without root, an init script can only change the password of the user it runs as.
        const unreachable = runsAsRoot ? [] : stale.filter((u) => u !== runAs && !u.includes('$'));
        let message: string;
        if (unreachable.some((u) => u === 'root' || u === '0')) {
          message = `\`${p.how}\` gives root a password at build time; the init script runs as \`${runAs}\` and cannot replace it, so anyone who reads the Dockerfile can \`su\` to root in every container. Remove it: root needs no password.`;
        } else if (unreachable.length === stale.length) {
          message = `\`${p.how}\` sets a password for ${named} at build time; the init script runs as \`${runAs}\` and cannot replace another user's password, so it stays as written in the Dockerfile. Remove it: only the user who logs in (\`${runAs}\`) needs one, set at run time.`;
        } else {
          const start =
            chain.instructions.length > 0 || chain.inherited
              ? chain.scripts.length > 0
                ? `no script the entrypoint runs (${chain.scripts.length} found in the build context) replaces it`
                : 'the ENTRYPOINT/CMD runs no script from the build context that replaces it'
              : 'the image has no ENTRYPOINT (init script) to replace it';
          const sudo = stale.some((u) => sudoers.has(u)) ? ', and it is the password `sudo` asks for, so they can become root' : '';
          // Without an SSH server the password serves only sudo: the fix is to remove both, not to rotate it.
          if (!ssh) {
            message = `\`${p.how}\` sets a password for ${named} at build time: everyone who reads the Dockerfile knows it${sudo}. Remove it together with the sudo group (CHM103): with no SSH server, no one needs a password to use the image.`;
            report({ file: facts.file, range: p.range, related, message });
            continue;
          }
          message = `\`${p.how}\` sets a password for ${named} at build time and ${start}: everyone who reads the Dockerfile knows it${sudo}. In the init script, replace it with the \`PASSWORD\` variable or a random one (\`PASSWORD=\${PASSWORD:-$(head -c 12 /dev/urandom | base64)}\`, then \`echo -e "OLD\\n$PASSWORD\\n$PASSWORD" | passwd\`).`;
        }
        report({ file: facts.file, range: p.range, related, message });
      }
    }
  },
});
