// Entry point for the project's own scripts (docs generation, benchmark): the engine without the CLI.
export { RULES } from '../rules/index.js';
export { generateDocs } from './docs-gen.js';
export { makeRuleSet } from './ruleset.js';
export { Linter, parseDockerfileText } from './lint.js';
export { resolveConfig } from './config.js';
export { loadGrammar, optimizeGrammarsForLongRuns } from './shell/grammars.js';
export { lintInWorkers } from './parallel.js';
export { detectLicense } from './license/index.js';
export { buildLicenseIndex } from './license/corpus.js';
export { configJsonSchema, profileKeysTable } from './config-schema.js';
export { MemoryVfs } from './vfs.js';
