import { defineProjectRule, fixes, isLicenseLink, LICENSE_FILE, licenseNamesIn, licenseStatementIn, refersToLicenseDocument } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM209',
    slug: 'license-section-no-link',
    severity: 'info',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'The README License section neither links to a license document nor names a license (nor says there is none).',
    why: 'The guide asks the License section for a link to the license document, if there is one: `jobman image-details` shows the section\'s text (not the repository) to users deciding whether they may use the tool and its results.',
    details: [
      '- Links: Markdown links and references, autolinks, bare URLs and HTML `<a href>` in the section (and its subsections). A link counts',
      '  when it leads to a license: a file named like `LICENSE`, `LICENCE`, `COPYING`, `NOTICE` (relative or on GitHub), a license site',
      '  (opensource.org, creativecommons.org, spdx.org, gnu.org, choosealicense.com, tldrlegal.com), a URL whose path says license, or link',
      '  text that says license. A link to a badge image only, a home page or an e-mail address does not.',
      '- Names: an SPDX license id (`Apache-2.0`, `GPL-3.0-or-later`, `CC-BY-NC-4.0`; short ids that are also words, `MIT` and `ISC`, only in',
      '  capitals), a full SPDX license name, or a common name (`Apache 2.0`, `GPLv3`, `LGPL`, `BSD`, `Creative Commons`, `CC BY`, `MPL`,',
      '  `Mozilla Public License`, `EUPL`, `public domain`). A named license needs no link unless the text sends the reader to a document.',
      '- Statements: a section that says there is no license (`None`, the application catalogue\'s answer; "No license", "Not licensed") or that',
      '  the work is proprietary ("Proprietary", "All rights reserved", "© ACME. All rights reserved", "not licensed for redistribution",',
      '  "contact us for a commercial license") answers the question: no finding. There is nothing to link, and CHM301 decides whether an',
      '  authorization label is needed; CHM305 reports a statement that contradicts the license file.',
      '- A section that sends the reader to a license document without linking it ("see the LICENSE file", "in `LICENSE.md`") is a finding',
      '  even when it names the license: `jobman image-details` shows the text, not the repository, so the link is the way to the terms.',
      '- Otherwise (an empty section, or text that neither names, links nor states) it is a finding. Reported at the License heading;',
      '  no License section is CHM204.',
      '- Fix (unsafe): with a license file at the root, adds a link to it right under the heading, named after the license detected',
      '  in it (`[MIT](LICENSE)`); the text around it is yours to check. No fix without a license file.',
    ].join('\n'),
    tags: ['readme', 'license'],
    fixable: true,
  },
  async check({ project, report }) {
    const readme = await project.readme();
    const section = readme?.section('license');
    if (!readme || !section) return;
    if (section.links.some(isLicenseLink)) return;
    const file = project.rootFile(LICENSE_FILE);
    const names = await licenseNamesIn(`${section.title}\n${section.text}`);
    // `## License: None` says it in the heading.
    const afterHeading = section.title.replace(/^[^\p{L}\p{N}]*licen[cs]es?\b[^\p{L}\p{N}]*/iu, '');
    const statement = licenseStatementIn(afterHeading ? `${afterHeading}\n${section.text}` : section.text);
    const linkText = async () => names[0] ?? (file ? (await project.license()).detection?.id : null) ?? 'License';
    const addLink = async () => {
      if (!file) return {};
      const { endLine, endColumn } = section.headingRange;
      return { fix: fixes.fix(`Link ${file} in the License section`, false, [fixes.insertAt(readme.path, endLine, endColumn, `\n\n[${await linkText()}](${encodeURI(file)})`)]) };
    };
    if (refersToLicenseDocument(section.text)) {
      report({
        file: readme.path,
        range: section.headingRange,
        message: `The License section refers to a license file without linking it, and \`jobman image-details\` shows only this text: link it, e.g. \`[${await linkText()}](${file ?? 'LICENSE'})\`.`,
        ...(await addLink()),
      });
      return;
    }
    if (names.length > 0 || statement) return;
    const what = section.text.trim() === '' ? 'is empty' : 'neither links to a license document nor names a license';
    report({
      file: readme.path,
      range: section.headingRange,
      message: `The License section ${what}: link the license document (\`[${await linkText()}](${file ?? 'LICENSE'})\`), or write \`None\` if the image has no license.`,
      ...(await addLink()),
    });
  },
});
