import { defineProjectRule, usageJobPaths, volumePath } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM206',
    slug: 'usage-input-not-in-datasets',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Usage examples',
    summary: 'A `jobman submit` example reads its input from outside the datasets folder.',
    why: 'In a job, the data a user may read is mounted read-only at `/home/chaimeleon/datasets/<dataset-id>` (with an `index.json` the application can walk); a usage example with another input path (`/workspace/inputs`, `/app/data`) points at a folder that is empty or missing in the job.',
    details: [
      '- Every `jobman submit` example of the README is read (code blocks and inline code, `\\` continuations, `$ ` prompts), and only its job',
      '  arguments: what follows `--`, a command line appended to the image\'s ENTRYPOINT (with `-c`, replacing it). A `-i` before `--` is',
      '  jobman\'s image; after it, it is the application\'s.',
      '- What runs is neither input nor output: an interpreter with its options and script or code (`python3 app/x.py`, `python -m pkg`,',
      '  `bash run.sh`, `sh -c \'...\'`, `Rscript x.R`, `julia`, `node`, `java -jar`), a launcher before it (`conda run -n ENV`, `uv run`,',
      '  `xvfb-run`, `torchrun`, `env`, `VAR=value`), a script run directly (`./run.sh`), and in `-c` mode the command.',
      '- Inputs are the values of options named like input (`--input`, `-i`, `--in`, `--data`, `--dataset`, `--data_dir`, `--images`, `--source`,',
      '  `--input-path`...; `--opt value` and `--opt=value`), of variables so named (`INPUT_DIR=...`), and the first positional path argument',
      '  (later ones are outputs, CHM207), except that when some positional paths are in the datasets folder and some are not, those in it',
      '  are the inputs and the others outputs (`papermill` takes its output notebook first). An option whose name has other words (`--input-format`) counts only when its value looks like a',
      '  path (has a `/`, starts with `~` or `.`).',
      '- Paths are resolved before judging: `~` and `$HOME` are the platform user\'s home; a relative path is joined to the image\'s final',
      '  WORKDIR (the job starts there), and not judged when that WORKDIR holds a variable with no value in the Dockerfile (`WORKDIR $HOME`,',
      '  set by a base image\'s ENV); `.` and `..` are resolved.',
      '- Placeholders (`<dataset-id>`, `$DATASET`, `{dataset}`, `DATASET_ID`, `...`, `xxx`, `your-folder`, `path/to`) are never taken for real',
      '  folder names: a path is judged by the folders before its first placeholder (`datasets/<id>` is in the datasets folder, `/data/<id>`',
      '  is not), and not at all when they do not decide where it lands (`<input-dir>`, `~/<folder>`, `/path/to/data`). A positional',
      '  placeholder that stands for a path (`<dataset-path>`) still takes its place, so the path after it is an output.',
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
          message: `The example reads its input (${what}) from \`${path.mountPath}\`, not from a dataset: show \`${datasets}\` unless this input is an earlier job's result.`,
        });
        continue;
      }
      report({
        file: usage.readme.path,
        range: path.word.range,
        message: `The example reads its input (${what}) from outside the datasets folder, the only place a job finds the user's data: use \`${datasets}\`.`,
      });
    }
  },
});

