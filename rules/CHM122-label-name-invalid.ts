import { defineDockerfileRule, fixes, IMAGE_NAME_MAX_LENGTH as MAX_LENGTH, REPOSITORY_NAME, resolvedLabel, suggestImageName as suggestName } from '../src/rule-api.js';

function problemOf(value: string): string {
  if (value.length > MAX_LENGTH) return `it is ${value.length} characters long, at most ${MAX_LENGTH} are allowed`;
  if (value.includes('/')) return 'it holds a `/`, but the platform puts the image into its own registry project and jobman cannot list the tags of a nested name; write the bare name';
  if (/[:@]/.test(value)) return 'it holds a tag or digest, which comes from the `version` label instead';
  const problems: string[] = [];
  if (/[A-Z]/.test(value)) problems.push('upper-case letters');
  if (/\s/.test(value)) problems.push('spaces');
  const bad = [...new Set(value.replace(/[A-Za-z0-9._\s-]/g, ''))];
  if (bad.length > 0) problems.push(`characters a repository name cannot hold (${bad.map((c) => `\`${c}\``).join(' ')})`);
  if (problems.length > 0) return `it has ${problems.join(' and ')}`;
  return 'separators (`.`, `_`, `__`, `-`) may only stand between letters or digits';
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM122',
    slug: 'label-name-invalid',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'Labels',
    summary: 'The `name` label is not a valid image repository name.',
    why: 'The platform publishes the image under its `name` label and `jobman images` lists it by that name: a name the registry rejects means the image is not published as written.',
    details: [
      '- Valid: one path component of Docker\'s reference grammar: lower-case letters and digits, separated by `.`, `_`, `__` or one or more `-`',
      '  (no separator at the start or end, none doubled except `__` and dashes), at most 128 characters.',
      '- A `/` is not accepted, although Docker allows path components: the platform puts the name into its own registry project, and',
      '  jobman asks the registry for the tags of `<project>/<name>` without encoding a slash, so a nested name shows no tags.',
      '  A registry, project or `:tag` in the value is reported too; the suggestion keeps the last component.',
      '- The message suggests a corrected name: lower-cased, spaces and other characters to `-`, separators tidied.',
      '- Values that still hold a variable (an `ARG` without default, given with `--build-arg`, or a `$` left after expansion) are',
      '  skipped; an empty or missing label, or one that lost a variable, is CHM120\'s.',
      '- Only the `name` label of the final image is checked (keys are case-sensitive; see CHM120).',
      '- Fix (unsafe): writes the suggested name as the label (`name="my-segmentation-tool"`), replacing a value that came from a variable too.',
    ].join('\n'),
    tags: ['labels', 'jobman'],
    fixable: true,
  },
  check({ facts, report }) {
    const label = resolvedLabel(facts, 'name');
    if (!label || (REPOSITORY_NAME.test(label.value) && label.value.length <= MAX_LENGTH)) return;
    const suggestion = suggestName(label.value);
    report({
      range: label.range,
      message: `The \`name\` label \`${label.value}\` is not a valid image repository name: ${problemOf(label.value)}. A name is lower-case letters and digits separated by \`.\`, \`_\`, \`__\` or \`-\`, at most ${MAX_LENGTH} characters${suggestion ? `: write \`LABEL name="${suggestion}"\`` : ''}.`,
      ...(suggestion ? { fix: fixes.fix(`Name the image ${suggestion}`, false, [fixes.replaceRange(facts.file, label.range, `name=${fixes.dockerQuoted(facts, suggestion)}`)]) } : {}),
    });
  },
});
