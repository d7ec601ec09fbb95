import { defineEngineRule } from '../src/rule-api.js';

export default defineEngineRule({
  meta: {
    code: 'CHM001',
    slug: 'parse-error',
    severity: 'error',
    guide: 'engine',
    summary: 'A file could not be read or parsed at all.',
    why: 'Nothing in an unreadable file can be reviewed, and UPV cannot build an image from it either.',
    details: [
      'Reported by the engine, once per file, at its first line: a file that cannot be read, a binary file,',
      'a file with no Dockerfile instruction, or a Dockerfile with no `FROM` (Docker refuses to build it).',
      'Unknown instructions, unknown flags, unterminated heredocs or JSON arrays are *not* parse errors:',
      'what can be read is linted, as Docker itself would read it. The other files are always linted.',
      'A file that is there but was not read (permission denied, a FIFO or device, over 8 MiB, a link out',
      'of the repository) also fails the run (exit code 2, listed as not reviewed): the review is incomplete.',
    ].join('\n'),
  },
});
