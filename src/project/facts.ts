// What the whole repository review knows: the files, each Dockerfile's facts, the primary image,
// README and license texts, and repository facts (name, privacy) from git or GitHub.
import type { DockerfileFacts } from '../dockerfile/facts.js';
import { FileLintError, UnreadableFileError } from '../limits.js';
import type { Vfs } from '../vfs.js';
import type { GitBaseComparison } from './git.js';

export interface DockerfileTarget {
  /** Repository-relative path of the Dockerfile. */
  path: string;
  /** Repository-relative build context folder ('' for the root). */
  context: string;
}

export interface RepositoryInfo {
  /** `image_batch_foo`, from the git remote or GitHub; null when unknown. */
  name: string | null;
  /** From GitHub in remote mode, else from configuration; null when unknown. */
  isPrivate: boolean | null;
  /** The SPDX id GitHub detected, in remote mode. */
  githubLicense: string | null;
}

export class ProjectFacts {
  /** Texts read so far, by path: a file is read once whatever the number of rules using it. */
  private readonly texts = new Map<string, Promise<string | null>>();
  /** Files that were read successfully: the report counts them as linted. */
  readonly readPaths = new Set<string>();
  /** Files that could not be read, and why: the engine reports those deliberately not read (CHM001). */
  readonly readFailures = new Map<string, unknown>();

  constructor(
    readonly vfs: Vfs,
    /** True when a folder (a repository) is linted; README and license rules run only then. */
    readonly isRepository: boolean,
    readonly targets: DockerfileTarget[],
    /** Facts of every Dockerfile that could be parsed. */
    readonly dockerfiles: DockerfileFacts[],
    readonly repository: RepositoryInfo,
    /** The working tree compared with a base ref (`--base REF`); null without one, or outside a git checkout. */
    readonly git: GitBaseComparison | null = null,
  ) {}

  /** The image the repository is about: the root Dockerfile, else the first one found. */
  get primary(): DockerfileFacts | null {
    return this.dockerfiles.find((d) => !d.file.includes('/')) ?? this.dockerfiles[0] ?? null;
  }

  contextOf(facts: DockerfileFacts): string {
    return this.targets.find((t) => t.path === facts.file)?.context ?? '';
  }

  private licensePending?: Promise<import('../license/project.js').LicenseInfo>;

  /** The root license file, which SPDX license it is and whether it allows redistribution; computed on first need only. */
  license(): Promise<import('../license/project.js').LicenseInfo> {
    return (this.licensePending ??= import('../license/project.js').then((m) => m.projectLicense(this)));
  }

  private readmePending?: Promise<import('../readme/model.js').Readme | null>;

  /** The root README.md (any case), parsed on first need only; null when there is none or it cannot be read. */
  readme(): Promise<import('../readme/model.js').Readme | null> {
    this.readmePending ??= (async () => {
      const path = this.rootFile(/^readme\.md$/i);
      const text = path === null ? null : await this.read(path);
      if (path === null) return null;
      // There but not read (a FIFO, too large, a link out): not a missing README; the engine reports why.
      if (text === null) throw new UnreadableFileError(path);
      const { parseReadme } = await import('../readme/model.js');
      try {
        return parseReadme(path, text);
      } catch (e) {
        throw e instanceof FileLintError ? e : new FileLintError(path, e);
      }
    })();
    return this.readmePending;
  }

  /** A file at the repository root whose name matches, case-insensitively. */
  rootFile(pattern: RegExp): string | null {
    const candidates = [...this.vfs.files].filter((f) => !f.includes('/') && pattern.test(f)).sort();
    return candidates[0] ?? null;
  }

  /** Reads a file once; null when it cannot be read (the reason is reported by the engine). */
  read(path: string): Promise<string | null> {
    let pending = this.texts.get(path);
    if (!pending) {
      pending = this.vfs.readText(path).then(
        (t) => {
          this.readPaths.add(path);
          return t;
        },
        (e: unknown) => {
          this.readFailures.set(path, e);
          return null;
        },
      );
      this.texts.set(path, pending);
    }
    return pending;
  }

  private readonly chains = new Map<DockerfileFacts, Promise<import('../chain/chain.js').EntrypointChain>>();

  /** The final ENTRYPOINT/CMD and every context script it reaches (src/chain), computed once per Dockerfile. */
  entrypointChain(facts: DockerfileFacts): Promise<import('../chain/chain.js').EntrypointChain> {
    let chain = this.chains.get(facts);
    if (!chain) {
      // Loaded on first need: Dockerfile-only runs never pay for the chain module.
      chain = import('../chain/chain.js').then((m) => m.buildEntrypointChain(this, facts)).catch(failedOn(facts.file));
      this.chains.set(facts, chain);
    }
    return chain;
  }

  /** Scripts the entrypoint runs, in the order they are reached. */
  async entrypointScripts(facts: DockerfileFacts): Promise<import('../chain/chain.js').ChainScript[]> {
    return (await this.entrypointChain(facts)).scripts;
  }

  private readonly contexts = new Map<DockerfileFacts, Promise<import('../chain/context.js').BuildContext>>();

  /** The Dockerfile's build context after `.dockerignore`, with where COPY/ADD put its files. */
  buildContext(facts: DockerfileFacts): Promise<import('../chain/context.js').BuildContext> {
    let context = this.contexts.get(facts);
    if (!context) {
      context = import('../chain/context.js').then((m) => m.loadBuildContext(this, facts)).catch(failedOn(facts.file));
      this.contexts.set(facts, context);
    }
    return context;
  }
}

/** Attributes a failure of shared work to the file it was about (unless already attributed). */
function failedOn(file: string): (e: unknown) => never {
  return (e) => {
    throw e instanceof FileLintError ? e : new FileLintError(file, e);
  };
}
