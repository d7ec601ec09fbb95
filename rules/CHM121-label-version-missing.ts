import { checkRequiredLabel, defineDockerfileRule } from '../src/rule-api.js';

export default defineDockerfileRule({
  meta: {
    code: 'CHM121',
    slug: 'label-version-missing',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'Labels',
    summary: 'The final image has no `version` label, or its value is empty after ARG/ENV expansion.',
    why: 'The `version` label becomes the image tag `jobman images` shows. Kubernetes pulls an image only when the tag is not already on the node, so a new build without a new version may never reach the jobs.',
    details: [
      '- Same conditions as CHM120 (label-name-missing), for the `version` label.',
      '- Only the final image counts: the final stage and the stages it is built FROM; not other stages, not `ONBUILD LABEL`.',
      '- A `version` label inherited from a platform base image does not count: it is the base\'s version.',
      '- Reported at the final stage\'s `FROM` when missing, at the label when its value is empty (or loses a variable) after expansion;',
      '  for an `ARG VERSION` declared only before the first `FROM`, the message says to add `ARG VERSION` after `FROM`.',
      '- An `ARG` without a default is assumed to be given with `--build-arg`: not reported.',
      '- Keys are case-sensitive: `Version` is not `version`; reported at that label with the rename to make.',
      '- Fix (safe), only for a label that loses its value to an `ARG` declared before the first `FROM`: declares the `ARG` again right',
      '  after the `FROM` of the label\'s stage (`ARG VERSION`, which takes the global default). A key written in another case is renamed to `version` (safe). A missing label has no fix: its value is yours to choose.',
    ].join('\n'),
    tags: ['labels', 'jobman'],
    fixable: true,
  },
  check(ctx) {
    checkRequiredLabel(ctx, 'version', 'LABEL version="1.0"');
  },
});
