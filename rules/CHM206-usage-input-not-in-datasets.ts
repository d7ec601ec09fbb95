import { defineProjectRule, usageJobPaths, volumePath } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM206',
    slug: 'usage-input-not-in-datasets',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Usage examples',
    summary: 'A `jobman submit` example reads its input from outside the datasets folder.',
    why: 'In a job, the data a user may read is mounted read-only at `/home/chaimeleon/datasets/<dataset-id>` (with an `index.json`); a usage example with another input path (`/workspace/inputs`, `/app/data`) points at a folder that is empty or missing in the job.',
    details: [
      '- Every `jobman submit` example of the README is read (code blocks and inline code, `\\` continuations, `$ ` prompts), and only its job',
      '  arguments (after `--`; in `-c` mode the program and its script are left out).',
      '- Inputs are the values of options named like input (`--input`, `-i`, `--in`, `--data`, `--dataset`, `--data_dir`, `--images`, `--source`,',
      '  `--input-path`...; `--opt value` and `--opt=value`) and the first positional path argument (later ones are outputs, CHM207).',
      '  An option whose name has other words (`--input-format`) counts only when its value looks like a path (has a `/`, starts with `~` or `.`).',
      '- Paths are resolved before judging: `~` and `$HOME` are the platform user\'s home; a relative path is joined to the image\'s final',
      '  WORKDIR (the job starts there), and not judged when that WORKDIR holds a variable with no value in the Dockerfile (`WORKDIR $HOME`,',
      '  set by a base image\'s ENV); `.` and `..` are resolved. A placeholder inside a path is kept as a folder name',
      '  (`/home/chaimeleon/datasets/<dataset-id>`, `~/datasets/$DATASET`, `{dataset}`), so the path is judged by what it resolves to;',
      '  a value that starts with a placeholder or a variable (`$INPUT`, `<input-dir>`, `INPUT_DIR`) is not judged.',
      '- Accepted without a finding: the datasets folder of the profile and the read-only mounts (`/mnt/datalake`).',
      '- An input under a persistent folder (`persistent-home`, `persistent-shared-folder`) is an info, not a warning: it exists in the job and',
      '  may hold an earlier job\'s results, but the platform\'s data comes from the datasets folder.',
      '- Reported at the path word itself.',
    ].join('\n'),
    tags: ['readme', 'jobman', 'volumes'],
  },
  async check({ project, profile, report }) {
    const usage = await usageJobPaths(project, profile, 'input');
    if (!usage) return;
    const datasets = `${volumePath(profile, profile.datasetsDir)}/<dataset-id>`;
    for (const { path, what } of usage.paths) {
      if (path.mount === 'datasets' || path.mount === 'read-only') continue;
      if (path.mount === 'persistent') {
        report({
          file: usage.readme.path,
          range: path.word.range,
          severity: 'info',
          message: `The example reads its input (${what}) from \`${path.mountPath}\`. That folder exists in the job, but the platform's data is mounted under \`${datasets}\`: show that path unless this input is an earlier job's result.`,
        });
        continue;
      }
      report({
        file: usage.readme.path,
        range: path.word.range,
        message: `The example reads its input (${what}) from outside the datasets folder: in a job, the datasets the user selected are mounted read-only at \`${datasets}\`, and nothing else holds the user's data. Write \`${datasets}\` (the application can walk its \`index.json\`).`,
      });
    }
  },
});

