import { defineDockerfileRule, fixes, resolvedLabel } from '../src/rule-api.js';

const MAX_LENGTH = 128;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** A valid tag close to what was written: other characters to `-`, runs of dashes joined, no leading `-`, `.9` → `0.9`. */
function suggestTag(value: string): string {
  return value
    .trim()
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+/, '')
    .replace(/^\./, '0.')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
}

function problemOf(value: string): string {
  if (value.length > MAX_LENGTH) return `it is ${value.length} characters long, at most ${MAX_LENGTH} are allowed`;
  const problems: string[] = [];
  if (/^[.-]/.test(value)) problems.push(`starts with \`${value[0]}\``);
  if (/\s/.test(value)) problems.push('has spaces');
  const bad = [...new Set(value.replace(/[A-Za-z0-9_.\s-]/g, ''))];
  if (bad.length > 0) problems.push(`has characters a tag cannot hold (${bad.map((c) => `\`${c}\``).join(' ')})`);
  return `it ${problems.join(' and ')}`;
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM123',
    slug: 'label-version-invalid',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'Labels',
    summary: 'The `version` label is not a valid image tag, or is the reserved `latest`.',
    why: 'The platform tags the image with its `version` label: a value that is not a valid tag (such as `0.0.3 - testing`) cannot be published, and `latest` is the tag the platform itself moves to the newest build.',
    details: [
      '- Valid: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}` (Docker\'s tag grammar): no spaces, no `+` or `/`, not starting with `.` or `-`, at most 128 characters.',
      '- The message suggests a corrected tag: other characters to `-`, runs of dashes joined (`0.0.3 - testing` → `0.0.3-testing`).',
      '- `latest` (exactly; tags are case-sensitive) is a warning under the same code: the platform adds `latest` to every build, and a',
      '  version that never changes means nodes that already hold the tag never pull the new image.',
      '- Values that still hold a variable (an `ARG` without default, or a `$` left after expansion) are skipped; an empty or missing',
      '  label, or one that lost a variable, is CHM121\'s.',
      '- Fix (unsafe): writes the suggested tag as the label (`version="0.0.3-testing"`), replacing a value that came from a variable too. No fix for `latest`.',
    ].join('\n'),
    tags: ['labels', 'jobman'],
    fixable: true,
  },
  check({ facts, report }) {
    const label = resolvedLabel(facts, 'version');
    if (!label) return;
    const value = label.value;
    if (value === 'latest') {
      report({
        range: label.range,
        severity: 'warning',
        message: 'The `version` label is `latest`, the tag the platform already moves to the newest build: every build would get the same tag, and nodes that hold it never pull the new image. Use a version you increase on every change, e.g. `LABEL version="1.0"`.',
      });
      return;
    }
    if (TAG.test(value)) return;
    const suggestion = suggestTag(value);
    report({
      range: label.range,
      message: `The \`version\` label \`${value}\` is not a valid image tag: ${problemOf(value)}. A tag is letters, digits, \`_\`, \`.\` and \`-\`, not starting with \`.\` or \`-\`, at most ${MAX_LENGTH} characters${suggestion && TAG.test(suggestion) ? `: write \`LABEL version="${suggestion}"\`` : ''}.`,
      ...(suggestion && TAG.test(suggestion) ? { fix: fixes.fix(`Tag the image ${suggestion}`, false, [fixes.replaceRange(facts.file, label.range, `version=${fixes.dockerQuoted(facts, suggestion)}`)]) } : {}),
    });
  },
});
