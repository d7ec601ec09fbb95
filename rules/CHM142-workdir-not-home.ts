import { defineDockerfileRule, expandVariables, fixes, type DockerInstruction } from '../src/rule-api.js';

const normalize = (path: string) => path.replace(/\/+$/, '') || '/';

export default defineDockerfileRule({
  meta: {
    code: 'CHM142',
    slug: 'workdir-not-home',
    severity: 'info',
    publishedImageOnly: true,
    guide: 'Template',
    summary: 'The final `WORKDIR` is not the platform user\'s home.',
    why: 'The platform mounts the datasets and persistent folders in the user\'s home, and the guide\'s template ends with `WORKDIR` there: relative paths in job arguments (`datasets/...`, `persistent-home/...`) and the desktop\'s terminals start from the working directory.',
    details: [
      '- The working directory of the final image counts: the last `WORKDIR` of the final stage or of a stage it is built FROM, else the',
      '  one a platform base image sets (the profile\'s home). With neither, the image starts in `/` (an unknown base image is assumed to set',
      '  no WORKDIR; the message says so) and the finding is at the final `FROM`.',
      '- The home is the platform user\'s home from the profile (`/home/chaimeleon` by default). A different home given to the user with',
      '  `useradd -d` does not count: the platform mounts its volumes under the profile\'s home, whatever `/etc/passwd` says.',
      '- A folder inside the home (`WORKDIR /home/chaimeleon/app`) is reported too: end with `WORKDIR` at the home and call the application',
      '  by its absolute path. Trailing slashes and relative `WORKDIR`s are resolved as Docker does.',
      '- A `WORKDIR` that depends on an `ARG` without default (given with `--build-arg`) is skipped.',
      '- Fix (unsafe): adds `WORKDIR <home>` after the last instruction; paths the application takes relative to the old folder must change.',
    ].join('\n'),
    tags: ['workdir', 'volumes'],
    fixable: true,
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const home = normalize(profile.user.home);
    const workdir = normalize(stage.finalWorkdir);
    if (workdir === home) return;
    let last: { instr: DockerInstruction; vars: Parameters<typeof expandVariables>[1] } | null = null;
    for (const s of facts.imageChain) {
      for (const instr of s.instructions) {
        if (instr.keyword === 'WORKDIR' && !instr.onbuild) last = { instr, vars: s.varsAt.get(instr) ?? new Map() };
      }
    }
    // A variable with no value here, or set by the base image's ENV (`WORKDIR /home/${NB_USER}`), hides the folder.
    const expanded = last && expandVariables(last.instr.argsText.trim(), last.vars, facts.model.escapeChar);
    if (expanded && (expanded.unresolved.length > 0 || expanded.undeclared.length > 0)) return;
    const fix = fixes.fix(`End with WORKDIR ${home}`, false, [fixes.appendToStage(facts, stage, [`WORKDIR ${home}`])]);
    if (last) {
      const inside = workdir.startsWith(home + '/');
      report({
        range: last.instr.range,
        message: inside
          ? `The image starts in \`${workdir}\`, inside the platform user's home but not the home \`${home}\` where the platform mounts its volumes: relative paths in job arguments (\`datasets/...\`) resolve against it. End with \`WORKDIR ${home}\` and call the application by its absolute path.`
          : `The image starts in \`${workdir}\`, not in the platform user's home \`${home}\` where the platform mounts its volumes: relative paths in job arguments (\`datasets/...\`) resolve against it. End with \`WORKDIR ${home}\`.`,
        fix,
      });
      return;
    }
    const root = facts.imageChain[0];
    const assumed = root.platformBase ? '' : ` (assuming the base image \`${root.image}\` sets none)`;
    report({
      range: stage.from.range,
      message: `The final image sets no WORKDIR${assumed}, so it starts in \`${workdir}\`, not in the platform user's home \`${home}\`: add \`WORKDIR ${home}\` at the end.`,
      fix,
    });
  },
});
