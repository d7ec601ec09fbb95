// Builds the bundles every way of running chaimeleon-lint uses, into dist/ (committed): the
// command line (dist/cli.cjs, one script that dist/launch.cjs runs through V8's code cache for
// bin/chaimeleon-lint.js, the npm package's bin and the pre-commit hook), the GitHub Action
// (dist/action.js, run by action.yml) and the worker threads (dist/worker.js). Every dependency is
// bundled, so the published package and a clone need no node_modules at run time. For the Action
// and the workers esbuild splits the code into chunks that load only when needed (the GitHub
// client, the Markdown and YAML parsers and the license data load on first use); the command line
// is one script instead, because a code cache covers one script, and code it does not run is
// never compiled. The WASM grammars go beside the chunks (src/shell/grammars.ts
// looks there first), the JSON data files read at run time go to dist/data/ (readPackageJson in
// src/license/corpus.ts), and the licenses of everything bundled go to dist/THIRD_PARTY_LICENSES.md.
// The project's own scripts (docs, benchmark) get the engine without the CLI in build/ (not shipped).
//
// Usage: node scripts/build.mjs            builds dist/ and build/
//        node scripts/build.mjs --out DIR  builds only the bundle, into DIR (the staleness test)
//        node scripts/build.mjs --check    fails when the committed dist/ is not what the sources build
import { build, transform } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFiles } from './data-files.mjs';
import { bundledPackages, packageDir, thirdPartyLicenses } from './third-party-licenses.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

// The bundles are ES modules that some dependencies reach into with require(): give them one.
const banner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };
const WASM = [
  ['tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm'],
  ['tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'],
  ['tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'],
];

/**
 * Packages whose code runs when they load but that a small lint rarely calls: every import of them
 * gets a stand-in that loads the real module on the first call (esbuild turns the require() of a
 * bundled module into a lazy initialiser). string-width measures text for yargs' help layout only,
 * but builds an Intl.Segmenter (ICU's break rules) and compiles Unicode-property regular
 * expressions (`\p{RGI_Emoji}`) when it loads; picomatch compiles the configuration's `ignore` globs
 * and `--match`, which most runs have none of, and builds its tables when it loads.
 */
const LAZY_MODULES = {
  'string-width': (real) => `export default function stringWidth(text, options) { return require(${real}).default(text, options); }\n`,
  picomatch: (real) => `export default { makeRe: (glob, options) => require(${real}).makeRe(glob, options) };\n`,
};

const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    const filter = new RegExp(`^(?:${Object.keys(LAZY_MODULES).join('|')})$`);
    b.onResolve({ filter }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      // Relative, so that the bundle is the same in every checkout.
      return { path: relative(root, real.path), namespace: 'lazy-modules', pluginData: args.path };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-modules' }, (args) => ({
      contents: LAZY_MODULES[args.pluginData](JSON.stringify(resolve(root, args.path))),
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * CommonJS packages that require() vscode-languageserver-types (dockerfile-ast, the language
 * server's protocol) get its CommonJS build, as Node would give them. esbuild's `module` condition
 * gave them its ES module build instead, behind a namespace object whose every property is a
 * getter: dockerfile-ast reads `Range` and `Position` through it for each instruction it builds.
 */
const commonJsTypes = {
  name: 'commonjs-types',
  setup(b) {
    b.onResolve({ filter: /^vscode-languageserver-types$/ }, (args) =>
      args.kind === 'require-call' ? { path: require.resolve('vscode-languageserver-types') } : undefined,
    );
  },
};

// jsonc-parser's `main` is a UMD build whose factory requires its own modules at run time, which a
// bundle cannot follow: bundle its ES module build (`module`) instead.
const esmBuilds = {
  name: 'esm-builds',
  setup(b) {
    b.onResolve({ filter: /^jsonc-parser$/ }, () => ({ path: join(dirname(require.resolve('jsonc-parser')), '..', 'esm', 'main.js') }));
  },
};

/** Builds the shipped bundle into `outdir` (emptied first). */
async function buildBundle(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { action: 'src/action.ts', worker: 'src/worker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    // Chunks sit beside the entries: code in any of them finds dist/data and the .wasm files in its own folder.
    chunkNames: '[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    metafile: true,
    legalComments: 'none',
    // Paths as in a clone (node_modules/x), even where node_modules is a link: the same bundle everywhere.
    preserveSymlinks: true,
    logLevel: 'warning',
    banner,
    plugins: [lazyModules, commonJsTypes, esmBuilds],
  });
  onlyBuiltins(result, 'dist/');
  await buildLauncher(outdir);
  await buildCommandLineScript(outdir);

  // The folders of the packages whose files the bundle carries: code, then the .wasm and data files.
  const packages = bundledPackages(root, result.metafile);
  for (const [file, spec] of WASM) {
    copyFileSync(require.resolve(spec), join(outdir, file));
    packages.add(packageDir(root, require.resolve(spec)));
  }
  // Every `readPackageJson('pkg/file.json')` in the sources names a data file to ship.
  for (const spec of dataFiles(root, 'readPackageJson')) {
    const target = join(outdir, 'data', spec);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(require.resolve(spec), target);
    packages.add(packageDir(root, require.resolve(spec)));
  }
  copyProjectData(outdir);
  writeFileSync(join(outdir, 'THIRD_PARTY_LICENSES.md'), thirdPartyLicenses([...packages], "chaimeleon-lint's bundle (dist/)"));
  // dist/ is ES modules whatever the package.json above it says.
  writeFileSync(join(outdir, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
}

/** esbuild's options for a CommonJS script of the command line (dist/launch.cjs, dist/cli.cjs). */
function commonJsScript(entry, outfile) {
  return {
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    metafile: true,
    legalComments: 'none',
    preserveSymlinks: true,
    logLevel: 'warning',
    define: { 'import.meta.url': '__chm_import_meta_url' },
    // Bundled code may declare its own `require`; the builtins' require stays reachable by this name.
    banner: { js: 'const __chm_import_meta_url = require("node:url").pathToFileURL(__filename).href;\nconst __chm_require = require;' },
    plugins: [lazyModules, commonJsTypes, esmBuilds],
  };
}

/**
 * dist/launch.cjs: the launcher, CommonJS like bin/ (bin/package.json): a command whose first file
 * is an ES module starts Node's module loader, which cost a small run 7 to 12 ms.
 */
async function buildLauncher(outdir) {
  onlyBuiltins(await build(commonJsScript('src/launch.ts', join(outdir, 'launch.cjs'))), 'dist/launch.cjs');
}

/** Anything a bundle leaves external but Node's own modules would need node_modules at run time: the build fails instead. */
function onlyBuiltins(result, name) {
  const external = Object.values(result.metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => i.external && !isBuiltin(i.path))
    .map((i) => i.path);
  if (external.length > 0) throw new Error(`${name} would need node_modules for: ${[...new Set(external)].join(', ')}`);
}

/**
 * dist/cli.cjs: the command line as one CommonJS script, which dist/launch.cjs compiles with
 * node:vm (the only way to hand V8 a code cache on Node 20). ES-module-only syntax has no place in
 * it: `import.meta.url` becomes the script's own file URL, and a dynamic import() of one of Node's
 * modules (web-tree-sitter's) a require(), since a vm script has no module loader to import with.
 */
async function buildCommandLineScript(outdir) {
  const file = join(outdir, 'cli.cjs');
  onlyBuiltins(await build(commonJsScript('src/main.ts', file)), 'dist/cli.cjs');
  const text = readFileSync(file, 'utf8').replace(/(?<![\w$.])import\((["'])([^"'\\]+)\1\)/g, (call, quote, spec) =>
    isBuiltin(spec) ? `Promise.resolve(__chm_require(${quote}${spec}${quote}))` : call,
  );
  const left = text.match(/(?<![\w$.])import\([^)]{0,40}/);
  if (left) throw new Error(`dist/cli.cjs would import at run time, which a vm script cannot: ${left[0]}`);
  // Loading node:fs/promises costs a small run 2 to 5 ms; the sources reach it through fs.promises,
  // a getter that loads it on first use (a run that writes no report file never does).
  if (text.includes('require("node:fs/promises")')) throw new Error("dist/cli.cjs loads node:fs/promises at start-up: import { promises as fsp } from 'node:fs' instead");
  writeFileSync(file, await asciiOnly(text));
}

/**
 * The script with its few non-ASCII characters (in comments: esbuild escapes them in strings)
 * written as `\u` escapes. An ASCII script is read as Latin-1, a plain copy, where UTF-8 decoding
 * took a small run 15 ms, and V8 keeps it as a one-byte string. That only comments changed is
 * checked: the script without its comments (esbuild's whitespace minifier) must be what it was.
 */
async function asciiOnly(text) {
  // Each UTF-16 unit on its own: a character beyond U+FFFF becomes its surrogate pair.
  const escaped = text.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped === text) return text;
  const code = async (source) => (await transform(source, { minifyWhitespace: true, charset: 'utf8', logLevel: 'silent' })).code;
  if ((await code(escaped)) !== (await code(text))) {
    throw new Error('dist/cli.cjs has a non-ASCII character outside comments, in a regular expression or a template: write it as a \\u escape in the source');
  }
  return escaped;
}

/** The project's own generated data (data/, see scripts/gen-license-index.mjs) goes to `<outdir>/data/` too. */
function copyProjectData(outdir) {
  for (const file of dataFiles(root, 'readProjectData')) {
    const source = resolve(root, 'data', file);
    if (!existsSync(source)) throw new Error(`data/${file} is missing: run npm run docs`);
    mkdirSync(join(outdir, 'data'), { recursive: true });
    copyFileSync(source, join(outdir, 'data', file));
  }
}

/** The engine without the CLI, for the project's own scripts (docs generation, benchmark). */
async function buildInternal() {
  rmSync(resolve(root, 'build'), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { internal: 'src/internal.ts', worker: 'src/worker.ts' },
    outdir: resolve(root, 'build'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner,
    plugins: [commonJsTypes, esmBuilds],
  });
  for (const [file, spec] of WASM) copyFileSync(require.resolve(spec), resolve(root, 'build', file));
  // scripts/gen-license-index.mjs runs this build to write data/ in the first place.
  if (dataFiles(root, 'readProjectData').every((file) => existsSync(resolve(root, 'data', file)))) copyProjectData(resolve(root, 'build'));
}

function filesOf(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

if (args[0] === '--out') {
  await buildBundle(resolve(args[1]));
} else if (args[0] === '--check') {
  const fresh = mkdtempSync(join(tmpdir(), 'chaimeleon-dist-'));
  try {
    await buildBundle(fresh);
    const committed = resolve(root, 'dist');
    const a = filesOf(committed);
    const b = filesOf(fresh);
    const stale = [...new Set([...a, ...b])].filter((f) => !a.includes(f) || !b.includes(f) || !readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f))));
    if (stale.length > 0) {
      console.error(`dist/ is stale (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}): run npm run build and commit dist/`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
} else {
  await buildBundle(resolve(root, 'dist'));
  await buildInternal();
}
