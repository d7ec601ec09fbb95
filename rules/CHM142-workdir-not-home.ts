import { defineDockerfileRule, expandVariables, fixes, type DockerfileFacts, type DockerInstruction, type Stage } from '../src/rule-api.js';

const normalize = (path: string) => path.replace(/\/+$/, '') || '/';

/** A word that names a file by a path relative to the working directory: `app.py`, `dist/cli.js`, `config/run.yaml`. */
const RELATIVE_FILE = /^(?![/~$-])(?![a-z][\w+.-]*:\/\/)(?:[^\s=]*\/[^\s=]*|[^\s=/]+\.(?:py|sh|bash|js|mjs|cjs|ts|R|r|jl|ipynb|jar|rb|pl|yaml|yml|json))$/;

/** The words of the final ENTRYPOINT and CMD that name files relative to the working directory: a new WORKDIR breaks them. */
function relativeFiles(facts: DockerfileFacts, stage: Stage): string[] {
  const words: string[] = [];
  for (const instr of [stage.entrypoint?.instr, stage.cmd?.instr]) {
    if (!instr) continue;
    if (instr.exec) words.push(...instr.exec.map((w) => w.value));
    else for (const cmd of facts.commands(instr)) words.push(cmd.nameWord.value, ...cmd.args.map((a) => a.value));
  }
  return [...new Set(words.filter((w) => RELATIVE_FILE.test(w)))];
}

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
      '  No fix when the final `ENTRYPOINT` or `CMD` names a file by a relative path (`["node", "dist/cli.js"]`, `python3 app.py`): the message',
      '  says to make those paths absolute first, as the new working directory would break them.',
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
    // `ENTRYPOINT ["node", "dist/cli.js"]` runs from the working directory: moving it breaks the image until those paths are absolute.
    const relative = relativeFiles(facts, stage);
    const fix = relative.length > 0 ? undefined : fixes.fix(`End with WORKDIR ${home}`, false, [fixes.appendToStage(facts, stage, [`WORKDIR ${home}`])]);
    const first = relative.length > 0 ? ` (first make the ENTRYPOINT/CMD paths ${relative.map((w) => `\`${w}\``).join(', ')} absolute: they resolve against the working directory)` : '';
    if (last) {
      const inside = workdir.startsWith(home + '/');
      report({
        range: last.instr.range,
        message: inside
          ? `The image starts in \`${workdir}\`, inside the platform user's home but not the home \`${home}\` where the platform mounts its volumes: relative paths in job arguments (\`datasets/...\`) resolve against it. End with \`WORKDIR ${home}\` and call the application by its absolute path${first}.`
          : `The image starts in \`${workdir}\`, not in the platform user's home \`${home}\` where the platform mounts its volumes: relative paths in job arguments (\`datasets/...\`) resolve against it. End with \`WORKDIR ${home}\`${first}.`,
        fix,
      });
      return;
    }
    const root = facts.imageChain[0];
    const assumed = root.platformBase ? '' : ` (assuming the base image \`${root.image}\` sets none)`;
    report({
      range: stage.from.range,
      message: `The final image sets no WORKDIR${assumed}, so it starts in \`${workdir}\`, not in the platform user's home \`${home}\`: add \`WORKDIR ${home}\` at the end${first}.`,
      fix,
    });
  },
});
