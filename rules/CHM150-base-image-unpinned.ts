import { defineDockerfileRule, expandVariables, type DockerfileFacts, type DockerInstruction } from '../src/rule-api.js';

/** The tag and digest of an image reference: `registry:5000/org/img:tag@sha256:…`. */
function tagOf(reference: string): { tag: string | null; digest: boolean } {
  const [name, digest] = reference.split('@');
  const last = name.slice(name.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return { tag: colon >= 0 ? last.slice(colon + 1) : null, digest: digest !== undefined };
}

/** The global ARG (before the first FROM) that last declares a name. */
function globalArg(facts: DockerfileFacts, name: string): DockerInstruction | null {
  let found: DockerInstruction | null = null;
  for (const instr of facts.model.instructions) {
    if (instr.keyword === 'FROM') break;
    if (instr.keyword === 'ARG' && new RegExp(`^\\s*${name}(=|\\s|$)`).test(instr.argsText)) found = instr;
  }
  return found;
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM150',
    slug: 'base-image-unpinned',
    severity: 'info',
    guide: 'beyond',
    summary: '`FROM` names an image with no tag or with `:latest`, so every build may start from a different base.',
    why: 'The platform admins rebuild partner images from the repository; an unpinned base makes that rebuild silently differ from what the partner tested (a new OS release, a new CUDA, a removed package).',
    details: [
      '- Every stage counts (a builder stage built on a moving image changes what is copied from it); a `FROM` that names an earlier stage is not an image.',
      '- Reported: no tag (`FROM python`, `FROM registry:5000/team/app`: a registry port is not a tag) and the tag `latest`. Any other tag is accepted;',
      '  a digest (`@sha256:…`, with or without a tag) is a pin. `scratch` has nothing to pin.',
      '- Platform base images count like any other: pin the version you tested (`ubuntu-python:<version>`), their `latest` moves with every platform release.',
      '- `FROM $ARG` is judged on the value the global `ARG` (declared before the first `FROM`) gives it, and the finding points at that `ARG` too.',
      '  An `ARG` with no default, or a variable that is not declared, is only known at build time (`--build-arg`): not reported. An `ARG` declared',
      '  inside a stage is not seen by a later `FROM`: `${TAG:-latest}` then means `latest`.',
      '- Reported at the image reference of the `FROM`.',
    ].join('\n'),
    tags: ['reproducibility', 'base-image'],
  },
  check({ facts, report }) {
    for (const stage of facts.stages) {
      // An earlier stage, or an image the repository's own build makes first (`docker build -t base:latest base/`).
      if (stage.baseStage || stage.platformBase?.dockerfile) continue;
      const word = stage.from.args.find((a) => !a.value.startsWith('--'));
      if (!word) continue;
      const expansion = expandVariables(word.value, facts.globalArgs, facts.model.escapeChar);
      if (expansion.undeclared.length > 0 || expansion.unresolved.length > 0) continue;
      const image = expansion.value.trim();
      if (!image || image === 'scratch') continue;
      const { tag, digest } = tagOf(image);
      if (digest || (tag !== null && tag !== 'latest')) continue;
      const repository = image.replace(/:latest$/, '');
      const args = [...word.value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]).filter((name) => facts.globalArgs.has(name));
      const from = args.length > 0 ? ` (the default of \`ARG ${args.join('`, `ARG ')}\`)` : '';
      const what = tag === null ? `\`${image}\`${from} has no tag, so it means \`${repository}:latest\`` : `\`${image}\`${from} uses the moving tag \`latest\``;
      const related = args
        .map((name) => globalArg(facts, name))
        .filter((i): i is DockerInstruction => i !== null)
        .map((i) => ({ file: facts.file, range: i.range, message: 'The image reference comes from this ARG\'s default.' }));
      report({
        range: word.range,
        message: `${what}: each build may start from a different base. Pin the version you tested (\`${repository}:<version>\`) or a digest (\`${repository}@sha256:…\`).`,
        related,
      });
    }
  },
});
