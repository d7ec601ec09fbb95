import { defineDockerfileRule, fixes, installedPackages } from '../src/rule-api.js';

// sudo and the packages that provide it or stand in for it; an rpm name may carry a version or an architecture.
const SUDO_PACKAGE = /^(sudo|sudo-ldap|sudo-rs|doas|opendoas)(-\d[^/]*)?(\.(x86_64|aarch64|noarch|i686))?\+?$/;

export default defineDockerfileRule({
  meta: {
    code: 'CHM104',
    slug: 'sudo-installed',
    severity: 'warning',
    guide: 'The "chaimeleon" user',
    summary: 'The `sudo` package (or a stand-in for it) is installed in the final image.',
    why: 'The normal user must not be able to become root in a platform container (the image repository admins check it): an installed sudo is one configuration line away from that, and the build itself runs as root and never needs it.',
    details: [
      '- Installs by apt-get / apt / aptitude, yum / dnf / microdnf / tdnf, apk (`add`), zypper and pacman, with the version, architecture or',
      '  release suffixes they accept (`sudo=1.9.9-1`, `sudo:amd64`, `sudo-1.9.5p2`, `sudo@edge`); package lists passed through an ARG/ENV are expanded.',
      '- The same finding for `sudo-ldap` and `sudo-rs` (other builds of sudo) and `doas` / `opendoas` (the same role). `gosu` and `su-exec`',
      '  only drop privileges and are not reported. `apt-get install sudo-` removes the package and is not reported.',
      '- Only the stages that end up in the final image; a builder stage may install what it likes. `ONBUILD RUN` is not looked at.',
      '- Reported at the package name. A sudoers entry or sudo group membership is CHM103.',
      '- Fix: removes the package word from the list (a word alone on a continued line takes its line), only when the command installs',
      '  other packages too and the word is written as is (not from a variable). Safe when no command of the image runs `sudo`; unsafe',
      '  (applied with `--unsafe-fixes`) when one does, as that command then needs rewriting.',
    ].join('\n'),
    security: true,
    tags: ['security', 'sudo'],
    fixable: true,
  },
  check({ facts, report }) {
    const packages = installedPackages(facts);
    // A RUN that still calls sudo needs it: dropping the package is then a change the partner must finish.
    const sudoUsed = facts.runCommands(facts.imageChain, /\bsudo\b/).some(({ cmd }) => cmd.wrappers.includes('sudo') || cmd.program === 'sudo');
    for (const pkg of packages) {
      if (pkg.manager === 'pip' || pkg.manager === 'conda' || !SUDO_PACKAGE.test(pkg.name)) continue;
      const name = SUDO_PACKAGE.exec(pkg.name)?.[1] ?? pkg.name;
      const others = packages.some((p) => p.cmd === pkg.cmd && p.word !== pkg.word);
      const removal = others && fixes.isPlainWord(pkg.word) && SUDO_PACKAGE.test(pkg.word.value.toLowerCase()) ? fixes.removeWord(facts, pkg.instr, pkg.word) : null;
      report({
        range: pkg.word.range,
        message: `\`${name}\` is installed: the normal user must not be able to become root, and root steps belong in the root part of the Dockerfile (before \`USER\`), where no sudo is needed. Remove it from the package list.`,
        ...(removal ? { fix: fixes.fix(`Remove ${pkg.word.value} from the package list`, !sudoUsed, removal) } : {}),
      });
    }
  },
});
