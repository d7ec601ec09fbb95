import { defineProjectRule, requiredSection } from '../src/rule-api.js';

/** `LICENSE` seen from the README's folder: `../LICENSE` for `tool/README.md`. */
function relativeLink(fromDir: string, file: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const to = file.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

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
      '  contain is CHM209. The message gives the link to write: to the image\'s license file, named as the license it is detected to be.',
      '- The missing-section finding is reported at the README title (its first level-1 heading), else at its first line.',
      '- Fix (unsafe, a skeleton): adds `## License` at the end of the README with a link to the license file and the license detected',
      '  in it (`[MIT](LICENSE)`); no skeleton without a license file (whether there is a license is yours to say). A License section at another heading',
      '  level is rewritten as `##`.',
    ].join('\n'),
    tags: ['readme', 'license'],
    fixable: true,
  },
  async check(ctx) {
    // The link to write, with the license the image's license file really is: an example naming another would be copied as is.
    const { file, detection } = await ctx.project.license();
    const readmeDir = ctx.project.readmePath()?.replace(/[^/]*$/, '') ?? '';
    const href = file ? relativeLink(readmeDir, file) : null;
    const id = detection?.id && !/\s/.test(detection.id) ? detection.id : null;
    const what = href ? `a link to the license file: \`[${id ?? 'NAME OF THE LICENSE'}](${href})\`` : null;
    // Without a license file, whether there is a license at all is the partner's answer: no skeleton.
    const skeleton = href ? `[${id ?? 'License'}](${encodeURI(href)})` : undefined;
    await requiredSection(ctx, 'license', what, skeleton);
  },
});
