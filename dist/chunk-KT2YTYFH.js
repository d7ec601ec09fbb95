import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  GitHubError,
  MalformedAnswer,
  describeAnswer,
  explainFailure,
  withRequestBudget
} from "./chunk-CQJNBCNA.js";
import {
  pathToUri
} from "./chunk-W77HCS7B.js";
import {
  dockerfileTargets
} from "./chunk-2OCAH5RW.js";
import {
  MAX_FILES,
  MAX_FILE_BYTES,
  SKIPPED_DIRS,
  VfsError,
  decodeText,
  joinRepositoryPath
} from "./chunk-6DTU62CM.js";

// src/github/vfs.ts
var NAME = /^[A-Za-z0-9_.-]{1,100}$/;
var OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function metadataFrom(data) {
  if (!isObject(data)) throw new MalformedAnswer(`${describeAnswer(data)} instead of a repository`);
  const repo = data;
  const owner = isObject(repo.owner) ? repo.owner.login : void 0;
  if (typeof repo.name !== "string" || !NAME.test(repo.name) || typeof owner !== "string" || !NAME.test(owner)) throw new MalformedAnswer("a repository without a valid name or owner");
  if (repo.full_name !== `${owner}/${repo.name}`) throw new MalformedAnswer("a repository whose full name is not OWNER/NAME");
  if (typeof repo.private !== "boolean") throw new MalformedAnswer("a repository without its visibility");
  if (typeof repo.html_url !== "string" || !/^https?:\/\/[^\s<>"'`]+$/.test(repo.html_url)) throw new MalformedAnswer("a repository without a web address");
  if (repo.default_branch !== void 0 && (typeof repo.default_branch !== "string" || repo.default_branch === "" || /[\u0000-\u0020\u007f~^:?*[\\]/.test(repo.default_branch))) {
    throw new MalformedAnswer("a repository whose default branch is not a branch name");
  }
  const spdx = isObject(repo.license) && typeof repo.license.spdx_id === "string" ? repo.license.spdx_id : null;
  return {
    owner,
    name: repo.name,
    fullName: repo.full_name,
    private: repo.private,
    defaultBranch: repo.default_branch ?? "main",
    htmlUrl: repo.html_url.replace(/\/+$/, ""),
    license: spdx && spdx !== "NOASSERTION" && /^[A-Za-z0-9.+-]+$/.test(spdx) ? spdx : null
  };
}
async function fetchMetadata(client, owner, repo) {
  try {
    return (await client.get("GET /repos/{owner}/{repo}", { owner, repo }, metadataFrom)).data;
  } catch (e) {
    throw explainFailure(client, e, `${owner}/${repo}`);
  }
}
async function resolveCommit(client, meta, ref) {
  try {
    const { data } = await client.get(
      "GET /repos/{owner}/{repo}/commits/{ref}",
      { owner: meta.owner, repo: meta.name, ref, headers: { accept: "application/vnd.github.sha" } },
      (answer) => {
        const sha = typeof answer === "string" ? answer.trim() : "";
        if (!OBJECT_ID.test(sha)) throw new MalformedAnswer(`${typeof answer === "string" && !/^\s*</.test(answer) ? "not a commit id" : describeAnswer(answer)} for ${ref}`);
        return sha;
      }
    );
    return data;
  } catch (e) {
    const status = e.status;
    if (!(e instanceof GitHubError) && (status === 404 || status === 422)) return null;
    throw explainFailure(client, e, meta.fullName);
  }
}
function treeFrom(data) {
  if (!isObject(data) || !Array.isArray(data.tree)) throw new MalformedAnswer(`${describeAnswer(data)} instead of a tree`);
  if (data.truncated !== void 0 && typeof data.truncated !== "boolean") throw new MalformedAnswer('a tree whose "truncated" is not true or false');
  for (const e of data.tree) {
    if (!isObject(e) || typeof e.path !== "string" || typeof e.mode !== "string" || typeof e.sha !== "string" || !OBJECT_ID.test(e.sha)) throw new MalformedAnswer("a tree entry without a path, a mode or an object id");
    if (e.type !== "blob" && e.type !== "tree" && e.type !== "commit") throw new MalformedAnswer(`a tree entry of unknown type`);
    if (e.path.split("/").some((part) => part === "" || part === "." || part === "..") || /[\u0000]/.test(e.path)) throw new MalformedAnswer("a tree entry with an impossible path");
    if (e.size !== void 0 && (typeof e.size !== "number" || !(e.size >= 0))) throw new MalformedAnswer("a tree entry with an impossible size");
  }
  return { truncated: data.truncated === true, tree: data.tree };
}
async function fetchTree(client, meta, commit, notice) {
  const files = /* @__PURE__ */ new Map();
  const get = async (sha, recursive) => {
    try {
      const params = { owner: meta.owner, repo: meta.name, tree_sha: sha, ...recursive ? { recursive: "1" } : {} };
      return (await client.get("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", params, treeFrom)).data;
    } catch (e) {
      throw explainFailure(client, e, meta.fullName);
    }
  };
  const skipped = (path) => path.split("/").some((part) => SKIPPED_DIRS.has(part));
  const add = (prefix, entries) => {
    for (const e of entries) {
      const path = prefix + e.path;
      if (e.type !== "blob" || skipped(path) || files.size >= MAX_FILES) continue;
      files.set(path, { sha: e.sha, size: e.size ?? 0, mode: e.mode });
    }
  };
  const walk = async (sha, prefix, inside) => {
    if (files.size >= MAX_FILES) return;
    if (inside.has(sha)) throw new GitHubError("other", `${meta.fullName}: GitHub's tree of ${prefix.replace(/\/$/, "") || "the root"} contains itself (a loop); the answer cannot be a git tree`);
    const whole = await get(sha, true);
    if (!whole.truncated) return add(prefix, whole.tree);
    const level = await get(sha, false);
    add(prefix, level.tree);
    const below = new Set(inside).add(sha);
    for (const e of level.tree) {
      if (e.type === "tree" && !SKIPPED_DIRS.has(e.path)) await walk(e.sha, `${prefix}${e.path}/`, below);
    }
  };
  await walk(commit, "", /* @__PURE__ */ new Set());
  if (files.size >= MAX_FILES) notice(`${meta.fullName}: more than ${MAX_FILES} files; only the first ${MAX_FILES} were listed`);
  return files;
}
var MAX_LINK_HOPS = 8;
var GitHubVfs = class {
  /**
   * @param entries every file of the commit, by repository path
   * @param root the folder the review is rooted at (`''`, or `sub/dir/`): paths the engine sees are relative to it
   * @param only when set, the only files the engine sees (a lone Dockerfile)
   */
  constructor(client, meta, commit, entries, root, only) {
    this.client = client;
    this.meta = meta;
    this.commit = commit;
    this.entries = entries;
    this.root = root;
    this.label = `github:${meta.fullName}@${commit.slice(0, 7)}${root ? `/${root.replace(/\/$/, "")}` : ""}`;
    const visible = only ?? [...entries.keys()].filter((p) => p.startsWith(root)).map((p) => p.slice(root.length));
    this.files = new Set(visible.sort());
  }
  client;
  meta;
  commit;
  entries;
  root;
  label;
  files;
  /** The first API failure while reading: the review of this commit is then incomplete and must not be trusted. */
  failure = null;
  texts = /* @__PURE__ */ new Map();
  readText(path) {
    let pending = this.texts.get(path);
    if (!pending) {
      pending = this.read(path, 0);
      this.texts.set(path, pending);
    }
    return pending;
  }
  linkFor(path, line) {
    if (!this.entries.has(this.root + path)) return void 0;
    return `${this.meta.htmlUrl}/blob/${this.commit}/${pathToUri(this.root + path)}#L${line}`;
  }
  async read(path, hops) {
    if (path.split("/").includes("..")) throw new VfsError(path, "path leaves the repository", "outside");
    const entry = this.files.has(path) ? this.entries.get(this.root + path) : void 0;
    if (!entry) throw new VfsError(path, "does not exist", "missing");
    if (entry.size > MAX_FILE_BYTES) throw new VfsError(path, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, "too-large");
    const bytes = await this.blob(path, entry.sha);
    if (entry.mode !== "120000") return decodeText(path, bytes);
    const target = resolveLink(path, new TextDecoder().decode(bytes));
    if (target === null || !this.files.has(target)) throw new VfsError(path, "is a link to a place outside the repository, so it was not followed", "outside");
    if (hops >= MAX_LINK_HOPS) throw new VfsError(path, "is a symbolic link in a loop", "outside");
    return this.read(target, hops + 1);
  }
  async blob(path, sha) {
    try {
      const params = { owner: this.meta.owner, repo: this.meta.name, file_sha: sha };
      const { data } = await this.client.get("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", params, blobFrom);
      return data;
    } catch (e) {
      if (e instanceof GitHubError && e.kind === "too-large") throw new VfsError(path, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, "too-large");
      const failure = explainFailure(this.client, e, this.meta.fullName);
      this.failure ??= failure;
      throw new VfsError(path, `could not be read from GitHub (${failure.message})`);
    }
  }
};
function blobFrom(data) {
  if (!isObject(data) || typeof data.content !== "string" || data.encoding !== "base64" && data.encoding !== "utf-8") throw new MalformedAnswer(`${describeAnswer(data)} instead of a blob`);
  const bytes = data.encoding === "base64" ? Buffer.from(data.content, "base64") : new TextEncoder().encode(data.content);
  if (bytes.length > MAX_FILE_BYTES || typeof data.size === "number" && data.size > MAX_FILE_BYTES) throw new GitHubError("too-large", "blob larger than the file limit");
  if (typeof data.size === "number" && data.size !== bytes.length) throw new MalformedAnswer(`a blob of ${bytes.length} bytes that says it has ${data.size}`);
  return bytes;
}
function resolveLink(from, target) {
  return joinRepositoryPath(from.split("/").slice(0, -1).join("/"), target);
}

// src/github/review.ts
var TOP_RULES = 3;
function emptyOutcome(repository, status, meta, error) {
  return { repository, status, ...error ? { error } : {}, private: meta?.private ?? null, ...meta ? { url: meta.htmlUrl } : {}, errors: 0, warnings: 0, infos: 0, topRules: [] };
}
async function reviewRepository(ctx, spec, known) {
  const fullName = known?.fullName ?? `${spec.owner}/${spec.repo}`;
  let meta = known ?? null;
  const fail = (e) => {
    if (e instanceof GitHubError && e.kind === "rate-limit") throw e;
    const name = meta?.fullName ?? fullName;
    const text = e instanceof GitHubError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    const message = ctx.client.scrub(text.startsWith(`${name}: `) ? text.slice(name.length + 2) : text);
    const outcome = emptyOutcome(name, e instanceof GitHubError && e.kind === "empty" ? "empty" : "failed", meta, message);
    return { outcome, findings: [], files: [], lines: /* @__PURE__ */ new Map(), internalErrors: [] };
  };
  return withRequestBudget(fullName, async () => {
    try {
      meta ??= await fetchMetadata(ctx.client, spec.owner, spec.repo);
      const located = await locate(ctx, meta, spec);
      if ("error" in located) return fail(new GitHubError("not-found", `${meta.fullName}: ${located.error}`));
      return await lintAt(ctx, meta, located);
    } catch (e) {
      return fail(e);
    }
  });
}
async function locate(ctx, meta, spec) {
  if (spec.refAndPath === null) {
    const commit = await resolveCommit(ctx.client, meta, meta.defaultBranch);
    if (commit === null) return { error: `the default branch ${meta.defaultBranch} names no commit` };
    return { ref: meta.defaultBranch, commit, path: spec.path };
  }
  const parts = spec.refAndPath.split("/");
  for (let n = 1; n <= parts.length; n++) {
    const ref = parts.slice(0, n).join("/");
    const commit = await resolveCommit(ctx.client, meta, ref);
    if (commit !== null) return { ref, commit, path: parts.slice(n).join("/") };
  }
  return { error: `no branch, tag or commit named ${spec.refAndPath}` };
}
async function lintAt(ctx, meta, at) {
  const entries = await fetchTree(ctx.client, meta, at.commit, ctx.notice);
  let root;
  let vfs;
  let targets;
  let isRepository = true;
  if (at.path !== "" && entries.has(at.path)) {
    root = at.path.slice(0, at.path.lastIndexOf("/") + 1);
    const name = at.path.slice(root.length);
    vfs = new GitHubVfs(ctx.client, meta, at.commit, entries, root, [name]);
    targets = [{ path: name, context: "" }];
    isRepository = false;
  } else {
    root = at.path === "" ? "" : `${at.path}/`;
    if (root && ![...entries.keys()].some((p) => p.startsWith(root))) {
      throw new GitHubError("not-found", `${meta.fullName}: no file or folder ${at.path} at ${at.ref}`);
    }
    vfs = new GitHubVfs(ctx.client, meta, at.commit, entries, root);
    targets = dockerfileTargets(vfs.files, ctx.ignore);
  }
  const repository = { name: at.path === "" ? meta.name : null, owner: meta.owner, isPrivate: meta.private, githubLicense: meta.license };
  const result = await ctx.linter.lint({ vfs, isRepository, targets, repository });
  if (vfs.failure) throw vfs.failure;
  const shown = (ctx.display === "full-name" ? `${meta.fullName}/` : "") + root;
  const findings = result.findings.map((f) => {
    const url = vfs.linkFor(f.file, f.range.startLine);
    return { ...f, file: shown + f.file, related: f.related.map((r) => ({ ...r, file: shown + r.file })), ...url ? { url } : {} };
  });
  const lines = /* @__PURE__ */ new Map();
  for (const file of new Set(result.findings.map((f) => f.file))) {
    const text = vfs.files.has(file) ? await vfs.readText(file).catch(() => null) : null;
    if (text !== null) lines.set(shown + file, text.split(/\r?\n/));
  }
  const visible = findings.filter((f) => !f.suppressed);
  const count = (s) => visible.filter((f) => f.severity === s).length;
  const byRule = /* @__PURE__ */ new Map();
  for (const f of visible) byRule.set(f.code, (byRule.get(f.code) ?? 0) + 1);
  const outcome = {
    repository: meta.fullName,
    status: targets.length > 0 ? "reviewed" : "no-dockerfile",
    ...targets.length > 0 ? {} : { error: "no Dockerfile found" },
    private: meta.private,
    ref: at.ref,
    commit: at.commit,
    url: meta.htmlUrl,
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    topRules: [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_RULES).map(([code, n]) => ({ code, count: n }))
  };
  return {
    outcome,
    findings,
    files: result.files.map((f) => shown + f),
    lines,
    internalErrors: result.internalErrors.map((e) => `${meta.fullName}: ${e}`),
    skipped: result.skipped.map((s) => ({ path: shown + s.path, reason: s.reason })),
    unread: result.unread.map((u) => `${shown}${u.file}: ${u.reason}; it was not reviewed`),
    rootUrl: `${meta.htmlUrl}/blob/${at.commit}/`
  };
}

export {
  metadataFrom,
  reviewRepository
};
