import { defineProjectRule, requiredSection } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM202',
    slug: 'readme-description-missing',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'The README has no Description section.',
    why: '`jobman image-details` shows the Description section of the repository README: without it users listing images cannot tell what this one does.',
    details: [
      '- Sections are headings matched case-insensitively after removing a leading emoji, numbering or punctuation and trailing punctuation',
      '  (`## 📝 Description`, `## DESCRIPTION`, `## 1. Description:`); a title that starts with the word also counts (`## Description of the tool`).',
      '- A level-2 heading is expected, ATX (`## Description`) or underlined (`Description` over `---`). A Description section at another level',
      '  (`# Description`, `### Description`) is an info under this code at that heading instead of the warning.',
      '- A Description heading with nothing under it (no text, code or links before the next heading of its level) counts as missing.',
      '- The missing-section finding is reported at the README title (its first level-1 heading), else at its first line.',
      '- No README at all is CHM201, not this rule.',
      '- Fix (unsafe, a skeleton): adds `## Description` at the end of the README with a comment saying what to write; the section',
      '  stays empty (and reported as empty) until you write it. A Description at another heading level is rewritten as `##`.',
    ].join('\n'),
    tags: ['readme'],
    fixable: true,
  },
  async check(ctx) {
    const found = await requiredSection(ctx, 'description', null, '<!-- What the image does and which tools it contains. -->');
    if (!found) return;
    const { readme, section } = found;
    if (section.text.trim() === '' && section.links.length === 0 && section.code.length === 0) {
      ctx.report({
        file: readme.path,
        range: section.headingRange,
        message: `The \`${section.title}\` section is empty: write what the image does and which tools it contains; \`jobman image-details\` shows it to users.`,
      });
    }
  },
});
