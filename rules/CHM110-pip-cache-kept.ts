import { commandText, defineDockerfileRule, factKind, fixes, hasFlag, homeFor, isTruthy, type DockerfileFacts, type DockerInstruction, type ShellCommand, type ShellWord, type Stage } from '../src/rule-api.js';

// Options of pip that take a value and may stand before the subcommand (`pip --log x install`).
const PIP_VALUE_OPTIONS = ['--log', '--proxy', '--retries', '--timeout', '--exists-action', '--trusted-host', '--cert', '--client-cert', '--cache-dir', '--python', '--use-feature', '--use-deprecated', '-r', '-c'];

/** The pip invocation a command makes: `pip install`, `python -m pip install`, `uv pip install`, with its `install` word. */
function pipInstall(cmd: ShellCommand): { uv: boolean; install: ShellWord } | null {
  const words = cmd.args.map((a) => a.value);
  let from: number;
  let uv = false;
  if (/^pip(\d+(\.\d+)?)?$/.test(cmd.program)) from = 0;
  else if (/^python(\d+(\.\d+)?)?$/.test(cmd.program)) {
    const m = words.findIndex((w, i) => (w === '-m' && words[i + 1] === 'pip') || w === '-mpip');
    if (m < 0) return null;
    from = words[m] === '-mpip' ? m + 1 : m + 2;
  } else if (cmd.program === 'uv' && words[0] === 'pip') {
    from = 1;
    uv = true;
  } else return null;
  for (let i = from; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith('-')) {
      if (PIP_VALUE_OPTIONS.includes(w)) i++;
      continue;
    }
    return w === 'install' ? { uv, install: cmd.args[i] } : null;
  }
  return null;
}

const CACHE_OFF_VARS = { pip: 'PIP_NO_CACHE_DIR', uv: 'UV_NO_CACHE' };

function cacheOffByEnv(facts: DockerfileFacts, stage: Stage, instr: DockerInstruction, cmd: ShellCommand, commands: ShellCommand[], variable: string): boolean {
  const env = stage.varsAt.get(instr)?.get(variable);
  if (env && !env.fromArg && isTruthy(env.value)) return true;
  if (cmd.assignments.some((a) => a.name === variable && isTruthy(a.value))) return true;
  // `export PIP_NO_CACHE_DIR=1 && pip install ...` earlier in the same RUN.
  return firstExport(facts, commands, variable) < cmd.index;
}

const EXPORTS = factKind<ShellCommand[], Map<string, number>>('first truthy export of each variable in a RUN');

/** The index of the first command of a RUN that exports the variable truthy (Infinity when none), found once per RUN. */
function firstExport(facts: DockerfileFacts, commands: ShellCommand[], variable: string): number {
  const byVariable = facts.memo(EXPORTS, commands, () => new Map<string, number>());
  let first = byVariable.get(variable);
  if (first === undefined) {
    first = Infinity;
    for (const c of commands) if (c.program === 'export' && c.assignments.some((a) => a.name === variable && isTruthy(a.value))) first = Math.min(first, c.index);
    byVariable.set(variable, first);
  }
  return first;
}

/** RUN --mount=type=cache|tmpfs,target=... over the pip (or uv) cache folder. */
function cacheMounted(facts: DockerfileFacts, stage: Stage, instr: DockerInstruction, uv: boolean): boolean {
  return instr.flags.some((f) => {
    if (f.name.toLowerCase() !== 'mount' || !f.value) return false;
    const opts = new Map(f.value.split(',').map((kv) => kv.split('=') as [string, string]));
    const type = opts.get('type');
    const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
    if (type !== 'cache' && type !== 'tmpfs') return false;
    if (!(/(^|\/)\.cache\/?$/.test(target) || (uv ? /\/uv\/?$/.test(target) : /\/pip\/?$/.test(target)))) return false;
    // A cache in a home is that user's: after `USER chaimeleon`, pip writes ~/.cache of /home/chaimeleon, not the mount on /root/.cache.
    if (!/^\/(?:root|home\/[^/]+)(?:\/|$)/.test(target)) return true;
    const user = stage.userAt.get(instr);
    const home = user ? homeFor(facts, { name: user.name, uid: facts.uidOf(user) }) : '/root';
    return target === home || target.startsWith(`${home}/`);
  });
}

/** Where pip's cache is first turned off by configuration in a stage's image chain, computed once per stage. */
const CONFIG_OFF = factKind<Stage, { index: number; line: number }>('where pip\'s cache is turned off by configuration');

/** `pip config set global.no-cache-dir ...` or a pip.conf written with no-cache-dir, earlier in the image. */
function cacheOffByConfig(facts: DockerfileFacts, stage: Stage, instr: DockerInstruction): boolean {
  const first = configOff(facts, stage);
  // Earlier means an earlier instruction, or one on an earlier line (an ONBUILD trigger's place).
  return first.index < instr.index || first.line < instr.range.startLine;
}

function configOff(facts: DockerfileFacts, stage: Stage): { index: number; line: number } {
  return facts.memo(CONFIG_OFF, stage, () => {
    const found = { index: Infinity, line: Infinity };
    const chain: Stage[] = [];
    for (let s: Stage | null = stage; s; s = s.baseStage) chain.unshift(s);
    // Built FROM an image of the repository whose pip configuration turned it off: off from the first instruction.
    const base = chain[0].platformBase?.facts;
    if (base?.finalStage && configOff(base, base.finalStage).index < Infinity) return { index: -1, line: -1 };
    for (const { instr: earlier, cmd } of facts.runCommands(chain, /no-cache-dir/)) {
      const configSet = cmd.program.startsWith('pip') && cmd.args.some((a) => a.value === 'config') && cmd.args.some((a) => /no-cache-dir/.test(a.value));
      const writesPipConf = cmd.redirects.some((r) => r.target && /pip\.conf$|pip\.ini$/.test(r.target.value)) || cmd.args.some((a) => /pip\.conf$/.test(a.value));
      if (!configSet && !(writesPipConf && /no-cache-dir/.test(facts.model.text.slice(earlier.argsOffset, earlier.endOffset)))) continue;
      found.index = Math.min(found.index, earlier.index);
      found.line = Math.min(found.line, earlier.range.startLine);
    }
    // `COPY <<EOF /etc/pip.conf` with no-cache-dir in the heredoc.
    for (const copy of facts.copies(chain)) {
      if (!PIP_CONF.test(copy.absoluteDestination) || !copy.heredocs.some((h) => /no[-_]cache[-_]dir/i.test(h))) continue;
      found.index = Math.min(found.index, copy.instr.index);
      found.line = Math.min(found.line, copy.instr.range.startLine);
    }
    return found;
  });
}

/** Where pip reads its configuration: /etc/pip.conf, /etc/xdg/pip/pip.conf, ~/.config/pip/pip.conf, ~/.pip/pip.conf, a virtualenv's pip.conf. */
const PIP_CONF = /(?:^|\/)pip\.(?:conf|ini)$|\/pip\/?$/;

/** A pip configuration file the build copies from its context, earlier in the image: its content is not in the Dockerfile. */
function copiedPipConf(facts: DockerfileFacts, stage: Stage, instr: DockerInstruction | null): { line: number; file: string } | null {
  const chain: Stage[] = [];
  for (let s: Stage | null = stage; s; s = s.baseStage) chain.unshift(s);
  const copy = facts.copies(chain).find((c) => c.from === null && c.heredocs.length === 0 && (instr === null || c.instr.index < instr.index) && (PIP_CONF.test(c.absoluteDestination) || c.sources.some((w) => /(?:^|\/)pip\.(?:conf|ini)$/.test(w.value))));
  if (copy) return { line: copy.instr.range.startLine, file: facts.file };
  // Copied by an image of the repository this one is built FROM.
  const base = chain[0].platformBase?.facts;
  return base?.finalStage ? copiedPipConf(base, base.finalStage, null) : null;
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM110',
    slug: 'pip-cache-kept',
    severity: 'warning',
    guide: 'Recommendations for reducing the image size',
    summary: '`pip install` without `--no-cache-dir` keeps pip\'s download cache in the image.',
    why: 'The cache is often hundreds of megabytes that no job ever uses; a bigger image is slower to pull onto a node and less likely to stay in its cache.',
    details: [
      '- Every pip install invocation counts: `pip`, `pip3`, `pip3.11`, `/usr/bin/pip`, `sudo pip`, `python -m pip`, `python3 -m pip` (options anywhere),',
      '  in shell or exec form, heredocs, `sh -c` / `bash -c` strings, under an environment runner (`conda|mamba|micromamba|uv|poetry|pipenv|pdm|hatch run`)',
      '  and `ONBUILD RUN`, in every stage (the policy asks for the flag on every invocation; for a stage the final image is not built on, the',
      '  message says that the cache stays in that stage\'s layers).',
      '- Not reported when the cache is off: `--no-cache-dir` in the invocation; `PIP_NO_CACHE_DIR` set truthy (`1`, `true`, `yes`, `on`) by an earlier `ENV`',
      '  of this stage, a stage it builds on or an image of the repository it is built FROM, by an inline prefix or an `export` earlier in the same',
      '  RUN; a `--mount=type=cache` or `tmpfs` over the pip cache (one in a home only for the user that home is, as the RUN runs); an earlier `pip config set global.no-cache-dir` or a `pip.conf` written with',
      '  `no-cache-dir` (there too).',
      '- `pipx`, `pipenv`, `pip download` and `pip wheel` are not pip install. `uv pip install` without `--no-cache` (or `UV_NO_CACHE`) is the same finding.',
      '- A `pip.conf` written by a heredoc `COPY <<EOF /etc/pip.conf` counts like one written by a RUN. One copied from the build context (here or in',
      '  an image of the repository this one is built FROM) cannot be read from the Dockerfile: the finding is then info, and says it may turn the cache off.',
      '- Fix (safe): inserts `--no-cache-dir` (`--no-cache` for uv) right after `install`, as a new JSON string in exec form.',
    ].join('\n'),
    tags: ['size', 'pip'],
    fixable: true,
  },
  check({ facts, report }) {
    for (const stage of facts.stages) {
      // A stage the final image is not built on keeps the cache in its own layers only.
      const where = facts.imageChain.includes(stage) ? 'the image' : `the layers of stage \`${stage.name ?? stage.index}\` (the final image is not built on it, but the guide asks for the flag on every pip install)`;
      for (const instr of stage.instructions) {
        if (instr.keyword !== 'RUN') continue;
        if (!/pip/.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        const commands = facts.commands(instr);
        for (const cmd of commands) {
          const pip = pipInstall(cmd);
          if (!pip) continue;
          if (pip.uv ? hasFlag(cmd, '--no-cache', '-n') : hasFlag(cmd, '--no-cache-dir')) continue;
          if (cacheOffByEnv(facts, stage, instr, cmd, commands, pip.uv ? CACHE_OFF_VARS.uv : CACHE_OFF_VARS.pip)) continue;
          if (cacheMounted(facts, stage, instr, pip.uv)) continue;
          if (!pip.uv && cacheOffByConfig(facts, stage, instr)) continue;
          const flag = pip.uv ? '--no-cache' : '--no-cache-dir';
          // A pip.conf copied from the build context may turn the cache off: a question, not a defect.
          const conf = pip.uv ? null : copiedPipConf(facts, stage, instr);
          report({
            ...(conf ? { severity: 'info' as const } : {}),
            range: cmd.range,
            message: `\`${commandText(cmd)}\` keeps the download cache in ${where}${conf ? ` (unless the pip configuration copied ${conf.file === facts.file ? '' : `by ${conf.file} `}at line ${conf.line} turns it off with \`no-cache-dir\`; it is not in the Dockerfile)` : ''}: add \`${flag}\` (\`${pip.uv ? 'uv pip install --no-cache' : 'pip install --no-cache-dir'} ...\`).`,
            fix: fixes.fix(`Add ${flag} after install`, true, [fixes.insertAfterWord(facts, instr, pip.install, [flag])]),
          });
        }
      }
    }
  },
});
