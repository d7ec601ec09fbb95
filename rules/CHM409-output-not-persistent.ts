import { defineProjectRule, imageOutputs, volumePath, type OutputLocation, type Profile } from '../src/rule-api.js';

// Folders whose contents nobody expects to keep: scratch space, devices, caches.
const SCRATCH = /^\/(?:tmp|var\/tmp|dev|proc|sys|run)(?:\/|$)/;
const CACHE_SEGMENT = /^(?:\.(?!\.?$).*|cache|caches|__pycache__|tmp|temp|logs?)$/i;

/** Where results written at this path are not lost, or go elsewhere than "lost" (another rule's case). */
function kept(path: string, profile: Profile): boolean {
  const under = (base: string) => path === base || path.startsWith(base.replace(/\/$/, '') + '/');
  if (profile.persistentDirs.some((d) => under(volumePath(profile, d)))) return true;
  // Inside datasets or a read-only mount writing fails (CHM408): nothing gets lost there.
  if (under(volumePath(profile, profile.datasetsDir)) || profile.readOnlyMounts.some(under)) return true;
  return SCRATCH.test(path) || path.split('/').some((s) => CACHE_SEGMENT.test(s));
}

function whereItGoes(l: OutputLocation): string {
  return l.relative ? `${l.subject} is relative, so the results go to \`${l.path}\` (the job starts in \`${l.cwd}\`), outside` : `${l.subject} puts the results outside`;
}

export default defineProjectRule({
  meta: {
    code: 'CHM409',
    slug: 'output-not-persistent',
    severity: 'warning',
    guide: 'Usage examples',
    summary: 'The application\'s default output location must be under a persistent folder: results written anywhere else are lost when the job ends.',
    why: 'A job\'s container is deleted when the job ends: only `persistent-home` and `persistent-shared-folder` outlive it. An application that writes its results by default to `/app/results`, `/workspace/outputs` or a folder relative to a working directory such as `/app` does its work and loses it.',
    details: [
      '- Output locations are values given to names of results: options and parameters such as `--output`, `-o`, `--out-dir`, `--results`, `--save-dir`, `--dest`,',
      '  `--predictions-dir`, `--checkpoint-dir`, `--report-dir`, `--figures-dir`, and variables such as `OUTPUT_DIR`, `OUT_DIR`, `RESULTS_PATH`, `SAVE_DIR` (`-`, `_` and case do not matter). Logs, working, temporary',
      '  and cache folders (`--log-dir`, `WORK_DIR`, `TMP_DIR`) are not results, and no other name counts. A value must look like a path: `--output json` is a format.',
      '- Looked at (the same reading as CHM408): the final image\'s `ENV` (an `ARG` alone is gone at run time; it counts through the `ENV` or `WORKDIR` that uses it); options',
      '  in the `ENTRYPOINT`/`CMD` and in the scripts the entrypoint reaches, including a script the README\'s `jobman submit` example runs (`-- python3 /app/run.py`) when the image',
      '  has no ENTRYPOINT of its own, in `-c` mode, or when its entrypoint runs its arguments (`exec "$@"`); `OUTPUT_DIR=...` assignments and exports there; in the Python scripts',
      '  it reaches, argparse `add_argument(..., default=...)` and `click.option`/`click.argument` defaults, `os.getenv("OUTPUT_DIR", "...")` defaults and module-level constants.',
      '  Programs whose `-o` is not an application\'s result folder (`curl`, `tar`, `unzip`, `set -o`, `ssh`, `sort`, compilers, package managers...) are skipped.',
      '- An option written in the Dockerfile\'s `CMD` is what users get only when they pass no arguments: when the README\'s examples pass some (they replace the CMD), it is',
      '  not reported, and it does not stand in for the script\'s own default either.',
      '- Relative values are resolved against the working folder the command starts in (the final `WORKDIR`, or a `cd` in the script): inside a persistent folder only if that',
      '  folder is one. When the working folder is unknown (a `WORKDIR $VAR` that a base image sets, an unseen base image\'s), relative values are not judged; nor are unknown variables.',
      '- Not reported: paths under the profile\'s persistent folders; under the datasets folder or a read-only mount (writing there fails: CHM408); `/tmp`, `/var/tmp`, `/dev`,',
      '  `/run` and paths through a hidden, cache, temporary or log folder (`~/.cache`, `/app/logs`); a folder the build fills (a `COPY` or a download into it: model weights',
      '  that a variable such as `RESULTS_FOLDER` points at are an input); a default that a README `jobman submit` example or a command of the chain overrides by passing the',
      '  option (the README\'s own paths are CHM207\'s), that a script sets again, or that the image\'s `ENV` replaces (`os.getenv`).',
      '- Reported at the value, with the chain as related locations (ENTRYPOINT/CMD line, COPY line, calling lines). Runs in repository mode.',
    ].join('\n'),
    tags: ['runtime', 'volumes'],
  },
  async check({ project, profile, report }) {
    const persistent = volumePath(profile, profile.persistentDirs[0] ?? profile.datasetsDir);
    const folders = profile.persistentDirs.map((d) => `\`${d}\``).join(' and ');
    const seen = new Set<string>();
    for (const facts of project.dockerfiles) {
      if (!facts.finalStage) continue;
      const { locations } = await imageOutputs(project, facts);
      for (const l of locations) {
        if (l.role !== 'results' || l.overriddenBy || l.filledAtBuild || kept(l.path, profile)) continue;
        const key = `${l.file}:${l.range.startLine}:${l.range.startColumn}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report({
          file: l.file,
          range: l.range,
          related: l.related,
          message: `${whereItGoes(l)} the persistent folders: only ${folders} outlive the job, so they are lost when it ends. Default to a folder under \`${persistent}\` instead.`,
        });
      }
    }
  },
});
