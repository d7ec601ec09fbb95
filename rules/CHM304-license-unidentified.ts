import { defineProjectRule, describeDetection, percent } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM304',
    slug: 'license-unidentified',
    severity: 'info',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'The license file\'s text matches no SPDX license closely enough.',
    why: 'A license that is not a known one must be read by a person before the platform can publish the image, and users cannot tell what they may do with it: a standard license text, unmodified, avoids both.',
    details: [
      '- The text is normalised (copyright lines, title, Markdown, list labels, URLs, punctuation, case, line width, British spelling)',
      '  and compared with every SPDX license text by the Dice coefficient of their word sets, less a penalty for the difference',
      '  in length; 98% is needed. The message gives the nearest license and its score, and the runner-up.',
      '- The whole text of a license with a short addition (at most 40 words: what the license covers, a contact) is that license, unless',
      '  the addition has a word that can change terms more often than the license itself (`not`, `only`, `commercial`, `research`,',
      '  `clinical`, `consent`, a license\'s name...): then it is reported as that license with an addition to review, naming those words.',
      '- A file that only names a license ("Licensed under the Apache License, Version 2.0", an SPDX-License-Identifier line, a link to',
      '  the license page) is identified by that name, not reported.',
      '- A known license with the Commons Clause added is reported at the line where the rider starts: the result is not an open-source',
      '  license, whatever the text above or below it.',
      '- Typical causes: a truncated copy, several licenses in one file (keep one license per file, e.g. `LICENSE` and',
      '  `THIRD_PARTY_LICENSES`), added terms, a custom or proprietary text. An empty file, or one with only a copyright line, is reported too;',
      '  a copyright line with "All rights reserved" is reported as proprietary.',
      '- Reported in the license file. Whether the image then needs an `authorization` label is CHM301; when the image carries one, the message',
      '  says that it gives the platform the permission it needs instead of asking for it.',
    ].join('\n'),
    tags: ['license'],
  },
  async check({ project, report }) {
    const { file, detection } = await project.license();
    if (!file || !detection || (detection.id && !detection.rider)) return;
    const text = (await project.read(file)) ?? '';
    const lines = text.split(/\r\n?|\n/);
    const line = detection.rider?.line ?? Math.max(1, lines.findIndex((l) => l.trim() !== '') + 1);
    const range = { startLine: line, startColumn: 1, endLine: line, endColumn: (lines[line - 1] ?? '').length + 1 };
    // An image that already carries the authorization label has the permission the platform needs: say so, not "add the label".
    const label = project.primary?.finalStage?.labels.get('authorization');
    const labelled = !!label && label.value.trim() !== '';
    const keepIt = labelled ? 'keep it (the image\'s `authorization` label gives the platform the permission it needs)' : 'keep it and add an `authorization` label (CHM301)';
    let message: string;
    if (detection.rider && detection.id) {
      message = `${describeDetection(file, detection)}, which forbids selling the software: that is not an open-source license, and the platform may not redistribute the image without an \`authorization\` label. Remove the rider, or ${keepIt}.`;
    } else if (detection.proprietary) {
      message = `${describeDetection(file, detection)}: users may not redistribute the image, and the platform may only publish it with an \`authorization\` label (CHM301). K${keepIt.slice(1)}, or choose an open license.`;
    } else if (detection.amended) {
      message = `${describeDetection(file, detection)}: the platform cannot take it as ${detection.amended.id} without a review. If ${detection.amended.id} is what you mean, remove the addition; otherwise ${keepIt}.`;
    } else if (!detection.nearest) {
      message = `${describeDetection(file, detection)}: put the full text of the license there.`;
    } else {
      const { nearest, runnerUp } = detection;
      const second = runnerUp ? `, runner-up ${runnerUp.id} at ${percent(runnerUp.score)}` : '';
      const meant = detection.partOf
        ? `It reads like a part of ${detection.partOf.id} (${percent(detection.partOf.score)} of its words are in that text): if it is meant to be ${detection.partOf.id}, put the whole, unmodified text there; a`
        : nearest.score >= 0.8
          ? `If it is meant to be ${nearest.id}, replace it with the unmodified text; a`
          : 'A';
      const rider = detection.rider ? ` It also carries the ${detection.rider.name} (line ${detection.rider.line}), which forbids selling the software.` : '';
      const review = labelled ? 'needs a review (the image\'s `authorization` label gives the platform the permission it needs)' : 'needs a review and an `authorization` label (CHM301)';
      message = `\`${file}\` matches no SPDX license closely enough: the nearest is ${nearest.id} at ${percent(nearest.score)}${second} (98% needed). ${meant} modified, partial, combined or custom text ${review}.${rider}`;
    }
    report({ file, range, message });
  },
});
