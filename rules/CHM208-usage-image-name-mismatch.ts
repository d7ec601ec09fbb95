import { defineProjectRule, documentedImageName, readmeImageNames, REPOSITORY_NAME, resolvedLabel, suggestImageName, type RelatedLocation } from '../src/rule-api.js';


const lastComponent = (name: string) => name.slice(name.lastIndexOf('/') + 1);

export default defineProjectRule({
  meta: {
    code: 'CHM208',
    slug: 'usage-image-name-mismatch',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Labels',
    summary: 'A `jobman submit -i NAME` example names another image than the `name` label (or than the rest of the README).',
    why: '`jobman images` lists an image by its `name` label (the version label is the tag), so `jobman submit -i` must use that name: an example with another name fails for every user who copies it.',
    details: [
      '- Every `jobman submit` example of the README is checked (code blocks and inline code, `-i NAME`, `-i=NAME`, `--image NAME`, `--image=NAME`, `-iNAME`).',
      '- Only the image name is compared: the registry and project (`harbor.../chaimeleon-library-batch/`), the tag and the digest are left out,',
      '  and so is any path in the label. The comparison is exact: image names are lower case.',
      '- The name is the `name` label of the primary image (the root Dockerfile, else the first one); a repository with several Dockerfiles',
      '  may name any of their images.',
      '- Placeholders are never compared: `<image>`, `$IMAGE`, `{image}`, names in capitals (`IMAGE_NAME:TAG`), `...`, `xxx`, names addressed',
      '  to the reader (`your-image`, `yourApp`) and names made only of generic words (`my-tool`, `my-application`, `image-name`). A placeholder',
      '  in the registry or the tag only (`lung-seg:<version>`) leaves the name compared.',
      '- When the `name` label is unknown (no Dockerfile next to the README, as in a catalogue entry; the label missing, empty or built from a',
      '  variable), the README is compared with itself: the name it documents is its title when the title is written as an image name (one',
      '  lower-case word such as `# lung-seg`) and is also the README\'s folder name or the name an example runs; else the name most examples',
      '  run. An example running another name is reported. A title that follows the repository naming convention (`image_batch_...`) names',
      '  the repository, not the image, and is not used.',
      '- A `name` label that is not a valid name (CHM122) is not copied: the example is compared with, and told to use, the name CHM122 suggests,',
      '  and an example that already runs that name is left to CHM122. An example that runs a valid spelling of the label (other case or',
      '  separators) is the name to keep: the message asks for it in the label, one edit.',
      '- The finding is at the image word; the `name` label (or the title, or the example the name was taken from) is a related location.',
    ].join('\n'),
    tags: ['readme', 'jobman', 'labels'],
  },
  async check({ project, profile, report }) {
    const readme = await project.readme();
    if (!readme) return;
    const { examples } = await readmeImageNames(readme);
    if (examples.length === 0) return;
    const primary = project.primary;
    const label = primary && resolvedLabel(primary, 'name');
    // An interactive image is not run with jobman: its README's jobman examples are about other images.
    if (project.image && (await project.documentedKind()) === 'interactive') return;
    const known = new Set([
      ...(project.images.length > 0 ? project.images.map((i) => i.facts) : project.dockerfiles).map((d) => resolvedLabel(d, 'name')?.value.trim()).filter((v): v is string => !!v).map(lastComponent),
      ...project.repositoryImageNames,
    ]);

    if (primary && label) {
      const expected = lastComponent(label.value.trim());
      // A label that is no valid name (CHM122) is not the name to copy: both take the name CHM122 suggests.
      const valid = REPOSITORY_NAME.test(expected);
      const name = valid ? expected : suggestImageName(expected);
      for (const image of examples) {
        if (known.has(image.name) || (!valid && image.name === name)) continue;
        // The name only: jobman's tag is optional, and the example's own tag (if any) is kept rather than pinned to the label's version.
        const write = `\`-i ${name}${image.tag ? ':' + image.tag : ''}\``;
        // The example already runs a valid spelling of the invalid label (`deepfake-detector` for `Deepfake_Detector`): one edit, in the label.
        const sameName = !valid && sameUpToCaseAndSeparators(image.name, expected);
        report({
          file: readme.path,
          range: image.word.range,
          message: valid
            ? `\`${image.option} ${image.value}\` runs \`${image.name}\`, but the \`name\` label names this image \`${expected}\`: write ${write}.`
            : sameName
              ? `\`${image.option} ${image.value}\` runs \`${image.name}\`, but the \`name\` label names this image \`${expected}\`, which is not a valid image name: set \`LABEL name="${image.name}"\`, the name this example runs.`
              : `\`${image.option} ${image.value}\` runs \`${image.name}\`, but the \`name\` label names this image \`${expected}\`, which is not a valid image name: set \`LABEL name="${name}"\` and write ${write}.`,
          related: [{ file: primary.file, range: label.range, message: `LABEL name="${label.value}"` }],
        });
      }
      return;
    }

    const prefixes = Object.values(profile.repoPrefixes).map((p) => p.toLowerCase());
    const repositoryName = project.repository.name?.toLowerCase();
    const documented = documentedImageName(await readmeImageNames(readme), (name) => name === repositoryName || prefixes.some((p) => name.startsWith(p)));
    if (!documented) return;
    const source = documented.source;
    const related: RelatedLocation[] = [
      source.kind === 'title'
        ? { file: readme.path, range: source.range, message: `The title names the image \`${documented.name}\`.` }
        : { file: readme.path, range: source.example.word.range, message: `This example runs \`${documented.name}\`.` },
    ];
    for (const image of examples) {
      if (image.name === documented.name || known.has(image.name)) continue;
      const runs = `\`${image.option} ${image.value}\` runs \`${image.name}\``;
      report({
        file: readme.path,
        range: image.word.range,
        message:
          source.kind === 'title'
            ? `${runs}, but the README's title names the image \`${documented.name}\`: write \`-i ${documented.name}${image.tag ? ':' + image.tag : ''}\`.`
            : `${runs}, but the example at line ${source.example.word.range.startLine} runs \`${documented.name}\`: use in every example the one name \`jobman images\` lists.`,
        related,
      });
    }
  },
});

/** `deepfake-detector` and `Deepfake_Detector`: one name written with other case or separators. */
function sameUpToCaseAndSeparators(a: string, b: string): boolean {
  const key = (n: string) => n.toLowerCase().replace(/[._\s-]+/g, '-');
  return key(a) === key(b);
}
