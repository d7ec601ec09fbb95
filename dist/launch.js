import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  TOOL_VERSION
} from "./chunk-QHHN7UPP.js";
import "./chunk-VF57VZD3.js";

// src/launch.ts
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { isAscii } from "node:buffer";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { debuglog } from "node:util";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
var debug = debuglog("chaimeleon-lint");
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
function launch(argv, env = process.env) {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
    process.stdout.write(`${TOOL_VERSION}
`);
    return;
  }
  setFlagsFromString("--liftoff-only");
  const bundle = fileURLToPath(new URL("./cli.cjs", import.meta.url));
  let bytes;
  try {
    bytes = readFileSync(bundle);
  } catch (e) {
    process.stderr.write(`chaimeleon-lint: ${bundle} could not be read (${e.code ?? e.message}): the installation is incomplete; install it again.
`);
    process.exitCode = 2;
    return;
  }
  runBundle(bundle, bytes, env, argv[0] !== "--help" && argv[0] !== "-h");
}
function runBundle(bundle, bytes, env, saveCache = true) {
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const cacheFile = codeCacheFile(bundle, env);
  const cachedData = cacheFile === void 0 ? void 0 : readOwnFile(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}
})`, { filename: bundle, cachedData });
  if (cacheFile !== void 0) {
    const used = cachedData !== void 0 && !script.cachedDataRejected;
    debug(`code cache ${used ? "used" : cachedData === void 0 ? "absent" : "rejected"}: ${cacheFile}`);
    if (!used && saveCache) process.once("exit", () => writeOwnFile(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext();
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}
function codeCacheFile(bundle, env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  try {
    const uid = process.getuid?.();
    const dir = join(env.NODE_COMPILE_CACHE || tmpdir(), `chaimeleon-lint-${uid ?? "user"}`);
    mkdirSync(dir, { recursive: true, mode: 448 });
    const info = lstatSync(dir);
    if (!info.isDirectory() || uid !== void 0 && info.uid !== uid || (info.mode & 18) !== 0) {
      debug(`code cache off: ${dir} is not a folder only this user can write`);
      return void 0;
    }
    const pinned = statSync(bundle);
    return join(dir, `cli-${TOOL_VERSION}-${pinned.size}-${Math.trunc(pinned.mtimeMs)}-${pinned.ino}-${process.version}-${process.arch}.v8`);
  } catch (e) {
    debug(`code cache off: ${e.message}`);
    return void 0;
  }
}
function readOwnFile(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const info = fstatSync(fd);
    const uid = process.getuid?.();
    if (!info.isFile() || uid !== void 0 && info.uid !== uid || info.size > MAX_CACHE_BYTES) return void 0;
    return readFileSync(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function writeOwnFile(path, data) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data(), { flag: "wx", mode: 384 });
    renameSync(temp, path);
    debug(`code cache written: ${path}`);
  } catch (e) {
    debug(`code cache not written: ${e.message}`);
    if (e.code !== "EEXIST") rmSync(temp, { force: true });
  }
}
export {
  codeCacheFile,
  launch,
  runBundle
};
