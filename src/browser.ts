// The engine for the browser playground (site/): the rules, the Linter and an in-memory file
// system, with nothing of Node. scripts/build-site.mjs bundles it with the *.browser.ts variants of
// the few platform modules (run context, grammar and data file locations, version); everything
// the page lints stays in the page.
import type { ResolvedConfig } from './config.js';
import { formatJson } from './formatters/json.js';
import { formatMarkdown } from './formatters/markdown.js';
import type { Report } from './formatters/report.js';
import { preloadPackageJson } from './license/package-data.browser.js';
import { Linter } from './lint.js';
import { CHAIMELEON_PROFILE } from './profile.js';
import { dockerfileTargets } from './project/targets.js';
import { RULE_EXAMPLES } from './generated/rule-examples.js';
import type { RuleExample } from './rule-docs.js';
import type { RuleMeta } from './rule-types.js';
import { makeRuleSet } from './ruleset.js';
import { setWasmBase } from './shell/grammar-files.browser.js';
import type { Finding } from './types.js';
import { TOOL_VERSION, ruleDocsUrl } from './version.js';
import { decodeText, MAX_FILE_BYTES, VfsError, type Vfs } from './vfs-core.js';

export type { Finding, RuleMeta, RuleExample };
export { MAX_FILE_BYTES, TOOL_VERSION, ruleDocsUrl };

declare const __CHAIMELEON_LINT_DATA_FILES__: string[];

/** The data files the engine reads (the SPDX lists), found by the build in the sources' readPackageJson calls. */
const DATA_FILES: readonly string[] = __CHAIMELEON_LINT_DATA_FILES__;

export interface PlaygroundFile {
  /** Repository-relative path with forward slashes (`Dockerfile`, `app/run.sh`). */
  path: string;
  text: string;
}

export interface PlaygroundResult {
  findings: Finding[];
  /** Files the engine read. */
  files: string[];
  /** Dockerfiles not reviewed as images, with why. */
  skipped: { path: string; reason: string }[];
  /** Why the review is not complete (a failure of the linter or a limit), one line each. */
  errors: string[];
  /** The report as JSON and Markdown, as the CLI would write them. */
  json: string;
  markdown: string;
}

/** The configuration of a repository with no configuration file: the platform's profile, every rule at its default severity. */
const DEFAULT_CONFIG: ResolvedConfig = {
  profile: CHAIMELEON_PROFILE,
  otherProfiles: [],
  severities: new Map(),
  ignore: [],
  ignoreGlobs: [],
  private: null,
  failLevel: 'error',
  source: null,
};

/** The page's files, held in memory and read as the CLI reads a local file: a file too large or binary is refused with the same reason (CHM001). */
class PageVfs implements Vfs {
  readonly label = 'playground';
  readonly files: ReadonlySet<string>;
  constructor(private readonly contents: ReadonlyMap<string, Uint8Array>) {
    this.files = new Set(contents.keys());
  }

  async readText(path: string): Promise<string> {
    const bytes = this.contents.get(path);
    if (bytes === undefined) throw new VfsError(path, 'does not exist', 'missing');
    if (bytes.length > MAX_FILE_BYTES) throw new VfsError(path, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, so it was not read`, 'too-large');
    return decodeText(path, bytes);
  }
}

const ruleSet = makeRuleSet();
const linter = new Linter(ruleSet, DEFAULT_CONFIG);

/** Every rule's metadata, for the docs shown beside a finding. */
export const RULES: readonly RuleMeta[] = ruleSet.meta;
export const RULE_EXAMPLES_BY_CODE: Readonly<Record<string, RuleExample>> = RULE_EXAMPLES;

let ready: Promise<void> | undefined;

/** Where the page's .wasm and data files are (the folder of index.html); call once, before linting. */
export function initPlayground(assetBase: string): Promise<void> {
  setWasmBase(assetBase);
  return (ready ??= preloadPackageJson(DATA_FILES, assetBase));
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Lints the given files as one repository (or, when they are Dockerfiles only, each Dockerfile on
 * its own, as the CLI does for a lone file). Runs one at a time (see run-context.browser.ts).
 */
export function lintFiles(files: readonly PlaygroundFile[]): Promise<PlaygroundResult> {
  const run = queue.then(() => lintNow(files));
  queue = run.catch(() => undefined);
  return run;
}

async function lintNow(files: readonly PlaygroundFile[]): Promise<PlaygroundResult> {
  if (!ready) throw new Error('internal: initPlayground was not called');
  await ready;
  const contents = new Map<string, string>();
  const encoder = new TextEncoder();
  const bytes = new Map<string, Uint8Array>();
  for (const f of files) {
    if (contents.has(f.path)) throw new Error(`${f.path} is given twice`);
    contents.set(f.path, f.text);
    bytes.set(f.path, encoder.encode(f.text));
  }
  const vfs = new PageVfs(bytes);
  const targets = dockerfileTargets(vfs.files, []);
  if (targets.length === 0) throw new Error('no Dockerfile: name one file Dockerfile (or *.dockerfile)');
  // A Dockerfile alone is reviewed as the CLI reviews a lone file: the repository rules (README,
  // LICENSE) would only say that the files nobody pasted are missing.
  const isRepository = targets.length < contents.size;
  const result = await linter.lint({
    vfs,
    isRepository,
    targets,
    repository: { name: null, owner: null, isPrivate: null, githubLicense: null },
  });
  const report: Report = {
    findings: result.findings,
    files: result.files,
    rules: ruleSet.meta,
    toolVersion: TOOL_VERSION,
    sourceLine: (file, line) => contents.get(file)?.split(/\r?\n/)[line - 1],
    failures: result.internalErrors.map((message) => ({ file: 'playground', message })),
  };
  const options = { color: false, frames: false, quiet: false };
  return {
    findings: result.findings,
    files: result.files,
    skipped: result.skipped,
    errors: result.internalErrors,
    json: formatJson(report, options),
    markdown: formatMarkdown(report, options),
  };
}
