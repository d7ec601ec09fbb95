import { defineProjectRule, isLicenseLink, licenseNamesIn } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM209',
    slug: 'license-section-no-link',
    severity: 'info',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'The README License section neither links to a license document nor names a license.',
    why: 'The guide asks the License section for a link to the license document: it is what `jobman image-details` shows to users deciding whether they may use the tool and its results.',
    details: [
      '- Links: Markdown links and references, autolinks, bare URLs and HTML `<a href>` in the section (and its subsections). A link counts',
      '  when it leads to a license: a file named like `LICENSE`, `LICENCE`, `COPYING`, `NOTICE` (relative or on GitHub), a license site',
      '  (opensource.org, creativecommons.org, spdx.org, gnu.org, choosealicense.com, tldrlegal.com), a URL whose path says license, or link',
      '  text that says license. A link to a badge image only, a home page or an e-mail address does not.',
      '- Names: an SPDX license id (`Apache-2.0`, `GPL-3.0-or-later`, `CC-BY-NC-4.0`; short ids that are also words, `MIT` and `ISC`, only in',
      '  capitals), a full SPDX license name, or a common name (`Apache 2.0`, `GPLv3`, `LGPL`, `BSD`, `Creative Commons`, `CC BY`, `MPL`,',
      '  `Mozilla Public License`, `EUPL`, `public domain`). Stating proprietary terms (`proprietary`, `all rights reserved`) also counts: the',
      '  section then says what applies, and CHM301 decides whether an authorization label is needed.',
      '- "See the LICENSE file" without a link is a finding: `jobman image-details` shows the text, not the repository.',
      '- Reported at the License heading. No License section is CHM204.',
    ].join('\n'),
    tags: ['readme', 'license'],
  },
  async check({ project, report }) {
    const readme = await project.readme();
    const section = readme?.section('license');
    if (!readme || !section) return;
    if (section.links.some(isLicenseLink)) return;
    if ((await licenseNamesIn(`${section.title}\n${section.text}`)).length > 0) return;
    const file = project.rootFile(/^(?:licen[cs]e|copying)(?:\.[a-z]+)?$/i);
    const link = `[Apache-2.0](${file ?? 'LICENSE'})`;
    report({
      file: readme.path,
      range: section.headingRange,
      message: `The License section neither links to a license document nor names a license: name it by its SPDX id and link the document, e.g. \`${link}\`.`,
    });
  },
});
