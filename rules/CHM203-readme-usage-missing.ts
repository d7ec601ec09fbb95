import { defineProjectRule, requiredSection } from '../src/rule-api.js';

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
    ].join('\n'),
    tags: ['readme'],
  },
  async check(ctx) {
    await requiredSection(ctx, 'usage');
  },
});
