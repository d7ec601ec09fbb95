import { defineProjectRule } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM201',
    slug: 'readme-missing',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'The repository has no `README.md` at its root.',
    why: 'The platform admins copy the Description, Usage and License sections of the repository README into the image details users read with `jobman image-details`; without a README users get no description, no usage and no license.',
    details: [
      '- Runs only when a folder (a repository) is linted; a lone Dockerfile skips it.',
      '- Any case counts (`README.md`, `readme.md`, `Readme.md`), at the repository root only.',
      '- Another README format at the root (`README`, `README.rst`, `README.txt`) or a `README.md` in a subfolder does not count: the message names it',
      '  and asks for a root `README.md`, the file the platform copies from.',
      '- Reported on `README.md` line 1 (the file that should exist).',
    ].join('\n'),
    tags: ['readme'],
  },
  check({ project, report }) {
    if (project.readmePath()) return;
    const image = project.image;
    // Interactive images are documented by their catalogue entry and helm chart, not `jobman image-details`.
    if (image?.role === 'interactive') return;
    const folder = image && image.dockerfile.includes('/') ? image.dockerfile.slice(0, image.dockerfile.lastIndexOf('/') + 1) : '';
    const root = project.rootFile(/^readme\.md$/i);
    if (folder && root) {
      report({
        file: `${folder}README.md`,
        range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        message: `The image in \`${folder}\` has no README.md, and the root \`${root}\` documents the repository rather than this image. Add \`${folder}README.md\` with \`## Description\`, \`## Usage\` and \`## License\`.`,
      });
      return;
    }
    const other = project.rootFile(/^readme(?:\.[^/]*)?$/i) ?? [...project.vfs.files].sort().find((f) => /(?:^|\/)readme\.md$/i.test(f));
    const found = other ? ` There is \`${other}\`, but the platform copies the sections from a Markdown \`README.md\`.` : '';
    report({
      file: `${folder}README.md`,
      range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      message: `The repository has no README.md.${found} Add a README.md with \`## Description\`, \`## Usage\` (with a \`jobman submit\` example) and \`## License\` sections: the platform shows them in \`jobman image-details\`.`,
    });
  },
});
