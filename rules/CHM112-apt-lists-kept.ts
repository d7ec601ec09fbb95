import { braceExpand, commandText, defineDockerfileRule, fixes, hasBraceList, subcommand, type DockerInstruction, type ShellCommand, type ShellWord } from '../src/rule-api.js';

const APT_VALUE_OPTIONS = ['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release', '-a', '--host-architecture'];
const LISTS = '/var/lib/apt/lists';

function aptVerb(cmd: ShellCommand): string | null {
  if (cmd.program !== 'apt-get' && cmd.program !== 'apt') return null;
  return subcommand(cmd, APT_VALUE_OPTIONS)?.word.value ?? null;
}

/** Is the path the lists folder, its contents or a folder above it (`/var/lib/apt/lists/*`, `/var/lib/apt`)? `braces`: the shell expands `{a,b}`. */
function coversLists(path: string, braces = true): boolean {
  return (braces ? braceExpand(path) : [path]).some((p) => {
    const folder = p.replace(/\/\*$/, '').replace(/\/+$/, '');
    return folder !== '' && (folder === LISTS || LISTS.startsWith(folder + '/'));
  });
}

/** `rm -rf /var/lib/apt/lists/*`, `find /var/lib/apt/lists -delete`, `apt-get distclean`. */
function removesLists(cmd: ShellCommand, braces: boolean | null): boolean {
  // A shell that does not expand `{a,b}` (dash, ash) keeps such a word as one literal path; an unknown shell is given the benefit of the doubt.
  const covers = (a: ShellWord) => coversLists(a.value, braces !== false || !hasBraceList(a.raw));
  const paths = cmd.args.filter((a) => !a.value.startsWith('-'));
  if (cmd.program === 'rm') return paths.some(covers);
  if (cmd.program === 'find') return paths.some(covers) && cmd.args.some((a) => a.value === '-delete' || a.value === 'rm');
  const verb = aptVerb(cmd);
  return verb === 'distclean' || verb === 'dist-clean';
}

/** RUN --mount=type=cache|tmpfs over the lists: they never reach the layer. */
function listsMounted(instr: DockerInstruction): boolean {
  return instr.flags.some((f) => {
    if (f.name.toLowerCase() !== 'mount' || !f.value) return false;
    const opts = new Map(f.value.split(',').map((kv) => kv.split('=') as [string, string]));
    const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
    return (opts.get('type') === 'cache' || opts.get('type') === 'tmpfs') && coversLists(target);
  });
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM112',
    slug: 'apt-lists-kept',
    severity: 'info',
    guide: 'beyond',
    summary: '`apt-get update` in a RUN that does not remove `/var/lib/apt/lists` keeps the package lists in the image.',
    why: 'The package lists are tens of megabytes that no job uses; like any size, they make the image slower to pull onto a node and less likely to stay in its cache. They are also stale as soon as the image is built.',
    details: [
      '- Looks at `apt-get update` and `apt update` (options anywhere), in shell or exec form, heredocs and `sh -c` strings.',
      '- Only the stages that end up in the final image (the final stage and the stages it is built `FROM`): a builder stage\'s lists are thrown away with it.',
      '- Not reported when the same RUN removes the lists after the update: `rm` of `/var/lib/apt/lists/*`, `/var/lib/apt/lists` or `/var/lib/apt`',
      '  (brace expansion included when the shell running it expands braces: bash, not the dash of Debian and Ubuntu), `find /var/lib/apt/lists … -delete`, or `apt-get distclean`; nor with a `--mount=type=cache` or `tmpfs` on',
      '  `/var/lib/apt/lists` or `/var/lib/apt`.',
      '- `apt-get clean` does not count: it only empties `/var/cache/apt/archives`. A removal in a later RUN does not count either: the lists',
      '  stay in the layer of the RUN that downloaded them. A removal before the update (`rm -rf /var/lib/apt/lists/* && apt-get update`) does not count.',
      '- `ONBUILD RUN` is not looked at: it runs in images built from this one.',
      '- One finding per RUN, at its first update.',
      '- Fix (safe): ends the RUN with `&& rm -rf /var/lib/apt/lists/*` (after the last line, continuations kept; a last line of the script',
      '  in a `RUN <<EOF` heredoc; inside the script string of `["sh", "-c", "..."]`). No fix when the RUN ends with an operator, or when',
      '  a heredoc feeds a command.',
    ].join('\n'),
    tags: ['size', 'apt'],
    fixable: true,
  },
  check({ facts, report }) {
    for (const stage of facts.imageChain) {
      for (const instr of stage.instructions) {
        if (instr.keyword !== 'RUN' || instr.onbuild) continue;
        if (!/\bupdate\b/.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        const commands = facts.commands(instr);
        const update = commands.find((c) => aptVerb(c) === 'update');
        if (!update || listsMounted(instr)) continue;
        if (commands.some((c) => c.index > update.index && removesLists(c, facts.runShell(instr, c).braces))) continue;
        const clean = commands.some((c) => aptVerb(c) === 'clean');
        const removal = fixes.appendToRun(facts, instr, `rm -rf ${LISTS}/*`);
        report({
          range: update.range,
          message: `\`${commandText(update)}\` leaves the package lists (${LISTS}) in this layer${clean ? ' (`apt-get clean` does not remove them)' : ''}: end the same RUN with \`&& rm -rf ${LISTS}/*\`.`,
          ...(removal ? { fix: fixes.fix(`End the RUN with rm -rf ${LISTS}/*`, true, [removal]) } : {}),
        });
      }
    }
  },
});
