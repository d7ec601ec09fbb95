// The shapes every layer shares: what a rule declares, what it is given and what it reports. Only
// types, so the engine, the formatters and domain modules depend on them without depending on the
// rule API (src/rule-api.ts), which sits on top and re-exports them for rules.
import type { DockerfileFacts } from './dockerfile/facts.js';
import type { Profile } from './profile.js';
import type { ProjectFacts } from './project/facts.js';
import type { Fix, Range, RelatedLocation, Severity } from './types.js';

export interface RuleMeta {
  code: string;
  slug: string;
  severity: Severity;
  /** What the rule looks at: one Dockerfile, the whole repository, or nothing (the engine reports it). */
  target: 'dockerfile' | 'project' | 'engine';
  /** One line: what the rule checks. */
  summary: string;
  /** Why it matters on the platform. */
  why: string;
  /** Decisions on edge cases, in Markdown, shown by --explain and in the docs. */
  details?: string;
  /** The guide section the rule comes from, or 'beyond' when it goes past the guide. */
  guide: string;
  /** Rules that protect the platform (SARIF security-severity). */
  security?: boolean;
  tags?: string[];
  fixable?: boolean;
  /**
   * The rule judges the image users run (its user, labels, entrypoint, README, license): it does
   * not apply to an intermediate image, built only as the base of another image of the repository.
   */
  publishedImageOnly?: boolean;
  /** Project rules run once per image (with its README and license) unless they judge the repository as a whole. */
  scope?: 'image' | 'repository';
}

export interface ReportInput {
  range: Range;
  message: string;
  /** Defaults to the Dockerfile being checked (dockerfile rules) or is required (project rules). */
  file?: string;
  /** A finding's own severity when it differs from the rule's default (a variant of the rule). */
  severity?: Severity;
  related?: RelatedLocation[];
  fix?: Fix;
}

export interface DockerfileContext {
  facts: DockerfileFacts;
  profile: Profile;
  report(input: ReportInput): void;
}

export interface ProjectContext {
  project: ProjectFacts;
  profile: Profile;
  report(input: ReportInput & { file: string }): void;
}

export interface DockerfileRule {
  meta: RuleMeta & { target: 'dockerfile' };
  check(ctx: DockerfileContext): void;
}

export interface ProjectRule {
  meta: RuleMeta & { target: 'project' };
  check(ctx: ProjectContext): void | Promise<void>;
}

/** A rule the engine itself reports (parse errors, unused suppressions): metadata and docs only. */
export interface EngineRule {
  meta: RuleMeta & { target: 'engine' };
}

export type Rule = DockerfileRule | ProjectRule | EngineRule;
