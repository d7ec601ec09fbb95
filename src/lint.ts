// The core every entry point shares (CLI, pre-commit, Action, remote repositories): parse each
// file once, compute facts, run the enabled rules, apply suppressions and severities, sort.
import { DockerfileFacts } from './dockerfile/facts.js';
import { parseDockerfile, type DockerfileModel } from './dockerfile/model.js';
import type { ResolvedConfig } from './config.js';
import { ProjectFacts, type DockerfileTarget, type RepositoryInfo } from './project/facts.js';
import type { GitBaseComparison } from './project/git.js';
import { boundMessage, clip, collectIncomplete, FileLintError, LintLimitError, UnreadableFileError, type IncompleteNote } from './limits.js';

export { FileLintError };
import type { DockerfileRule, ProjectRule, ReportInput, Rule, RuleMeta } from './rule-api.js';
import { loadGrammar } from './shell/grammars.js';
import { applySuppressions, dockerfileSuppressions, textFileSuppressions, type Suppression } from './suppressions.js';
import { normaliseText } from './text.js';
import { compareFindings, type Finding, type Range, type Severity } from './types.js';
import { isReportable } from './safe-read.js';
import { VfsError, type Vfs } from './vfs.js';

export interface RuleSet {
  rules: Rule[];
  meta: RuleMeta[];
  resolve(nameOrCode: string): string | undefined;
}

export interface LintInput {
  vfs: Vfs;
  isRepository: boolean;
  targets: DockerfileTarget[];
  repository: RepositoryInfo;
  /** The working tree compared with `--base REF`, for rules that judge a change (CHM406). */
  git?: GitBaseComparison | null;
}

export interface LintResult {
  findings: Finding[];
  /** Repository-relative files that were linted. */
  files: string[];
  /**
   * Why the review is not complete, one line each, reported with exit code 2: the linter failed on a
   * file (a bug), or a limit stopped it short. Each is also a CHM003 finding on that file.
   */
  internalErrors: string[];
  /** The part of internalErrors that are failures of the linter (exceptions), not limits. */
  crashes: string[];
}

/** One line saying what went wrong, for a message: never a stack, never a control character. */
export function errorLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
  // eslint-disable-next-line no-control-regex
  return clip(text.split('\n')[0].replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim() || 'unknown error', 200);
}

/** A failure met while linting, before it becomes a CHM003 finding: where, in what work, and the error. */
interface Crash {
  file: string;
  /** What was running: a rule code, or a stage of the work ("parsing", "reading the inline ignore comments"). */
  during: string;
  error: string;
}

/** What one lint run collects besides findings. */
interface RunState {
  crashes: Crash[];
  notes: IncompleteNote[];
}

const FIRST_LINE: Range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
const NEEDS_SHELL = /^\s*(RUN|CMD|ENTRYPOINT|ONBUILD)\b/im;

/** Reads and parses one Dockerfile; a finding instead when it cannot be linted at all. */
export function parseDockerfileText(file: string, raw: string): { model: DockerfileModel } | { error: string; range: Range } {
  const replacement = (raw.match(/\uFFFD/g) ?? []).length;
  if (replacement > 0 && replacement > raw.length / 100) return { error: 'is not UTF-8 text', range: FIRST_LINE };
  const text = normaliseText(raw);
  const model = parseDockerfile(file, text);
  if (model.instructions.length === 0) return { error: 'holds no Dockerfile instruction', range: FIRST_LINE };
  if (!model.instructions.some((i) => i.keyword === 'FROM' && !i.onbuild)) {
    return { error: 'has no FROM instruction, so Docker cannot build it', range: model.instructions[0].range };
  }
  return { model };
}

export class Linter {
  constructor(
    private readonly ruleSet: RuleSet,
    private readonly config: ResolvedConfig,
  ) {}

  private severityOf(meta: RuleMeta, wanted?: Severity): Severity | null {
    const override = this.config.severities.get(meta.code);
    if (override === 'off') return null;
    return override ?? wanted ?? meta.severity;
  }

  private enabled<T extends Rule>(target: T['meta']['target']): T[] {
    return this.ruleSet.rules.filter((r) => r.meta.target === target && this.config.severities.get(r.meta.code) !== 'off') as T[];
  }

  private makeFinding(meta: RuleMeta, input: ReportInput, file: string): Finding | null {
    const severity = this.severityOf(meta, input.severity);
    if (!severity) return null;
    return {
      code: meta.code,
      slug: meta.slug,
      severity,
      message: boundMessage(input.message),
      file: input.file ?? file,
      range: input.range,
      related: (input.related ?? []).map((r) => (r.message.length > 200 ? { ...r, message: boundMessage(r.message) } : r)),
      ...(input.fix ? { fix: input.fix } : {}),
    };
  }

  private engineFinding(code: string, file: string, range: Range, message: string): Finding | null {
    const meta = this.ruleSet.meta.find((m) => m.code === code);
    return meta ? this.makeFinding(meta, { range, message }, file) : null;
  }

  /** Lints one Dockerfile's text: the unit of work the benchmark spreads over threads. A failure becomes a CHM003 finding, never an exception. */
  private async lintDockerfile(file: string, raw: string, findings: Finding[], state: RunState): Promise<{ facts: DockerfileFacts; suppressions: Suppression[] } | null> {
    let model: DockerfileModel;
    let facts: DockerfileFacts;
    try {
      const parsed = parseDockerfileText(file, raw);
      if ('error' in parsed) {
        const f = this.engineFinding('CHM001', file, parsed.range, `${file} ${parsed.error}; nothing in it was linted.`);
        if (f) findings.push(f);
        return null;
      }
      model = parsed.model;
      if (NEEDS_SHELL.test(model.text)) await loadGrammar('bash');
      facts = new DockerfileFacts(model, this.config.profile);
    } catch (e) {
      state.crashes.push({ file, during: 'reading the Dockerfile', error: errorLine(e) });
      return null;
    }
    for (const rule of this.enabled<DockerfileRule>('dockerfile')) {
      try {
        rule.check({
          facts,
          profile: this.config.profile,
          report: (input) => {
            const f = this.makeFinding(rule.meta, input, file);
            if (f) findings.push(f);
          },
        });
      } catch (e) {
        state.crashes.push({ file, during: rule.meta.code, error: errorLine(e) });
      }
    }
    let suppressions: Suppression[] = [];
    try {
      suppressions = dockerfileSuppressions(model, (n) => this.ruleSet.resolve(n));
    } catch (e) {
      state.crashes.push({ file, during: 'reading the inline ignore comments', error: errorLine(e) });
    }
    return { facts, suppressions };
  }

  async lint(input: LintInput): Promise<LintResult> {
    const state: RunState = { crashes: [], notes: [] };
    const findings: Finding[] = [];
    const result = await collectIncomplete(state.notes, () => this.lintInto(input, findings, state));
    return { ...result, ...this.reportIncomplete(findings, state) };
  }

  private async lintInto(input: LintInput, findings: Finding[], state: RunState): Promise<{ findings: Finding[]; files: string[] }> {
    const suppressions: Suppression[] = [];
    const dockerfiles: DockerfileFacts[] = [];
    const files = new Set(input.targets.map((t) => t.path));
    for (const target of input.targets) {
      let raw: string;
      try {
        raw = await input.vfs.readText(target.path);
      } catch (e) {
        const reason = e instanceof VfsError ? e.message : String(e);
        const f = this.engineFinding('CHM001', target.path, FIRST_LINE, `${target.path} ${reason}; nothing in it was linted.`);
        if (f) findings.push(f);
        continue;
      }
      const done = await this.lintDockerfile(target.path, raw, findings, state);
      if (done) {
        dockerfiles.push(done.facts);
        suppressions.push(...done.suppressions);
      }
    }
    if (input.isRepository) {
      const project = new ProjectFacts(input.vfs, true, input.targets, dockerfiles, input.repository, input.git ?? null);
      // A failure that no shared fact attributes to a file is reported on the image the repository is about.
      const repositoryFile = project.primary?.file ?? input.targets[0]?.path ?? '.';
      const needed = new Set<string>();
      if (input.vfs.truncated) state.notes.push({ file: '.', range: FIRST_LINE, message: `Not every file was linted: ${input.vfs.truncated}.` });
      for (const rule of this.enabled<ProjectRule>('project')) {
        try {
          await rule.check({
            project,
            profile: this.config.profile,
            report: (r) => {
              const f = this.makeFinding(rule.meta, r, r.file);
              if (f) findings.push(f);
            },
          });
        } catch (e) {
          // A file that is there but was not read stops the checks that need it; its CHM001 below says why.
          if (e instanceof UnreadableFileError) needed.add(e.file);
          else if (e instanceof LintLimitError) state.notes.push({ file: e.file, range: FIRST_LINE, message: e.message });
          else state.crashes.push({ file: e instanceof FileLintError ? e.file : repositoryFile, during: rule.meta.code, error: errorLine(e) });
        }
      }
      for (const [path, e] of project.readFailures) {
        if (files.has(path) || (!isReportable(e) && !needed.has(path))) continue;
        const reason = e instanceof VfsError ? e.message : errorLine(e);
        const f = this.engineFinding('CHM001', path, FIRST_LINE, `${path} ${reason}; nothing in it was linted${needed.has(path) ? ', nor the checks that read it' : ''}.`);
        if (f) findings.push(f);
      }
      // Findings in scripts and the README honour directives written in those files.
      const dockerfilePaths = new Set(dockerfiles.map((d) => d.file));
      const others = [...new Set(findings.map((f) => f.file))].filter((f) => !dockerfilePaths.has(f));
      for (const file of others) {
        const text = await project.read(file);
        try {
          if (text !== null) for (const s of textFileSuppressions(file, text, (n) => this.ruleSet.resolve(n))) suppressions.push(s);
        } catch (e) {
          state.crashes.push({ file, during: 'reading the inline ignore comments', error: errorLine(e) });
        }
      }
      for (const path of project.readPaths) files.add(path);
    }
    this.finish(findings, suppressions);
    return { findings, files: [...files].sort() };
  }

  /** Lints one Dockerfile's text as a lone file (no repository rules): the benchmark's and workers' unit. */
  async lintText(file: string, raw: string): Promise<{ findings: Finding[]; errors: string[] }> {
    const state: RunState = { crashes: [], notes: [] };
    const findings: Finding[] = [];
    const done = await collectIncomplete(state.notes, () => this.lintDockerfile(file, raw, findings, state));
    this.finish(findings, done?.suppressions ?? []);
    return { findings, errors: this.reportIncomplete(findings, state).internalErrors };
  }

  /**
   * Turns the failures and limits of a run into CHM003 findings (one per file and cause, naming
   * every rule it stopped) and into the one-line reasons for exit code 2.
   */
  private reportIncomplete(findings: Finding[], state: RunState): { internalErrors: string[]; crashes: string[] } {
    const internalErrors: string[] = [];
    const crashes: string[] = [];
    const byCause = new Map<string, { file: string; error: string; during: string[] }>();
    for (const c of state.crashes) {
      const key = `${c.file}\0${c.error}`;
      const entry = byCause.get(key) ?? { file: c.file, error: c.error, during: [] };
      if (!entry.during.includes(c.during)) entry.during.push(c.during);
      byCause.set(key, entry);
    }
    for (const { file, error, during } of byCause.values()) {
      const line = `${file}: chaimeleon-lint failed while ${during.map((d) => (/^CHM\d+$/.test(d) ? `checking ${d}` : d)).join(', ')}: ${error}`;
      internalErrors.push(line);
      crashes.push(line);
      const rules = during.filter((d) => /^CHM\d+$/.test(d));
      const what = rules.length > 0 ? `${rules.length === 1 ? 'rule' : 'rules'} ${rules.join(', ')} could not finish` : `nothing in it was checked after ${during.join(', ')}`;
      const f = this.engineFinding('CHM003', file, FIRST_LINE, `chaimeleon-lint failed on this file (${error}): ${what}, so it was not fully reviewed. This is a bug in chaimeleon-lint; please report it with the file.`);
      if (f) findings.push(f);
    }
    const seen = new Set<string>();
    for (const note of state.notes) {
      const key = `${note.file}\0${note.range.startLine}\0${note.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      internalErrors.push(`${note.file}:${note.range.startLine}: ${note.message}`);
      const f = this.engineFinding('CHM003', note.file, note.range, note.message);
      if (f) findings.push(f);
    }
    if (findings.length > 0) findings.sort(compareFindings);
    return { internalErrors, crashes };
  }

  /** Applies inline suppressions, reports the unused ones (CHM002), and sorts. */
  private finish(findings: Finding[], suppressions: Suppression[]): void {
    applySuppressions(findings, suppressions);
    for (const s of suppressions) {
      const problems: string[] = [];
      if (s.unknown.length > 0) problems.push(`names unknown rules (${s.unknown.join(', ')})`);
      if (!s.used && s.codes.length > 0) problems.push(s.lines ? 'suppressed nothing on the line it covers' : 'suppressed nothing in this file');
      if (s.lines === null && s.codes.length === 0 && s.unknown.length === 0) problems.push('names no rule');
      if (problems.length === 0) continue;
      const f = this.engineFinding('CHM002', s.file, s.range, `This chaimeleon-lint ignore comment ${problems.join(' and ')}: remove it, or fix the rule names.`);
      if (f) findings.push(f);
    }
    findings.sort(compareFindings);
  }
}
