import { defineProjectRule, dockerfileFactsFromText, type BuildContext, type DockerfileFacts, type RelatedLocation } from '../src/rule-api.js';

const URL_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
const SHOWN_FILES = 5;

/**
 * Context-relative sources the image reads: COPY/ADD sources of every stage (not `--from`, not
 * URLs) and `RUN --mount=type=bind` sources (a bind mount with no source is the whole context).
 */
function contextSources(facts: DockerfileFacts): string[] {
  const sources: string[] = [];
  for (const copy of facts.copies()) {
    if (copy.from !== null) continue;
    for (const s of copy.sources) if (!URL_SOURCE.test(s.value)) sources.push(s.value);
  }
  for (const stage of facts.stages) {
    for (const instr of stage.instructions) {
      if (instr.keyword !== 'RUN' || instr.onbuild) continue;
      for (const flag of instr.flags) {
        if (flag.name.toLowerCase() !== 'mount' || !flag.value) continue;
        const options = new Map(flag.value.split(',').map((kv) => [kv.split('=')[0], kv.slice(kv.indexOf('=') + 1)] as [string, string]));
        if ((options.get('type') ?? 'bind') !== 'bind' || options.has('from')) continue;
        sources.push(options.get('source') ?? options.get('src') ?? '.');
      }
    }
  }
  return sources;
}

/** Does a change to this context-relative path reach the image? (Sent by the context, and read by a source.) */
function reachesImage(context: BuildContext, path: string, sources: string[]): boolean {
  if (context.ignored(path)) return false;
  return sources.some((source) => {
    const match = context.resolveSource(source);
    if (match.unknown) return true;
    return match.entries.some((e) => e.path === path || (e.isDir && (e.path === '' || path.startsWith(e.path + '/'))));
  });
}

/** The instructions as Docker reads them, without comments and layout: a change that only touches those changes nothing. */
function instructionsSignature(facts: DockerfileFacts): string {
  return facts.model.instructions.map((i) => `${i.keyword} ${i.flags.map((f) => `--${f.name}=${f.value ?? ''}`).join(' ')} ${i.argsText.replace(/\s+/g, ' ').trim()}`).join('\n');
}

/** `1.0` → `1.1`, `v2` → `v3`, `0.0.3-beta` → `0.0.4-beta`; null when the value has no number. */
function nextVersion(version: string): string | null {
  const m = /^(.*?)(\d+)(\D*)$/.exec(version);
  return m ? `${m[1]}${Number(m[2]) + 1}${m[3]}` : null;
}

export default defineProjectRule({
  meta: {
    code: 'CHM406',
    slug: 'version-not-bumped',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'Labels',
    summary: 'The image changed since the base ref (`--base REF`) but its `version` label did not.',
    why: 'Nodes pull an image only when they do not hold the tag yet, and the platform tags images with the `version` label: a change published under the same version never reaches the nodes that cached the old one.',
    details: [
      '- Runs only with `--base REF` (a branch, tag or commit; in CI the pull request\'s base, e.g. `--base origin/main`) on a repository folder in a',
      '  git checkout. git is run as a command with argument lists; the ref must name a commit, else the command stops with a usage error (exit 2).',
      '- Changed files are those `git diff --name-only REF` lists against the working tree (staged or not, deleted ones included) plus untracked',
      '  files that git does not ignore.',
      '- For each Dockerfile, a change counts when it is to the Dockerfile\'s instructions (comments and layout alone do not count) or to a file',
      '  of its build context that the build reads: sent by the context (after `.dockerignore`) and named by a `COPY`/`ADD` source or a',
      '  `RUN --mount=type=bind` source in any stage (`COPY . .` reads everything). So README, LICENSE or CI edits that no COPY reads need no bump.',
      '- The `version` label of the final image (after ARG/ENV expansion) is compared with the same Dockerfile at the base ref. A Dockerfile',
      '  that did not exist at the base is a new image: nothing to bump. A version that comes from a build argument with no default cannot be',
      '  compared and is not judged.',
      '- Reported at the `version` label, or at the final stage\'s `FROM` when there is none; up to five changed files are related locations.',
      '- Its fixtures hold the base as a `.git-base/` folder (committed in a temporary repository, the fixture written over it, linted with `--base HEAD`);',
      '  test/version-bump.test.ts covers the command line: tags, branches, commit ids, committed changes, usage errors.',
    ].join('\n'),
    tags: ['labels', 'versioning'],
  },
  async check({ project, profile, report }) {
    const git = project.git;
    if (!git) return;
    const changed = await git.changedFiles();
    if (changed.length === 0) return;
    for (const facts of project.dockerfiles) {
      const stage = facts.finalStage;
      if (!stage) continue;
      const baseText = await git.readAtBase(facts.file);
      const before = baseText === null ? null : dockerfileFactsFromText(facts.file, baseText, profile);
      if (!before) continue;
      const label = stage.labels.get('version') ?? null;
      const oldLabel = before.finalStage?.labels.get('version') ?? null;
      if (label && (label.unresolved.length > 0 || oldLabel?.unresolved.length)) continue;
      if (label && oldLabel && label.value !== oldLabel.value) continue;
      if (label && !oldLabel) continue;

      const context = await project.buildContext(facts);
      const prefix = context.root ? context.root + '/' : '';
      const sources = contextSources(facts);
      const dockerfileChanged = changed.includes(facts.file) && instructionsSignature(facts) !== instructionsSignature(before);
      const contextChanges = changed.filter((f) => f !== facts.file && f.startsWith(prefix) && reachesImage(context, f.slice(prefix.length), sources));
      if (!dockerfileChanged && contextChanges.length === 0) continue;

      const what = [...(dockerfileChanged ? [facts.file] : []), ...contextChanges];
      const listed = what.slice(0, 3).map((f) => `\`${f}\``).join(', ') + (what.length > 3 ? ` and ${what.length - 3} more` : '');
      const related: RelatedLocation[] = what
        .filter((f) => f !== facts.file && project.vfs.files.has(f))
        .slice(0, SHOWN_FILES)
        .map((f) => ({ file: f, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, message: `changed since \`${git.ref}\`` }));
      if (label) {
        const next = nextVersion(label.value);
        report({
          file: facts.file,
          range: label.range,
          related,
          message: `The image changed since \`${git.ref}\` (${listed}) but its \`version\` label is still \`${label.value}\`: bump it${next ? ` (e.g. \`version="${next}"\`)` : ''}, or nodes that cached \`${label.value}\` keep running the old image.`,
        });
      } else {
        report({
          file: facts.file,
          range: stage.from.range,
          related,
          message: `The image changed since \`${git.ref}\` (${listed}) and has no \`version\` label to tell the new image from the old: add \`LABEL version="1.0"\` after this FROM and increase it on every change.`,
        });
      }
    }
  },
});
