// Builds the browser playground into site/dist/: the same engine as the CLI, bundled for the
// browser (src/browser.ts with the page's site/app.ts), the tree-sitter .wasm files, the SPDX data
// the license checks read, and the page. Static files only: publishable as they are (GitHub Pages).
//
// Platform seams: a module `x.ts` that has a sibling `x.browser.ts` is replaced by it in this build
// (run context, where the .wasm and data files are, the version). Nothing else of Node may reach the
// bundle: the build fails if an input imports a Node built-in or a Node-only module of ours.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFiles } from './data-files.mjs';
import { bundledPackages, packageDir, thirdPartyLicenses } from './third-party-licenses.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const outdir = join(root, 'site', 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The example the page opens with: the project's own mistakes example, minus its configuration file. */
const EXAMPLE_DIR = 'examples/image_batch_mistakes';
function exampleFiles() {
  const files = [];
  const walk = (rel) => {
    for (const name of readdirSync(join(root, EXAMPLE_DIR, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(root, EXAMPLE_DIR, path)).isDirectory()) walk(path);
      else if (!name.startsWith('.chaimeleon-lint.')) files.push({ path, text: readFileSync(join(root, EXAMPLE_DIR, path), 'utf8') });
    }
  };
  walk('');
  // The Dockerfile first: it is the tab the page shows.
  return files.sort((a, b) => Number(b.path === 'Dockerfile') - Number(a.path === 'Dockerfile'));
}

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Uses `x.browser.ts` for `./x.js` when it exists, and refuses Node built-ins in our own code. */
const browserSeams = {
  name: 'browser-seams',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const candidate = resolve(args.resolveDir, args.path.replace(/\.js$/, '.browser.ts'));
      if (existsSync(candidate) && candidate !== args.importer) return { path: candidate };
      return undefined;
    });
    b.onResolve({ filter: /.*/ }, (args) => {
      if (!nodeBuiltins.has(args.path)) return undefined;
      // web-tree-sitter imports fs/promises and module only on its Node branch, never taken in a browser.
      if (args.importer.includes(`${join('node_modules', 'web-tree-sitter')}`)) return { path: args.path, external: true };
      return { errors: [{ text: `${args.path} is Node-only: ${relative(root, args.importer)} must not reach the browser bundle (add a .browser.ts seam)` }] };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const packageData = dataFiles(root, 'readPackageJson');
const projectData = dataFiles(root, 'readProjectData');
const data = [...packageData, ...projectData];
const result = await build({
  absWorkingDir: root,
  entryPoints: { app: 'site/app.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: true,
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'linked',
  define: {
    __CHAIMELEON_LINT_VERSION__: JSON.stringify(pkg.version),
    __CHAIMELEON_LINT_DATA_FILES__: JSON.stringify(data),
    __PLAYGROUND_EXAMPLE__: JSON.stringify(exampleFiles()),
  },
  // dockerfile-ast's one use of Node's global Buffer (a byte-order-mark check); see the file.
  inject: ['site/buffer-global.ts'],
  plugins: [browserSeams],
});

// The Node implementations behind the seams must not be in the bundle (a seam bypassed by a new import).
const NODE_ONLY = ['src/vfs.ts', 'src/safe-read.ts', 'src/config.ts', 'src/project/discover.ts', 'src/run-context.ts', 'src/shell/grammar-files.ts', 'src/license/package-data.ts', 'src/version.ts'];
const inputs = Object.keys(result.metafile.inputs);
const leaked = NODE_ONLY.filter((f) => inputs.includes(f));
if (leaked.length > 0) throw new Error(`the browser bundle includes Node-only modules: ${leaked.join(', ')}`);
// The injected Buffer does Buffer.from only: any other use would fail in the page, so it fails here.
for (const file of readdirSync(outdir).filter((f) => f.endsWith('.js'))) {
  const other = readFileSync(join(outdir, file), 'utf8').match(/\bBuffer\.(?!from\b)\w+/);
  if (other) throw new Error(`${file} uses ${other[0]}, which the browser lacks (site/buffer-global.ts provides Buffer.from only)`);
}

for (const [file, spec] of [
  ['tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm'],
  ['tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'],
  ['tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'],
]) {
  copyFileSync(require.resolve(spec), join(outdir, file));
}
for (const spec of data) {
  const target = join(outdir, 'data', spec);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(projectData.includes(spec) ? join(root, 'data', spec) : require.resolve(spec), target);
}
// The licenses of what the page carries: the bundle's packages, the grammars and the data files.
const packages = bundledPackages(root, result.metafile);
for (const spec of ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm', 'tree-sitter-python/tree-sitter-python.wasm', ...packageData]) packages.add(packageDir(root, require.resolve(spec)));
writeFileSync(join(outdir, 'THIRD_PARTY_LICENSES.md'), thirdPartyLicenses([...packages], 'The chaimeleon-lint playground (site/dist/)'));
for (const file of ['index.html', 'style.css']) copyFileSync(join(root, 'site', file), join(outdir, file));
// GitHub Pages: serve the files as they are (no Jekyll processing of names).
writeFileSync(join(outdir, '.nojekyll'), '');

const size = readdirSync(outdir, { recursive: true })
  .map((f) => join(outdir, f))
  .filter((f) => statSync(f).isFile())
  .reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`site/dist: ${(size / 1024 / 1024).toFixed(1)} MB (open it through a static server: ${relative(process.cwd(), outdir)}/index.html)`);
