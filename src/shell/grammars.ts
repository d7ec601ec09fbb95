// Loads the tree-sitter WASM runtime and grammars on first need only: a Dockerfile with nothing to
// parse as shell never pays for them. Where the files are is platform-specific (grammar-files.ts).
import type { Language, Parser } from 'web-tree-sitter';
import { beforeRuntimeLoads, grammarSource, wasmLocation } from './grammar-files.js';

type GrammarName = 'bash' | 'python';

let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
const loading = new Map<GrammarName, Promise<Parser>>();
const ready = new Map<GrammarName, Parser>();

let optimizeWasm = false;

/**
 * For long runs (an organization scan, the benchmark): let V8 optimise the grammars' WASM. By
 * default it stays on the baseline compiler, because the optimising compile of the grammars costs
 * seconds of CPU and delays the exit of a short lint run for no gain. Call before the first load.
 */
export function optimizeGrammarsForLongRuns(): void {
  optimizeWasm = true;
}

async function loadRuntime(): Promise<typeof import('web-tree-sitter')> {
  beforeRuntimeLoads(optimizeWasm);
  const mod = await import('web-tree-sitter');
  const runtimeWasm = wasmLocation('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
  await mod.Parser.init({ locateFile: () => runtimeWasm } as object);
  return mod;
}

const GRAMMAR_FILES: Record<GrammarName, [string, string]> = {
  bash: ['tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'],
  python: ['tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'],
};

/** Loads a grammar once; later calls return the same parser. */
export function loadGrammar(name: GrammarName): Promise<Parser> {
  let pending = loading.get(name);
  if (!pending) {
    pending = (async () => {
      runtime ??= loadRuntime();
      const mod = await runtime;
      const [file, specifier] = GRAMMAR_FILES[name];
      const language: Language = await mod.Language.load(grammarSource(file, specifier));
      const parser = new mod.Parser();
      parser.setLanguage(language);
      ready.set(name, parser);
      return parser;
    })();
    loading.set(name, pending);
  }
  return pending;
}

/** The parser of a grammar that was loaded before; throws if nobody awaited loadGrammar first. */
export function grammar(name: GrammarName): Parser {
  const parser = ready.get(name);
  if (!parser) throw new Error(`internal: the ${name} grammar was used before it was loaded`);
  return parser;
}

export function isGrammarLoaded(name: GrammarName): boolean {
  return ready.has(name);
}
