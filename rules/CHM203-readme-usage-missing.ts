import { defineProjectRule, requiredSection, resolvedLabel } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM203',
    slug: 'readme-usage-missing',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'The README has no Usage section.',
    why: '`jobman image-details` shows the Usage section of the repository README: it is where users learn which arguments to put after `--` in `jobman submit`.',
    details: [
      '- Sections are headings matched case-insensitively after removing a leading emoji, numbering or punctuation and trailing punctuation',
      '  (`## 🚀 Usage`, `## USAGE`, `## Usage:`); a title that starts with the word also counts (`## Usage examples`).',
      '- A level-2 heading is expected, ATX (`## Usage`) or underlined (`Usage` over `---`). A Usage section at another level (`### Usage`) is an',
      '  info under this code at that heading instead of the warning.',
      '- Other titles (`## How to use`, `## Running`) do not count: the platform admins look for Usage.',
      '- An empty Usage section is left to CHM205 (no `jobman submit` example).',
      '- The missing-section finding is reported at the README title (its first level-1 heading), else at its first line.',
      '- Fix (unsafe, a skeleton): adds `## Usage` at the end of the README with a `jobman submit -i NAME:VERSION` example, the name and',
      '  version taken from the image\'s labels when they are known, and a comment asking for the arguments (for an interactive image, only a',
      '  comment asking how to use it from its desktop). A Usage section at another',
      '  heading level is rewritten as `##`.',
    ].join('\n'),
    tags: ['readme'],
    fixable: true,
  },
  async check(ctx) {
    const facts = ctx.project.primary;
    // An interactive image is used from its desktop, not submitted with jobman.
    const interactive = (await ctx.project.documentedKind()) === 'interactive';
    const name = facts ? resolvedLabel(facts, 'name')?.value : undefined;
    const version = facts ? resolvedLabel(facts, 'version')?.value : undefined;
    const example = ['```bash', `jobman submit -i ${name ?? 'NAME'}:${version ?? 'VERSION'} -- ARGS`, '```', '', '<!-- The arguments the image accepts (ARGS), what it reads from datasets/ and where it writes. -->'].join('\n');
    await requiredSection(ctx, 'usage', null, interactive ? '<!-- How to use the application once its desktop is deployed from the catalogue. -->' : example);
  },
});
