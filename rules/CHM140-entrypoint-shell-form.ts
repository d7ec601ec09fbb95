import { defineDockerfileRule, fixes, type DockerfileFacts, type DockerInstruction } from '../src/rule-api.js';

type Form = { kind: 'exec'; words: string[] } | { kind: 'shell' } | { kind: 'malformed'; reason: string; fixed: string | null };

/** Docker's reading of an ENTRYPOINT/CMD: a JSON array of strings is exec form; anything else, broken JSON included, is shell form. */
function formOf(instr: DockerInstruction): Form {
  const text = instr.argsText.trim();
  if (!text.startsWith('[')) return { kind: 'shell' };
  const words = jsonWords(text);
  if (words) return { kind: 'exec', words };
  const reason = text.includes("'") ? 'uses single quotes' : /,\s*\]\s*$/.test(text) ? 'ends with a comma' : 'is not a JSON array of double-quoted strings';
  const repaired = text.replace(/'/g, '"').replace(/,\s*\]\s*$/, ']');
  return { kind: 'malformed', reason, fixed: jsonWords(repaired) ? repaired : null };
}

function jsonWords(text: string): string[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((w) => typeof w === 'string') ? value : null;
  } catch {
    return null;
  }
}

/** The exec form to write for a simple shell-form command, or null when it needs a shell (quotes, variables, operators). */
function execFormOf(shellText: string): string | null {
  const text = shellText.trim().replace(/^exec\s+/, '');
  if (!/^[A-Za-z0-9_./:=,@%+-]+(\s+[A-Za-z0-9_./:=,@%+-]+)*$/.test(text)) return null;
  return `[${text.split(/\s+/).map((w) => JSON.stringify(w)).join(', ')}]`;
}

function advice(keyword: string, shellText: string): string {
  const exec = execFormOf(shellText);
  return exec
    ? `write it in exec form: \`${keyword === 'CMD' ? 'ENTRYPOINT' : keyword} ${exec}\``
    : 'move the command into a script that ends with `exec your-program "$@"` and start it in exec form: `ENTRYPOINT ["/path/to/script.sh"]`';
}

/** `["sh", "-c", "python app.py"]`: exec form, but the job's arguments go to the shell, not the command. */
function shellWrapperProblem(words: string[]): string | null {
  if (!/^(ba|da|z|k|a)?sh$/.test(words[0]?.replace(/^.*\//, '') ?? '')) return null;
  const c = words.findIndex((w, i) => i > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w));
  const script = c > 0 ? words[c + 1] : undefined;
  if (script === undefined) return null;
  if (!/\$\{?[@*1-9]/.test(script)) {
    return `runs \`${words[0]} -c\`: the arguments jobman appends become the shell's \`$0\`, \`$1\`... and the script never uses them. Pass them on with \`"$@"\` and a \`$0\` placeholder (\`["${words[0]}", "-c", "... \\"$@\\"", "${words[0]}"]\`), or call the program directly in exec form.`;
  }
  if (words.length === c + 2) {
    return `runs \`${words[0]} -c\` with nothing after the script, so the first argument jobman appends becomes \`$0\` and is missing from \`$@\`: add a placeholder after the script (\`..., "${words[0]}"]\`).`;
  }
  return null;
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM140',
    slug: 'entrypoint-shell-form',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'Description, usage and license',
    summary: 'The final image\'s `ENTRYPOINT` is in shell form, so the arguments jobman appends are dropped.',
    why: 'jobman appends the arguments after `--` to the image\'s `ENTRYPOINT`. A shell-form `ENTRYPOINT` runs `/bin/sh -c "..."`, which ignores them (and, as PID 1, does not pass stop signals on to the program).',
    details: [
      '- Error: the `ENTRYPOINT` of the final image is in shell form, whether written in the final stage or inherited from a stage it is',
      '  built FROM (reported where it is written). Stages the final image is not built from and `ONBUILD ENTRYPOINT` do not count.',
      '- Exec form is what Docker reads as a JSON array of strings. Broken JSON (single quotes `[\'python\', \'app.py\']`, a trailing comma,',
      '  text after the `]`) is shell form to Docker, which runs it as a shell command; the message says so and gives the repaired JSON.',
      '- An exec-form `ENTRYPOINT ["sh", "-c", "script"]` is the same defect when the script never uses `"$@"` (or `$1`...), and loses the',
      '  first argument when nothing follows the script (it becomes `$0`): reported too.',
      '- Warning under the same code: a shell-form `CMD` in the final image when it has no `ENTRYPOINT` (one inherited from a stage or a',
      '  platform base image counts; `ENTRYPOINT []` clears it). An unknown base image is assumed to set none; the message says so.',
      '  A shell-form `CMD` after an exec-form `ENTRYPOINT` is not reported here.',
      '- The message offers the exec form to write when the command is simple words; otherwise a script that ends with `exec ... "$@"`.',
      '- Fix (safe): rewrites a shell-form `ENTRYPOINT` or `CMD` in exec form when its words are plain (letters, digits, `_./:=,@%+-`, a',
      '  leading `exec` dropped), and repairs a broken JSON array (single quotes, a trailing comma) when that gives a valid one. A `CMD` stays',
      '  a `CMD`. No fix for a command that needs a shell (quotes, variables, operators) or for the `sh -c` problems.',
    ].join('\n'),
    tags: ['entrypoint', 'jobman'],
    fixable: true,
  },
  check({ facts, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const where = (s: { stage: { name: string | null; index: number } }) => (s.stage === stage ? '' : ` (inherited by the final image from stage \`${s.stage.name ?? s.stage.index + 1}\`)`);
    const entrypoint = stage.entrypoint;
    if (entrypoint) {
      const form = formOf(entrypoint.instr);
      if (form.kind === 'shell') {
        report({
          range: entrypoint.instr.range,
          message: `This ENTRYPOINT is in shell form${where(entrypoint)}: it runs under \`/bin/sh -c\` and drops the arguments jobman appends. ${capitalize(advice('ENTRYPOINT', entrypoint.instr.argsText))}.`,
          ...execFormFix(facts, entrypoint.instr, execFormOf(entrypoint.instr.argsText)),
        });
      } else if (form.kind === 'malformed') {
        report({
          range: entrypoint.instr.range,
          message: `This ENTRYPOINT${where(entrypoint)} ${form.reason}, so Docker does not read it as JSON and runs it in shell form: \`/bin/sh -c\` gets the text \`${entrypoint.instr.argsText.trim()}\` as a command, which fails, and the arguments jobman appends are dropped. Write a valid JSON array (double quotes, no trailing comma)${form.fixed ? `: \`ENTRYPOINT ${form.fixed}\`` : ''}.`,
          ...execFormFix(facts, entrypoint.instr, form.fixed),
        });
      } else {
        const problem = shellWrapperProblem(form.words);
        if (problem) report({ range: entrypoint.instr.range, message: `This ENTRYPOINT${where(entrypoint)} ${problem}` });
      }
      if (form.kind !== 'exec' || form.words.length > 0) return;
    }
    if (facts.platformBase?.provides.entrypoint && !entrypoint) return;
    const cmd = stage.cmd;
    if (!cmd) return;
    const form = formOf(cmd.instr);
    if (form.kind === 'exec') return;
    const root = facts.imageChain[0];
    const unseen = !entrypoint && facts.base.kind === 'unseen';
    const assumed = entrypoint ? ' (`ENTRYPOINT []` clears it)' : unseen ? ` (if \`${root.image || 'its base image'}\` sets none)` : '';
    const broken = form.kind === 'malformed' ? ` (it ${form.reason}, so Docker does not read it as JSON)` : '';
    const fix = form.kind === 'malformed' && form.fixed ? `write it as \`ENTRYPOINT ${form.fixed}\`` : advice('CMD', cmd.instr.argsText);
    report({
      range: cmd.instr.range,
      severity: unseen ? 'info' : 'warning',
      message: `The image has no ENTRYPOINT${assumed} and this CMD${where(cmd)} is in shell form${broken}: it runs under \`/bin/sh -c\`, and the arguments jobman passes replace it instead of reaching your program. ${capitalize(fix)}.`,
      ...execFormFix(facts, cmd.instr, form.kind === 'malformed' ? form.fixed : execFormOf(cmd.instr.argsText)),
    });
  },
});

/** The fix that writes the instruction's arguments as the given JSON array (exec form), when there is one. */
function execFormFix(facts: DockerfileFacts, instr: DockerInstruction, exec: string | null) {
  if (!exec) return {};
  return { fix: fixes.fix(`Write ${instr.keyword} in exec form`, true, [fixes.replaceArguments(facts, instr, exec)]) };
}

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
