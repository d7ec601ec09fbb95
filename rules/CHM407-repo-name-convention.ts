import { defineProjectRule, imageKind, type RelatedLocation } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM407',
    slug: 'repo-name-convention',
    severity: 'warning',
    scope: 'repository',
    guide: 'How to integrate your application in CHAIMELEON platform',
    summary: 'The repository name should start with the batch or interactive prefix that matches the image.',
    why: 'The platform team finds the repositories in its organization by their prefix (`image_batch_...`, `image_interactive_...`) and builds and publishes them as batch images for jobman or as desktop applications with a helm chart accordingly.',
    details: [
      '- Runs only when the repository name is known: the git remote (`origin`, else the first remote) of a local checkout, or GitHub in remote mode.',
      '- Only for repositories of the platform\'s organization (the profile\'s `organization`, `chaimeleon-eu` by default, compared case-insensitively):',
      '  the convention is how the platform team files the repositories it hosts; partners\' own repositories elsewhere keep their names and are catalogued',
      '  as they are. When the owner is unknown (a remote that is a local path names none), nothing is reported: a reviewer does not rename a',
      '  repository without knowing it is the platform\'s.',
      '- A repository that publishes several images (several built Dockerfiles, not counting left-overs and bases built only for another image of',
      '  the repository) is a family of images, not one application: it is not judged.',
      '- A profile with `repoNameConvention: false` (a platform with no naming convention, such as the EUCAIM node) turns the rule off.',
      '- The prefixes come from the profile (`image_batch_` and `image_interactive_` by default). They are compared case-insensitively, as GitHub',
      '  treats repository names; `image-batch-foo` does not match.',
      '- The kind is the primary Dockerfile\'s (the root `Dockerfile`, else the first found): a desktop image (a desktop environment, VNC or Xvfb',
      '  installed, or a desktop base image) is interactive; every other image is batch. A repository with no Dockerfile that parses is not judged.',
      '- Reported at the `FROM` of the primary Dockerfile\'s final stage (the image the repository publishes), so that an inline ignore above it',
      '  silences it; when the kind does not match, the line that makes the image a desktop is a related location.',
    ].join('\n'),
    tags: ['repository', 'naming'],
  },
  check({ project, profile, report }) {
    const { name, owner } = project.repository;
    const facts = project.primary;
    const stage = facts?.finalStage;
    if (!profile.repoNameConvention || !name || !owner || owner.toLowerCase() !== profile.organization.toLowerCase() || !facts || !stage) return;
    // The convention names a repository after its one application; a repository of several images (a family of bases) is not judged.
    if (project.publishedImageCount > 1) return;
    const { batch, interactive } = profile.repoPrefixes;
    const kind = imageKind(facts);
    const wanted = kind.kind === 'desktop' ? interactive : batch;
    const lower = name.toLowerCase();
    const has = (prefix: string) => lower.startsWith(prefix.toLowerCase());
    const related: RelatedLocation[] = kind.evidence ? [{ file: facts.file, range: kind.evidence.instr.range, message: `This makes it a desktop image: ${kind.evidence.what}.` }] : [];
    const range = stage.from.range;
    if (!has(batch) && !has(interactive)) {
      const application = name.replace(/^image[_-]?/i, '').replace(/^(batch|interactive)[_-]?/i, '') || 'application';
      report({
        file: facts.file,
        range,
        related,
        message: `The repository name \`${name}\` does not start with \`${batch}\` or \`${interactive}\`: rename it \`${wanted}${application}\` (this is a ${kind.kind === 'desktop' ? 'desktop, so interactive' : 'batch'} image) so that the platform team finds it.`,
      });
    } else if (!has(wanted)) {
      const other = wanted === batch ? interactive : batch;
      const message =
        kind.kind === 'desktop'
          ? `The repository \`${name}\` is named as a batch image, but this is a desktop (interactive) image (${kind.evidence?.what ?? 'a desktop is installed'}): rename it \`${interactive}${name.slice(other.length)}\`, or remove the desktop if jobman is to run it.`
          : `The repository \`${name}\` is named as an interactive image, but this image installs no desktop environment or VNC server: rename it \`${batch}${name.slice(other.length)}\` if jobman runs it, or add the desktop (see CHM405).`;
      report({ file: facts.file, range, related, message });
    }
  },
});
