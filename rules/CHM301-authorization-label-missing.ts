import { defineProjectRule, fixes, repositoryLicense, type RelatedLocation } from '../src/rule-api.js';

function renamed(edit: ReturnType<typeof fixes.renameLabelKey>) {
  return edit ? { fix: fixes.fix('Rename the label to authorization', true, [edit]) } : {};
}

export default defineProjectRule({
  meta: {
    code: 'CHM301',
    slug: 'authorization-label-missing',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'Labels',
    summary: 'A private repository, or one whose license does not allow redistribution, has no `authorization` label.',
    why: 'The platform publishes every image in its images repository. It may only do so with the partner\'s written authorization when the source is private or its license does not let anyone redistribute it: without the label the image cannot be published.',
    details: [
      '- The license is identified from the text of `LICENSE`, `LICENSE.md`, `LICENSE.txt` or `COPYING` at the root (any case), never from the',
      '  file name: the text is compared with every SPDX license text (word-set Dice coefficient with a length penalty, accepted at 98%).',
      '  A short file that only names a license ("Licensed under the Apache License, Version 2.0", an SPDX-License-Identifier line, a link',
      '  to the license page) counts as that license.',
      '- Redistributable: OSI-approved licenses, licenses on the FSF free-license list, CC0 and CC BY / CC BY-SA. Not redistributable: no',
      '  license, a text that matches no SPDX license (modified, truncated, custom or proprietary), NonCommercial or NoDerivatives',
      '  variants, a license with the Commons Clause added, and known licenses that are neither OSI- nor FSF-approved (SSPL, BUSL, JSON).',
      '- With no license file, the README License section decides: every license it names or links must be redistributable',
      '  ("code: MIT, model weights: CC BY-NC 4.0" is not). In remote mode, GitHub\'s own detection is used when there is no file, or',
      '  when the file matches nothing here but GitHub identified it.',
      '- Privacy comes from GitHub in remote mode, else from the configuration (`private: true`); a private repository always needs the label.',
      '- The label counts when the final image gets it: set in the final stage or a stage it is built FROM. An `authorization` label',
      '  inherited from a platform base image authorizes the base, not your image, and is not seen. An empty value is reported at the label;',
      '  a key in another case (`Authorization`) is reported where it is written, as label keys are case-sensitive.',
      '- Only the repository\'s primary image (the root Dockerfile, else the first one found) is checked. Reported at the `FROM` of its final',
      '  stage, with the license file as a related location. Whether the label says the right thing is CHM302.',
      '- Fix (safe): adds `LABEL authorization="<the profile\'s authorization sentence>"` right after that `FROM`, writes the sentence as',
      '  the value of an empty label, or renames a key written in another case to `authorization`.',
    ].join('\n'),
    tags: ['license', 'labels', 'repository'],
    fixable: true,
  },
  async check({ project, profile, report }) {
    const facts = project.primary;
    const stage = facts?.finalStage;
    if (!facts || !stage) return;
    const label = stage.labels.get('authorization');
    if (label && label.value.trim() !== '') return;

    const reasons: string[] = [];
    if (project.repository.isPrivate === true) reasons.push('the repository is private');
    const license = await repositoryLicense(project);
    if (license.classification.kind !== 'redistributable') reasons.push(license.statement);
    if (reasons.length === 0) return;

    const related: RelatedLocation[] = [];
    if (license.info.file) related.push({ file: license.info.file, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, message: 'The license file that was read.' });
    const add = `\`LABEL authorization="${profile.authorizationSentence}"\``;
    const property = `authorization=${fixes.dockerQuoted(facts, profile.authorizationSentence)}`;
    const because = reasons.join('; and ');
    const otherCase = label ? null : [...stage.labels.values()].find((l) => l.key.toLowerCase() === 'authorization');
    if (label) {
      const lost = label.undeclared.length > 0 ? ` (\`$${label.undeclared[0]}\` is not declared with ARG or ENV before it)` : '';
      report({ file: facts.file, range: label.range, related, message: `The \`authorization\` label is empty after expansion${lost}, but the platform needs it: ${because}. Write ${add}.`, fix: fixes.fix('Write the authorization sentence', true, [fixes.replaceRange(facts.file, label.range, property)]) });
    } else if (otherCase) {
      report({ file: facts.file, range: otherCase.range, related, message: `The label is written \`${otherCase.key}\`, but label keys are case-sensitive and the platform reads \`authorization\`, which it needs: ${because}. Rename it.`, ...renamed(fixes.renameLabelKey(facts, otherCase, 'authorization')) });
    } else {
      report({ file: facts.file, range: stage.from.range, related, message: `The image has no \`authorization\` label, which the platform needs to publish it: ${because}. Add ${add} after this FROM.`, fix: fixes.fix('Add the authorization label', true, [fixes.insertLinesAfter(facts, stage.from, [`LABEL ${property}`])]) });
    }
  },
});
