import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  inShard,
  isGithubSpec,
  parseGithubSpec,
  parseShard
} from "./chunk-6XQCBPTG.js";
import {
  FORMATTERS,
  JSON_SCHEMA_VERSION,
  NOT_REVIEWED,
  repositoryFileUrl
} from "./chunk-MXNM2WVY.js";
import {
  FINGERPRINT_KEY,
  linkedMessage,
  pathToUri,
  plainText
} from "./chunk-W77HCS7B.js";
import {
  checkedToken
} from "./chunk-EDFD6YIN.js";
import {
  SEVERITY_RANK,
  UsageError,
  compareFindings
} from "./chunk-SZREWI2H.js";
import "./chunk-W4SLFS7W.js";
import {
  TOOL_VERSION
} from "./chunk-QHHN7UPP.js";
import "./chunk-VF57VZD3.js";

// src/github/cli-remote.ts
import { promises as fsp } from "node:fs";
import { resolve } from "node:path";

// src/github/merge.ts
var SEVERITY = { error: "error", warning: "warning", note: "info", none: "info" };
function parse(input, rules) {
  let data;
  try {
    data = JSON.parse(input.text);
  } catch {
    throw new UsageError(`${input.file}: not a JSON or SARIF report (not valid JSON)`);
  }
  const sarif = data;
  if (sarif.version === "2.1.0" && Array.isArray(sarif.runs)) return fromSarif(input.file, sarif, rules);
  const json = data;
  if (json.tool?.name === "chaimeleon-lint" && Array.isArray(json.findings)) {
    if (json.version !== JSON_SCHEMA_VERSION) throw new UsageError(`${input.file}: JSON report version ${json.version}, this chaimeleon-lint merges version ${JSON_SCHEMA_VERSION}`);
    return fromJson(input.file, json);
  }
  throw new UsageError(`${input.file}: not a chaimeleon-lint JSON or SARIF report`);
}
function fromJson(file, json) {
  return {
    file,
    kind: "json",
    toolVersion: json.tool?.version ?? "",
    findings: json.findings.map((f) => ({ ...f, related: f.related ?? [] })),
    files: json.files ?? [],
    repositories: json.repositories ?? [],
    organization: json.scan?.organization ?? null,
    match: json.scan?.match ?? [],
    shard: json.scan?.shard ?? null,
    suppressedNotListed: json.summary?.suppressed ?? 0,
    fingerprints: /* @__PURE__ */ new Map(),
    failures: Array.isArray(json.failures) ? json.failures.map((f) => ({ file: String(f?.file ?? ""), message: String(f?.message ?? "") })) : failedRepositories(json.repositories ?? [])
  };
}
function failedRepositories(repositories) {
  return repositories.filter((r) => r.status === "failed").map((r) => ({ file: r.repository, message: r.error ?? "failed" }));
}
function sarifFailures(run) {
  if (!Array.isArray(run.invocations)) return null;
  return run.invocations.flatMap(
    (i) => (i.toolExecutionNotifications ?? []).map((n) => {
      const text = String(n.message?.text ?? "");
      const file = typeof n.properties?.file === "string" ? n.properties.file : "";
      return { file, message: file && text.startsWith(`${file}: `) ? text.slice(file.length + 2) : text };
    })
  );
}
function range(region) {
  const startLine = region?.startLine ?? 1;
  const startColumn = region?.startColumn ?? 1;
  return { startLine, startColumn, endLine: region?.endLine ?? startLine, endColumn: region?.endColumn ?? startColumn };
}
function uriToPath(uri) {
  return uri.split("/").map(decodeURIComponent).join("/");
}
function fromSarif(file, log, rules) {
  const run = log.runs.length === 1 ? log.runs[0] : null;
  if (!run || run.tool?.driver?.name !== "chaimeleon-lint") throw new UsageError(`${file}: not a SARIF report of chaimeleon-lint (one run of the chaimeleon-lint tool)`);
  const slugs = new Map([...rules.map((r) => [r.code, r.slug]), ...(run.tool.driver.rules ?? []).map((r) => [r.id, r.name ?? ""])]);
  const fingerprints = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Set();
  const findings = (run.results ?? []).map((r) => {
    const where = r.locations[0]?.physicalLocation;
    const path = uriToPath(where?.artifactLocation.uri ?? "");
    files.add(path);
    const related = (r.relatedLocations ?? []).map((l) => ({ file: uriToPath(l.physicalLocation.artifactLocation.uri), range: range(l.physicalLocation.region), message: l.message?.text ?? "" }));
    const suppression = r.suppressions?.[0];
    const linked = linkedMessage("", related);
    const text = r.message.text;
    const finding = {
      code: r.ruleId,
      slug: slugs.get(r.ruleId) ?? "",
      severity: SEVERITY[r.level ?? "warning"] ?? "warning",
      message: related.length > 0 && text.endsWith(linked) ? text.slice(0, -linked.length) : text,
      file: path,
      range: range(where?.region),
      related,
      ...r.hostedViewerUri ? { url: r.hostedViewerUri } : {},
      ...suppression ? { suppressed: { kind: suppression.kind === "inSource" ? "inline" : "config", justification: suppression.justification ?? "" } } : {}
    };
    const print = r.partialFingerprints?.[FINGERPRINT_KEY];
    if (print) fingerprints.set(finding, print);
    return finding;
  });
  const props = run.properties ?? {};
  return {
    file,
    kind: "sarif",
    toolVersion: run.tool.driver.version ?? "",
    findings,
    // SARIF lists no linted files: those with results stand for them.
    files: [...files],
    repositories: props.repositories ?? [],
    organization: props.organization ?? null,
    match: props.match ?? [],
    shard: props.shard ?? null,
    suppressedNotListed: 0,
    fingerprints,
    failures: sarifFailures(run) ?? failedRepositories(props.repositories ?? []),
    category: run.automationDetails?.id,
    rootUri: run.originalUriBaseIds?.["%SRCROOT%"]?.uri
  };
}
function common(parts, pick) {
  const values = parts.map(pick);
  return values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) ? values[0] : void 0;
}
function mergeReports(inputs, rules) {
  const parts = inputs.map((i) => parse(i, rules));
  const kinds = new Set(parts.map((p) => p.kind));
  if (kinds.size > 1) throw new UsageError("merge: give only JSON reports or only SARIF reports, not both");
  const warnings = [];
  const versions = new Set(parts.map((p) => p.toolVersion));
  if (versions.size > 1 || !versions.has(TOOL_VERSION)) {
    warnings.push(`merge: the reports come from chaimeleon-lint ${[...versions].join(", ")}; rule descriptions are those of ${TOOL_VERSION}`);
  }
  const owner = /* @__PURE__ */ new Map();
  for (const p of parts) {
    for (const r of p.repositories) {
      const key = r.repository.toLowerCase();
      const seen = owner.get(key);
      if (seen !== void 0) throw new UsageError(`merge: ${r.repository} is in both ${seen} and ${p.file}: did two shards review the same repository?`);
      owner.set(key, p.file);
    }
  }
  const problems = shardProblems(parts);
  const repositories = parts.flatMap((p) => p.repositories).sort((a, b) => a.repository.toLowerCase() < b.repository.toLowerCase() ? -1 : 1);
  const fingerprints = new Map(parts.flatMap((p) => [...p.fingerprints]));
  const rootUri = common(parts, (p) => p.rootUri);
  const failures = [...parts.flatMap((p) => p.failures), ...problems.map((message) => ({ file: "merge", message: message.replace(/^merge: /, "") }))];
  const report = {
    findings: parts.flatMap((p) => p.findings).sort(compareFindings),
    files: [...new Set(parts.flatMap((p) => p.files))].sort(),
    rules,
    toolVersion: TOOL_VERSION,
    ...rootUri ? { rootUri } : {},
    fileUrl: repositoryFileUrl(repositories),
    scan: {
      organization: common(parts, (p) => p.organization) ?? null,
      match: common(parts, (p) => p.match) ?? [],
      shard: null,
      repositories,
      suppressedNotListed: parts.reduce((n, p) => n + p.suppressedNotListed, 0),
      fingerprints
    },
    failures
  };
  return { kind: parts[0].kind, report, category: common(parts, (p) => p.category), problems, warnings };
}
function shardProblems(parts) {
  const sharded = parts.filter((p) => p.shard !== null);
  if (sharded.length === 0) return [];
  const split = sharded.map((p) => /^(\d+)\/(\d+)$/.exec(p.shard));
  const counts = new Set(split.map((m) => m?.[2]));
  if (split.some((m) => !m) || counts.size > 1) throw new UsageError(`merge: the reports come from different splits (${sharded.map((p) => `${p.file}: ${p.shard}`).join(", ")})`);
  const seen = /* @__PURE__ */ new Map();
  for (const p of sharded) {
    const other = seen.get(p.shard);
    if (other) throw new UsageError(`merge: shard ${p.shard} is in both ${other} and ${p.file}`);
    seen.set(p.shard, p.file);
  }
  const n = Number(split[0][2]);
  const missing = Array.from({ length: n }, (_, i) => `${i + 1}/${n}`).filter((s) => !seen.has(s));
  return missing.length > 0 ? [`merge: shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} missing: the merged report does not cover every repository`] : [];
}

// src/github/cli-remote.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var MAX_CONCURRENCY = 32;
var RETRIES = 3;
var MAX_WAIT_MS = 12e4;
var MAX_TIMEOUT_S = Math.floor((2 ** 31 - 1) / 1e3);
async function remoteCommand(args, io, ruleSet, config) {
  if (args._?.[0] === "merge") return merge(args, io, ruleSet, config);
  const remotePaths = args.paths.filter(isGithubSpec);
  if (args.org === void 0) {
    if (args.match.length > 0 || args.shard !== void 0) throw new UsageError(`${args.shard !== void 0 ? "--shard" : "--match"} only applies to an organization scan (--org ORG)`);
    if (remotePaths.length === 0) return null;
    if (remotePaths.length < args.paths.length) throw new UsageError("github: paths and local paths cannot be mixed in one run");
  } else if (args.paths.length > 0) {
    throw new UsageError("--org reviews the organization's repositories: give it no paths");
  }
  if (args.base !== void 0) throw new UsageError("--base compares a local git checkout; it does not apply to GitHub repositories");
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > MAX_CONCURRENCY) {
    throw new UsageError(`--concurrency ${args.concurrency}: expected a whole number from 1 to ${MAX_CONCURRENCY}`);
  }
  const timeout = args["github-timeout"];
  if (typeof timeout !== "number" || !Number.isFinite(timeout) || !(timeout > 0) || timeout > MAX_TIMEOUT_S) {
    throw new UsageError(`--github-timeout ${Array.isArray(timeout) ? timeout.join(" ") : timeout}: expected a number of seconds above 0 and at most ${MAX_TIMEOUT_S}`);
  }
  const specs = remotePaths.map((p) => {
    const spec = parseGithubSpec(p);
    if (!spec) throw new UsageError(`${p}: expected github:OWNER/REPO, github:OWNER/REPO@REF or github:OWNER/REPO[@REF]/PATH`);
    return spec;
  });
  const shard = args.shard === void 0 ? null : parseShard(args.shard);
  const apiRoot = apiUrl(args["github-api"] ?? io.env.GITHUB_API_URL);
  const token = checkedToken(io.env);
  const [{ createGitHubClient, GitHubError }, { listOrganization, matchRepositories, ProgressBar, scanRepositories }, { reviewRepository }, { Linter }] = await Promise.all([
    import("./client-JHEI7CPA.js"),
    import("./org-4XVGVM2C.js"),
    import("./review-OU64QYDE.js"),
    import("./lint-DOFBEDBL.js")
  ]);
  let bar = null;
  const notice = (message) => bar ? bar.log(`chaimeleon-lint: ${plainText(message)}`) : io.stderr(`chaimeleon-lint: ${plainText(message)}
`);
  const client = createGitHubClient({
    token,
    apiUrl: apiRoot,
    timeoutMs: timeout * 1e3,
    retries: RETRIES,
    backoffMs: Number(io.env.CHAIMELEON_LINT_GITHUB_BACKOFF_MS) || 1e3,
    maxWaitMs: MAX_WAIT_MS,
    notice
  });
  const ctx = { client, linter: new Linter(ruleSet, config), ignore: config.ignore, notice, display: specs.length === 1 ? "repository" : "full-name" };
  try {
    if (specs.length === 1) return single(args, await reviewRepository(ctx, specs[0]), remotePaths[0], ruleSet, config, io, client);
    let jobs = specs.map((spec) => ({ spec }));
    if (args.org !== void 0) {
      const listed = matchRepositories(await listOrganization(client, args.org), args.match).filter((r) => !shard || inShard(r.fullName, shard));
      jobs = listed.map((known) => ({ spec: { owner: known.owner, repo: known.name, refAndPath: null, path: "" }, known }));
      if (io.stderrIsTTY && !io.env.CI) bar = new ProgressBar(io.stderr, jobs.length);
    }
    const { reviews, stopped } = await scanRepositories(ctx, jobs, args.concurrency, bar);
    bar?.finish();
    bar = null;
    if (stopped) io.stderr(`chaimeleon-lint: ${plainText(client.scrub(stopped.message))}
`);
    return several(args, reviews, { organization: args.org ?? null, match: args.match, shard: args.shard ?? null }, ruleSet, config, io);
  } catch (e) {
    bar?.finish();
    if (e instanceof GitHubError) throw new UsageError(client.scrub(e.message));
    throw e;
  }
}
function withoutCredentials(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1");
}
function apiUrl(value) {
  const url = value?.trim() || "https://api.github.com";
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !/^https?:\/\/[^/\s]+/i.test(url)) {
    throw new UsageError(`--github-api ${withoutCredentials(url)}: expected an http(s) URL, e.g. https://github.example.com/api/v3`);
  }
  if (parsed.username || parsed.password) throw new UsageError(`--github-api ${withoutCredentials(url)}: a user name or password in the URL is refused; set GITHUB_TOKEN instead`);
  if (parsed.search || parsed.hash) throw new UsageError(`--github-api ${url}: expected the API root, without ? or #`);
  return url.replace(/\/+$/, "");
}
function failedAt(findings, config) {
  const level = config.failLevel;
  return level !== "none" && findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}
function repositoryFailures(repositories, named) {
  return repositories.filter((r) => r.status === "failed" || named && (r.status === "empty" || r.status === "no-dockerfile")).map((r) => ({ file: r.repository, message: r.status === "no-dockerfile" ? "no Dockerfile found: nothing to review" : r.error ?? r.status }));
}
function single(args, review, input, ruleSet, config, io, client) {
  const { outcome } = review;
  const failures = repositoryFailures([outcome], true).map((f) => ({ ...f, file: input, message: client.scrub(f.message) }));
  for (const err of review.internalErrors) failures.push({ file: input, message: `internal error: ${err.split("\n")[0]}` });
  for (const line of review.unread ?? []) failures.push({ file: input, message: client.scrub(line) });
  for (const f of failures) io.stderr(`chaimeleon-lint: ${plainText(`${f.file}: ${f.message}`)}
`);
  const commitUrl = outcome.url && outcome.commit ? `${outcome.url}/blob/${outcome.commit}/` : void 0;
  const report = {
    findings: review.findings,
    files: review.files,
    rules: ruleSet.meta,
    toolVersion: TOOL_VERSION,
    sourceLine: (file, line) => review.lines.get(file)?.[line - 1],
    ...review.rootUrl ? { rootUri: review.rootUrl } : {},
    ...commitUrl ? { fileUrl: (file, line) => `${commitUrl}${pathToUri(file)}#L${line}` } : {},
    failures,
    skipped: review.skipped ?? []
  };
  return { args, report, exitCode: failures.length > 0 ? EXIT_USAGE : failedAt(review.findings, config) ? EXIT_FINDINGS : EXIT_OK };
}
function several(args, reviews, scope, ruleSet, config, io) {
  const repositories = reviews.map((r) => r.outcome);
  const failures = repositoryFailures(repositories, scope.organization === null);
  if (scope.organization !== null && scope.shard === null && repositories.length === 0) {
    failures.push({ file: scope.organization, message: `no repository of the organization${scope.match.length ? ` matches ${scope.match.join(", ")}` : ""}: nothing to review` });
  }
  for (const f of failures) if (!f.message.startsWith(NOT_REVIEWED)) io.stderr(`chaimeleon-lint: ${plainText(`${f.file}: ${f.message}`)}
`);
  for (const r of reviews) {
    for (const err of r.internalErrors) {
      const line = `internal error: ${err.split("\n")[0]}`;
      io.stderr(`chaimeleon-lint: ${plainText(line)}
`);
      failures.push({ file: r.outcome.repository, message: line });
    }
    for (const line of r.unread ?? []) {
      io.stderr(`chaimeleon-lint: ${plainText(line)}
`);
      failures.push({ file: r.outcome.repository, message: line });
    }
  }
  const lines = new Map(reviews.flatMap((r) => [...r.lines]));
  const findings = reviews.flatMap((r) => r.findings).sort(compareFindings);
  const report = {
    findings,
    files: reviews.flatMap((r) => r.files),
    rules: ruleSet.meta,
    toolVersion: TOOL_VERSION,
    sourceLine: (file, line) => lines.get(file)?.[line - 1],
    fileUrl: repositoryFileUrl(repositories),
    scan: { ...scope, repositories },
    failures,
    skipped: reviews.flatMap((r) => r.skipped ?? [])
  };
  return { args, report, exitCode: failures.length > 0 ? EXIT_USAGE : failedAt(findings, config) ? EXIT_FINDINGS : EXIT_OK };
}
async function merge(args, io, ruleSet, config) {
  const inputs = await Promise.all(
    (args.files ?? []).map(async (file) => {
      try {
        return { file, text: await fsp.readFile(resolve(io.cwd, file), "utf8") };
      } catch (e) {
        throw new UsageError(`${file}: cannot read the report (${e.code ?? e.message})`);
      }
    })
  );
  if (args.format !== void 0 && !(args.format in FORMATTERS)) throw new UsageError(`--format ${args.format}: expected one of ${Object.keys(FORMATTERS).join(", ")}`);
  const merged = mergeReports(inputs, ruleSet.meta);
  for (const w of merged.warnings) io.stderr(`chaimeleon-lint: ${plainText(w)}
`);
  for (const p of merged.problems) io.stderr(`chaimeleon-lint: ${plainText(p)}
`);
  args.format ??= merged.kind;
  args.category ??= merged.category;
  const { report } = merged;
  const broken = (report.failures ?? []).length > 0 || report.scan.repositories.some((r) => r.status === "failed");
  return { args, report, exitCode: broken ? EXIT_USAGE : failedAt(report.findings, config) ? EXIT_FINDINGS : EXIT_OK };
}
export {
  remoteCommand
};
