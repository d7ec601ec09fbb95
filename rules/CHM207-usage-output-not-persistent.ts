import { defineProjectRule, usageJobPaths, volumePath } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM207',
    slug: 'usage-output-not-persistent',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Usage examples',
    summary: 'A `jobman submit` example writes its results outside the persistent folders.',
    why: 'A job\'s container is deleted when the job ends: only `/home/chaimeleon/persistent-home` and the shared folder survive it, and the datasets folder is read-only. A usage example that writes elsewhere teaches users to lose their results, or to fail writing them.',
    details: [
      '- Every `jobman submit` example of the README is read (code blocks and inline code, `\\` continuations, `$ ` prompts), and only its job',
      '  arguments (after `--`; in `-c` mode the program and its script are left out).',
      '- Outputs are the values of options named like output (`--output`, `-o`, `--out`, `--output_dir`, `--results`, `--save-path`, `--dest`,',
      '  `--dst`...; `--opt value` and `--opt=value`) and positional path arguments after the first (the first is the input, CHM206).',
      '  An option whose name has other words (`--save-model`) counts only when its value looks like a path.',
      '- Paths are resolved as in CHM206: `~`/`$HOME` are the user\'s home, relative paths start at the image\'s final WORKDIR (not judged when it is unknown), placeholders',
      '  inside a path are kept as folder names; a value that starts with a placeholder or variable is not judged.',
      '- Accepted: anything under the profile\'s persistent folders (`persistent-home`, `persistent-shared-folder`). Under the datasets folder or',
      '  a read-only mount (`/mnt/datalake`) the message says the job fails to write there; anywhere else it says the results are lost.',
      '- Reported at the path word itself.',
    ].join('\n'),
    tags: ['readme', 'jobman', 'volumes'],
  },
  async check({ project, profile, report }) {
    const usage = await usageJobPaths(project, profile, 'output');
    if (!usage) return;
    const persistent = profile.persistentDirs.map((d) => `\`${volumePath(profile, d)}/\``);
    const instead = `write the results under ${persistent.join(' or ')}`;
    for (const { path, what } of usage.paths) {
      if (path.mount === 'persistent') continue;
      const problem =
        path.mount === 'datasets' || path.mount === 'read-only'
          ? `into \`${path.mountPath}\`, which is mounted read-only in the job: writing there fails`
          : 'outside the persistent folders: everything else is deleted with the container when the job ends';
      report({
        file: usage.readme.path,
        range: path.word.range,
        message: `The example writes its results (${what}) ${problem}; ${instead}.`,
      });
    }
  },
});
