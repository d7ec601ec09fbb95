import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UsageError
} from "./chunk-SZREWI2H.js";
import "./chunk-VF57VZD3.js";

// src/project/git.ts
import { execFile } from "node:child_process";
var MAX_OUTPUT = 64 * 1024 * 1024;
var FIXED_OVERRIDES = [
  ["core.fsmonitor", "false"],
  ["core.hooksPath", "/dev/null"],
  ["core.pager", "cat"],
  ["core.sshCommand", "false"],
  ["core.askPass", ""],
  ["core.untrackedCache", "false"],
  ["diff.external", ""],
  ["credential.helper", ""],
  ["protocol.allow", "never"]
];
var COMMAND_KEY = /^(?:filter\..+\.(?:clean|smudge|process)|diff\..+\.(?:textconv|command)|merge\..+\.driver|uploadpack\.packobjectshook|sequence\.editor|core\.editor|gpg\.program|gpg\..+\.program)$/i;
function gitEnv(overrides) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^GIT_/i.test(k) && k !== "PAGER") env[k] = v;
  Object.assign(env, { GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", PAGER: "cat", GIT_OPTIONAL_LOCKS: "0", GIT_NO_REPLACE_OBJECTS: "1", LC_ALL: "C" });
  env.GIT_CONFIG_COUNT = String(overrides.length);
  overrides.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}
function run(cwd, args, env) {
  return new Promise((resolve) => {
    execFile("git", ["--no-pager", ...args], { cwd, maxBuffer: MAX_OUTPUT, encoding: "utf8", env }, (error, stdout) => {
      if (error) resolve({ ok: false, missing: error.code === "ENOENT" });
      else resolve({ ok: true, stdout });
    });
  });
}
async function gitRunner(folder) {
  const listed = await run(folder, ["config", "--list", "-z"], gitEnv(FIXED_OVERRIDES));
  const overrides = [...FIXED_OVERRIDES];
  if (listed.ok) {
    const seen = /* @__PURE__ */ new Set();
    for (const entry of listed.stdout.split("\0")) {
      const key = entry.split("\n", 1)[0];
      if (!COMMAND_KEY.test(key) || seen.has(key.toLowerCase())) continue;
      seen.add(key.toLowerCase());
      overrides.push([key, ""]);
      const driver = /^filter\.(.+)\.[^.]+$/i.exec(key);
      if (driver) overrides.push([`filter.${driver[1]}.required`, "false"]);
    }
  }
  const env = gitEnv(overrides);
  return (args) => run(folder, args, env);
}
var nulSeparated = (text) => text.split("\0").filter(Boolean);
async function openGitBase(folder, ref) {
  if (ref === "" || ref.startsWith("-")) throw new UsageError(`--base ${ref}: not a git ref`);
  const git = await gitRunner(folder);
  const inside = await git(["rev-parse", "--is-inside-work-tree"]);
  if (!inside.ok) {
    throw new UsageError(inside.missing ? "--base needs the git command, which was not found" : `--base ${ref}: ${folder} is not in a git work tree`);
  }
  const verified = await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const commit = verified.ok ? verified.stdout.trim() : "";
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new UsageError(`--base ${ref}: not a commit in the git repository of ${folder} (try a branch, tag or commit id)`);
  let changed = null;
  return {
    ref,
    commit,
    changedFiles() {
      changed ??= (async () => {
        const diff = await git(["diff", "--name-only", "--no-renames", "--no-ext-diff", "--no-textconv", "--relative", "-z", commit, "--"]);
        const untracked = await git(["ls-files", "--others", "--exclude-standard", "-z"]);
        if (!diff.ok || !untracked.ok) throw new Error(`git could not compare ${folder} with ${ref}`);
        return [.../* @__PURE__ */ new Set([...nulSeparated(diff.stdout), ...nulSeparated(untracked.stdout)])].sort();
      })();
      return changed;
    },
    async readAtBase(path) {
      const shown = await git(["show", "--no-textconv", `${commit}:./${path}`]);
      return shown.ok ? shown.stdout : null;
    }
  };
}
export {
  openGitBase
};
