const __chm_import_meta_url = require("node:url").pathToFileURL(__filename).href;
const __chm_require = require;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/launch.ts
var launch_exports = {};
__export(launch_exports, {
  codeCacheFile: () => codeCacheFile,
  launch: () => launch,
  runBundle: () => runBundle
});
module.exports = __toCommonJS(launch_exports);
var import_node_fs2 = require("node:fs");
var import_node_buffer = require("node:buffer");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var import_node_util = require("node:util");
var import_node_v8 = require("node:v8");
var import_node_vm = require("node:vm");

// src/version.ts
var import_node_fs = require("node:fs");
function readVersion() {
  try {
    const pkg = JSON.parse((0, import_node_fs.readFileSync)(new URL("../package.json", __chm_import_meta_url), "utf8"));
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}
var TOOL_VERSION = readVersion();

// src/launch.ts
var debug = (0, import_node_util.debuglog)("chaimeleon-lint");
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
function launch(argv, env = process.env) {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
    process.stdout.write(`${TOOL_VERSION}
`);
    return;
  }
  (0, import_node_v8.setFlagsFromString)("--liftoff-only");
  (0, import_node_v8.setFlagsFromString)("--max-inlined-bytecode-size-cumulative=200");
  const bundle = (0, import_node_url.fileURLToPath)(new URL("./cli.cjs", __chm_import_meta_url));
  let bytes;
  try {
    bytes = (0, import_node_fs2.readFileSync)(bundle);
  } catch (e) {
    process.stderr.write(`chaimeleon-lint: ${bundle} could not be read (${e.code ?? e.message}): the installation is incomplete; install it again.
`);
    process.exitCode = 2;
    return;
  }
  runBundle(bundle, bytes, env, argv[0] !== "--help" && argv[0] !== "-h");
}
function runBundle(bundle, bytes, env, saveCache = true) {
  const source = (0, import_node_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const cacheFile = codeCacheFile(bundle, env);
  const cachedData = cacheFile === void 0 ? void 0 : readOwnFile(cacheFile);
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}
})`, { filename: bundle, cachedData });
  if (cacheFile !== void 0) {
    const used = cachedData !== void 0 && !script.cachedDataRejected;
    debug(`code cache ${used ? "used" : cachedData === void 0 ? "absent" : "rejected"}: ${cacheFile}`);
    if (!used && saveCache) process.once("exit", () => writeOwnFile(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext();
  const module2 = { exports: {} };
  run.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, (0, import_node_path.dirname)(bundle));
}
function codeCacheFile(bundle, env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  try {
    const uid = process.getuid?.();
    const dir = (0, import_node_path.join)(env.NODE_COMPILE_CACHE || (0, import_node_os.tmpdir)(), `chaimeleon-lint-${uid ?? "user"}`);
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
    const info = (0, import_node_fs2.lstatSync)(dir);
    if (!info.isDirectory() || uid !== void 0 && info.uid !== uid || (info.mode & 18) !== 0) {
      debug(`code cache off: ${dir} is not a folder only this user can write`);
      return void 0;
    }
    const pinned = (0, import_node_fs2.statSync)(bundle);
    return (0, import_node_path.join)(dir, `cli-${TOOL_VERSION}-${pinned.size}-${Math.trunc(pinned.mtimeMs)}-${pinned.ino}-${process.version}-${process.arch}.v8`);
  } catch (e) {
    debug(`code cache off: ${e.message}`);
    return void 0;
  }
}
function readOwnFile(path) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(path, import_node_fs2.constants.O_RDONLY | (import_node_fs2.constants.O_NOFOLLOW ?? 0));
    const info = (0, import_node_fs2.fstatSync)(fd);
    const uid = process.getuid?.();
    if (!info.isFile() || uid !== void 0 && info.uid !== uid || info.size > MAX_CACHE_BYTES) return void 0;
    return (0, import_node_fs2.readFileSync)(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs2.closeSync)(fd);
  }
}
function writeOwnFile(path, data) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    (0, import_node_fs2.writeFileSync)(temp, data(), { flag: "wx", mode: 384 });
    (0, import_node_fs2.renameSync)(temp, path);
    debug(`code cache written: ${path}`);
  } catch (e) {
    debug(`code cache not written: ${e.message}`);
    if (e.code !== "EEXIST") (0, import_node_fs2.rmSync)(temp, { force: true });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  codeCacheFile,
  launch,
  runBundle
});
