// `--fix`, `--unsafe-fixes` and `--diff` on the command line: which combinations make sense, then the
// fix passes per project (src/fix/apply.ts), and either the unified diff or the files written.
import { plainText } from '../formatters/escape.js';
import type { LintInput, Linter } from '../lint.js';
import type { DiscoveredProject } from '../project/discover.js';
import { UsageError } from '../types.js';
import { fixInMemory } from './apply.js';
import { unifiedDiff } from './diff.js';
import { FixWriteError, writeFixedFile } from './write.js';

export interface FixArgs {
  fix?: boolean;
  'unsafe-fixes'?: boolean;
  diff?: boolean;
}

export type FixMode = { write: boolean; unsafe: boolean } | null;

/** What the options ask for; a usage error for a combination that cannot be done. */
export function fixMode(args: FixArgs & { _?: (string | number)[] }, where: { stdin: boolean; remote: boolean }): FixMode {
  if (!args.fix && !args.diff && !args['unsafe-fixes']) return null;
  if (args._?.[0] === 'merge') throw new UsageError(`${args.diff ? '--diff' : args.fix ? '--fix' : '--unsafe-fixes'} does not apply to merge, which joins reports`);
  if (args['unsafe-fixes'] && !args.fix && !args.diff) throw new UsageError('--unsafe-fixes only applies with --fix or --diff');
  const option = args.diff ? '--diff' : '--fix';
  if (where.remote) throw new UsageError(`${option} changes local files; it does not apply to GitHub repositories`);
  if (where.stdin && !args.diff) throw new UsageError('--fix writes files; with standard input (-) use --diff to see the change');
  return { write: !args.diff, unsafe: !!args['unsafe-fixes'] };
}

export interface FixRun {
  project: DiscoveredProject;
  input: LintInput;
  /** The path as the user sees it (relative to the current folder). */
  show: (file: string) => string;
}

/**
 * Runs the fix passes on every project. With --diff, prints the diff and returns the exit code (1 when
 * there is a diff); with --fix, writes the changed files, says on stderr what was fixed, and returns
 * null: the normal lint that follows reports what remains. A file that cannot be written is a failure.
 */
export async function runFixes(
  linter: Linter,
  runs: FixRun[],
  mode: { write: boolean; unsafe: boolean },
  io: { stdout: (t: string) => void; stderr: (t: string) => void },
  fail: (file: string, message: string) => void,
): Promise<number | null> {
  let diff = '';
  for (const { project, input, show } of runs) {
    let written = 0;
    const outcome = await fixInMemory(linter, input, { unsafe: mode.unsafe });
    if (outcome.stopped) io.stderr(`chaimeleon-lint: ${plainText(`${show(project.targets[0]?.path ?? '.')}: ${outcome.stopped}`)}\n`);
    for (const [file, { before, after }] of [...outcome.changed].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!mode.write) {
        diff += unifiedDiff(show(file), before, after);
        continue;
      }
      try {
        await writeFixedFile(project.root, file, before, after);
        written++;
      } catch (e) {
        fail(show(file), e instanceof FixWriteError ? e.reason : `cannot be written (${(e as Error).message})`);
      }
    }
    if (mode.write && written > 0 && written === outcome.changed.size) {
      const total = [...outcome.applied.values()].reduce((a, b) => a + b, 0);
      const codes = [...outcome.applied].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, n]) => `${code} ×${n}`).join(', ');
      io.stderr(`chaimeleon-lint: fixed ${total} finding${total === 1 ? '' : 's'} in ${written} file${written === 1 ? '' : 's'} (${codes})\n`);
    }
  }
  if (mode.write) return null;
  io.stdout(diff);
  return diff === '' ? 0 : 1;
}
