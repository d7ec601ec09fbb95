import { defineProjectRule, requiredSection } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM204',
    slug: 'readme-license-missing',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'The README has no License section.',
    why: '`jobman image-details` shows the License section of the repository README: users of the platform need to know under which terms they may use the tool and its results.',
    details: [
      '- Sections are headings matched case-insensitively after removing a leading emoji, numbering or punctuation and trailing punctuation',
      '  (`## ⚖️ License`, `## LICENSE`); British spelling and variants count (`## Licence`, `## Licensing`, `## License and citation`).',
      '- A level-2 heading is expected, ATX (`## License`) or underlined (`License` over `---`). A License section at another level is an info',
      '  under this code at that heading instead of the warning.',
      '- A LICENSE file alone does not make the section: `jobman image-details` only shows what the README says. What the section must',
      '  contain is CHM209.',
      '- The missing-section finding is reported at the README title (its first level-1 heading), else at its first line.',
    ].join('\n'),
    tags: ['readme', 'license'],
  },
  async check(ctx) {
    const file = ctx.project.rootFile(/^(?:licen[cs]e|copying)(?:\.[a-z]+)?$/i);
    await requiredSection(ctx, 'license', file ? `The repository has \`${file}\`: link it (\`[License](${file})\`) and name the license.` : '');
  },
});
