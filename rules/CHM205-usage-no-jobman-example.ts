import { defineProjectRule, readmeExamples, resolvedLabel, volumePath } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM205',
    slug: 'usage-no-jobman-example',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Usage examples',
    summary: 'The README Usage section has no `jobman submit` example.',
    why: 'Platform users run batch images with `jobman submit`, never with Docker: the Usage section that `jobman image-details` shows must tell them what to write after `-i` and after `--`.',
    details: [
      '- An example is a `jobman submit` command with at least one word after `submit`, in a code block or in inline code, also in a console',
      '  session (`$ jobman submit ...` with output lines) or split over lines with `\\`. A bare mention (`` `jobman submit` `` in prose) is not one.',
      '- Code blocks marked with a language that is not a shell (python, json, yaml, dockerfile...) are not read.',
      '- The Usage section includes its subsections (`### Example` under `## Usage`); a Usage section at another heading level is still read.',
      '- When the section shows `docker run` examples only, the finding is reported at the first one and says so: `docker run` is fine',
      '  as an addition, not as the only example. Otherwise it is reported at the Usage heading.',
      '- A `jobman submit` example elsewhere in the README does not count (`jobman image-details` only shows the Usage section); the',
      '  message points at it so it can be moved.',
      '- Desktop (interactive) images are skipped: users deploy them from the apps catalog, not with jobman (see CHM405 for what makes an image',
      '  a desktop one).',
      '- No README is CHM201, no Usage section CHM203.',
    ].join('\n'),
    tags: ['readme', 'jobman'],
  },
  async check({ project, profile, report }) {
    const readme = await project.readme();
    const usage = readme?.section('usage');
    if (!readme || !usage) return;
    const primary = project.primary;
    if ((await project.documentedKind()) === 'interactive') return;
    const examples = await readmeExamples(readme);
    const inUsage = (code: unknown) => usage.code.some((c) => c === code);
    if (examples.jobman.some((e) => inUsage(e.code))) return;
    // Only suggest label values that jobman would accept as they are (CHM122/123 report the others).
    const labelName = primary && resolvedLabel(primary, 'name')?.value;
    const labelVersion = primary && resolvedLabel(primary, 'version')?.value;
    const name = labelName && /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(labelName) ? labelName : 'NAME';
    const version = labelVersion && /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(labelVersion) ? labelVersion : 'VERSION';
    const sample = `\`jobman submit -i ${name}:${version} -- ARGS\``;
    const elsewhere = examples.jobman[0];
    const moveIt = elsewhere ? ` The README has one at line ${elsewhere.range.startLine}, outside the Usage section that \`jobman image-details\` shows: move it into Usage.` : '';
    const docker = examples.dockerRun.find((d) => inUsage(d.code));
    if (docker) {
      report({
        file: readme.path,
        range: docker.range,
        message: `The Usage section only shows \`docker run\`: platform users cannot run Docker, they submit batch jobs with jobman. Add a ${sample} example (the \`docker run\` one may stay as an addition).${moveIt}`,
      });
      return;
    }
    report({
      file: readme.path,
      range: usage.headingRange,
      message: `The Usage section has no \`jobman submit\` example: add one such as ${sample}, with input paths under \`${volumePath(profile, profile.datasetsDir)}/\` and output paths under \`${volumePath(profile, profile.persistentDirs[0])}/\`.${moveIt}`,
    });
  },
});
