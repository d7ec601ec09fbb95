// Where linting stopped short of a part of a file: a nesting deeper than the walkers follow, a
// README too large to parse. The walkers deep in the engine note it here; the Linter that runs them
// turns each note into a CHM003 finding on that file (and exit code 2), so that a partial review is
// never shown as a complete one. Notes follow the asynchronous work of one lint run.
import { runContext } from './run-context.js';
import type { Range } from './types.js';

export interface IncompleteNote {
  file: string;
  range: Range;
  /** What was not linted and why, as a sentence. */
  message: string;
}

const current = runContext<IncompleteNote[]>();

/** Records that part of a file was not linted; ignored outside a lint run. */
export function noteIncomplete(note: IncompleteNote): void {
  current.get()?.push(note);
}

/** Runs `work` collecting into `notes` what it could not lint. */
export function collectIncomplete<T>(notes: IncompleteNote[], work: () => T): T {
  return current.run(notes, work);
}

/** How deep the walkers over shell, Python and Markdown trees go: far beyond any real file, well within the stack. */
export const MAX_TREE_DEPTH = 400;

/** Shortens a value quoted in a message, so that a report stays in proportion to its input. */
export function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The longest `code span` a message quotes whole, and the longest message. */
const MAX_QUOTED = 200;
const MAX_MESSAGE = 2000;

/**
 * Bounds a finding's message: a value quoted between backticks (a label, a user name, an expanded
 * variable: up to 64 KiB each) is shortened in its middle, and the message as a whole is cut. A
 * report then grows with the number of findings, never with the size of what they quote.
 */
export function boundMessage(message: string): string {
  if (message.length <= MAX_QUOTED) return message;
  // Backticks pair up in order: every odd piece is a quoted value.
  const pieces = message.split('`');
  for (let i = 1; i < pieces.length - 1; i += 2) {
    const code = pieces[i];
    if (code.length > MAX_QUOTED) pieces[i] = `${code.slice(0, MAX_QUOTED / 2)}…(${code.length - MAX_QUOTED} more characters)…${code.slice(-MAX_QUOTED / 2)}`;
  }
  return clip(pieces.join('`'), MAX_MESSAGE);
}

/** Thrown by shared facts when their work on one file failed: the Linter reports the failure on that file. */
export class FileLintError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = cause instanceof Error ? cause.name : 'Error';
  }
}

/** Thrown when a file is beyond what chaimeleon-lint reads (a README too large to parse): reported as a limit, not a failure. */
export class LintLimitError extends FileLintError {
  constructor(file: string, message: string) {
    super(file, new Error(message));
    this.name = 'LintLimitError';
  }
}

/** Thrown by shared facts for a file that is there but was not read (its CHM001 says why): the checks that need it do not run. */
export class UnreadableFileError extends FileLintError {
  constructor(file: string) {
    super(file, new Error(`${file} could not be read`));
    this.name = 'UnreadableFileError';
  }
}
