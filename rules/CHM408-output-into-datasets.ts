import { defineProjectRule, imageOutputs, volumePath, type RelatedLocation } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM408',
    slug: 'output-into-datasets',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'beyond',
    summary: 'The application must not write inside the read-only datasets folder: neither its default output location nor files its entry scripts write.',
    why: 'The platform mounts each dataset read-only under the datasets folder: an application that writes its results there by default, or a start script that moves or creates files there, fails at run time, often after the work is done.',
    details: [
      '- Output locations are values given to names that mean output: options and parameters such as `--output`, `-o`, `--out-dir`, `--results`, `--save-dir`, `--dest`, `--log-dir`,',
      '  `--checkpoint-dir`, `--report-dir`, `--figures-dir`, and variables such as `OUTPUT_DIR`, `RESULTS_PATH` (`-` and `_` and case do not matter). Inputs under the datasets folder are right and never reported.',
      '- Looked at: the final image\'s `ENV`; the final `WORKDIR` (relative outputs land there, and the datasets volume hides it); options in the `ENTRYPOINT`/`CMD` and in the scripts the',
      '  entrypoint reaches (`--output /home/chaimeleon/datasets/x`, `--output=...`, `OUTPUT_DIR=...` assignments and exports); in the Python scripts it reaches, argparse',
      '  `add_argument(..., default=...)` (and `click.option`) for an output option or `dest`, `os.getenv("OUTPUT_DIR", "...")` defaults, and module-level constants such as `OUTPUT_DIR = "..."`.',
      '- Writes: the entry scripts\' `mv`/`cp`/`ln` destinations (and what `mv` moves away), `mkdir`, `touch`, `>`/`>>` redirects, `tee`, `rm`, `sed -i`, `chmod`/`chown`, `tar -x`/`unzip -d`,',
      '  `curl -o`/`wget -O`, `git clone`, and in Python `open(path, "w")`, `os.makedirs`, `shutil.copy*`/`move`, `os.rename`/`remove`, on a path inside the datasets folder',
      '  (`mkdir -p` of the datasets folder itself is harmless: it exists). The chain includes a script the README\'s `jobman submit` example runs.',
      '- A default that a command of the chain overrides (it passes the option), or that a script or the image\'s `ENV` sets again, is not what users get: not reported.',
      '  A default that only a README `jobman submit` example overrides is reported: a job that leaves the option out still writes there and fails;',
      '  the message says the README passes another value, and points at it.',
      '- `~`, `$HOME`, the scripts\' variables and paths relative to the working directory are resolved; the datasets folder is the profile\'s (`/home/chaimeleon/datasets` by default).',
      '  Results written outside the persistent folders elsewhere are CHM409\'s finding.',
      '- Runs in repository mode, where the entrypoint\'s scripts can be read.',
    ].join('\n'),
    tags: ['runtime', 'volumes'],
  },
  async check({ project, profile, report }) {
    const datasets = volumePath(profile, profile.datasetsDir);
    const persistent = volumePath(profile, profile.persistentDirs[0] ?? profile.datasetsDir);
    const inside = (path: string) => path === datasets || path.startsWith(datasets + '/');
    const seen = new Set<string>();
    const emit = (file: string, range: RelatedLocation['range'], related: RelatedLocation[], message: string) => {
      const key = `${file}:${range.startLine}:${range.startColumn}`;
      if (seen.has(key)) return;
      seen.add(key);
      report({ file, range, message, related });
    };
    for (const facts of project.dockerfiles) {
      if (!facts.finalStage) continue;
      const { locations, workdir } = await imageOutputs(project, facts);
      const workdirInside = workdir !== null && inside(workdir);
      for (const l of locations) {
        // A README example is one way to run the job: a default it overrides still bites a job that leaves the option out.
        const readmeOnly = l.overriddenInReadme && (l.kind === 'argument-default' || l.kind === 'env-default');
        if (l.overriddenBy && !readmeOnly) continue;
        if (l.kind === 'workdir') {
          if (workdirInside) emit(l.file, l.range, l.related, `The working directory at run time (\`${l.path}\`), where relative outputs go, is inside \`${datasets}\`, which the platform mounts read-only: writing there fails at run time. Set \`WORKDIR ${profile.user.home}\` and write results under \`${persistent}\` (kept after the job).`);
          continue;
        }
        if (l.kind === 'write') {
          // The datasets folder itself exists (the platform mounts datasets in it): only changing what is inside fails.
          if (!inside(l.path) || (l.path === datasets && !l.recursive) || (l.relative && workdirInside)) continue;
          emit(l.file, l.range, l.related, `${l.subject} ${l.verb} \`${l.value}\`, inside \`${datasets}\`, which the platform mounts read-only: it fails at run time. Write under \`${persistent}\` (kept after the job) instead, and leave the datasets as they are.`);
          continue;
        }
        // A relative output in a working directory inside the datasets folder is the WORKDIR finding.
        if (!inside(l.path) || (l.relative && workdirInside)) continue;
        const where = l.relative ? ` (relative: \`${l.path}\`)` : '';
        if (readmeOnly) {
          emit(l.file, l.range, [...l.related, l.overriddenBy!], `${l.subject}${where} is inside \`${datasets}\`, which the platform mounts read-only: a job that leaves ${l.kind === 'argument-default' ? `\`${l.name}\`` : 'the option'} out fails when it writes there (the README's example passes another value, so the default bites only when the option is left out). Default to a folder under \`${persistent}\` (kept after the job) instead.`);
          continue;
        }
        emit(l.file, l.range, l.related, `${l.subject}${where} is inside \`${datasets}\`, which the platform mounts read-only: writing there fails at run time. Default to a folder under \`${persistent}\` (kept after the job) instead.`);
      }
    }
  },
});
