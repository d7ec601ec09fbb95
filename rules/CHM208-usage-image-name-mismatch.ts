import { defineProjectRule, readmeExamples, resolvedLabel } from '../src/rule-api.js';

/** `<image>`, `$IMAGE`, `{image}`, `IMAGE_NAME:TAG`: a placeholder, not a name to compare. */
function isPlaceholder(value: string): boolean {
  return /[<>{}$]/.test(value) || /^[A-Z][A-Z0-9_-]*(?::|$)/.test(value);
}

const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

const lastComponent = (name: string) => name.slice(name.lastIndexOf('/') + 1);

export default defineProjectRule({
  meta: {
    code: 'CHM208',
    slug: 'usage-image-name-mismatch',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Labels',
    summary: 'A `jobman submit -i NAME` example names another image than the `name` label.',
    why: '`jobman images` lists an image by its `name` label (the version label is the tag), so `jobman submit -i` must use that name: an example with another name fails for every user who copies it.',
    details: [
      '- Every `jobman submit` example of the README is checked (code blocks and inline code, `-i NAME`, `-i=NAME`, `--image NAME`, `--image=NAME`, `-iNAME`).',
      '- Only the image name is compared: the registry and project (`harbor.../chaimeleon-library-batch/`), the tag and the digest are left out,',
      '  and so is any path in the label. The comparison is exact: image names are lower case.',
      '- The name is the `name` label of the primary image (the root Dockerfile, else the first one); a repository with several Dockerfiles',
      '  may name any of their images. Skipped when the label is missing, empty or still holds a variable (CHM120 reports those).',
      '- Placeholders are not compared: `<image>`, `$IMAGE`, `{image}`, and names in capitals (`IMAGE_NAME:TAG`).',
      '- The finding is at the image word; the `name` label is a related location.',
    ].join('\n'),
    tags: ['readme', 'jobman', 'labels'],
  },
  async check({ project, report }) {
    const readme = await project.readme();
    const primary = project.primary;
    const label = primary && resolvedLabel(primary, 'name');
    if (!readme || !primary || !label) return;
    const known = new Set((project.images.length > 0 ? project.images.map((i) => i.facts) : project.dockerfiles).map((d) => resolvedLabel(d, 'name')?.value.trim()).filter((v): v is string => !!v).map(lastComponent));
    const expected = lastComponent(label.value.trim());
    // An invalid version (CHM123) is no tag to suggest: fall back to the example's own tag.
    const version = resolvedLabel(primary, 'version')?.value.trim();
    const tag = version && VALID_TAG.test(version) ? version : undefined;
    for (const example of (await readmeExamples(readme)).jobman) {
      const image = example.image;
      if (!image || !image.word.literal || isPlaceholder(image.value) || known.has(image.name)) continue;
      report({
        file: readme.path,
        range: image.word.range,
        message: `\`${image.option} ${image.value}\` runs the image \`${image.name}\`, but this repository's image is named \`${expected}\` (its \`name\` label), which is the name \`jobman images\` lists: write \`-i ${expected}${tag ? ':' + tag : image.tag ? ':' + image.tag : ''}\`.`,
        related: [{ file: primary.file, range: label.range, message: `LABEL name="${label.value}"` }],
      });
    }
  },
});
