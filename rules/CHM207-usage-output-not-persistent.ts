import { defineProjectRule, fsHistory, isRoot, pathState, usageJobPaths, volumePath, type DockerfileFacts } from '../src/rule-api.js';

/** The folder that would hold `path` when the image's build leaves it to root (the job's user cannot create anything in it), else null. */
function rootOwnedParent(facts: DockerfileFacts | null, path: string): string | null {
  const stage = facts?.finalStage;
  if (!facts || !stage || isRoot({ name: stage.finalUser.name, uid: facts.uidOf(stage.finalUser) })) return null;
  const events = fsHistory(facts, stage);
  for (let dir = path; dir.lastIndexOf('/') > 0; ) {
    const state = pathState(events, dir);
    if (state) return isRoot(state.owner) && !state.open ? dir : null;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
  return null;
}

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
      '- The job arguments of every `jobman submit` example are read as in CHM206: what runs (`python3 app/x.py`, `bash run.sh`,',
      '  `conda run -n ENV python ...`, the command in `-c` mode) is neither input nor output, and the application\'s own `-i`/`-o` come after `--`.',
      '- Outputs are the values of options named like output (`--output`, `-o`, `--out`, `--output_dir`, `--results`, `--save-path`, `--dest`,',
      '  `--dst`...; `--opt value` and `--opt=value`), of variables so named (`OUTPUT_DIR=...`), and positional path arguments after the first',
      '  (the first is the input, CHM206; when some positional paths are in the datasets folder and some are not, those in it are the inputs).',
      '  An option whose name has other words (`--save-model`) counts only when its value looks like a path.',
      '- Paths are resolved as in CHM206: `~`/`$HOME` are the user\'s home, relative paths start at the image\'s final WORKDIR (not judged when',
      '  it is unknown). A path with a placeholder is judged by the folders before it (`persistent-home/<run>` is persistent, `/app/<run>` is',
      '  not), and not at all when they do not decide where it lands (`<output-dir>`, `~/<your-folder>`, `/path/to/results`, `$OUTPUT`).',
      '- Accepted: anything under the profile\'s persistent folders (`persistent-home`, `persistent-shared-folder`). Under the datasets folder or',
      '  a read-only mount (`/mnt/datalake`) the message says the folder is read-only (writing fails); anywhere else that the results are lost.',
      '- A bare positional word that names an output folder by itself (`results`, `outputs`, `predictions`) is a path argument too.',
      '- When the README documents several images, an example is judged against the image its `-i` names (its WORKDIR), once.',
      '- Outside the persistent folders, the message also says when the folder that would hold the results belongs to root in the image',
      '  (a `COPY` or `mkdir` before `USER`), so that the job cannot even write them.',
      '- Reported at the path word itself.',
    ].join('\n'),
    tags: ['readme', 'jobman', 'volumes'],
  },
  async check({ project, profile, report }) {
    const usage = await usageJobPaths(project, profile, 'output');
    if (!usage) return;
    const persistent = profile.persistentDirs.map((d) => `\`${volumePath(profile, d)}/\``);
    const instead = `write them under ${persistent.join(' or ')}`;
    for (const { path, what } of usage.paths) {
      if (path.mount === 'persistent') continue;
      const owned = path.mount === 'elsewhere' ? rootOwnedParent(project.primary, path.resolved) : null;
      const problem =
        path.mount === 'datasets' || path.mount === 'read-only'
          ? `into \`${path.mountPath}\`, which is read-only in the job`
          : `outside the persistent folders, so they are lost when the job ends${owned ? ` (and \`${owned}\` belongs to root in the image, so the job cannot even write there)` : ''}`;
      report({
        file: usage.readme.path,
        range: path.word.range,
        message: `The example writes its results (${what}) ${problem}: ${instead}.`,
      });
    }
  },
});
