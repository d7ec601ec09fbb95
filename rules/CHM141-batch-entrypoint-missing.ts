import { defineDockerfileRule, imageKind } from '../src/rule-api.js';

export default defineDockerfileRule({
  meta: {
    code: 'CHM141',
    slug: 'batch-entrypoint-missing',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'A batch image whose final image has no `ENTRYPOINT`.',
    why: 'jobman appends the job\'s arguments to the image\'s `ENTRYPOINT`. Without one, the arguments replace `CMD` and become the command itself, so `jobman submit -i image -- --input x` tries to run `--input`.',
    details: [
      '- Only batch images: a desktop image (built on a platform desktop base, on a base whose name says desktop or VNC, or installing',
      '  a desktop environment, window manager, VNC server or Xvfb with a package manager; see `imageKind`) is started by its helm chart.',
      '- An `ENTRYPOINT` inherited counts: from a stage the final image is built FROM, or from a platform base image (its profile says which).',
      '  An unknown base image is assumed to set none; the message says so.',
      '- `ENTRYPOINT []` clears an inherited entrypoint: reported there.',
      '- Reported at the final stage\'s `FROM`; when the image has an exec-form `CMD`, the message suggests turning it into the `ENTRYPOINT`',
      '  (a `["bash", "-c", "..."]` CMD gets `\"$@\"` and a `$0` placeholder, so that the arguments reach the program).',
      '- A shell-form `ENTRYPOINT` is CHM140\'s.',
    ].join('\n'),
    tags: ['entrypoint', 'jobman'],
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const entrypoint = stage.entrypoint;
    const cleared = entrypoint !== null && entrypoint.instr.exec !== null && /^\[\s*\]$/.test(entrypoint.instr.argsText.trim());
    if (entrypoint && !cleared) return;
    if (!entrypoint && facts.platformBase?.provides.entrypoint) return;
    if (imageKind(facts).kind !== 'batch') return;
    const root = facts.imageChain[0];
    const unseen = !cleared && facts.base.kind === 'unseen';
    const assumed = unseen ? ` (if \`${root.image || 'its base image'}\` sets none)` : '';
    const cmd = stage.cmd?.instr.exec?.length ? stage.cmd.instr : null;
    // `["bash", "-c", "..."]` as ENTRYPOINT would still drop the arguments (CHM140): pass them on with "$@".
    const words = cmd?.exec?.map((w) => w.value) ?? [];
    const shellC = words.length === 3 && /(^|\/)(ba|da|z|k|a)?sh$/.test(words[0]) && words[1] === '-c' && !words[2].includes('$@');
    const entry = shellC ? `[${[words[0], '-c', `${words[2]} "$@"`, words[0].replace(/^.*\//, '')].map((w) => JSON.stringify(w)).join(', ')}]` : cmd?.argsText.trim();
    const suggestion = cmd
      ? `turn the CMD (line ${cmd.range.startLine}) into \`ENTRYPOINT ${entry}\`${shellC ? ' (`"$@"` passes the job\'s arguments on)' : ''}; then examples pass only the arguments after \`--\` (drop the command from any README example that repeats it)`
      : `add an exec-form ENTRYPOINT that runs your program, e.g. \`ENTRYPOINT ["python3", "${profile.user.home}/app/main.py"]\``;
    report({
      range: cleared ? entrypoint.instr.range : stage.from.range,
      ...(unseen ? { severity: 'info' as const } : {}),
      message: `This batch image has no ENTRYPOINT${cleared ? ' (`ENTRYPOINT []` clears the inherited one)' : assumed}: the arguments given with \`jobman submit ... -- ARGS\` replace CMD and run as the command. ${suggestion[0].toUpperCase()}${suggestion.slice(1)}.`,
    });
  },
});
