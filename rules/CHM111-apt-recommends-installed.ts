import { commandText, defineDockerfileRule, factKind, fileWrites, fixes, hasFlag, subcommand, type DockerfileFacts, type DockerInstruction, type ShellCommand, type Stage } from '../src/rule-api.js';

const APT_VALUE_OPTIONS = ['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release', '-a', '--host-architecture'];
// apt's boolean option values that mean "off".
const OFF = '(?:false|0|no|off|without|disable)';
const OPTION_OFF = new RegExp(`^APT::Install-Recommends=(["']?)${OFF}\\1$`, 'i');
const CONFIG_OFF = new RegExp(`APT::Install-Recommends\\s*(["']?)\\s*${OFF}\\s*\\1`, 'i');
const APT_CONFIG_PATH = /^\/etc\/apt\/apt\.conf(\.d\/[^/]+)?$/;

function isAptInstall(cmd: ShellCommand): boolean {
  return (cmd.program === 'apt-get' || cmd.program === 'apt') && subcommand(cmd, APT_VALUE_OPTIONS)?.word.value === 'install';
}

/** `-o APT::Install-Recommends=false` (`-oX`, `--option X`, `--option=X`) or `--install-recommends=no`. */
function recommendsOffByOption(cmd: ShellCommand): boolean {
  const args = cmd.args.map((a) => a.value);
  return args.some((a, i) => {
    if (new RegExp(`^--install-recommends=${OFF}$`, 'i').test(a)) return true;
    const value = a === '-o' || a === '--option' ? args[i + 1] : a.startsWith('--option=') ? a.slice(9) : /^-o./.test(a) ? a.slice(2) : null;
    return value !== null && value !== undefined && OPTION_OFF.test(value);
  });
}

/** Where a stage's image chain turns recommends off in an apt configuration file, computed once per stage. */
interface ConfigOff {
  /** The first instruction that does it (RUN or COPY heredoc). */
  index: number;
  /** Per RUN that does it, the first of its commands that does. */
  commandIn: Map<DockerInstruction, number>;
}
const RECOMMENDS_OFF = factKind<Stage, ConfigOff>('where apt\'s recommends are turned off by configuration');

/** An apt configuration file written, before this command, with `APT::Install-Recommends "false";` (RUN or COPY heredoc). */
function recommendsOffByConfig(facts: DockerfileFacts, stage: Stage, instr: DockerInstruction, cmd: ShellCommand): boolean {
  const off = configOff(facts, stage);
  const inSameRun = off.commandIn.get(instr);
  return off.index < instr.index || (inSameRun !== undefined && inSameRun < cmd.index);
}

function configOff(facts: DockerfileFacts, stage: Stage): ConfigOff {
  return facts.memo(RECOMMENDS_OFF, stage, () => {
    const found: ConfigOff = { index: Infinity, commandIn: new Map() };
    const chain: Stage[] = [];
    for (let s: Stage | null = stage; s; s = s.baseStage) chain.unshift(s);
    // Built FROM an image of the repository that turned them off: off from the first instruction.
    const base = chain[0].platformBase?.facts;
    if (base?.finalStage && configOff(base, base.finalStage).index < Infinity) found.index = -1;
    for (const run of facts.runCommands(chain, /Install-Recommends/i)) {
      if (!fileWrites(run.cmd).some((w) => APT_CONFIG_PATH.test(w.path.value) && w.content !== null && CONFIG_OFF.test(w.content))) continue;
      found.index = Math.min(found.index, run.instr.index);
      if (!found.commandIn.has(run.instr)) found.commandIn.set(run.instr, run.cmd.index);
    }
    for (const c of facts.copies(chain)) {
      if (c.heredocs.some((h) => CONFIG_OFF.test(h)) && /^\/etc\/apt\/apt\.conf/.test(c.absoluteDestination)) found.index = Math.min(found.index, c.instr.index);
    }
    return found;
  });
}

/** An apt configuration file the build copies from its context, earlier in the image: its content is not in the Dockerfile. */
function copiedAptConf(facts: DockerfileFacts, stage: Stage, instr: DockerInstruction | null): { line: number; file: string } | null {
  const chain: Stage[] = [];
  for (let s: Stage | null = stage; s; s = s.baseStage) chain.unshift(s);
  const copy = facts.copies(chain).find((c) => c.from === null && c.heredocs.length === 0 && (instr === null || c.instr.index < instr.index) && /^\/etc\/apt\/apt\.conf(?:\.d)?(?:\/|$)/.test(c.absoluteDestination));
  if (copy) return { line: copy.instr.range.startLine, file: facts.file };
  // Copied by an image of the repository this one is built FROM.
  const base = chain[0].platformBase?.facts;
  return base?.finalStage ? copiedAptConf(base, base.finalStage, null) : null;
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM111',
    slug: 'apt-recommends-installed',
    severity: 'warning',
    guide: 'Recommendations for reducing the image size',
    summary: '`apt-get install` without `--no-install-recommends` also installs every recommended package.',
    why: 'Recommended packages often double what an install brings (documentation, X11 libraries, compilers) and make the image slower to pull onto a node and less likely to stay in its cache.',
    details: [
      '- Every `apt-get install` and `apt install` counts (options anywhere, `-y install` included), in shell or exec form, heredocs, `sh -c` strings',
      '  and `ONBUILD RUN`, in every stage: like CHM110, the guide asks for the flag on every installation.',
      '- The guide\'s own template (`RUN apt-get install ...`) omits the flag; a copy of the template is reported.',
      '- Not reported when recommends are off for that invocation: `--no-install-recommends`, `-o APT::Install-Recommends=false` (or `0`, `no`, `off`,',
      '  quoted or not, `--option` spelled out), `--install-recommends=no`; or when an earlier RUN of this stage, of a stage it builds on or of an image of the repository it is built FROM (or an earlier',
      '  command of the same RUN) wrote `APT::Install-Recommends "false";` (or `"0"`) into `/etc/apt/apt.conf` or `/etc/apt/apt.conf.d/*`',
      '  (`echo`/`printf` redirected, `tee`, a heredoc, or a `COPY <<EOF` heredoc).',
      '- A configuration file copied from the build context into `/etc/apt/apt.conf.d/` cannot be read from the Dockerfile: the finding is then info,',
      '  and says the file may turn recommends off.',
      '- `aptitude`, `apt-get build-dep`, `upgrade` and `dist-upgrade` are not looked at.',
      '- Fix (safe): inserts `--no-install-recommends` right after `install` (a new JSON string in exec form).',
    ].join('\n'),
    tags: ['size', 'apt'],
    fixable: true,
  },
  check({ facts, report }) {
    for (const stage of facts.stages) {
      for (const instr of stage.instructions) {
        if (instr.keyword !== 'RUN') continue;
        if (!/\binstall\b/.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        for (const cmd of facts.commands(instr)) {
          if (!isAptInstall(cmd) || hasFlag(cmd, '--no-install-recommends') || recommendsOffByOption(cmd)) continue;
          if (recommendsOffByConfig(facts, stage, instr, cmd)) continue;
          // An apt configuration file copied from the build context may turn them off: a question, not a defect.
          const conf = copiedAptConf(facts, stage, instr);
          report({
            ...(conf ? { severity: 'info' as const } : {}),
            range: cmd.range,
            message: `\`${commandText(cmd)}\` also installs the recommended packages${conf ? ` (unless the apt configuration copied ${conf.file === facts.file ? '' : `by ${conf.file} `}at line ${conf.line} turns them off; it is not in the Dockerfile)` : ''}: add \`--no-install-recommends\` (\`${cmd.program} install -y --no-install-recommends ...\`) and list any package you really need.`,
            fix: fixes.fix('Add --no-install-recommends after install', true, [fixes.insertAfterWord(facts, instr, subcommand(cmd, APT_VALUE_OPTIONS)!.word, ['--no-install-recommends'])]),
          });
        }
      }
    }
  },
});
