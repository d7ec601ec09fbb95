// What the whole repository review knows: the files, each Dockerfile's facts, the primary image,
// README and license texts, and repository facts (name, privacy) from git or GitHub.
import type { DockerfileFacts } from '../dockerfile/facts.js';
import { FileLintError, UnreadableFileError } from '../limits.js';
import type { Vfs } from '../vfs.js';
import type { GitBaseComparison } from './git.js';
import { matchingIn, LICENSE_FILE, README_FILE, licensePreference, nearestFile, type Image, type ImageRole } from './images.js';

export interface DockerfileTarget {
  /** Repository-relative path of the Dockerfile. */
  path: string;
  /** Repository-relative build context folder ('' for the root). */
  context: string;
}

export interface RepositoryInfo {
  /** `image_batch_foo`, from the git remote or GitHub; null when unknown. */
  name: string | null;
  /** The owner (`chaimeleon-eu`), from the git remote or GitHub; null when unknown. */
  owner: string | null;
  /** From GitHub in remote mode, else from configuration; null when unknown. */
  isPrivate: boolean | null;
  /** The SPDX id GitHub detected, in remote mode. */
  githubLicense: string | null;
}

/** What every view of one review shares: files read once, parsed READMEs and licenses by path. */
class SharedCaches {
  readonly texts = new Map<string, Promise<string | null>>();
  readonly readPaths = new Set<string>();
  readonly readmes = new Map<string, Promise<import('../readme/model.js').Readme | null>>();
  readonly licenses = new Map<string, Promise<import('../license/project.js').LicenseInfo>>();
  readonly chains = new Map<DockerfileFacts, Promise<import('../chain/chain.js').EntrypointChain>>();
  readonly contexts = new Map<DockerfileFacts, Promise<import('../chain/context.js').BuildContext>>();
  /** Files that could not be read, and why: the engine reports those deliberately not read (CHM001). */
  readonly readFailures = new Map<string, unknown>();
}

export class ProjectFacts {
  private readonly shared: SharedCaches;
  /** Files that were read successfully: the report counts them as linted. */
  get readPaths(): Set<string> {
    return this.shared.readPaths;
  }
  /** Files that could not be read, and why: the engine reports those deliberately not read (CHM001). */
  get readFailures(): Map<string, unknown> {
    return this.shared.readFailures;
  }

  constructor(
    readonly vfs: Vfs,
    /** True when a folder (a repository) is linted; README and license rules run only then. */
    readonly isRepository: boolean,
    readonly targets: DockerfileTarget[],
    /** Facts of every Dockerfile that could be parsed (in an image's view: that image's only). */
    readonly dockerfiles: DockerfileFacts[],
    readonly repository: RepositoryInfo,
    /** The working tree compared with a base ref (`--base REF`); null without one, or outside a git checkout. */
    readonly git: GitBaseComparison | null = null,
    /** The repository's images (src/project/images.ts). */
    readonly images: Image[] = [],
    /** The image this view is about; null for the repository as a whole. */
    readonly image: Image | null = null,
    shared?: SharedCaches,
    /** The folder the user named ('' or `dir/`): with no image in it, its README is the one reviewed (a catalogue entry). */
    readonly scope = '',
    /** How many images the whole repository publishes (its built Dockerfiles, less the intermediate ones seen). */
    readonly publishedImageCount = 0,
    /** The names (last path component, no tag) of every image the repository builds, from build files and `name` labels. */
    readonly repositoryImageNames: ReadonlySet<string> = new Set(),
  ) {
    this.shared = shared ?? new SharedCaches();
  }

  /** The same review seen from one image: its Dockerfile, README and license. */
  forImage(image: Image): ProjectFacts {
    return new ProjectFacts(this.vfs, this.isRepository, this.targets, [image.facts], this.repository, this.git, this.images, image, this.shared, this.scope, this.publishedImageCount, this.repositoryImageNames);
  }

  /** The image this view is about; for the repository as a whole, the root Dockerfile, else the first one found. */
  get primary(): DockerfileFacts | null {
    if (this.image) return this.image.facts;
    return this.dockerfiles.find((d) => !d.file.includes('/')) ?? this.dockerfiles[0] ?? null;
  }

  /** The role of this view's image; for a repository with no image, what its README describes. */
  get role(): ImageRole | null {
    return this.image?.role ?? null;
  }

  /**
   * How users start what this README documents: `interactive` (a desktop deployed from the
   * application catalogue, never with jobman) or `batch`. From the image when there is one; for a
   * README-only folder (a catalogue entry), from the folder or repository name, else its text.
   */
  async documentedKind(): Promise<'batch' | 'interactive'> {
    if (this.image) return this.image.role === 'interactive' ? 'interactive' : 'batch';
    const names = `${this.scope} ${this.repository.name ?? ''}`;
    if (/interactive|desktop/i.test(names)) return 'interactive';
    if (/\bbatch\b|image_batch/i.test(names)) return 'batch';
    const readme = await this.readme();
    const text = readme ? readme.sections.map((s) => `${s.title}\n${s.text}`).join('\n') : '';
    return /\bjobman\s+submit\b/.test(text) || !/\b(?:remote desktop|desktop environment|VNC|noVNC|Guacamole|apps? catalog(?:ue)?|helm chart)\b/i.test(text) ? 'batch' : 'interactive';
  }

  contextOf(facts: DockerfileFacts): string {
    return this.targets.find((t) => t.path === facts.file)?.context ?? '';
  }

  /** The license file of this view: the image's own (nearest from its folder up), else the root one. */
  licenseFile(): string | null {
    return this.image ? this.image.license : nearestFile(this.vfs.files, '', LICENSE_FILE, licensePreference);
  }

  /** The license file, which SPDX license it is and whether it allows redistribution; computed on first need only. */
  license(): Promise<import('../license/project.js').LicenseInfo> {
    const file = this.licenseFile();
    const key = file ?? '';
    let pending = this.shared.licenses.get(key);
    if (!pending) {
      pending = import('../license/project.js').then((m) => m.projectLicense(this, file));
      this.shared.licenses.set(key, pending);
    }
    return pending;
  }

  /** The README of this view: the image's (see Image.readme), or the root README.md for the repository as a whole. */
  readmePath(): string | null {
    return this.image ? this.image.readme : nearestFile(this.vfs.files, this.scope.replace(/\/$/, ''), README_FILE);
  }

  /** The README, parsed on first need only; null when there is none or it cannot be read. */
  readme(): Promise<import('../readme/model.js').Readme | null> {
    const path = this.readmePath();
    if (path === null) return Promise.resolve(null);
    let pending = this.shared.readmes.get(path);
    if (!pending) {
      pending = (async () => {
        const text = await this.read(path);
        // There but not read (a FIFO, too large, a link out): not a missing README; the engine reports why.
        if (text === null) throw new UnreadableFileError(path);
        try {
          return await parsedReadme(this.vfs, path, text);
        } catch (e) {
          throw e instanceof FileLintError ? e : new FileLintError(path, e);
        }
      })();
      this.shared.readmes.set(path, pending);
    }
    return pending;
  }

  /** A file at the repository root whose name matches, case-insensitively. */
  rootFile(pattern: RegExp): string | null {
    const candidates = [...matchingIn(this.vfs.files, '', pattern)].sort();
    return candidates[0] ?? null;
  }

  /** Reads a file once; null when it cannot be read (the reason is reported by the engine). */
  read(path: string): Promise<string | null> {
    let pending = this.shared.texts.get(path);
    if (!pending) {
      pending = this.vfs.readText(path).then(
        (t) => {
          this.shared.readPaths.add(path);
          return t;
        },
        (e: unknown) => {
          this.readFailures.set(path, e);
          return null;
        },
      );
      this.shared.texts.set(path, pending);
    }
    return pending;
  }

  /** The final ENTRYPOINT/CMD and every context script it reaches (src/chain), computed once per Dockerfile. */
  entrypointChain(facts: DockerfileFacts): Promise<import('../chain/chain.js').EntrypointChain> {
    let chain = this.shared.chains.get(facts);
    if (!chain) {
      // Loaded on first need: Dockerfile-only runs never pay for the chain module.
      chain = import('../chain/chain.js').then((m) => m.buildEntrypointChain(this, facts)).catch(failedOn(facts.file));
      this.shared.chains.set(facts, chain);
    }
    return chain;
  }

  /** Scripts the entrypoint runs, in the order they are reached. */
  async entrypointScripts(facts: DockerfileFacts): Promise<import('../chain/chain.js').ChainScript[]> {
    return (await this.entrypointChain(facts)).scripts;
  }

  /** The Dockerfile's build context after `.dockerignore`, with where COPY/ADD put its files. */
  buildContext(facts: DockerfileFacts): Promise<import('../chain/context.js').BuildContext> {
    let context = this.shared.contexts.get(facts);
    if (!context) {
      context = import('../chain/context.js').then((m) => m.loadBuildContext(this, facts)).catch(failedOn(facts.file));
      this.shared.contexts.set(facts, context);
    }
    return context;
  }
}

const readmeParses = new WeakMap<Vfs, Map<string, { text: string; readme: import('../readme/model.js').Readme }>>();

/**
 * A README parsed once per repository listing, whoever asks first: the engine asks whether the
 * root README documents an image before the rules read it (src/lint.ts).
 */
export async function parsedReadme(vfs: Vfs, path: string, text: string): Promise<import('../readme/model.js').Readme> {
  let parses = readmeParses.get(vfs);
  if (!parses) readmeParses.set(vfs, (parses = new Map()));
  const done = parses.get(path);
  if (done && done.text === text) return done.readme;
  const { parseReadme } = await import('../readme/model.js');
  const readme = parseReadme(path, text);
  parses.set(path, { text, readme });
  return readme;
}

/** Attributes a failure of shared work to the file it was about (unless already attributed). */
function failedOn(file: string): (e: unknown) => never {
  return (e) => {
    throw e instanceof FileLintError ? e : new FileLintError(file, e);
  };
}
