import { defineEngineRule } from '../src/rule-api.js';

export default defineEngineRule({
  meta: {
    code: 'CHM003',
    slug: 'linter-failed',
    severity: 'error',
    guide: 'engine',
    summary: 'chaimeleon-lint could not review all of a file: it failed there, or a limit stopped it.',
    why: 'A review that stopped short must never pass for a clean one: what was not looked at may hold any of the problems the other rules find.',
    details: [
      'Reported by the engine, never by a rule, and the run exits with code 2:',
      '- when chaimeleon-lint itself fails on a file (a bug: an exception while parsing it, computing its facts or running a rule).',
      '  The finding is on that file and names the rules that could not finish; every other file is still linted and reported.',
      '- when a limit stopped it: shell code (or a Python script) nested hundreds of levels deep, where the part beyond the limit',
      '  is not looked at; a README too large, or with too many nested constructs, to be parsed in reasonable time.',
      'It cannot be suppressed inline. Report a failure with the file that caused it; for a limit, simplify the file.',
    ].join('\n'),
  },
});
