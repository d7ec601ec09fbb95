import {
  commandText,
  defineDockerfileRule,
  fileWrites,
  SUDO_GROUPS,
  type CopyFact,
  type DockerInstruction,
  type Range,
  type ShellCommand,
  type ShellWord,
} from '../src/rule-api.js';

const isSudoers = (path: string) => /^\/etc\/sudoers(\.d(\/.*)?)?$/.test(path.replace(/\/+$/, ''));

// Commands that give a root shell whatever their arguments (GTFOBins): shells, interpreters, editors, pagers, wrappers.
const ESCAPES = /^(sh|bash|dash|zsh|ksh|csh|tcsh|fish|ash|busybox|su|sudo|doas|env|nohup|setsid|chroot|nsenter|unshare|script|screen|tmux|watch|timeout|xargs|find|awk|gawk|mawk|nawk|perl|ruby|node|nodejs|lua|php|tclsh|expect|python[\d.]*|ipython[\d.]*|jupyter|R|Rscript|vi|vim|nvim|view|vimdiff|nano|pico|emacs|ed|ex|joe|less|more|most|man|systemctl|journalctl|docker|podman|kubectl|git|ssh|make|gdb|strace|crontab|visudo|passwd|chpasswd|useradd|usermod)$/;
// Commands that write or replace any file, or install anything, when their arguments are free.
const FILE_TOOLS = /^(cp|mv|tee|dd|install|ln|rsync|tar|zip|unzip|chmod|chown|chgrp|rm|mount|umount|sed|apt|apt-get|aptitude|dpkg|yum|dnf|rpm|apk|pip[\d.]*|npm|gem|conda|mamba|curl|wget)$/;

type Level = 'none' | 'specific' | 'unknown' | 'unsafe' | 'any';
const RANK: Record<Level, number> = { none: 0, specific: 1, unknown: 2, unsafe: 3, any: 4 };
interface Grant {
  level: Level;
  who?: string;
  command?: string;
}

const worst = (a: Grant, b: Grant): Grant => (RANK[b.level] > RANK[a.level] ? b : a);

/** What one command of a sudoers rule allows: `ALL`, an alias, or a path with optional arguments. */
function judgeCommand(item: string, aliases: Map<string, string>, seen: Set<string>): Level {
  const spec = item.replace(/^\s*(\([^)]*\)\s*)?/, '').replace(/^([A-Z_]+:\s*|[A-Z_]+=\S+\s+)*/, '').trim();
  if (spec === '' || spec.startsWith('!')) return 'none';
  if (spec === 'ALL') return 'any';
  if (/^[A-Z][A-Z0-9_]*$/.test(spec)) {
    const members = aliases.get(spec);
    if (members === undefined || seen.has(spec)) return 'unknown';
    seen.add(spec);
    return members
      .split(',')
      .map((m) => judgeCommand(m, aliases, seen))
      .reduce<Level>((acc, level) => (RANK[level] > RANK[acc] ? level : acc), 'none');
  }
  if (/[*?[]/.test(spec)) return 'unsafe';
  const [path, ...args] = spec.split(/\s+/);
  const program = path.slice(path.lastIndexOf('/') + 1);
  if (program === 'sudoedit') return 'specific';
  if (ESCAPES.test(program) || (FILE_TOOLS.test(program) && args.length === 0)) return 'unsafe';
  return 'specific';
}

/** The most a sudoers text grants to anyone but root; `Defaults`, comments and includes grant nothing. */
function judgeSudoers(content: string): Grant {
  // printf and `echo -e` turn `\n` and `\t` into line breaks and tabs.
  const lines = content.replace(/\\\n/g, ' ').replace(/\\n/g, '\n').replace(/\\t/g, '\t').split('\n').map((l) => l.trim());
  const aliases = new Map<string, string>();
  for (const line of lines) {
    const m = /^Cmn?d_Alias\s+(.*)$/.exec(line);
    if (m) for (const part of m[1].split(/\s:\s/)) {
      const eq = part.indexOf('=');
      if (eq > 0) aliases.set(part.slice(0, eq).trim(), part.slice(eq + 1));
    }
  }
  let grant: Grant = { level: 'none' };
  let unreadable = false;
  for (const line of lines) {
    if (line === '' || /^(#|@include|Defaults\b|(User|Runas|Host|Cmnd|Cmd)_Alias\b)/.test(line)) continue;
    const m = /^(\S+)\s+[^=]*=(.*)$/.exec(line);
    if (!m) {
      unreadable = true;
      continue;
    }
    const who = m[1];
    if (who === 'root') continue;
    for (const item of m[2].split(/,|\s:\s*[^\s=]+\s*=/)) {
      const level = judgeCommand(item, aliases, new Set());
      const command = item.replace(/^\s*(\([^)]*\)\s*)?([A-Z_]+:\s*)*/, '').trim();
      const members = aliases.get(command);
      grant = worst(grant, { level, who, command: members ? `${command} = ${members.trim()}` : command });
    }
  }
  return grant.level === 'none' && unreadable ? { level: 'unknown' } : grant;
}

/** Where a command copies or edits files into sudoers: `cp/mv/install/ln/rsync SRC /etc/sudoers.d/`, `sed -i ... /etc/sudoers`. */
function sudoersTarget(cmd: ShellCommand): ShellWord | null {
  const positional = cmd.args.filter((a) => !a.value.startsWith('-'));
  if (cmd.program === 'sed') {
    const inPlace = cmd.args.some((a) => /^-[^-]*i/.test(a.value) || a.value.startsWith('--in-place'));
    return inPlace ? (positional.find((a) => isSudoers(a.value)) ?? null) : null;
  }
  if (!/^(cp|mv|install|ln|rsync)$/.test(cmd.program)) return null;
  const targetDir = cmd.args.findIndex((a) => a.value === '-t' || a.value.startsWith('--target-directory'));
  if (targetDir >= 0) {
    const word = cmd.args[targetDir].value.includes('=') ? cmd.args[targetDir] : cmd.args[targetDir + 1];
    return word && isSudoers(word.value.replace(/^--target-directory=/, '')) ? word : null;
  }
  const dest = positional[positional.length - 1];
  if (!dest || positional.length < 2) return null;
  if (isSudoers(dest.value)) return dest;
  // `cp sudoers /etc/`: the file keeps its name.
  const intoEtc = /^\/etc\/?$/.test(dest.value) && positional.slice(0, -1).some((s) => /(^|\/)sudoers(\.d)?\/?$/.test(s.value));
  return intoEtc ? dest : null;
}

function copiesIntoSudoers(c: CopyFact): boolean {
  if (isSudoers(c.absoluteDestination)) return true;
  return /^\/etc\/?$/.test(c.absoluteDestination) && c.sources.some((s) => /(^|\/)sudoers(\.d)?\/?$/.test(s.value));
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM103',
    slug: 'user-has-sudo',
    severity: 'error',
    guide: 'The "chaimeleon" user',
    summary: 'A user of the image is made a sudoer (sudo group, sudoers entry, NOPASSWD).',
    why: 'The guide forbids the normal user in sudoers and the image repository admins check it: with sudo, any job could become root in the container, which the platform\'s isolation of medical data relies on not happening.',
    details: [
      '- Group membership: `usermod -aG`/`-G`/`-g`, `useradd -G`/`-g`, `adduser USER sudo`, `adduser --ingroup`, busybox `adduser -G` and',
      '  `addgroup USER GROUP`, `gpasswd -a USER GROUP`, for the groups `sudo`, `wheel` and `admin` (ARG/ENV references expanded). Any user but root',
      '  counts: a second sudoer is a way to root for whoever knows its password.',
      '- Writes into `/etc/sudoers` or `/etc/sudoers.d/`: `echo`/`printf` redirected (`>`, `>>`), `tee [-a]`, `cat <<EOF >`, `sed -i`, `cp`/`mv`/`install`/',
      '  `ln`/`rsync` into them, `COPY`/`ADD` into them (a heredoc `COPY <<EOF` is read), and `NOPASSWD` anywhere in a RUN or COPY heredoc.',
      '- What the entry allows decides the severity. The guide allows, in special cases, an entry for one concrete and safe command, never for any command:',
      '  - `ALL` as the command (`user ALL=(ALL) NOPASSWD: ALL`, `%sudo ALL=(ALL:ALL) ALL`): error.',
      '  - A command that is as good as `ALL`: error. That is a shell, an interpreter, an editor, a pager, `su`/`sudo`/`env`/`find`/`xargs`/`systemctl`...',
      '    (they all give a root shell, see GTFOBins), a file or package tool (`cp`, `tee`, `chmod`, `apt-get`, `pip`...) with its arguments left free,',
      '    or any wildcard.',
      '  - One concrete command (`user ALL=(ALL) NOPASSWD: /usr/bin/nvidia-smi`): warning, so that the admins see it; suppress the finding with a',
      '    justification once they agreed.',
      '  - Content this rule cannot see (a copied file, `sed -i`, an unknown alias): error, and the message says it assumed the entry grants root.',
      '  - Only `Defaults`, comments or includes: not reported. Lines for root are ignored.',
      '- Only the stages that end up in the final image; `ONBUILD` triggers are not looked at. Dockerfile RUNs are covered; scripts copied in and run',
      '  at build time (`RUN ./setup.sh`) are not read yet.',
      '- Installing the `sudo` package is CHM104.',
    ].join('\n'),
    security: true,
    tags: ['security', 'sudo', 'user'],
  },
  check({ facts, report }) {
    const chain = facts.imageChain;
    const reportGrant = (range: Range, what: string, grant: Grant) => {
      const who = grant.who?.startsWith('%') ? `members of \`${grant.who.slice(1)}\`` : grant.who ? `\`${grant.who}\`` : 'a user';
      const remove = 'The normal user must not be a sudoer: remove this and do root steps in the root part of the Dockerfile (before `USER`).';
      switch (grant.level) {
        case 'none':
          return;
        case 'any':
          report({ range, message: `${what}: it lets ${who} run any command as root (\`${grant.command}\`). ${remove}` });
          return;
        case 'unsafe':
          report({ range, message: `${what}: it lets ${who} run \`${grant.command}\` as root, which is as good as any command (it can start a root shell or rewrite any file). ${remove}` });
          return;
        case 'unknown':
          report({ range, message: `${what}, whose entries cannot be read here: assumed they let the user become root. ${remove} If it allows one concrete, safe command only, write that entry in the Dockerfile so that it can be checked.` });
          return;
        case 'specific':
          report({
            range,
            severity: 'warning',
            message: `${what}: it lets ${who} run \`${grant.command}\` as root. The guide allows this only for a concrete, safe command, with the image repository admins' agreement: check the command cannot start a shell or write files, then suppress this finding with that justification.`,
          });
      }
    };

    for (const user of facts.created.users) {
      const group = [user.group, ...user.groups].find((g) => g !== null && SUDO_GROUPS.has(g));
      if (!group || user.name === 'root') continue;
      report({
        range: user.command.range,
        message: `\`${commandText(user.command)}\` puts \`${user.name}\` in the \`${group}\` group, so it can become root with sudo: the normal user must not be a sudoer. Remove \`${group}\` from this command and do root steps before \`USER\`.`,
      });
    }

    const reported = new Set<DockerInstruction>();
    for (const { instr, cmd } of facts.runCommands(chain, /sudoers/)) {
      for (const write of fileWrites(cmd)) {
        if (!isSudoers(write.path.value)) continue;
        reported.add(instr);
        const what = cmd.args.includes(write.path) ? `\`${commandText(cmd)}\`` : `\`${commandText(cmd)}\` writes \`${write.path.value}\``;
        reportGrant(cmd.range, what, write.content === null ? { level: 'unknown' } : judgeSudoers(write.content));
      }
      const target = sudoersTarget(cmd);
      if (target) {
        reported.add(instr);
        reportGrant(cmd.range, `\`${commandText(cmd)}\` ${cmd.program === 'sed' ? 'edits' : 'writes into'} \`${target.value}\``, { level: 'unknown' });
      }
    }
    for (const { instr, cmd } of facts.runCommands(chain, /NOPASSWD/)) {
      if (reported.has(instr)) continue;
      const texts = [...cmd.args.map((a) => a.value), ...cmd.redirects.map((r) => r.body ?? '')].filter((t) => t.includes('NOPASSWD'));
      if (texts.length === 0) continue;
      const grant = judgeSudoers(texts.join('\n'));
      reportGrant(cmd.range, `\`${commandText(cmd)}\` holds a \`NOPASSWD\` sudoers entry`, grant.level === 'none' ? { level: 'unknown' } : grant);
    }
    for (const copy of facts.copies(chain)) {
      const keyword = copy.instr.keyword;
      if (copiesIntoSudoers(copy)) {
        const sources = copy.sources.map((s) => s.value);
        const grant = copy.heredocs.length > 0 && sources.length === 0 ? judgeSudoers(copy.heredocs.join('\n')) : { level: 'unknown' as const };
        const into = copy.absoluteDestination.endsWith('/') && sources.length > 0 ? copy.absoluteDestination + sources[0].replace(/\/+$/, '').replace(/^.*\//, '') : copy.absoluteDestination;
        reportGrant(copy.instr.range, `This ${keyword} writes \`${into}\``, grant);
      } else if (copy.heredocs.some((h) => h.includes('NOPASSWD'))) {
        const grant = judgeSudoers(copy.heredocs.join('\n'));
        reportGrant(copy.instr.range, `The heredoc of this ${keyword} holds a \`NOPASSWD\` sudoers entry`, grant.level === 'none' ? { level: 'unknown' } : grant);
      }
    }
  },
});
