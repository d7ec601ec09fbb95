import { buildPasswords, defineProjectRule, hasSshServer, sudoGroupMembers } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM404',
    slug: 'password-without-ssh',
    severity: 'info',
    publishedImageOnly: true,
    guide: 'Setting the password for "chaimeleon" user',
    summary: 'A password is set at build time, but the image installs no SSH server to log in with it.',
    why: 'The guide keeps the `chpasswd` line only for images where the user logs in through SSH; without an SSH server a password is a known secret baked into the image that nothing needs.',
    details: [
      '- A password is set by `echo "user:pass" | chpasswd` (also `printf`, a heredoc, `chpasswd <<< ...`), `passwd` fed on stdin or with `--stdin`,',
      '  and `usermod -p` / `useradd -p` / `--password`. `passwd -d/-l/-u/-e`, and `-p \'!\'` or `-p \'*\'` (a locked account) set none.',
      '- Only RUNs of the final image count: its stage and the stages it is built `FROM`. Builder stages and `ONBUILD` triggers do not.',
      '- An SSH server is `openssh-server`, `openssh`, Debian\'s `ssh` metapackage, `dropbear` or `tinysshd`, installed with apt, yum/dnf,',
      '  apk, zypper or pacman (packages named through an `ARG`/`ENV` variable count), or a platform desktop base image, which ships openssh-server.',
      '- A server installed by a script the Dockerfile runs, or present in a third-party base image, cannot be seen: the message says so.',
      '- One finding per command that sets a password. With no SSH server this is the only finding on it (CHM403, whether an SSH login password is',
      '  replaced at run time, applies only when there is a server to log in with): the fix is to remove the password.',
      '- A password of a user the image puts in a sudo group (`sudo`, `wheel`, `admin`) is used: `sudo` asks for it. That is CHM403\'s (a known',
      '  password that gives root) and CHM103\'s (the sudoer), not this rule\'s.',
    ].join('\n'),
    // Not a security rule: with no SSH server nothing can log in with the password (su from root needs none).
    tags: ['password', 'ssh'],
  },
  check({ project, report }) {
    for (const facts of project.dockerfiles) {
      const passwords = buildPasswords(facts);
      if (passwords.length === 0 || hasSshServer(facts)) continue;
      const base = facts.base.reference || 'its base image';
      // A sudoer's password is what sudo asks for: it is used, and CHM403 judges it.
      const sudoers = sudoGroupMembers(facts);
      for (const p of passwords) {
        if (p.users.length > 0 && p.users.every((u) => sudoers.has(u))) continue;
        const who = p.users.length > 0 ? p.users.map((u) => `\`${u}\``).join(', ') : 'a user';
        report({
          file: facts.file,
          range: p.range,
          message: `\`${p.how}\` sets a password for ${who} that nothing uses: no SSH server is installed (${facts.base.kind === 'unseen' ? `if \`${base}\` brings none` : `none in this Dockerfile or \`${base}\``}). Remove it; if an SSH login is added later, set the password at run time from \`PASSWORD\`.`,
        });
      }
    }
  },
});
