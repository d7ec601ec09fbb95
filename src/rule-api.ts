// The only module rules import: what a rule declares, what it is given, and small helpers that
// several rules need. Rules never import each other, the engine internals or the formatters.
import type { DockerfileFacts } from './dockerfile/facts.js';
import type { ProjectFacts } from './project/facts.js';
import type { DockerfileContext, DockerfileRule, EngineRule, ProjectContext, ProjectRule, RuleMeta } from './rule-types.js';

export type { DockerfileFacts, Stage, UserRef, CopyFact, LabelFact, RunCommand, CreatedUser } from './dockerfile/facts.js';
export type { DockerInstruction, DockerWord } from './dockerfile/model.js';
export type { ShellCommand, ShellWord } from './shell/commands.js';
export type { Profile, PlatformBaseImage } from './profile.js';
export type { Range, Severity, RelatedLocation } from './types.js';
export type { ProjectFacts } from './project/facts.js';
export type { ChainScript, EntrypointChain, BuildContext, Placement, SourceMatch, PythonModule, PyCall, PyValue, PyImport, PyConstant } from './chain/chain.js';
export type { OutputLocation, OutputKind, OutputRole, ImageOutputs } from './chain/outputs.js';
export { optionValue, resolvePath, parseUserCommand, factKind, type FactKind } from './dockerfile/facts.js';
export { expandVariables } from './dockerfile/expand.js';
export { volumePath } from './profile.js';
export type { Readme, ReadmeSection, ReadmeLink, ReadmeCode } from './readme/model.js';
export { readmeExamples, type JobmanSubmit, type JobArgument, type CommandWord, type ImageRef, type DockerRunExample } from './readme/jobman.js';
export { jobPaths, describeJobPath, usageJobPaths, type JobPath } from './readme/paths.js';
export { readmeImageNames, documentedImageName, type ExampleImage, type ReadmeImageNames, type DocumentedName } from './readme/image-name.js';
export { requiredSection } from './readme/checks.js';
export { licenseNamesIn, isLicenseLink, licenseStatementIn, refersToLicenseDocument, type LicenseStatement, type LicenseStatementKind } from './readme/license-mention.js';
export {
  repositoryLicense, describeDetection, percent, findLicenseMentions, mentionMatches, isLicenseFileLink,
  type LicenseInfo, type RepositoryLicense, type LicenseDetection, type LicenseClassification, type LicenseMention,
} from './license/index.js';
export * from './dockerfile/filesystem.js';
export { hasBraceList, type RunShell } from './dockerfile/run-shell.js';
export { installedPackages, findInstalled, hasSshServer, SSH_SERVER_PACKAGE, type InstalledPackage, type PackageManager } from './dockerfile/packages.js';
export { buildPasswords, passwordSetting, sudoGroupMembers, SUDO_GROUPS, type BuildPassword, type PasswordSetting } from './dockerfile/passwords.js';
export { dockerfileFactsFromText } from './dockerfile/from-text.js';
export { LineIndex } from './text.js';
export type { GitBaseComparison } from './project/git.js';
export { platformStartReplacedBy } from './project/platform-start.js';
export { imageKind, type ImageKindResult, type ImageKindEvidence } from './dockerfile/image-kind.js';
export { checkRequiredLabel, IMAGE_NAME_MAX_LENGTH, REPOSITORY_NAME, resolvedLabel, suggestImageName } from './dockerfile/labels.js';

export type { RuleMeta, ReportInput, DockerfileContext, ProjectContext, DockerfileRule, ProjectRule, EngineRule, Rule } from './rule-types.js';
export { hasFlag, subcommand, braceExpand, shellPath, isTruthy, commandText, fileWrites } from './shell/helpers.js';

export function defineEngineRule(rule: { meta: Omit<RuleMeta, 'target'> }): EngineRule {
  return { meta: { ...rule.meta, target: 'engine' } };
}

export function defineDockerfileRule(rule: { meta: Omit<RuleMeta, 'target'>; check(ctx: DockerfileContext): void }): DockerfileRule {
  return { meta: { ...rule.meta, target: 'dockerfile' }, check: rule.check };
}

export function defineProjectRule(rule: { meta: Omit<RuleMeta, 'target'>; check(ctx: ProjectContext): void | Promise<void> }): ProjectRule {
  return { meta: { ...rule.meta, target: 'project' }, check: rule.check };
}

/** Where the image's application writes (src/chain/outputs.ts), computed once per image; loaded on first need like the chain. */
export async function imageOutputs(project: ProjectFacts, facts: DockerfileFacts): Promise<import('./chain/outputs.js').ImageOutputs> {
  return (await import('./chain/outputs.js')).imageOutputs(project, facts);
}
export * as fixes from './fix/edits.js';
export { LICENSE_FILE } from './project/images.js';
