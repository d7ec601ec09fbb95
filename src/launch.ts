// The command's launcher (dist/launch.cjs; bin/chaimeleon-lint.js and the pre-commit hook run it).
// It runs the command line's one-script bundle, dist/cli.cjs, through V8's code cache: a process
// that lints one file spends more time compiling the bundle than linting, and Node 20 has no code
// cache of its own (Node 22.1's module.enableCompileCache covers only what its module loader loads).
// The cache is the compiled code of the functions a run used, written once at exit and handed to V8
// by the next run; V8 checks that it was made by the same V8 with the same flags for a source of
// the same length, and the file's name pins the bundle (size, modification time, inode), so an
// edited bundle never runs with a stale cache. It lives where Node keeps its own compile cache
// (NODE_COMPILE_CACHE, else the system's temporary folder) in a folder only this user can write:
// compiled code is code, so a cache another user could have written is never read.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's; NODE_DEBUG=chaimeleon-lint says
// on stderr whether the cache was used.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debuglog } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { TOOL_VERSION } from './version.js';

const debug = debuglog('chaimeleon-lint');
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** Runs the command line: `--version` from package.json alone, anything else from the bundle. */
export function launch(argv: string[], env: NodeJS.ProcessEnv = process.env): void {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return;
  }
  // V8's flags are set before the bundle compiles: V8 rejects a code cache made under other flags.
  // The command line keeps WebAssembly on V8's baseline compiler (src/shell/grammar-files.ts).
  setFlagsFromString('--liftoff-only');
  // A lint runs hundreds of small functions (rules, facts, parsers), each hot for a while: with
  // V8's default inlining budget (920 bytes of bytecode) the optimiser spent about 4 s of CPU on
  // 2,000 Dockerfiles, and the main thread ran unoptimised code meanwhile. A smaller budget
  // compiles each function sooner and cheaper: about 0.9 of the time and 0.83 of the CPU on that
  // corpus (npm run bench), and leaves the second core to a worker.
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
  const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
  let bytes: Buffer;
  try {
    bytes = readFileSync(bundle);
  } catch (e) {
    process.stderr.write(`chaimeleon-lint: ${bundle} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): the installation is incomplete; install it again.\n`);
    process.exitCode = 2;
    return;
  }
  runBundle(bundle, bytes, env, argv[0] !== '--help' && argv[0] !== '-h');
}

/**
 * Runs a CommonJS bundle (the file `bundle`, read as `bytes`) as Node would `require` it, with its
 * compiled code from the cache when there is a usable one; when there is none, the code this run
 * compiled is saved at exit (unless `saveCache` is false: `--help` compiles little of what a lint
 * needs). A run whose worker threads set V8's flags back for long runs (grammar-files.ts) saves a
 * cache the next run rejects and writes again.
 */
export function runBundle(bundle: string, bytes: Buffer, env: NodeJS.ProcessEnv, saveCache = true): void {
  // The build writes the bundle in ASCII: read as Latin-1, a plain copy (UTF-8 decoding took 15 ms).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = codeCacheFile(bundle, env);
  const cachedData = cacheFile === undefined ? undefined : readOwnFile(cacheFile);
  // The function CommonJS wraps a module in (Node's own Module.wrap is not a documented API).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: bundle, cachedData });
  if (cacheFile !== undefined) {
    const used = cachedData !== undefined && !script.cachedDataRejected;
    debug(`code cache ${used ? 'used' : cachedData === undefined ? 'absent' : 'rejected'}: ${cacheFile}`);
    if (!used && saveCache) process.once('exit', () => writeOwnFile(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/** The cache file for `bundle` on this Node, or undefined when caching is off or has no safe folder. */
export function codeCacheFile(bundle: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const uid = process.getuid?.();
    const dir = join(env.NODE_COMPILE_CACHE || tmpdir(), `chaimeleon-lint-${uid ?? 'user'}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // A link, another user's folder or one others may write into could hold planted code.
    const info = lstatSync(dir);
    if (!info.isDirectory() || (uid !== undefined && info.uid !== uid) || (info.mode & 0o022) !== 0) {
      debug(`code cache off: ${dir} is not a folder only this user can write`);
      return undefined;
    }
    const pinned = statSync(bundle);
    return join(dir, `cli-${TOOL_VERSION}-${pinned.size}-${Math.trunc(pinned.mtimeMs)}-${pinned.ino}-${process.version}-${process.arch}.v8`);
  } catch (e) {
    debug(`code cache off: ${(e as Error).message}`);
    return undefined;
  }
}

/** The file's bytes when it is a regular file (not a link) of this user's, else undefined. */
function readOwnFile(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const info = fstatSync(fd);
    const uid = process.getuid?.();
    if (!info.isFile() || (uid !== undefined && info.uid !== uid) || info.size > MAX_CACHE_BYTES) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the file whole or not at all (a new file beside it takes its name); failures cost only speed. */
function writeOwnFile(path: string, data: () => Buffer): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data(), { flag: 'wx', mode: 0o600 });
    renameSync(temp, path);
    debug(`code cache written: ${path}`);
  } catch (e) {
    debug(`code cache not written: ${(e as Error).message}`);
    // A half-written file of this process's (a full disk) goes; one of another's is left alone.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(temp, { force: true });
  }
}
