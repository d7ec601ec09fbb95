// The core every entry point shares (CLI, pre-commit, Action, remote repositories): parse each
// file once, compute facts, run the enabled rules, apply suppressions and severities, sort.
import { DockerfileFacts } from './dockerfile/facts.js';
import { parseDockerfile, type DockerfileModel } from './dockerfile/model.js';
import type { ResolvedConfig } from './config.js';
import { ProjectFacts, type DockerfileTarget, type RepositoryInfo } from './project/facts.js';
import type { GitBaseComparison } from './project/git.js';
import type { DockerfileRule, ProjectRule, ReportInput, Rule, RuleMeta } from './rule-api.js';
import { loadGrammar } from './shell/grammars.js';
import { applySuppressions, collectSuppressions, textFileSuppressions, type Suppression } from './suppressions.js';
import { normaliseText } from './text.js';
import { compareFindings, type Finding, type Range, type Severity } from './types.js';
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
  /** Rules that crashed: a bug in chaimeleon-lint, reported with exit code 2. */
  internalErrors: string[];
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
      message: input.message,
      file: input.file ?? file,
      range: input.range,
      related: input.related ?? [],
      ...(input.fix ? { fix: input.fix } : {}),
    };
  }

  private engineFinding(code: string, file: string, range: Range, message: string): Finding | null {
    const meta = this.ruleSet.meta.find((m) => m.code === code);
    return meta ? this.makeFinding(meta, { range, message }, file) : null;
  }

  /** Lints one Dockerfile's text: the unit of work the benchmark spreads over threads. */
  async lintDockerfile(file: string, raw: string, findings: Finding[], errors: string[]): Promise<{ facts: DockerfileFacts; suppressions: Suppression[] } | null> {
    const parsed = parseDockerfileText(file, raw);
    if ('error' in parsed) {
      const f = this.engineFinding('CHM001', file, parsed.range, `${file} ${parsed.error}; nothing in it was linted.`);
      if (f) findings.push(f);
      return null;
    }
    const { model } = parsed;
    if (NEEDS_SHELL.test(model.text)) await loadGrammar('bash');
    const facts = new DockerfileFacts(model, this.config.profile);
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
        errors.push(`${rule.meta.code} crashed on ${file}: ${(e as Error).stack ?? e}`);
      }
    }
    const instrs = model.instructions.filter((i) => !i.onbuild);
    const suppressions = collectSuppressions(
      file,
      model.comments.map((c) => ({ line: c.line, text: model.lines.lineText(c.line - 1) })),
      (line) => {
        const next = instrs.find((i) => i.range.startLine > line);
        return next ? [next.range.startLine, next.range.endLine] : null;
      },
      (n) => this.ruleSet.resolve(n),
    );
    return { facts, suppressions };
  }

  async lint(input: LintInput): Promise<LintResult> {
    const findings: Finding[] = [];
    const errors: string[] = [];
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
      const done = await this.lintDockerfile(target.path, raw, findings, errors);
      if (done) {
        dockerfiles.push(done.facts);
        suppressions.push(...done.suppressions);
      }
    }
    if (input.isRepository) {
      const project = new ProjectFacts(input.vfs, true, input.targets, dockerfiles, input.repository, input.git ?? null);
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
          errors.push(`${rule.meta.code} crashed on ${input.vfs.label}: ${(e as Error).stack ?? e}`);
        }
      }
      // Findings in scripts and the README honour directives written in those files.
      const dockerfilePaths = new Set(dockerfiles.map((d) => d.file));
      const others = [...new Set(findings.map((f) => f.file))].filter((f) => !dockerfilePaths.has(f));
      for (const file of others) {
        const text = await project.read(file);
        if (text !== null) suppressions.push(...textFileSuppressions(file, text, (n) => this.ruleSet.resolve(n)));
      }
      for (const path of project.readPaths) files.add(path);
    }
    this.finish(findings, suppressions);
    return { findings, files: [...files].sort(), internalErrors: errors };
  }

  /** Lints one Dockerfile's text as a lone file (no repository rules): the benchmark's and workers' unit. */
  async lintText(file: string, raw: string): Promise<{ findings: Finding[]; errors: string[] }> {
    const findings: Finding[] = [];
    const errors: string[] = [];
    const done = await this.lintDockerfile(file, raw, findings, errors);
    this.finish(findings, done?.suppressions ?? []);
    return { findings, errors };
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
