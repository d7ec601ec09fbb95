// What the language server lints, and with which configuration: the repository a document belongs
// to (found as the CLI finds it), its open documents laid over the files on disk, and the
// configuration file of the repository or the workspace folder, read once and again when it changes.
import { promises as fsp } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { findConfigFile, loadConfigFile, resolveConfig, type ResolvedConfig } from '../config.js';
import { Linter, type LintResult, type RuleSet } from '../lint.js';
import { dockerfileTargets, findMarkedRoot, isDockerfileName } from '../project/discover.js';
import { gitRemote } from '../project/remote.js';
import { makeRuleSet } from '../ruleset.js';
import type { Finding } from '../types.js';
import { LocalVfs, SKIPPED_DIRS, toPosix, type Vfs } from '../vfs.js';
import { OverlayVfs } from './overlay-vfs.js';

/** An open document as the session needs it. */
export interface OpenText {
  path: string;
  version: number;
  text: string;
}

/** Where a document is linted: in its repository, or alone (outside any repository, or not a file on disk). */
export type Place = { kind: 'repository'; root: string; file: string } | { kind: 'alone'; file: string; folder: string | null };

export interface SessionLint {
  result: LintResult;
  /** The editor version of each file linted from memory (repository-relative). */
  versions: Map<string, number>;
}

/** A configuration that could not be read: its file, and the one-line error. */
export class ConfigError extends Error {
  constructor(
    readonly file: string | null,
    message: string,
  ) {
    super(message);
  }
}

export class LintSession {
  readonly ruleSet: RuleSet = makeRuleSet();
  /** Only the rules of one Dockerfile (and those the engine reports), run on each change; the repository rules wait for a save. */
  readonly dockerfileRuleSet: RuleSet;
  private configs = new Map<string, Promise<ResolvedConfig>>();
  /** The last listing of each repository's files, reused between saves. */
  private listings = new Map<string, Promise<Vfs>>();

  constructor(
    /** The workspace folders the client named, absolute; the configuration is looked for there too. */
    private workspaceFolders: string[],
    /** The documents open in the editor, by absolute path. */
    private readonly openTexts: () => Iterable<OpenText>,
  ) {
    const full = this.ruleSet;
    this.dockerfileRuleSet = { rules: full.rules.filter((r) => r.meta.target !== 'project'), meta: full.meta, resolve: full.resolve };
  }

  setWorkspaceFolders(folders: string[]): void {
    this.workspaceFolders = folders;
    this.configChanged();
  }

  /** A configuration file was created, changed or deleted: every configuration is read again. */
  configChanged(): void {
    this.configs.clear();
  }

  /** Files were created or deleted: the listings are taken again. */
  filesChanged(): void {
    this.listings.clear();
  }

  /** The repository a file belongs to: the nearest folder holding `.git` or a configuration with `root: true`, as the CLI finds it. */
  async place(path: string | null, name: string): Promise<Place> {
    if (path === null) return { kind: 'alone', file: name, folder: null };
    const root = await findMarkedRoot(dirname(path));
    if (root === null) return { kind: 'alone', file: basename(path), folder: dirname(path) };
    return { kind: 'repository', root, file: toPosix(relative(root, path)) };
  }

  /** The configuration of a repository or a lone file's folder: its own file, else the workspace folder's (as the CLI looks in the linted folder, then the current one). */
  config(folder: string | null): Promise<ResolvedConfig> {
    const dirs = folder === null ? [] : [folder];
    const workspace = this.workspaceFolders.find((w) => folder !== null && inside(folder, w)) ?? this.workspaceFolders[0];
    if (workspace !== undefined && !dirs.includes(workspace)) dirs.push(workspace);
    const key = dirs.join('\0');
    let config = this.configs.get(key);
    if (!config) {
      config = readConfig(dirs, this.ruleSet);
      this.configs.set(key, config);
      // A configuration that failed is read again next time, when the partner may have fixed it.
      config.catch(() => this.configs.delete(key));
    }
    return config;
  }

  /** Lints a whole repository (every rule) with the open documents in place of their saved text. */
  lintRepository(root: string): Promise<SessionLint> {
    this.listings.delete(root);
    return this.lintIn(root, this.ruleSet);
  }

  /** Lints a repository's Dockerfiles with the Dockerfile rules only (on each change): each still sees the bases the repository builds. */
  lintDockerfiles(root: string): Promise<SessionLint> {
    return this.lintIn(root, this.dockerfileRuleSet);
  }

  /** Lints a Dockerfile that belongs to no repository, as `chaimeleon-lint path/Dockerfile` does. */
  async lintAlone(file: string, folder: string | null, text: string): Promise<LintResult> {
    const config = await this.config(folder);
    const { findings, errors } = await new Linter(this.ruleSet, config).lintText(file, text);
    return { findings, skipped: [], files: [file], internalErrors: errors, crashes: [], unread: [] };
  }

  private async lintIn(root: string, ruleSet: RuleSet): Promise<SessionLint> {
    const config = await this.config(root);
    let listing = this.listings.get(root);
    if (!listing) {
      listing = (async () => LocalVfs.open(root, basename(root)))();
      this.listings.set(root, listing);
      listing.catch(() => this.listings.delete(root));
    }
    const base = await listing;
    const overlay = new Map<string, string>();
    const versions = new Map<string, number>();
    for (const doc of this.openTexts()) {
      if (!inside(doc.path, root)) continue;
      const file = toPosix(relative(root, doc.path));
      if (!(await overlays(root, file, base))) continue;
      overlay.set(file, doc.text);
      versions.set(file, doc.version);
    }
    const vfs = new OverlayVfs(base, overlay);
    const remote = await gitRemote(root).catch(() => null);
    const result = await new Linter(ruleSet, config).lint({
      vfs,
      isRepository: true,
      targets: dockerfileTargets(vfs.files, config.ignore),
      scope: '',
      repository: { name: remote?.name ?? null, owner: remote?.owner ?? null, isPrivate: config.private, githubLicense: null },
      git: null,
    });
    return { result, versions };
  }
}

/**
 * Does the editor's text stand for this file? For a file the listing holds, or a new one not saved
 * yet; never for a path the CLI would not read (a link, a folder it skips), so that the editor sees
 * what `chaimeleon-lint` sees.
 */
async function overlays(root: string, file: string, base: Vfs): Promise<boolean> {
  if (file.split('/').some((part) => part === '..' || SKIPPED_DIRS.has(part))) return false;
  try {
    const info = await fsp.lstat(join(root, ...file.split('/')));
    return info.isFile() && base.files.has(file);
  } catch {
    return true;
  }
}

function inside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

async function readConfig(dirs: string[], ruleSet: RuleSet): Promise<ResolvedConfig> {
  let source: string | null = null;
  try {
    source = await findConfigFile(dirs);
    return resolveConfig(source ? await loadConfigFile(source, ruleSet) : {}, source, {});
  } catch (e) {
    throw new ConfigError(source, e instanceof Error ? e.message : String(e));
  }
}

/** Is this document a Dockerfile, by its name (as the CLI decides) or by the language the editor gave it? */
export function isDockerfileDocument(name: string, languageId: string): boolean {
  return isDockerfileName(name) || languageId === 'dockerfile';
}

/** The findings of one lint by repository-relative file, suppressed ones left out. */
export function byFile(findings: Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.suppressed) continue;
    const list = map.get(f.file) ?? [];
    list.push(f);
    map.set(f.file, list);
  }
  return map;
}
