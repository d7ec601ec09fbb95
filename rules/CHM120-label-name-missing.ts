import { checkRequiredLabel, defineDockerfileRule } from '../src/rule-api.js';

export default defineDockerfileRule({
  meta: {
    code: 'CHM120',
    slug: 'label-name-missing',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'Labels',
    summary: 'The final image has no `name` label, or its value is empty after ARG/ENV expansion.',
    why: '`jobman images` lists an image under its `name` label: without one the image has no name users can submit jobs with.',
    details: [
      '- Only the final image counts: a label set in the final stage or in an earlier stage it is built FROM (`FROM base`) counts;',
      '  a label of a stage the final image is not built from, or an `ONBUILD LABEL`, does not (the message points at it).',
      '- A `name` label inherited from a platform base image does not count: it names the base, so every child must set its own.',
      '- Reported at the final stage\'s `FROM` when missing, at the label when its value is empty after expansion.',
      '- A value that loses a variable is reported even when something is left (`name=tool-$SUFFIX` becomes `tool-`).',
      '  The classic is an `ARG` declared before the first `FROM` and not declared again after it: it is only in scope for',
      '  `FROM` lines, so the label gets nothing; the message says to add `ARG NAME` after `FROM`. A variable declared nowhere is',
      '  assumed not to come from the base image\'s ENV.',
      '- An `ARG` without a default (`ARG NAME` alone) is assumed to be given with `--build-arg`: not reported.',
      '- Keys are case-sensitive as in Docker: `Name` or `NAME` is not `name`. Such a label is reported where it is written, with the rename to make.',
      '- Every LABEL syntax Docker accepts is read: `key=value` pairs (several per line), quoted keys and values, continuation lines, and the legacy `LABEL name value`.',
      '- Fix (safe), only for a label that loses its value to an `ARG` declared before the first `FROM`: declares the `ARG` again right',
      '  after the `FROM` of the label\'s stage (`ARG NAME`, which takes the global default). A key written in another case is renamed to `name` (safe). A missing label has no fix: its value is yours to choose.',
    ].join('\n'),
    tags: ['labels', 'jobman'],
    fixable: true,
  },
  check(ctx) {
    checkRequiredLabel(ctx, 'name', 'LABEL name="my-tool"');
  },
});
