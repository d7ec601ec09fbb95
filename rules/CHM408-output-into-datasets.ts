import { defineProjectRule, resolvePath, volumePath, type DockerInstruction, type Range, type ShellCommand } from '../src/rule-api.js';

/** Option, variable and parameter names that hold where results go: `--output`, `-o`, `OUTPUT_DIR`, `save_path`, `results`... */
const OUTPUT_NAME =
  /^(o|out|outs|output|outputs|outdir|outpath|outfile|dest|destination|results?|save_?to|export)(_?(dir|directory|path|folder|root|file|prefix|location|base))?$|^(log|logs|checkpoint|checkpoints|ckpt|pred|preds|prediction|predictions|save|model_out|work|export)_?(dir|directory|path|folder|root)$/;

function isOutputName(name: string): boolean {
  return OUTPUT_NAME.test(name.replace(/^-+/, '').toLowerCase().replace(/-/g, '_'));
}

/** ENV properties of an instruction with their ranges (dockerfile-ast). */
function envProperties(instr: DockerInstruction): { name: string; range: Range }[] {
  const node = instr.node as unknown as { getProperties?: () => { getName(): string; getRange(): { start: { line: number; character: number }; end: { line: number; character: number } } }[] };
  if (typeof node.getProperties !== 'function') return [];
  return node.getProperties().map((p) => {
    const r = p.getRange();
    return { name: p.getName(), range: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 } };
  });
}

export default defineProjectRule({
  meta: {
    code: 'CHM408',
    slug: 'output-into-datasets',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'beyond',
    summary: 'The application\'s default output location must not be inside the read-only datasets folder.',
    why: 'The platform mounts each dataset read-only under the datasets folder: an application that writes its results there by default fails at the end of the job, after the work is done.',
    details: [
      '- Output locations are values given to names that mean output: options and parameters such as `--output`, `-o`, `--out-dir`, `--results`, `--save-dir`, `--dest`, `--log-dir`,',
      '  `--checkpoint-dir`, and variables such as `OUTPUT_DIR`, `RESULTS_PATH` (`-` and `_` and case do not matter). Inputs under the datasets folder are right and never reported.',
      '- Looked at: the final image\'s `ENV`; the final `WORKDIR` (relative outputs land there, and the datasets volume hides it); options in the `ENTRYPOINT`/`CMD` and in the scripts the',
      '  entrypoint reaches (`--output /home/chaimeleon/datasets/x`, `--output=...`, `OUTPUT_DIR=...` assignments and exports); in the Python scripts it reaches, argparse',
      '  `add_argument(..., default=...)` (and `click.option`) for an output option or `dest`, and module-level constants such as `OUTPUT_DIR = "..."`.',
      '- `~`, `$HOME` and paths relative to the working directory are resolved; the datasets folder is the profile\'s (`/home/chaimeleon/datasets` by default).',
      '- Runs in repository mode, where the entrypoint\'s scripts can be read.',
    ].join('\n'),
    tags: ['runtime', 'volumes'],
  },
  async check({ project, profile, report }) {
    const datasets = volumePath(profile, profile.datasetsDir);
    const persistent = volumePath(profile, profile.persistentDirs[0] ?? profile.datasetsDir);
    const seen = new Set<string>();
    const emit = (file: string, range: Range, subject: string, advice = `Default to a folder under \`${persistent}\` (kept after the job) instead.`) => {
      const key = `${file}:${range.startLine}:${range.startColumn}`;
      if (seen.has(key)) return;
      seen.add(key);
      report({
        file,
        range,
        message: `${subject} is inside \`${datasets}\`, which the platform mounts read-only: writing there fails at run time. ${advice}`,
      });
    };
    for (const facts of project.dockerfiles) {
      const stage = facts.finalStage;
      if (!stage) continue;
      const home = facts.homeOf(stage.finalUser.name);
      const workdir = stage.finalWorkdir.replace(/(.)\/$/, '$1');
      const inside = (path: string) => path === datasets || path.startsWith(datasets + '/');
      const workdirInside = inside(workdir);
      /** The absolute path a value names, if it is inside the datasets folder. */
      const intoDatasets = (value: string | null, cwd: string): string | null => {
        if (!value) return null;
        const v = value.trim().replace(/^~(?=\/|$)/, home).replace(/^\$\{?HOME\}?(?=\/|$)/, home);
        if (v === '' || /^[a-z]+:\/\//i.test(v)) return null;
        const absolute = v.startsWith('/');
        // A relative output in a working directory inside the datasets folder is the WORKDIR finding.
        if (!absolute && (v.startsWith('$') || workdirInside)) return null;
        const path = resolvePath(cwd, v).replace(/(.)\/$/, '$1');
        return inside(path) ? v : null;
      };

      const workdirInstr = facts.imageChain.flatMap((s) => s.instructions).filter((i) => i.keyword === 'WORKDIR' && !i.onbuild).pop();
      if (workdirInside && workdirInstr) emit(facts.file, workdirInstr.range, `The working directory at run time (\`${workdir}\`), where relative outputs go,`, `Set \`WORKDIR ${profile.user.home}\` and write results under \`${persistent}\` (kept after the job).`);

      for (const [name, value] of stage.finalVars) {
        if (value.fromArg || !isOutputName(name) || !intoDatasets(value.value, workdir)) continue;
        const setter = facts.imageChain
          .flatMap((s) => s.instructions)
          .filter((i) => i.keyword === 'ENV' && !i.onbuild)
          .flatMap((i) => envProperties(i).filter((p) => p.name === name))
          .pop();
        if (setter) emit(facts.file, setter.range, `The default output location \`${name}=${value.value}\``);
      }

      const chain = await project.entrypointChain(facts);
      const checkCommands = (commands: ShellCommand[], cwd: string) => {
        for (const cmd of commands) {
          for (const a of cmd.assignments) {
            if (isOutputName(a.name) && intoDatasets(a.value, cwd)) emit(cmd.file, a.range, `The default output location \`${a.name}=${a.value}\``);
          }
          cmd.args.forEach((arg, i) => {
            const eq = /^(--?[\w-]+)=(.*)$/.exec(arg.value);
            const [option, value, range] = eq ? [eq[1], eq[2], arg.range] : [arg.value, cmd.args[i + 1]?.value ?? null, cmd.args[i + 1]?.range];
            if (!option.startsWith('-') || !isOutputName(option) || !range) return;
            if (intoDatasets(value, cwd)) emit(cmd.file, range, `The output location \`${option} ${value}\``);
          });
        }
      };
      checkCommands(chain.commands, workdir);
      for (const script of chain.scripts) {
        checkCommands(script.commands, script.cwd);
        checkCommands(script.runs, script.cwd);
        const python = script.python;
        if (!python) continue;
        for (const c of python.constants) {
          if (isOutputName(c.name) && intoDatasets(c.value.value, script.cwd)) emit(script.path, c.value.range, `The default output location \`${c.name} = "${c.value.value}"\``);
        }
        for (const call of python.calls) {
          if (!/(^|\.)add_argument$|^click\.option$/.test(call.name)) continue;
          const names = [...call.args.map((a) => (a.kind === 'string' ? a.value : null)), call.keywords.get('dest')?.value ?? null].filter((n): n is string => !!n);
          const fallback = call.keywords.get('default');
          if (!fallback || !names.some(isOutputName) || !intoDatasets(fallback.value, script.cwd)) continue;
          emit(script.path, fallback.range, `The default of \`${names.find((n) => n.startsWith('--')) ?? names[0]}\` (\`${fallback.value}\`)`);
        }
      }
    }
  },
});
