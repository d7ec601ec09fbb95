import { defineEngineRule } from '../src/rule-api.js';

export default defineEngineRule({
  meta: {
    code: 'CHM002',
    slug: 'unused-suppression',
    severity: 'info',
    guide: 'engine',
    summary: 'An inline ignore comment that suppressed nothing.',
    why: 'A stale ignore hides the next real problem on that line and misleads reviewers about what was accepted.',
    details: [
      'Reported by the engine at the comment: `# chaimeleon-lint ignore=CODE -- reason` that silenced no finding on the',
      'instruction (or line) after it, a `global` one that silenced nothing in its file, or one that names a rule',
      'that does not exist. It cannot itself be suppressed inline; turn it off in the configuration if needed.',
    ].join('\n'),
  },
});
