import { defineProjectRule, type BuildContext, type RelatedLocation, type DockerfileFacts, type DockerWord, type Stage } from '../src/rule-api.js';

const URL_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;

/** The stages a build of the final image runs: the final one and, transitively, what it builds FROM, copies --from or mounts from. */
function neededStages(facts: DockerfileFacts): Stage[] {
  const byRef = (ref: string): Stage | undefined => facts.stages.find((s) => (s.name !== null && s.name.toLowerCase() === ref.toLowerCase()) || String(s.index) === ref);
  const needed = new Set<Stage>();
  const visit = (stage: Stage | null | undefined) => {
    if (!stage || needed.has(stage)) return;
    needed.add(stage);
    visit(stage.baseStage);
    for (const instr of stage.instructions) {
      for (const flag of instr.flags) {
        const name = flag.name.toLowerCase();
        if (name === 'from' && flag.value) visit(byRef(flag.value));
        if (name === 'mount' && flag.value) {
          const from = /(?:^|,)from=([^,]+)/.exec(flag.value)?.[1];
          if (from) visit(byRef(from));
        }
      }
    }
  };
  visit(facts.finalStage);
  return facts.stages.filter((s) => needed.has(s));
}

function contextName(context: BuildContext): string {
  return context.root === '' ? 'the repository root' : `\`${context.root}/\``;
}

/** A hint at where the file might be: another case, or the same name elsewhere in the context or the repository. */
function lookalike(context: BuildContext, value: string, repoFiles: ReadonlySet<string>): string {
  const wanted = value.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (/[*?[]/.test(wanted) || wanted === '') return '';
  const files = [...context.files];
  const lower = wanted.toLowerCase();
  const sameCase = files.find((f) => f.toLowerCase() === lower || f.toLowerCase().startsWith(lower + '/'));
  if (sameCase) return ` Did you mean \`${sameCase.slice(0, wanted.length)}\`? Names are case-sensitive.`;
  const base = wanted.slice(wanted.lastIndexOf('/') + 1);
  const elsewhere = files.find((f) => f === base || f.endsWith('/' + base));
  if (elsewhere) return ` The context has \`${elsewhere}\`.`;
  if (context.root !== '' && (repoFiles.has(wanted) || [...repoFiles].some((f) => f.startsWith(wanted + '/')))) {
    return ` \`${wanted}\` exists at the repository root: if the image is built from there (\`docker build -f ${context.root}/Dockerfile .\`), the context is the root instead.`;
  }
  return '';
}

export default defineProjectRule({
  meta: {
    code: 'CHM402',
    slug: 'context-file-missing',
    severity: 'error',
    guide: 'beyond',
    summary: 'A `COPY`/`ADD` source must exist in the build context after `.dockerignore`.',
    why: '`docker build` stops with "not found" when a source is missing, so the image cannot be built and published; a file excluded by `.dockerignore` is missing just the same.',
    details: [
      '- Runs in repository mode only: a lone Dockerfile has no build context to look into.',
      '- The build context is the Dockerfile\'s folder (the repository root when none of its `COPY` sources is there but some are at the root, as with `docker build -f sub/Dockerfile .`).',
      '  `<Dockerfile>.dockerignore` next to the Dockerfile is read before the context\'s `.dockerignore`, with Docker\'s matching: patterns relative to the context root, `*`, `?`, `**`,',
      '  `!` exceptions, the last matching pattern wins, a matching folder excludes what is in it.',
      '- Sources are cleaned as Docker does (a leading `/` or `./` is the context root); a source climbing out of the context with `..` is reported. Wildcards (`*.sh`, `app/*`) follow',
      '  Go\'s filepath.Match, one path segment at a time, and must match at least one file or folder.',
      '- Not judged: `--from` sources (another stage or image), URLs and git sources of `ADD`, heredocs, sources with a variable that has no value at build time, and paths inside folders',
      '  the file listing skips (`node_modules`, `.git`, virtual environments). Only stages the final image needs are checked: BuildKit never builds the others.',
      '- Reported at the source word, with the `.dockerignore` line when that is what excludes it and a hint when the name exists with another case or elsewhere.',
    ].join('\n'),
    tags: ['build', 'context'],
  },
  async check({ project, report }) {
    for (const facts of project.dockerfiles) {
      const context = await project.buildContext(facts);
      if (!context.complete) continue;
      const { text, lines } = facts.model;
      const written = (word: DockerWord) =>
        text.slice(lines.offsetAt(word.range.startLine - 1, word.range.startColumn - 1), lines.offsetAt(word.range.endLine - 1, word.range.endColumn - 1)).replace(/^"|"$/g, '');
      for (const copy of facts.copies(neededStages(facts))) {
        if (copy.from !== null) continue;
        for (const source of copy.sources) {
          if (URL_SOURCE.test(source.value)) continue;
          const match = context.resolveSource(source.value);
          if (match.unknown || match.entries.length > 0) continue;
          const raw = written(source);
          const shown = raw !== source.value && raw.includes('$') ? `\`${raw}\` (\`${source.value}\` once its variables are expanded)` : `\`${source.value}\``;
          const keyword = copy.instr.keyword;
          let message: string;
          const related: RelatedLocation[] = [];
          if (match.outside) {
            message = `${keyword} source ${shown} is outside the build context (${contextName(context)}): Docker can only copy files from inside it. Move the file into the context.`;
          } else if (match.excluded.length > 0) {
            const { by } = match.excluded[0];
            // The ignore file by its name: the related location points at the line, shown with the path the user sees.
            const ignoreFile = context.dockerignoreFile ?? '.dockerignore';
            const name = ignoreFile.slice(ignoreFile.lastIndexOf('/') + 1);
            related.push({ file: ignoreFile, range: { startLine: by.line, startColumn: 1, endLine: by.line, endColumn: by.written.length + 1 }, message: `\`${by.written}\` excludes it` });
            message = `${keyword} source ${shown} is excluded by \`${name}\` (line ${by.line}: \`${by.written}\`), so \`docker build\` fails with "not found". Remove that pattern or add an exception such as \`!${match.excluded[0].entry.path}\`.`;
          } else if (/[*?[]/.test(source.value)) {
            message = `No file in the build context (${contextName(context)}) matches ${keyword} source ${shown}, so \`docker build\` fails. Fix the pattern or add the files.${lookalike(context, source.value, project.vfs.files)}`;
          } else {
            message = `${keyword} source ${shown} does not exist in the build context (${contextName(context)}), so \`docker build\` fails. Add the file or fix the path.${lookalike(context, source.value, project.vfs.files)}`;
          }
          report({ file: facts.file, range: source.range, message, ...(related.length > 0 ? { related } : {}) });
        }
      }
    }
  },
});
