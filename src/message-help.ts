// A finding's message says what is wrong, then what to write instead, in one text ("problem: fix."
// or "Problem. Fix."). Readers that show the two apart (the terminal's `help:` line, an editor's
// hint) split it here, in one place, from the message's own structure: the fix is the text from the
// first sentence or clause that starts with an instruction ("Add …", ": remove …", "Instead, …").

/** Verbs a fix starts with, as the rules write them. */
const INSTRUCTIONS = [
  'add', 'append', 'avoid', 'build', 'call', 'change', 'check', 'chown', 'clean', 'combine', 'copy', 'create', 'declare', 'default',
  'define', 'delete', 'describe', 'do', 'document', 'drop', 'fix', 'load', 'end', 'ensure', 'give', 'install', 'keep', 'label', 'link', 'list', 'make', 'mention', 'merge',
  'move', 'name', 'pass', 'pin', 'point', 'put', 'quote', 'remove', 'rename', 'replace', 'restore', 'rotate', 'run', 'say', 'set',
  'show', 'split', 'suppress', 'start', 'state', 'switch', 'tag', 'turn', 'update', 'use', 'write',
];
const VERBS = new Set(INSTRUCTIONS);
// A fix may open with a condition or a place: "If it is meant to be MIT, put …", "In the init script, replace …".
// At most one of these openings fits a text.
const OPENING = /^(?:instead,? |then |either |or |(?:if|in|when) [^,:;]{1,60}, )/i;

/** Does the text start with an instruction verb, as a whole word, in any case? */
function startsWithVerb(text: string): boolean {
  return VERBS.has(/^\w*/.exec(text)![0].toLowerCase());
}

/**
 * Does the clause start with an instruction, after an opening or not? (One regular expression of
 * the opening and every verb took V8 several milliseconds to compile: a visible part of a small run.)
 */
function isInstruction(clause: string): boolean {
  if (startsWithVerb(clause)) return true;
  const opening = OPENING.exec(clause);
  return opening !== null && startsWithVerb(clause.slice(opening[0].length));
}

export interface MessageParts {
  /** What is wrong, as a sentence. */
  problem: string;
  /** What to write instead, as a sentence; absent when the message gives no instruction. */
  help?: string;
}

/**
 * The places where a new clause may start: after `. `, `: ` or `; ` outside code spans, quotes and
 * parentheses. Returns the index of the first character of each clause.
 */
function clauseStarts(message: string): { at: number; mark: string }[] {
  const starts: { at: number; mark: string }[] = [];
  let code = false;
  let depth = 0;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i];
    if (c === '`') code = !code;
    else if (code) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '.' || c === ':' || c === ';') && message[i + 1] === ' ') {
      // "e.g. " and "i.e. " end no sentence.
      if (c === '.' && /\b(?:e\.g|i\.e|etc|vs)$/i.test(message.slice(Math.max(0, i - 4), i))) continue;
      starts.push({ at: i + 2, mark: c });
    }
  }
  return starts;
}

/** The message split into the problem and the fix (see the top of this file). */
export function splitHelp(message: string): MessageParts {
  for (const { at, mark } of clauseStarts(message)) {
    const rest = message.slice(at);
    if (!isInstruction(rest)) continue;
    const problem = message.slice(0, at - 2).trimEnd();
    if (problem === '') break;
    const help = rest.charAt(0).toUpperCase() + rest.slice(1);
    return { problem: mark === '.' ? problem + '.' : /[.!?]$/.test(problem) ? problem : problem + '.', help };
  }
  return { problem: message };
}
