import { defineProjectRule, findLicenseMentions, licenseStatementIn } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM303',
    slug: 'license-file-missing',
    severity: 'info',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'No license file at the repository root.',
    why: 'The License section the platform shows should link to the license document, and without a license nobody may redistribute the image: the platform then needs an `authorization` label (CHM301).',
    details: [
      '- Looks for `LICENSE`, `LICENCE`, `COPYING`, alone or with `.md`, `.markdown`, `.txt` or `.rst`, in any case, at the repository root,',
      '  and for one file per license as dual-licensed projects write them (`LICENSE-MIT`, `LICENSE.APACHE`, `LICENSE_GPL.txt`, `MIT-LICENSE`).',
      '  Notices of other code (`THIRD_PARTY_LICENSES`, `LICENSE-HEADER`) and source files (`license_plate.py`) are not license files.',
      '  A license file in a subfolder does not count: GitHub and the platform team look at the root.',
      '- When the README License section names a license, the message suggests adding that license\'s text. When it states proprietary',
      '  terms (`Proprietary`, `All rights reserved`), it asks for those terms in the file. `None` (no license) gets the usual advice.',
      '- Runs only on repositories with a Dockerfile that parses; reported at the `FROM` of the primary image\'s final stage (the file does',
      '  not exist to point at), so an inline ignore above that line silences it.',
    ].join('\n'),
    tags: ['license', 'repository'],
  },
  async check({ project, report }) {
    const facts = project.primary;
    const stage = facts?.finalStage;
    if (!facts || !stage) return;
    const info = await project.license();
    if (info.file) return;
    const section = (await project.readme())?.section('license');
    // Proprietary terms are terms all the same: they belong in the file. "None" gets the usual advice (an info).
    const found = section ? licenseStatementIn(section.text) : null;
    const statement = found?.kind === 'none' ? null : found;
    const named = section ? (await findLicenseMentions(`${section.title}\n${section.text}`, section.links)).map((m) => m.id) : [];
    const advice = statement
      ? `the README License section says "${statement.text}": put the full terms in a \`LICENSE\` file and link it from that section, so that users can read what they may do with the image`
      : named.length === 1
        ? `add the text of ${named[0]}, which the README License section names, as \`LICENSE\``
        : named.length > 1
          ? `add the license text as \`LICENSE\` (the README License section names ${named.join(' and ')}; a second license, e.g. for model weights, can go in a file of its own next to it)`
          : 'add one as `LICENSE` (GitHub\'s "Add file → Create new file", named LICENSE, offers the usual licenses)';
    report({
      file: facts.file,
      range: stage.from.range,
      message: `The repository has no license file at its root (LICENSE, LICENSE.md, LICENSE.txt, COPYING, or one per license such as LICENSE-MIT): ${advice}.`,
    });
  },
});
