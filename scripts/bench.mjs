// `npm run bench`: lints a generated corpus of 2,000 realistic Dockerfiles in one process and prints
// files per second next to two baselines measured in the same run: Node alone reading the same
// files, and dockerfilelint (the fastest npm Dockerfile linter) on them. Figures are ratios, not
// absolute times, so they compare across machines. Also: start-up for one small Dockerfile against
// a bare `node` start, the license detector's cold and warm cost, and large or hostile inputs (a 5 MB
// Dockerfile, 20,000 RUN and ENV lines, a 10 MB README, a huge .dockerignore, deeply nested Python
// and shell scripts) as time per megabyte. Then whole processes on the corpus: chaimeleon-lint
// against Node reading the files and against dockerfilelint's CLI, one thread against all cores,
// two processes of half the files each against one process (the best a two-way split can do on
// the machine), a cold --cache against a warm one, and peak memory. Whole processes run in rounds,
// every command once a round, and their ratios are taken round by round (see inRounds).
// BENCH_FILES=N sets the corpus size (default 2,000), BENCH_ROUNDS=N the corpus rounds (default 5).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './gen-corpus.mjs';
import { Linter, makeRuleSet, resolveConfig, lintInWorkers, optimizeGrammarsForLongRuns } from '../build/internal.js';

const require = createRequire(import.meta.url);
const COUNT = Number(process.env.BENCH_FILES ?? 2000);
const files = generateCorpus('bench-corpus', COUNT);

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
async function time(fn, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

// One process linting thousands of files is a long run: let V8 optimise the grammars (the CLI does
// not, for a single repository; its start-up is measured separately below).
optimizeGrammarsForLongRuns();
const config = resolveConfig({}, null, {});
const linter = new Linter(makeRuleSet(), config);
let findingCount = 0;

// Warm the grammar once so that steady-state figures do not include the one-time WASM load.
const coldStart = performance.now();
await linter.lintText('warm', 'FROM ubuntu:22.04\nRUN pip install x\n');
const coldMs = performance.now() - coldStart;

const readMs = await time(() => {
  for (const f of files) readFileSync(f, 'utf8');
});
const singleMs = await time(async () => {
  findingCount = 0;
  for (const f of files) findingCount += (await linter.lintText(f, readFileSync(f, 'utf8'))).findings.length;
}, 3);
const workerUrl = new URL('../build/worker.js', import.meta.url);
// The 1-thread figure is taken after a full cold pass over the corpus (the slowest run, which the
// median drops); lintInWorkers keeps its workers between calls, so give them the same untimed
// cold pass: a fresh worker isolate runs slow code for its first ~2,000 files, and without it the
// median would be the second call, when each worker has seen only its half of the corpus once.
await lintInWorkers(workerUrl, files, config);
const parallelMs = await time(() => lintInWorkers(workerUrl, files, config), 3);
// The floor for any linter built on dockerfile-ast: parsing alone, nothing checked.
const { DockerfileParser } = require('dockerfile-ast');
const parseMs = await time(() => {
  for (const f of files) DockerfileParser.parse(readFileSync(f, 'utf8'));
}, 3);
const dockerfilelint = require('dockerfilelint');
const dflConfigDir = mkdtempSync(join(tmpdir(), 'dfl-'));
const dflMs = await time(() => {
  for (const f of files) dockerfilelint.run(dflConfigDir, readFileSync(f, 'utf8'));
}, 3);

// Whole processes are timed in rounds: each round runs every command of a table once, in turn, and
// each figure is the median over rounds of its ratio to the baseline of the same round. On a shared
// machine whose speed drifts from one second to the next, runs made moments apart compare; medians
// of separate series did not (the default and --threads 1, the same work on two cores, came out
// 0.82 to 1.12 apart). BENCH_ROUNDS sets the rounds of the corpus table (default 5).
function timedRun(args, env = {}) {
  const t = performance.now();
  try {
    execFileSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  } catch {
    // chaimeleon-lint exits 1 when it finds problems: still a complete run
  }
  return performance.now() - t;
}
/** Runs `commands` (name → a function that runs one and returns its figures) in `count` rounds; the samples of each, in round order. */
async function inRounds(commands, count) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < count; round++) for (const [name, run] of Object.entries(commands)) samples[name].push(await run());
  return samples;
}
/** The median over rounds of a's ratio to b, round by round. */
const pairedRatio = (a, b) => median(a.map((x, i) => x / b[i]));

const small = join(mkdtempSync(join(tmpdir(), 'small-')), 'Dockerfile');
execFileSync(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(small)}, 'FROM ubuntu:22.04\\nUSER 1000\\n')`]);
const smallShell = join(mkdtempSync(join(tmpdir(), 'small-')), 'Dockerfile');
execFileSync(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(smallShell)}, 'FROM ubuntu:22.04\\nRUN pip install x\\n')`]);
// One run first, not timed: it writes the launcher's code cache (src/launch.ts) when there is none.
timedRun(['bin/chaimeleon-lint.js', smallShell]);
const START_ROUNDS = 15;
const startup = await inRounds(
  {
    node: () => timedRun(['-e', '0']),
    noShell: () => timedRun(['bin/chaimeleon-lint.js', small]),
    shell: () => timedRun(['bin/chaimeleon-lint.js', smallShell]),
    uncached: () => timedRun(['bin/chaimeleon-lint.js', smallShell], { NODE_DISABLE_COMPILE_CACHE: '1' }),
    version: () => timedRun(['bin/chaimeleon-lint.js', '--version']),
  },
  START_ROUNDS,
);

const perSec = (ms) => Math.round((files.length / ms) * 1000);
const ratio = (a, b) => (a / b).toFixed(2);
const rows = [
  ['Node reading the files (baseline)', readMs, perSec(readMs), '1.00'],
  [`chaimeleon-lint, 1 thread`, singleMs, perSec(singleMs), ratio(singleMs, readMs)],
  [`chaimeleon-lint, ${availableParallelism()} worker threads`, parallelMs, perSec(parallelMs), ratio(parallelMs, readMs)],
  ['dockerfilelint, 1 thread', dflMs, perSec(dflMs), ratio(dflMs, readMs)],
  ['dockerfile-ast parse only, 1 thread (no rule)', parseMs, perSec(parseMs), ratio(parseMs, readMs)],
];
console.log(`\n${files.length} generated Dockerfiles, ${findingCount} findings (median of runs; ratios are against the read baseline of this run)\n`);
console.log('| what | ms | files/s | × read time |\n|---|---:|---:|---:|');
for (const [what, ms, fps, r] of rows) console.log(`| ${what} | ${ms.toFixed(1)} | ${fps} | ${r} |`);
console.log(`\nchaimeleon-lint vs dockerfilelint: ${ratio(singleMs, dflMs)}× its time on one thread, ${ratio(parallelMs, dflMs)}× with workers.`);
console.log(`First file in a process (loads the shell grammar): ${coldMs.toFixed(1)} ms.`);
console.log(`\nStart-up, one small Dockerfile, whole process (${START_ROUNDS} rounds; ms: medians; ratios: medians of each round's):`);
console.log(`| what | ms | × bare node |\n|---|---:|---:|`);
for (const [what, name] of [
  ['node -e 0 (baseline)', 'node'],
  ['chaimeleon-lint, no RUN (no grammar loaded)', 'noShell'],
  ['chaimeleon-lint, one RUN (loads tree-sitter-bash)', 'shell'],
  ['the same without the code cache (NODE_DISABLE_COMPILE_CACHE=1)', 'uncached'],
  ['chaimeleon-lint --version', 'version'],
]) console.log(`| ${what} | ${median(startup[name]).toFixed(1)} | ${pairedRatio(startup[name], startup.node).toFixed(2)} |`);

// Whole processes on the corpus, as a user runs them: each Dockerfile named on the command line
// (each a lone Dockerfile), against a Node process that merely reads the files and dockerfilelint's
// CLI on the same files. One thread against all cores (--threads), a cold --cache against a warm
// one, and each process's peak memory (resident set, threads included).
const RSS_HOOK = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nbench-maxrss:"+u.maxRSS+"\\nbench-cpu:"+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
function processRun(args, env = {}) {
  const t = performance.now();
  const run = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t;
  const rss = Number(/bench-maxrss:(\d+)/.exec(run.stderr?.toString() ?? '')?.[1] ?? NaN) / 1024;
  const cpu = Number(/bench-cpu:(\d+)/.exec(run.stderr?.toString() ?? '')?.[1] ?? NaN) / 1000;
  return { ms, rss, cpu };
}
const cacheDir = mkdtempSync(join(tmpdir(), 'bench-cache-'));
const cacheFile = join(cacheDir, 'cache.json');
process.env.XDG_CACHE_HOME = cacheDir;
const cli = ['bin/chaimeleon-lint.js', '--format', 'json'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Runs `runs` (each a process's arguments) side by side and returns the time until the last ends. */
function sideBySide(runs) {
  const t = performance.now();
  const ends = runs.map((args) => new Promise((resolve, reject) => spawn(process.execPath, args, { stdio: 'ignore' }).on('error', reject).on('close', resolve)));
  return Promise.all(ends).then(() => ({ ms: performance.now() - t }));
}
const half = Math.ceil(files.length / 2);
const whole = await inRounds(
  {
    read: () => processRun(['-e', 'const fs = require("fs"); for (const f of process.argv.slice(1)) fs.readFileSync(f, "utf8")', ...files]),
    dockerfilelint: () => processRun([require.resolve('dockerfilelint/bin/dockerfilelint'), '-j', ...files]),
    oneThread: () => processRun([...cli, '--threads', '1', ...files]),
    byDefault: () => processRun([...cli, ...files]),
    workers: () => processRun([...cli, '--threads', String(availableParallelism()), ...files]),
    coldCache: () => {
      rmSync(cacheFile, { force: true });
      return processRun([...cli, '--cache', '--cache-location', cacheFile, ...files]);
    },
    warmCache: () => processRun([...cli, '--cache', '--cache-location', cacheFile, ...files]),
    // What any split of the work over two cores can gain on this machine: two separate processes,
    // nothing shared, each with half of the files on one thread.
    halves: () => sideBySide([[...cli, '--threads', '1', ...files.slice(0, half)], [...cli, '--threads', '1', ...files.slice(half)]]),
  },
  ROUNDS,
);
const ms = (name) => whole[name].map((r) => r.ms);
const wholeRatio = (a, b) => pairedRatio(ms(a), ms(b)).toFixed(2);
console.log(`\nWhole processes, the ${files.length} Dockerfiles named on the command line (${ROUNDS} rounds; ms: medians; ratios: medians of each round's):`);
console.log('| what | ms | × node reading them | × dockerfilelint | peak memory (MB) |\n|---|---:|---:|---:|---:|');
for (const [what, name] of [
  ['node reading the files (baseline)', 'read'],
  ['dockerfilelint CLI', 'dockerfilelint'],
  ['chaimeleon-lint, 1 thread (--threads 1)', 'oneThread'],
  ['chaimeleon-lint, default (workers only where they pay)', 'byDefault'],
  [`chaimeleon-lint, --threads ${availableParallelism()} (a worker a core)`, 'workers'],
  ['chaimeleon-lint --cache, cold (no cache file)', 'coldCache'],
  ['chaimeleon-lint --cache, warm (nothing changed)', 'warmCache'],
]) console.log(`| ${what} | ${median(ms(name)).toFixed(0)} | ${wholeRatio(name, 'read')} | ${wholeRatio(name, 'dockerfilelint')} | ${Math.max(...whole[name].map((r) => r.rss)).toFixed(0)} |`);
console.log(`\nThe default against one thread: ${wholeRatio('byDefault', 'oneThread')}× its time; a worker a core against one thread: ${wholeRatio('workers', 'oneThread')}×; warm cache against cold: ${wholeRatio('warmCache', 'coldCache')}×.`);
console.log(`Two processes side by side, each with half of the files on one thread, against one process with all of them: ${wholeRatio('halves', 'oneThread')}× (the best any two-way split of this work can do on this machine: two workers share more than two processes do).`);
console.log(`One thread's process used ${median(whole.oneThread.map((r) => r.cpu / r.ms)).toFixed(2)} cores on average (the optimising compiler and the collector work beside it).`);
console.log('A CPU profile of the same run: node --cpu-prof --cpu-prof-dir=prof bin/chaimeleon-lint.js --threads 1 bench-corpus/Dockerfile.* > /dev/null (open prof/*.cpuprofile in Chrome DevTools, Performance tab).');

// Large and hostile inputs, each as time per megabyte: the promise is a few seconds per MB at most,
// whatever the input. One run each (they are long enough), in this process.
const { MemoryVfs } = await import('../build/internal.js');
async function lintRepository(files) {
  const vfs = new MemoryVfs('bench', new Map(Object.entries(files)));
  const targets = Object.keys(files).filter((f) => /Dockerfile$/.test(f)).map((path) => ({ path, context: '' }));
  return linter.lint({ vfs, isRepository: true, targets, repository: { name: null, isPrivate: null, githubLicense: null } });
}
const MB = 1024 * 1024;
const big = ['FROM ubuntu:22.04'];
for (let i = 0, size = 0; size < 5 * MB; i++) {
  const line = `RUN echo ${'x'.repeat(40)} ${i} && pip install --no-cache-dir pkg${i}`;
  big.push(line);
  size += line.length + 1;
}
const inputs = [
  ['5 MB Dockerfile (RUN lines)', { Dockerfile: big.join('\n') + '\n' }],
  ['20,000 RUN lines (pip, apt-get, useradd)', { Dockerfile: `FROM ubuntu:22.04\n${Array.from({ length: 20000 }, (_, i) => `RUN pip install p${i} && apt-get install -y q${i} && useradd -u ${1000 + (i % 7)} u${i}`).join('\n')}\n` }],
  ['20,000 ENV lines (each using the one before)', { Dockerfile: `FROM ubuntu:22.04\n${Array.from({ length: 20000 }, (_, i) => `ENV V${i}=\${V${i - 1}:-x}${i}`).join('\n')}\nLABEL name=$V19999\n` }],
  ['27 doubling ENV lines (1 KB)', { Dockerfile: `FROM ubuntu:22.04\nENV A=ab\n${'ENV A=$A$A\n'.repeat(27)}LABEL name=$A\nUSER $A\n` }],
  ['10 MB README of emphasis runs', { Dockerfile: 'FROM ubuntu:22.04\n', 'README.md': `# x\n\n${'*a_ '.repeat((10 * MB) / 4)}\n` }],
  ['README of dense emphasis, just under the mark limit (20,000 marks)', { Dockerfile: 'FROM ubuntu:22.04\n', 'README.md': `# x\n\n${`${'*a_ '.repeat(49)}\n\n`.repeat(200)}` }],
  ['README of 1 MB, prose with some markup (the size limit)', { Dockerfile: 'FROM ubuntu:22.04\n', 'README.md': `# x\n\n${`${'A line of ordinary prose text, as a description or a usage section has it.\n'.repeat(9)}Some *emphasis*, a [link](https://x.example/) and \`code\`.\n\n`.repeat(1280)}` }],
  ['README of one 250 KB paragraph of emphasis (read as text)', { Dockerfile: 'FROM ubuntu:22.04\n', 'README.md': `# x\n\n${'*a_ '.repeat((250 * 1024) / 4)}\n` }],
  ['.dockerignore of 200,000 patterns', { Dockerfile: 'FROM ubuntu:22.04\nCOPY . /app\nUSER 1000\n', '.dockerignore': `${Array.from({ length: 100000 }, (_, i) => `**/dir${i}/**/*.tmp\n!keep${i}`).join('\n')}\n` }],
  ['shell script, 20,000 downloads each behind a file test', { Dockerfile: 'FROM ubuntu:22.04\nCOPY s.sh /app/s.sh\nUSER 1000\nENTRYPOINT ["bash", "/app/s.sh"]\n', 's.sh': `#!/bin/bash\n${Array.from({ length: 20_000 }, (_, i) => `[ -f /m/${i} ] || wget -q https://example.org/${i}\n`).join('')}` }],
  ['Python script, one function of 30,000 calls', { Dockerfile: 'FROM ubuntu:22.04\nCOPY main.py /app/main.py\nUSER 1000\nENTRYPOINT ["python3", "/app/main.py"]\n', 'main.py': `import os\ndef main():\n${Array.from({ length: 30_000 }, (_, i) => `    print(${i})\n`).join('')}main()\n` }],
  ['Python script, 5,000 nested parentheses', { Dockerfile: 'FROM ubuntu:22.04\nCOPY main.py /app/main.py\nUSER 1000\nENTRYPOINT ["python3", "/app/main.py"]\n', 'main.py': `x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n` }],
  ['shell script, 10,000 nested functions', { Dockerfile: 'FROM ubuntu:22.04\nCOPY run.sh /run.sh\nUSER 1000\nENTRYPOINT ["/run.sh"]\n', 'run.sh': `#!/bin/bash\n${'f() { '.repeat(10000)}echo${' ; }'.repeat(10000)}\npip install x\n` }],
  ['shell script, 10,000 heredocs', { Dockerfile: 'FROM ubuntu:22.04\nCOPY run.sh /run.sh\nUSER 1000\nENTRYPOINT ["/run.sh"]\n', 'run.sh': `#!/bin/bash\n${Array.from({ length: 10000 }, (_, i) => `cat <<E${i}\nline ${i}\nE${i}`).join('\n')}\npip install x\n` }],
];
console.log('\nLarge and hostile inputs (one run each; the promise: a few seconds per MB at most):');
console.log('| input | size | ms | s per MB | findings | not fully linted |\n|---|---:|---:|---:|---:|---:|');
for (const [what, files] of inputs) {
  const bytes = Object.values(files).reduce((n, t) => n + t.length, 0);
  const t = performance.now();
  const result = await lintRepository(files);
  const ms = performance.now() - t;
  const size = bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
  // Per MB means little for a tiny input: shown from 64 KB.
  const perMb = bytes >= 64 * 1024 ? (ms / 1000 / (bytes / MB)).toFixed(2) : '—';
  console.log(`| ${what} | ${size} | ${ms.toFixed(0)} | ${perMb} | ${result.findings.length} | ${result.internalErrors.length > 0 ? 'yes (CHM003)' : 'no'} |`);
}

// The license detector, measured when it is part of the build.
const internal = await import('../build/internal.js');
if (typeof internal.detectLicense === 'function') {
  const mit = readFileSync('examples/image_batch_compliant/LICENSE', 'utf8');
  const t0 = performance.now();
  await internal.detectLicense(mit);
  const licenseCold = performance.now() - t0;
  const licenseWarm = await time(() => internal.detectLicense(mit), 20);
  console.log(`\nLicense detection: first call ${licenseCold.toFixed(1)} ms (reads the SPDX texts' word sets, data/license-index.json), then ${licenseWarm.toFixed(2)} ms per file (${ratio(licenseWarm, readMs / files.length)}× reading one corpus file).`);
}
if (!existsSync('bench-corpus')) process.exitCode = 1;
for (const dir of [dflConfigDir, dirname(small), dirname(smallShell)]) rmSync(dir, { recursive: true, force: true });
