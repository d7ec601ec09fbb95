// The core every entry point shares (CLI, pre-commit, Action, remote repositories): parse each
// file once, compute facts, run the enabled rules, apply suppressions and severities, sort.
import { DockerfileFacts } from './dockerfile/facts.js';
import type { DockerfileModel } from './dockerfile/model.js';
import { parseDockerfileText } from './dockerfile/parse.js';
import type { ResolvedConfig } from './config.js';
import { decidedBy, readBuildPlan, isLeftover, type PlannedBuild } from './project/build-plan.js';
import { resolvedLabel } from './dockerfile/labels.js';
import { isDockerfileName } from './project/targets.js';
import { imageProfile } from './profile.js';
import { parsedReadme, ProjectFacts, type DockerfileTarget, type RepositoryInfo } from './project/facts.js';
import { buildsByDockerfile, buildsReference, imageRole, referenceName, repositoryImageCandidates, isLocalTag, LICENSE_FILE, licensePreference, nearestFile, README_FILE, repositoryBase, type Image, type ImageRole } from './project/images.js';
import type { GitBaseComparison } from './project/git.js';
import { boundMessage, clip, collectIncomplete, FileLintError, LintLimitError, UnreadableFileError, type IncompleteNote } from './limits.js';

export { FileLintError };
import type { DockerfileRule, ProjectRule, ReportInput, Rule, RuleMeta } from './rule-types.js';
import { isGrammarLoaded, loadGrammar } from './shell/grammars.js';
import { applySuppressions, dockerfileSuppressions, textFileSuppressions, type Suppression } from './suppressions.js';
import { compareFindings, type Finding, type Range, type Severity } from './types.js';
import { isReportable } from './file-errors.js';
import { VfsError, type Vfs } from './vfs-core.js';

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
  /** The folder the user named, repository-relative ('' or `dir/`): a left-over folder named on purpose is reviewed. */
  scope?: string;
  /** The working tree compared with `--base REF`, for rules that judge a change (CHM406). */
  git?: GitBaseComparison | null;
}

export interface LintResult {
  findings: Finding[];
  /** Dockerfiles of the repository not reviewed as images (left-overs, or not built by the build files), with why. */
  skipped: { path: string; reason: string }[];
  /** Repository-relative files that were linted. */
  files: string[];
  /**
   * Why the review is not complete, one line each, reported with exit code 2: the linter failed on a
   * file (a bug), or a limit stopped it short. Each is also a CHM003 finding on that file.
   */
  internalErrors: string[];
  /** The part of internalErrors that are failures of the linter (exceptions), not limits. */
  crashes: string[];
  /**
   * Files that are there but were not read (permission denied, a FIFO or device, too large, a link
   * out of the repository, a read error), each also a CHM001 finding: the review is incomplete, so
   * the run fails (exit code 2) like a missing path. A binary or unparsable file is not here: that
   * is the file's own defect, a finding like any other.
   */
  unread: { file: string; reason: string }[];
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
  unread: LintResult['unread'];
}

/** A file not read for a reason other than its content (binary) or its absence: the review of it did not happen. */
function notReviewed(e: unknown): string | null {
  if (e instanceof VfsError) return e.kind === 'binary' || e.kind === 'missing' || e.kind === 'folder' ? null : e.message;
  return errorLine(e);
}

const FIRST_LINE: Range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
const NEEDS_SHELL = /^\s*(RUN|CMD|ENTRYPOINT|ONBUILD)\b/im;

/** Does a Dockerfile's text need the shell grammar? Once it is loaded (it stays), the text need not be scanned. */
function needsShellGrammar(text: string): boolean {
  return !isGrammarLoaded('bash') && NEEDS_SHELL.test(text);
}

export class Linter {
  /** The enabled rules of each target: the rule set and configuration never change, so the list is made once, not per file. */
  private readonly enabledByTarget = new Map<string, Rule[]>();

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
    let rules = this.enabledByTarget.get(target);
    if (!rules) this.enabledByTarget.set(target, (rules = this.ruleSet.rules.filter((r) => r.meta.target === target && this.config.severities.get(r.meta.code) !== 'off')));
    return rules as T[];
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

  /** Lints one Dockerfile's text as a lone image: the unit of work the benchmark spreads over threads. A failure becomes a CHM003 finding, never an exception. */
  private async lintDockerfile(file: string, raw: string, findings: Finding[], state: RunState): Promise<{ facts: DockerfileFacts; suppressions: Suppression[] } | null> {
    let facts: DockerfileFacts;
    try {
      const model = this.parseOrReport(file, raw, findings);
      if (!model) return null;
      if (needsShellGrammar(model.text)) await loadGrammar('bash');
      facts = this.newFacts(model);
    } catch (e) {
      state.crashes.push({ file, during: 'reading the Dockerfile', error: errorLine(e) });
      return null;
    }
    return { facts, suppressions: this.checkDockerfile(facts, 'batch', findings, state) };
  }

  /** A Dockerfile's facts under the profile of the platform it is built for (see imageProfile). */
  private newFacts(model: DockerfileModel): DockerfileFacts {
    const facts = new DockerfileFacts(model, this.config.profile);
    if (this.config.otherProfiles.length === 0) return facts;
    const profile = imageProfile(this.config.profile, this.config.otherProfiles, facts.imageChain[0]?.image);
    return profile === this.config.profile ? facts : new DockerfileFacts(model, profile);
  }

  private parseOrReport(file: string, raw: string, findings: Finding[]): DockerfileModel | null {
    const parsed = parseDockerfileText(file, raw);
    if ('error' in parsed) {
      const f = this.engineFinding('CHM001', file, parsed.range, `${file} ${parsed.error}; nothing in it was linted.`);
      if (f) findings.push(f);
      return null;
    }
    return parsed.model;
  }

  /** Runs the Dockerfile rules on one image; an intermediate image skips the rules about what users run. */
  private checkDockerfile(facts: DockerfileFacts, role: ImageRole, findings: Finding[], state: RunState): Suppression[] {
    const { model } = facts;
    const file = facts.file;
    for (const rule of this.enabled<DockerfileRule>('dockerfile')) {
      if (role === 'intermediate' && rule.meta.publishedImageOnly) continue;
      try {
        rule.check({
          facts,
          profile: facts.profile,
          report: (input) => {
            const f = this.makeFinding(rule.meta, input, file);
            if (f) findings.push(f);
          },
        });
      } catch (e) {
        state.crashes.push({ file, during: rule.meta.code, error: errorLine(e) });
      }
    }
    try {
      return dockerfileSuppressions(model, (n) => this.ruleSet.resolve(n));
    } catch (e) {
      state.crashes.push({ file, during: 'reading the inline ignore comments', error: errorLine(e) });
      return [];
    }
  }

  async lint(input: LintInput): Promise<LintResult> {
    const state: RunState = { crashes: [], notes: [], unread: [] };
    const findings: Finding[] = [];
    const result = await collectIncomplete(state.notes, () => this.lintInto(input, findings, state));
    return { ...result, ...this.reportIncomplete(findings, state), unread: state.unread };
  }

  private async lintInto(input: LintInput, findings: Finding[], state: RunState): Promise<{ findings: Finding[]; files: string[]; skipped: LintResult['skipped'] }> {
    const suppressions: Suppression[] = [];
    const texts = new Map<string, Promise<string | null>>();
    const read = (path: string) => {
      let t = texts.get(path);
      if (!t) texts.set(path, (t = input.vfs.readText(path).catch(() => null)));
      return t;
    };
    // Which Dockerfiles are images: not the left-overs, and, when the build files name every
    // Dockerfile they build, only those.
    const plan = input.isRepository ? await readBuildPlan(input.vfs, read) : { builds: [], complete: false, deciding: [] };
    const planned = buildsByDockerfile(plan);
    const skipped: LintResult['skipped'] = [];
    const targets = input.targets.filter((t) => {
      if (!input.isRepository || planned.has(t.path)) return true;
      if (isLeftover(t.path.slice((input.scope ?? '').length))) skipped.push({ path: t.path, reason: 'a left-over nobody builds' });
      else if (decidedBy(plan, t.path) !== null) {
        const dir = decidedBy(plan, t.path)!;
        const by = [...new Set(plan.builds.filter((b) => dir === '' || b.file.startsWith(dir + '/')).map((b) => b.file))];
        skipped.push({ path: t.path, reason: `not built by ${by.join(', ')}` });
      }
      else return true;
      return false;
    });
    const files = new Set(targets.map((t) => t.path));

    // Parse every image's Dockerfile, then compute facts base first: an image built FROM another
    // image of the repository (by a build file's tag or its name label) inherits its facts.
    const models = new Map<string, { target: DockerfileTarget; model: DockerfileModel }>();
    for (const target of targets) {
      let raw: string;
      try {
        raw = await input.vfs.readText(target.path);
      } catch (e) {
        const reason = e instanceof VfsError ? e.message : errorLine(e);
        const f = this.engineFinding('CHM001', target.path, FIRST_LINE, `${target.path} ${reason}; nothing in it was linted.`);
        if (f) findings.push(f);
        const why = notReviewed(e);
        if (why !== null) state.unread.push({ file: target.path, reason: why });
        continue;
      }
      try {
        const model = this.parseOrReport(target.path, raw, findings);
        if (model) models.set(target.path, { target, model });
      } catch (e) {
        state.crashes.push({ file: target.path, during: 'reading the Dockerfile', error: errorLine(e) });
      }
    }
    // Planned builds outside the linted folder can still be the base of an image in it.
    for (const b of plan.builds) {
      if (models.has(b.dockerfile) || files.has(b.dockerfile)) continue;
      const raw = await read(b.dockerfile);
      const parsed = raw === null ? null : parseDockerfileText(b.dockerfile, raw);
      if (parsed && 'model' in parsed) models.set(b.dockerfile, { target: { path: b.dockerfile, context: b.context }, model: parsed.model });
    }
    if ([...models.values()].some(({ model }) => needsShellGrammar(model.text))) await loadGrammar('bash');
    const profile = this.config.profile;
    const factsByPath = new Map<string, DockerfileFacts | null>();
    const localBases = new Set<string>();
    // First each Dockerfile on its own (its name label, what it builds), then again with the bases
    // the repository builds: matching a FROM uses the first, inheriting uses the second, so the work
    // follows the real base chains only (a cycle of FROMs falls back to the facts on their own).
    const alone = new Map<string, DockerfileFacts | null>();
    for (const [path, { model }] of models) {
      try {
        alone.set(path, this.newFacts(model));
      } catch (e) {
        alone.set(path, null);
        state.crashes.push({ file: path, during: 'reading the Dockerfile', error: errorLine(e) });
      }
    }
    // The Dockerfiles a FROM may name, by the name's last part: each FROM looks at its few
    // candidates, not at every Dockerfile of the repository (thousands in a large one).
    const candidatesByName = repositoryImageCandidates(alone, planned);
    const basesOf = (path: string, reference: string): string[] =>
      (candidatesByName.get(referenceName(reference)) ?? []).filter((other) => other !== path && buildsReference(reference, alone.get(other)!, planned.get(other) ?? null));
    const pending = new Set<string>();
    const factsOf = (path: string): DockerfileFacts | null => {
      if (factsByPath.has(path)) return factsByPath.get(path) ?? null;
      const own = alone.get(path) ?? null;
      if (pending.has(path) || !own) return own;
      // Only a stage FROM an image that is neither an earlier stage nor a platform image can be
      // built here, and the facts are computed again only when one really names an image the
      // repository builds (most FROM lines name ubuntu or python).
      if (!own.stages.some((st) => !st.baseStage && !st.platformBase && st.image && !/^scratch$/i.test(st.image) && basesOf(path, st.image).length > 0)) {
        factsByPath.set(path, own);
        return own;
      }
      pending.add(path);
      const { model } = models.get(path)!;
      let facts: DockerfileFacts | null;
      try {
        facts = new DockerfileFacts(model, own.profile, (reference) => {
          for (const other of basesOf(path, reference)) {
            const base = alone.get(other)!;
            const inherited = factsOf(other) ?? base;
            if (!inherited.finalStage) continue;
            if (isLocalTag(reference, own.profile)) localBases.add(other);
            return repositoryBase(reference, inherited, own.profile);
          }
          return undefined;
        });
      } catch (e) {
        facts = null;
        state.crashes.push({ file: path, during: 'reading the Dockerfile', error: errorLine(e) });
      }
      pending.delete(path);
      factsByPath.set(path, facts);
      return facts;
    };
    for (const path of models.keys()) factsOf(path);

    const images: Image[] = [];
    const rootReadme = nearestFile(input.vfs.files, '', README_FILE);
    for (const [path, { target }] of models) {
      const facts = factsByPath.get(path);
      if (!facts || !files.has(path)) continue;
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      images.push({
        dockerfile: path,
        context: planned.get(path)?.context ?? target.context,
        facts,
        role: imageRole(facts, localBases.has(path)),
        build: planned.get(path) ?? null,
        readme: nearestFile(input.vfs.files, folder, README_FILE),
        license: nearestFile(input.vfs.files, folder, LICENSE_FILE, licensePreference),
      });
    }
    // The root README stands in for an image in a subfolder with none of its own only when it
    // documents an image: a root README with none of the sections the platform copies is the
    // repository's own documentation (a repository of several images, one folder each).
    const borrowed = images.filter((i) => i.readme !== null && i.readme === rootReadme && i.dockerfile.includes('/'));
    if (rootReadme && borrowed.length > 0 && !(await documentsAnImage(input.vfs, rootReadme, read))) for (const i of borrowed) i.readme = null;
    for (const image of images) suppressions.push(...this.checkDockerfile(image.facts, image.role, findings, state));

    if (input.isRepository) {
      const dockerfiles = images.map((i) => i.facts);
      // Images the repository publishes, in and out of the linted folder: its built Dockerfiles less those only built as a base.
      const built = plan.complete ? plan.builds.map((b) => b.dockerfile) : [...input.vfs.files].filter((f) => isDockerfileName(f.slice(f.lastIndexOf('/') + 1)) && !isLeftover(f));
      const published = new Set(built);
      for (const image of images) if (image.role === 'intermediate') published.delete(image.dockerfile);
      const project = new ProjectFacts(input.vfs, true, targets, dockerfiles, input.repository, input.git ?? null, images, null, undefined, input.scope ?? '', published.size, await repositoryImageNames(built, plan.builds, factsByPath, read));
      // Each image is reviewed with its own README and license; the repository-wide rules, and a
      // repository with no image (a catalogue entry), once for the whole.
      const views = images.length > 0 ? images.map((i) => project.forImage(i)) : [project];
      // A failure that no shared fact attributes to a file is reported on the image the view is about.
      const needed = new Set<string>();
      if (input.vfs.truncated) state.notes.push({ file: '.', range: FIRST_LINE, message: `Not every file was linted: ${input.vfs.truncated}.` });
      const seen = new Set<string>();
      for (const rule of this.enabled<ProjectRule>('project')) {
        const ruleViews = rule.meta.scope === 'repository' ? [project] : views;
        for (const view of ruleViews) {
          if (view.image?.role === 'intermediate' && rule.meta.publishedImageOnly) continue;
          try {
            await rule.check({
              project: view,
              // Each image with the profile of its platform; the repository-wide rules with the run's.
              profile: view.image?.facts.profile ?? profile,
              report: (r) => {
                const f = this.makeFinding(rule.meta, r, r.file);
                // Images that share a README or license get its findings once.
                const key = f && `${f.code}\u0000${f.file}\u0000${f.range.startLine}:${f.range.startColumn}\u0000${f.message}`;
                if (f && key && !seen.has(key)) {
                  seen.add(key);
                  findings.push(f);
                }
              },
            });
          } catch (e) {
            // A file that is there but was not read stops the checks that need it; its CHM001 below says why.
            if (e instanceof UnreadableFileError) needed.add(e.file);
            else if (e instanceof LintLimitError) state.notes.push({ file: e.file, range: FIRST_LINE, message: e.message });
            else state.crashes.push({ file: e instanceof FileLintError ? e.file : (view.primary?.file ?? targets[0]?.path ?? '.'), during: rule.meta.code, error: errorLine(e) });
          }
        }
      }
      for (const [path, e] of project.readFailures) {
        if (files.has(path) || (!isReportable(e) && !needed.has(path))) continue;
        const reason = e instanceof VfsError ? e.message : errorLine(e);
        const f = this.engineFinding('CHM001', path, FIRST_LINE, `${path} ${reason}; nothing in it was linted${needed.has(path) ? ', nor the checks that read it' : ''}.`);
        if (f) findings.push(f);
        const why = notReviewed(e);
        if (why !== null) state.unread.push({ file: path, reason: why });
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
    return { findings, skipped, files: [...files].sort() };
  }

  /** Lints one Dockerfile's text as a lone file (no repository rules): the benchmark's and workers' unit. */
  async lintText(file: string, raw: string): Promise<{ findings: Finding[]; errors: string[] }> {
    const state: RunState = { crashes: [], notes: [], unread: [] };
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

/**
 * The names of every image the repository builds, in and out of the linted folder: a README at the
 * root documents them all, so a `jobman submit -i` naming any of them is not a mismatch.
 */
async function repositoryImageNames(built: string[], builds: PlannedBuild[], facts: Map<string, DockerfileFacts | null>, read: (path: string) => Promise<string | null>): Promise<Set<string>> {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const n = name?.trim().toLowerCase().split('@')[0].replace(/:[^/]*$/, '').split('/').pop();
    if (n && !/[?$]/.test(n)) names.add(n);
  };
  for (const b of builds) for (const t of b.tags) add(t);
  for (const f of facts.values()) if (f) add(resolvedLabel(f, 'name')?.value);
  for (const path of built) {
    if (facts.get(path)) continue;
    const text = await read(path);
    const m = text && /^\s*LABEL\b[^\n]*?\bname\s*=\s*["']?([A-Za-z0-9._/-]+)/im.exec(text);
    if (m) add(m[1]);
  }
  return names;
}

/** Does a README document an image (one of the sections the platform copies), rather than a whole repository? */
async function documentsAnImage(vfs: Vfs, path: string, read: (path: string) => Promise<string | null>): Promise<boolean> {
  const text = await read(path);
  if (text === null) return false;
  const readme = await parsedReadme(vfs, path, text);
  return ['description', 'usage', 'license'].some((s) => readme.section(s as 'description') !== null);
}
export { parseDockerfileText } from './dockerfile/parse.js';
