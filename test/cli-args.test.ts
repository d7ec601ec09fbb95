// quickParse (src/cli-args.ts) reads the common command lines without yargs: whatever it answers
// must be exactly what yargs gives for the same words, and yargs must accept every line it answers.
import { describe, expect, it } from 'vitest';
import { quickParse } from '../src/cli-args.js';
import { parseWithYargs } from '../src/cli-yargs.js';

/** yargs' answer, or the message it failed with. */
async function yargsParse(words: string[]): Promise<{ args?: Record<string, unknown>; helpText?: string; error?: string }> {
  try {
    return await parseWithYargs(words);
  } catch (e) {
    return { error: (e as Error).message };
  }
}

// Pieces of command lines: operands (the stand-in for `-` included), options of every kind in their
// usual and unusual forms, values yargs reads in its own ways.
const PIECES: string[][] = [
  ['Dockerfile'],
  ['.'],
  ['a/b', 'c'],
  ['\u0000-'],
  ['github:owner/repo'],
  ['merge'],
  ['lsp'],
  ['123'],
  ['1e3'],
  ['0x10'],
  [' spaced '],
  ['--format', 'json'],
  ['--format=sarif'],
  ['-f', 'github'],
  ['-f=json'],
  ['--format'],
  ['--format', '-q'],
  ['--format='],
  ['-c', 'conf.yaml'],
  ['--config', ''],
  ['--profile', 'chaimeleon'],
  ['--fail-level', 'warning'],
  ['--failLevel', 'info'],
  ['--rule', 'CHM102=off'],
  ['--rule=CHM103=warning'],
  ['--stdin-filename', 'x/Dockerfile'],
  ['-q'],
  ['--quiet'],
  ['--no-quiet'],
  ['--quiet=false'],
  ['--color'],
  ['--no-color'],
  ['--colour'],
  ['--width', '80'],
  ['--width', '0'],
  ['--width', '08'],
  ['--width', '-1'],
  ['--width', 'abc'],
  ['--width', '1.5'],
  ['--show-source'],
  ['--no-show-source'],
  ['--statistics'],
  ['--print-config'],
  ['--list-rules'],
  ['-o', 'out.json'],
  ['--output', '-'],
  ['--summary', 's.md'],
  ['--category', 'cat'],
  ['--cache'],
  ['--cache-location', '.cache/'],
  ['--threads', '1'],
  ['--threads', '4'],
  ['--base', 'main'],
  ['--fix'],
  ['--unsafe-fixes'],
  ['--diff'],
  ['--org', 'chaimeleon-eu'],
  ['--match', 'image_*'],
  ['--concurrency', '8'],
  ['--shard', '1/2'],
  ['--github-api', 'https://ghe/api/v3'],
  ['--github-timeout', '10'],
  ['--explain', 'CHM102'],
  ['--help'],
  ['-h'],
  ['--version'],
  ['-v'],
  ['--unknown'],
  ['-x'],
  ['-qf', 'json'],
  ['--a.b', 'c'],
  ['--__proto__', 'x'],
  ['--no-no-color'],
];

/** Every piece alone, every pair, and triples from a spread of pieces: a few thousand command lines. */
function commandLines(): string[][] {
  const lines: string[][] = [[]];
  for (const a of PIECES) lines.push(a);
  for (const a of PIECES) for (const b of PIECES) lines.push([...a, ...b]);
  for (let i = 0; i < PIECES.length; i += 5) for (let j = 1; j < PIECES.length; j += 7) for (let k = 2; k < PIECES.length; k += 11) lines.push([...PIECES[i], ...PIECES[j], ...PIECES[k]]);
  return lines;
}

describe('quickParse', () => {
  it('gives what yargs gives, on every command line it answers', async () => {
    let answered = 0;
    for (const words of commandLines()) {
      const quick = quickParse(words);
      if (quick === null) continue;
      answered++;
      const full = await yargsParse(words);
      expect({ words, error: full.error, helpText: full.helpText }).toEqual({ words, error: undefined, helpText: '' });
      expect({ words, args: quick }).toEqual({ words, args: full.args });
    }
    // Most lines have an option it leaves to yargs; the plain ones it must answer.
    expect(answered).toBeGreaterThan(1000);
  }, 120_000);

  it('answers the command lines of everyday use', () => {
    for (const words of [[], ['Dockerfile'], ['.', '--format', 'json'], ['-f', 'sarif', '-o', 'out.sarif', 'a', 'b'], ['--no-color', '--quiet', '--threads', '2', 'x'], ['--cache', '--rule', 'CHM102=off', '\u0000-']]) {
      expect(quickParse(words), words.join(' ')).not.toBeNull();
    }
  });

  it('leaves commands, help and anything unusual to yargs', () => {
    for (const words of [['merge', 'a.json'], ['lsp'], ['--help'], ['-h'], ['--version'], ['--rule', 'A=off', '--rule', 'B=off'], ['--format'], ['--width', 'abc'], ['-qf', 'json'], ['--unknown'], ['--quiet=false']]) {
      expect(quickParse(words), words.join(' ')).toBeNull();
    }
  });
});
