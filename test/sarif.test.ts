// SARIF output: every fixture and example is linted through the CLI as SARIF, validated against the
// official SARIF 2.1.0 schema (as shipped by Microsoft's @microsoft/jest-sarif), and checked against
// the limits GitHub code scanning enforces on upload.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import type { Report } from '../src/formatters/index.js';
import { FINGERPRINT_KEY, formatSarif, helpText, pathToUri } from '../src/formatters/sarif.js';
import { mergeReports } from '../src/github/merge.js';
import type { Finding } from '../src/types.js';
import { ROOT, ruleSet } from './helpers.js';

const require = createRequire(import.meta.url);
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;

/**
 * The schema is draft-04; Ajv 8 reads draft-07. For this schema the two differ only in the name of
 * the top-level identifier (`id` → `$id`): it uses no boolean exclusiveMinimum/Maximum. Its
 * `language` pattern has a stray `]` that only a non-Unicode RegExp accepts (as a literal), as
 * JSON Schema's ECMA-262 patterns allow.
 */
function sarifValidator(): ValidateFunction {
  const { id, $schema: _draft04, ...schema } = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...schema, $id: id as string });
}

const validate = sarifValidator();

/** GitHub's limits for a SARIF upload (docs.github.com, "SARIF support for code scanning"). */
const GITHUB = { runs: 20, results: 25_000, rules: 25_000, description: 1024, tagsShown: 10, locations: 1000 };

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: any[] } };
    results: any[];
    automationDetails?: { id: string };
    originalUriBaseIds?: Record<string, { uri: string }>;
  }[];
}

function schemaErrors(log: unknown): string {
  return validate(log) ? '' : JSON.stringify(validate.errors?.slice(0, 5), null, 2);
}

/** Everything GitHub checks or relies on that the schema does not say. */
function githubProblems(log: SarifLog): string[] {
  const problems: string[] = [];
  if (log.runs.length !== 1 || log.runs.length > GITHUB.runs) problems.push(`${log.runs.length} runs`);
  for (const run of log.runs) {
    const rules = run.tool.driver.rules;
    if (rules.length > GITHUB.rules) problems.push('too many rules');
    if (run.results.length > GITHUB.results) problems.push('too many results');
    for (const rule of rules) {
      const meta = ruleSet.meta.find((m) => m.code === rule.id);
      if (!meta) problems.push(`rule ${rule.id} is not registered`);
      if (!rule.shortDescription?.text || rule.shortDescription.text.length > GITHUB.description) problems.push(`${rule.id}: shortDescription`);
      if (!rule.fullDescription?.text || rule.fullDescription.text.length > GITHUB.description) problems.push(`${rule.id}: fullDescription`);
      if (!rule.help?.text || rule.help.markdown === rule.help.text) problems.push(`${rule.id}: help`);
      if ((rule.properties?.tags ?? []).length > GITHUB.tagsShown) problems.push(`${rule.id}: more tags than GitHub shows`);
      const score = rule.properties?.['security-severity'];
      if (meta?.security) {
        const n = Number(score);
        if (typeof score !== 'string' || !(n > 0 && n <= 10)) problems.push(`${rule.id}: security-severity ${score}`);
        if (!rule.properties.tags.includes('security')) problems.push(`${rule.id}: a security rule without the security tag`);
      } else if (score !== undefined) problems.push(`${rule.id}: security-severity on a rule that does not protect the platform`);
    }
    for (const result of run.results) {
      const where = `${result.ruleId} ${result.locations?.[0]?.physicalLocation?.artifactLocation?.uri}`;
      if (rules[result.ruleIndex]?.id !== result.ruleId) problems.push(`${where}: ruleIndex`);
      if (!['error', 'warning', 'note'].includes(result.level)) problems.push(`${where}: level ${result.level}`);
      if (!result.message?.text?.trim()) problems.push(`${where}: empty message`);
      if (result.locations.length !== 1 || result.locations.length + (result.relatedLocations?.length ?? 0) > GITHUB.locations) problems.push(`${where}: locations`);
      for (const loc of [...result.locations, ...(result.relatedLocations ?? [])]) {
        const { artifactLocation: artifact, region } = loc.physicalLocation;
        if (artifact.uriBaseId !== '%SRCROOT%' || /^[a-z]+:|^\/|\\/i.test(artifact.uri)) problems.push(`${where}: uri ${artifact.uri}`);
        if (!(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine)) problems.push(`${where}: region`);
        if (region.endLine === region.startLine && region.endColumn < region.startColumn) problems.push(`${where}: region columns`);
      }
      const ids = (result.relatedLocations ?? []).map((r: { id: number }) => r.id);
      if (new Set(ids).size !== ids.length) problems.push(`${where}: related location ids repeat`);
      // GitHub shows a related location only when the message links to it, as `[text](id)`.
      const links = [...(result.message?.text ?? '').matchAll(/(?<!\\)\]\((\d+)\)/g)].map((m) => Number(m[1]));
      for (const id of ids) if (!links.includes(id)) problems.push(`${where}: related location ${id} not linked from the message`);
      for (const id of links) if (!ids.includes(id)) problems.push(`${where}: the message links to ${id}, which is no related location`);
      if (!/^[0-9a-f]{32}:\d+$/.test(result.partialFingerprints?.[FINGERPRINT_KEY] ?? '')) problems.push(`${where}: fingerprint`);
    }
  }
  return problems;
}

async function cliSarif(cwd: string, args: string[]): Promise<{ code: number; log: SarifLog | null; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--format', 'sarif', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false });
  return { code, log: stdout ? (JSON.parse(stdout) as SarifLog) : null, stderr };
}

/** Every fixture entry (a lone file or a folder) and every example repository. */
function cases(): { name: string; cwd: string; path: string }[] {
  const result: { name: string; cwd: string; path: string }[] = [];
  const fixtures = join(ROOT, 'fixtures');
  for (const code of readdirSync(fixtures).sort()) {
    // `.fixed` entries are expected results of fixes (test/fixes.test.ts), not cases of their own.
    for (const entry of readdirSync(join(fixtures, code)).filter((e) => !e.endsWith('.fixed')).sort()) {
      const full = join(fixtures, code, entry);
      result.push(statSync(full).isDirectory() ? { name: `${code}/${entry}`, cwd: full, path: '.' } : { name: `${code}/${entry}`, cwd: dirname(full), path: basename(full) });
    }
  }
  const examples = join(ROOT, 'examples');
  for (const entry of readdirSync(examples).sort()) result.push({ name: `examples/${entry}`, cwd: join(examples, entry), path: '.' });
  return result;
}

describe('SARIF of every fixture and example', () => {
  it('rejects what the schema forbids (the validator is real)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  const all = cases();
  it('has cases to check', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all)('$name', async ({ cwd, path }) => {
    const { code, log, stderr } = await cliSarif(cwd, [path]);
    // A fixture of a configuration error answers with exit 2 and no report.
    if (log === null) {
      expect(code, stderr).toBe(2);
      return;
    }
    expect(schemaErrors(log)).toBe('');
    expect(githubProblems(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ruleSet.meta.map((m) => m.code));
    expect(run.originalUriBaseIds?.['%SRCROOT%'].uri).toBe(pathToFileURL(`${cwd}/`).href);
  });
});

describe('SARIF details', () => {
  const base: Omit<Report, 'findings'> = { files: ['dir with space/Dockerfile'], rules: ruleSet.meta, toolVersion: '1.2.3' };
  const finding = (over: Partial<Finding>): Finding => ({
    code: 'CHM101',
    slug: 'final-user-not-platform-user',
    severity: 'error',
    message: 'The image ends as `USER root`.',
    file: 'dir with space/Dockerfile',
    range: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 10 },
    related: [],
    ...over,
  });
  const sarif = (report: Report, category?: string) => JSON.parse(formatSarif(report, { color: false, frames: false, quiet: false, category })) as SarifLog;

  it('encodes URIs, keeps related locations and suppressed findings, and names the category', () => {
    const report: Report = {
      ...base,
      findings: [
        finding({
          file: 'dir with space/a#b%.Dockerfile',
          related: [
            { file: 'scripts/run.sh', range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 }, message: 'the script it runs' },
            { file: 'Dockerfile', range: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 20 }, message: 'copied here' },
          ],
        }),
        finding({ severity: 'info', range: { startLine: 5, startColumn: 1, endLine: 6, endColumn: 3 }, suppressed: { kind: 'inline', justification: 'accepted for the demo' } }),
        finding({ range: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 4 }, suppressed: { kind: 'config', justification: '' } }),
      ],
    };
    const log = sarif(report, 'chaimeleon-lint');
    expect(schemaErrors(log)).toBe('');
    expect(githubProblems(log)).toEqual([]);
    const [first, second, third] = log.runs[0].results;
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/a%23b%25.Dockerfile');
    expect(decodeURIComponent(pathToUri('dir with space/a#b%.Dockerfile'))).toBe('dir with space/a#b%.Dockerfile');
    expect(first.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'scripts/run.sh', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 } }, message: { text: 'the script it runs' } },
      { id: 2, physicalLocation: { artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 20 } }, message: { text: 'copied here' } },
    ]);
    // GitHub shows related locations only when the message links to them.
    expect(first.message.text).toBe('The image ends as `USER root`. (related: [the script it runs](1); [copied here](2))');
    expect(first.suppressions).toBeUndefined();
    expect(second.message.text).toBe('The image ends as `USER root`.');
    expect(second.level).toBe('note');
    expect(second.suppressions).toEqual([{ kind: 'inSource', justification: 'accepted for the demo' }]);
    expect(third.suppressions).toEqual([{ kind: 'external' }]);
    expect(log.runs[0].automationDetails).toEqual({ id: 'chaimeleon-lint/' });
  });

  it('describes every rule with its docs, default level, tags and security severity', () => {
    const log = sarif({ ...base, findings: [] });
    const rules = log.runs[0].tool.driver.rules;
    for (const meta of ruleSet.meta) {
      const rule = rules.find((r) => r.id === meta.code);
      expect(rule.name).toBe(meta.slug);
      expect(rule.shortDescription.text).toBe(meta.summary);
      expect(rule.help.markdown).toContain(`# ${meta.code} ${meta.slug}`);
      // The plain text points to the page instead of repeating the Markdown.
      expect(rule.help.text).not.toBe(rule.help.markdown);
      expect(rule.help.text).toContain(rule.helpUri);
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${meta.code}\\.md$`));
      expect(rule.defaultConfiguration.level).toBe(meta.severity === 'info' ? 'note' : meta.severity);
      expect('security-severity' in rule.properties).toBe(!!meta.security);
    }
    expect(log.runs[0].automationDetails).toBeUndefined();
  });

  it('escapes brackets in link texts, and a merge gives back the message without its links', () => {
    const related = [{ file: 'run.sh', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }, message: 'CMD ["run.sh"] runs \\ it' }];
    const log = sarif({ ...base, findings: [finding({ related })] });
    expect(log.runs[0].results[0].message.text).toBe('The image ends as `USER root`. (related: [CMD \\["run.sh"\\] runs \\\\ it](1))');
    const merged = mergeReports([{ file: 'a.sarif', text: JSON.stringify(log) }], ruleSet.meta);
    expect(merged.report.findings.map((f) => f.message)).toEqual(['The image ends as `USER root`.']);
    expect(merged.report.failures).toEqual([]);
    const again = sarif(merged.report);
    expect(again.runs[0].results[0].message.text).toBe(log.runs[0].results[0].message.text);
  });

  it('keeps fingerprints when unrelated lines move, and tells identical findings apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaimeleon-sarif-'));
    const dockerfile = ['FROM ubuntu:22.04', 'RUN pip install numpy', 'RUN pip install numpy', 'USER root', ''].join('\n');
    writeFileSync(join(dir, 'Dockerfile'), dockerfile);
    const before = (await cliSarif(dir, ['Dockerfile'])).log!.runs[0].results;
    writeFileSync(join(dir, 'Dockerfile'), '# partner image\n\nARG UNUSED=1\n' + dockerfile);
    const after = (await cliSarif(dir, ['Dockerfile'])).log!.runs[0].results;
    expect(before.length).toBeGreaterThan(1);
    expect(after.map((r) => r.locations[0].physicalLocation.region.startLine)).toEqual(before.map((r) => r.locations[0].physicalLocation.region.startLine + 3));
    const prints = (results: any[]) => results.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`);
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(before)).size).toBe(before.length);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SARIF that GitHub shows', () => {
  it('the mistakes example: each chain is linked from its message, every step by its id', async () => {
    const { log } = await cliSarif(join(ROOT, 'examples/image_batch_mistakes'), ['.']);
    const chained = log!.runs[0].results.filter((r) => (r.relatedLocations ?? []).length > 0);
    expect(chained.length).toBeGreaterThan(0);
    for (const result of chained) {
      for (const related of result.relatedLocations) expect(result.message.text).toContain(`](${related.id})`);
    }
    expect(githubProblems(log!)).toEqual([]);
  });

  it('help carries Markdown only when it differs from the text', () => {
    expect(helpText('Same.', 'Same.\n')).toEqual({ text: 'Same.' });
    expect(helpText('Short.', '# Long\n\nShort.')).toEqual({ text: 'Short.', markdown: '# Long\n\nShort.' });
  });

  it('security-severity only on rules about security: a run-time download or an unused password is no security hole', () => {
    const security = ruleSet.meta.filter((m) => m.security).map((m) => m.code);
    expect(security).toContain('CHM101');
    expect(security).toContain('CHM103');
    for (const code of ['CHM401', 'CHM404']) expect(security).not.toContain(code);
  });
});

/**
 * Microsoft's SARIF multitool, when it is installed: the project's dev dependency
 * (`@microsoft/sarif-multitool`, whose platform package holds the executable) or SARIF_MULTITOOL
 * naming the executable. It is a 100 MB .NET program, so it is not a dependency of the project.
 */
function findMultitool(): string | null {
  let path: string | null = process.env.SARIF_MULTITOOL ?? null;
  if (!path) {
    try {
      path = require('@microsoft/sarif-multitool') as string;
    } catch {
      return null;
    }
  }
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return null;
  }
}

const MULTITOOL = findMultitool();

describe('Microsoft SARIF multitool', () => {
  const title = 'validates the examples and a failed run with no error or warning, and finds the fault in a broken log';
  it.skipIf(!MULTITOOL)(MULTITOOL ? title : `${title} (skipped: @microsoft/sarif-multitool is not installed; set SARIF_MULTITOOL to its executable)`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaimeleon-multitool-'));
    try {
      const inputs: string[] = [];
      for (const entry of readdirSync(join(ROOT, 'examples')).sort()) {
        const { log } = await cliSarif(join(ROOT, 'examples', entry), ['.']);
        writeFileSync(join(dir, `${entry}.sarif`), JSON.stringify(log));
        inputs.push(`${entry}.sarif`);
      }
      const failed = await cliSarif(join(ROOT, 'examples'), ['no-such-folder', 'image_batch_mistakes']);
      expect(failed.code).toBe(2);
      writeFileSync(join(dir, 'failed.sarif'), JSON.stringify(failed.log));
      inputs.push('failed.sarif');
      // The validator is real: a region starting at line 0 is an error.
      const broken = structuredClone(failed.log!);
      broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      writeFileSync(join(dir, 'broken.sarif'), JSON.stringify(broken));
      inputs.push('broken.sarif');
      // It exits 0 whatever it finds: its findings are read from the log it writes.
      execFileSync(MULTITOOL!, ['validate', ...inputs, '--output', 'validation.sarif', '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning'], { cwd: dir, stdio: 'pipe', timeout: 120_000 });
      const validation = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8'));
      const found = (validation.runs[0].results ?? []).map((r: any) => `${basename(decodeURIComponent(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?'))} ${r.ruleId} ${JSON.stringify(r.message.arguments ?? r.message.text)}`);
      expect(found.filter((f: string) => !f.startsWith('broken.sarif '))).toEqual([]);
      expect(found.some((f: string) => f.startsWith('broken.sarif '))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
