import { defineProjectRule, describeDetection, findLicenseMentions, isLicenseFileLink, licenseStatementIn, mentionMatches, type Range } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM305',
    slug: 'license-readme-mismatch',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'The README License section names or links a license other than the license file\'s.',
    why: '`jobman image-details` shows the README License section to users: when it names another license than the repository\'s license file, users are told the wrong terms, and the platform team cannot tell which one applies.',
    details: [
      '- Runs only when the license file was identified (by its text, or as a notice naming one license) and the README has a License',
      '  section (`## License`, `## Licence`, any case, a leading emoji allowed).',
      '- Read in the section\'s heading, text and links: SPDX ids (`Apache-2.0`), SPDX names, the usual ways of writing them (`Apache 2.0`,',
      '  `GPLv3`, `3-clause BSD`, `CC BY-NC 4.0`), SPDX-License-Identifier lines, and links to license pages (opensource.org, spdx.org,',
      '  choosealicense.com, gnu.org, apache.org, creativecommons.org, mozilla.org). A link to the repository\'s own license file agrees by definition,',
      '  and with it linked, a license named in a sentence about other code (third-party components, dependencies, NOTICE, model weights) is that code\'s.',
      '- Agreement is lenient where the file cannot tell: `GPL-3.0-only` and `GPL-3.0-or-later` share their text, and a family named without a',
      '  version (`Apache License`, `GPL`, `BSD`, `CC BY-NC`) agrees with any version of it.',
      '- The section may name several licenses (code and model weights, dual licensing): it is reported only when none of them is the file\'s.',
      '- A section that names no license but says there is none (`None`, "No license") or that the work is proprietary ("Proprietary",',
      '  "not licensed for redistribution") contradicts an identified license file just as much: users are told they may not use or share',
      '  what the file allows. A copyright notice with "All rights reserved" alone is not reported: it heads many BSD and MIT texts.',
      '- Reported at the first license the section names (the link, or the words; for a statement, its words), with the license file as a',
      '  related location.',
    ].join('\n'),
    tags: ['license', 'readme'],
  },
  async check({ project, report }) {
    const { file, detection } = await project.license();
    if (!file || !detection?.id || detection.rider) return;
    const readme = await project.readme();
    const section = readme?.section('license');
    if (!readme || !section) return;
    const links = section.links.filter((l) => !isLicenseFileLink(l.url));
    /** Where words of the section are in the README (from its heading to its end). */
    const textRange = (words: string): Range | null => {
      const start = readme.lines.offsetAt(section.headingRange.startLine - 1, 0);
      const end = readme.lines.offsetAt(section.range.endLine, 0);
      const at = readme.text.indexOf(words, start);
      return at >= 0 && at < end ? readme.lines.range(at, at + words.length) : null;
    };
    const sectionText = `${section.title}\n${section.text}`;
    const linksOwnFile = section.links.some((l) => isLicenseFileLink(l.url));
    // With the repository's own license file linked, a license named in a sentence about other code
    // ("SimpleITK is under the Apache License 2.0", third-party components, NOTICE) is that code's.
    const mentions = (await findLicenseMentions(sectionText, links)).filter((m) => !(linksOwnFile && OTHER_CODE.test(sentenceAt(sectionText, m.index))));
    const related = [{ file, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, message: `${describeDetection(file, detection)}.` }];
    if (mentions.length === 0) {
      // A link to the repository's own license file agrees with it, whatever the words around it.
      if (linksOwnFile) return;
      const afterHeading = section.title.replace(/^[^\p{L}\p{N}]*licen[cs]es?\b[^\p{L}\p{N}]*/iu, '');
      const statement = licenseStatementIn(afterHeading ? `${afterHeading}\n${section.text}` : section.text);
      if (!statement || statement.kind === 'reserved') return;
      const says = statement.kind === 'none' ? `says there is no license (\`${statement.text}\`)` : `says the image is proprietary (\`${statement.text}\`)`;
      report({
        file: readme.path,
        range: textRange(statement.text) ?? section.headingRange,
        related,
        message: `The README License section ${says}, but ${describeDetection(file, detection)}: write \`[${detection.id}](${file})\` there, or remove \`${file}\` if it does not apply.`,
      });
      return;
    }
    const fileIds = detection.id.split(/\s+(?:OR|AND)\s+|[()]/i).map((id) => id.trim()).filter(Boolean);
    if (mentions.some((m) => fileIds.some((id) => mentionMatches(m, id, detection.aliases)))) return;
    const first = mentions[0];
    let range: Range = section.headingRange;
    const linked = first.link ?? links.find((l) => l.text.includes(first.text));
    if (linked) range = linked.range;
    else range = textRange(first.text) ?? range;
    const names = mentions.map((m) => m.id).join(' and ');
    report({
      file: readme.path,
      range,
      related,
      message: `The README License section names ${names}, but ${describeDetection(file, detection)}: make them agree (name ${detection.id} in the README and link \`${file}\`, or replace \`${file}\` with the license you mean).`,
    });
  },
});

/** Words of a sentence about other code than the repository's own. */
const OTHER_CODE = /third[- ]party|\bcomponents?\b|dependenc|\blibrar(?:y|ies)\b|\bpackages?\b|\bNOTICE\b|\bbundled\b|\bvendored\b|\bweights\b|\bmodels?\b|\bdatasets?\b/i;

/** The sentence of `text` around `index` (up to `.`, `;` or a line end). */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf(';', index - 1), text.lastIndexOf('\n', index - 1)) + 1;
  const ends = ['.', ';', '\n'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}
