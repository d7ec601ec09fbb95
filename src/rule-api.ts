// The only module rules import: what a rule declares, what it is given, and small helpers that
// several rules need. Rules never import each other, the engine internals or the formatters.
import type { DockerfileFacts } from './dockerfile/facts.js';
import type { Profile } from './profile.js';
import type { ShellCommand, ShellWord } from './shell/commands.js';
import type { Fix, Range, RelatedLocation, Severity } from './types.js';
import type { ProjectFacts } from './project/facts.js';

export type { DockerfileFacts, Stage, UserRef, CopyFact, LabelFact, RunCommand, CreatedUser } from './dockerfile/facts.js';
export type { DockerInstruction, DockerWord } from './dockerfile/model.js';
export type { ShellCommand, ShellWord } from './shell/commands.js';
export type { Profile, PlatformBaseImage } from './profile.js';
export type { Range, Severity, RelatedLocation } from './types.js';
export type { ProjectFacts } from './project/facts.js';
export type { ChainScript, EntrypointChain, BuildContext, Placement, SourceMatch, PythonModule, PyCall, PyValue, PyImport, PyConstant } from './chain/chain.js';
export type { OutputLocation, OutputKind, OutputRole, ImageOutputs } from './chain/outputs.js';
export { optionValue, resolvePath, parseUserCommand } from './dockerfile/facts.js';
export { expandVariables } from './dockerfile/expand.js';
export { volumePath } from './profile.js';
export type { Readme, ReadmeSection, ReadmeLink, ReadmeCode } from './readme/model.js';
export { readmeExamples, type JobmanSubmit, type JobArgument, type CommandWord, type ImageRef, type DockerRunExample } from './readme/jobman.js';
export { jobPaths, describeJobPath, usageJobPaths, type JobPath } from './readme/paths.js';
export { requiredSection } from './readme/checks.js';
export { licenseNamesIn, isLicenseLink } from './readme/license-mention.js';
export {
  repositoryLicense, describeDetection, percent, findLicenseMentions, mentionMatches, isLicenseFileLink,
  type LicenseInfo, type RepositoryLicense, type LicenseDetection, type LicenseClassification, type LicenseMention,
} from './license/index.js';
export * from './dockerfile/filesystem.js';
export { installedPackages, findInstalled, SSH_SERVER_PACKAGE, type InstalledPackage, type PackageManager } from './dockerfile/packages.js';
export { buildPasswords, passwordSetting, type BuildPassword, type PasswordSetting } from './dockerfile/passwords.js';
export { dockerfileFactsFromText } from './dockerfile/from-text.js';
export type { GitBaseComparison } from './project/git.js';
export { platformStartReplacedBy } from './project/platform-start.js';
export { imageKind, type ImageKindResult, type ImageKindEvidence } from './dockerfile/image-kind.js';
export { checkRequiredLabel, resolvedLabel } from './dockerfile/labels.js';

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

export function defineEngineRule(rule: { meta: Omit<RuleMeta, 'target'> }): EngineRule {
  return { meta: { ...rule.meta, target: 'engine' } };
}

export function defineDockerfileRule(rule: { meta: Omit<RuleMeta, 'target'>; check(ctx: DockerfileContext): void }): DockerfileRule {
  return { meta: { ...rule.meta, target: 'dockerfile' }, check: rule.check };
}

export function defineProjectRule(rule: { meta: Omit<RuleMeta, 'target'>; check(ctx: ProjectContext): void | Promise<void> }): ProjectRule {
  return { meta: { ...rule.meta, target: 'project' }, check: rule.check };
}

// ---- helpers shared by rules ----

/** Where the image's application writes (src/chain/outputs.ts), computed once per image; loaded on first need like the chain. */
export async function imageOutputs(project: ProjectFacts, facts: DockerfileFacts): Promise<import('./chain/outputs.js').ImageOutputs> {
  return (await import('./chain/outputs.js')).imageOutputs(project, facts);
}

/** Does the command carry the flag (exact, `--flag=value`, or inside a short-option cluster for one-letter flags)? */
export function hasFlag(cmd: ShellCommand, ...flags: string[]): boolean {
  return cmd.args.some((a) =>
    flags.some((f) => {
      if (a.value === f || a.value.startsWith(f + '=')) return true;
      return f.length === 2 && f[0] === '-' && /^-[a-zA-Z]+$/.test(a.value) && a.value.includes(f[1]);
    }),
  );
}

/** The first argument that is not an option (for a subcommand such as `apt-get install`), skipping options with values. */
export function subcommand(cmd: ShellCommand, optionsWithValue: string[] = []): { word: ShellWord; index: number } | null {
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v.startsWith('-')) {
      if (optionsWithValue.includes(v)) i++;
      continue;
    }
    return { word: cmd.args[i], index: i };
  }
  return null;
}

/** Bash brace expansion of a literal word: `~/{a,b}` → [`~/a`, `~/b`]. */
export function braceExpand(word: string): string[] {
  const m = /^(.*?)\{([^{}]*,[^{}]*)\}(.*)$/s.exec(word);
  if (!m) return [word];
  return m[2].split(',').flatMap((part) => braceExpand(m[1] + part + m[3]));
}

/** Makes a shell path absolute: `~` and `$HOME` are the user's home, relative paths are against the workdir. */
export function shellPath(value: string, home: string, workdir: string): string | null {
  let v = value.replace(/^~(?=\/|$)/, home).replace(/^\$\{?HOME\}?(?=\/|$)/, home);
  if (v.includes('$')) return null;
  if (!v.startsWith('/')) v = `${workdir.replace(/\/$/, '')}/${v}`;
  return v.replace(/\/+/g, '/').replace(/\/\.(?=\/|$)/g, '').replace(/(.)\/$/, '$1');
}

/** Truthy values of boolean environment variables as pip reads them. */
export function isTruthy(value: string): boolean {
  return /^(1|true|yes|on|y)$/i.test(value.trim());
}

/** The command as a short quote for a message: `pip install -r requirements.txt`, cut after 60 characters. */
export function commandText(cmd: ShellCommand, max = 60): string {
  const text = [cmd.nameWord.raw, ...cmd.args.map((a) => a.raw)].join(' ').replace(/\s+/g, ' ');
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/**
 * The files a command writes (`> f`, `>> f`, `tee [-a] f...`), with the text it writes when the
 * command shows it (echo/printf words, a heredoc, or the echo/printf/heredoc piped into tee); null otherwise.
 */
export function fileWrites(cmd: ShellCommand): { path: ShellWord; content: string | null }[] {
  const shown = (c: ShellCommand): string | null => {
    const heredoc = c.redirects.find((r) => r.body !== undefined);
    if (heredoc) return heredoc.body ?? null;
    const words = c.args.map((a) => a.value);
    if (c.program === 'echo') {
      const text = words.findIndex((w) => !/^-[neE]+$/.test(w));
      return text < 0 ? '' : words.slice(text).join(' ');
    }
    if (c.program === 'printf') {
      const [format = '', ...values] = words;
      return format.replace(/%[sbdi]/g, () => values.shift() ?? '') + values.join(' ');
    }
    return null;
  };
  const writes: { path: ShellWord; content: string | null }[] = [];
  for (const r of cmd.redirects) {
    if (r.target && /^(>|>>|>\||&>|&>>)$/.test(r.op)) writes.push({ path: r.target, content: shown(cmd) });
  }
  if (cmd.program === 'tee') {
    const content = shown(cmd) ?? (cmd.pipeFrom ? shown(cmd.pipeFrom) : null);
    for (const a of cmd.args) if (!a.value.startsWith('-')) writes.push({ path: a, content });
  }
  return writes;
}
