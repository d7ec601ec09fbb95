import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  metadataFrom,
  reviewRepository
} from "./chunk-KT2YTYFH.js";
import {
  GitHubError,
  MalformedAnswer,
  describeAnswer,
  explainFailure
} from "./chunk-CQJNBCNA.js";
import {
  NOT_REVIEWED
} from "./chunk-MXNM2WVY.js";
import "./chunk-W77HCS7B.js";
import "./chunk-EDFD6YIN.js";
import "./chunk-WHQLALEC.js";
import "./chunk-AY5ENJPW.js";
import {
  globToRegExp
} from "./chunk-2OCAH5RW.js";
import "./chunk-SZREWI2H.js";
import "./chunk-6DTU62CM.js";
import "./chunk-W4SLFS7W.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-VF57VZD3.js";

// src/github/org.ts
var MAX_PAGES = 1e3;
function nextPage(link) {
  for (const part of (link ?? "").split(",")) {
    const m = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return null;
}
function pageFrom(data) {
  if (!Array.isArray(data)) throw new MalformedAnswer(`${describeAnswer(data)} instead of a list of repositories`);
  return data.map(metadataFrom);
}
async function listOrganization(client, org) {
  try {
    const repos = [];
    const seen = /* @__PURE__ */ new Set();
    let page = await client.get("GET /orgs/{org}/repos", { org, type: "all", per_page: 100 }, pageFrom);
    for (let n = 1; ; n++) {
      repos.push(...page.data);
      const next = nextPage(page.headers.link);
      if (next === null) break;
      let url;
      try {
        url = new URL(next);
      } catch {
        throw new GitHubError("other", `${org}: GitHub's organization listing gives a next page that is not a URL`);
      }
      if (url.origin !== client.origin) throw new GitHubError("refused", `${org}: GitHub's organization listing gives its next page on ${url.origin}; refused, the token only goes to ${client.origin}`);
      if (seen.has(url.href) || n >= MAX_PAGES) throw new GitHubError("other", `${org}: GitHub's organization listing does not end (page ${n + 1} repeats an earlier one or passes ${MAX_PAGES})`);
      seen.add(url.href);
      page = await client.get(`GET ${url.href}`, {}, pageFrom);
    }
    const byName = new Map(repos.map((r) => [r.fullName.toLowerCase(), r]));
    return [...byName.values()];
  } catch (e) {
    throw explainFailure(client, e, org, "organization");
  }
}
function matchRepositories(repos, globs) {
  const patterns = globs.map((g) => globToRegExp(g, { nocase: true }));
  return repos.filter((r) => patterns.length === 0 || patterns.some((p) => p.test(r.name))).sort((a, b) => a.fullName.toLowerCase() < b.fullName.toLowerCase() ? -1 : a.fullName.toLowerCase() > b.fullName.toLowerCase() ? 1 : 0);
}
var ProgressBar = class {
  constructor(write, total) {
    this.write = write;
    this.total = total;
  }
  write;
  total;
  done = 0;
  last = "";
  tick(name) {
    this.done++;
    this.last = name;
    this.draw();
  }
  log(message) {
    this.write(`\r\x1B[K${message}
`);
    this.draw();
  }
  finish() {
    this.write("\r\x1B[K");
  }
  draw() {
    const width = 30;
    const filled = this.total === 0 ? width : Math.round(this.done / this.total * width);
    this.write(`\r\x1B[K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.done}/${this.total} ${this.last}`);
  }
};
async function scanRepositories(ctx, jobs, concurrency, progress) {
  const reviews = new Array(jobs.length);
  let next = 0;
  let stopped = null;
  const worker = async () => {
    while (stopped === null && next < jobs.length) {
      const i = next++;
      try {
        reviews[i] = await reviewRepository(ctx, jobs[i].spec, jobs[i].known);
      } catch (e) {
        if (!(e instanceof GitHubError)) throw e;
        stopped ??= e;
      }
      progress?.tick(nameOf(jobs[i]));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  jobs.forEach((job, i) => {
    reviews[i] ??= {
      outcome: {
        repository: nameOf(job),
        status: "failed",
        error: `${NOT_REVIEWED} ${stopped?.message ?? "the scan stopped"}`,
        private: job.known?.private ?? null,
        ...job.known ? { url: job.known.htmlUrl } : {},
        errors: 0,
        warnings: 0,
        infos: 0,
        topRules: []
      },
      findings: [],
      files: [],
      lines: /* @__PURE__ */ new Map(),
      internalErrors: []
    };
  });
  return { reviews, stopped };
}
function nameOf(job) {
  return job.known?.fullName ?? `${job.spec.owner}/${job.spec.repo}`;
}
export {
  NOT_REVIEWED,
  ProgressBar,
  listOrganization,
  matchRepositories,
  scanRepositories
};
