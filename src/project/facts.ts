// What the whole repository review knows: the files, each Dockerfile's facts, the primary image,
// README and license texts, and repository facts (name, privacy) from git or GitHub.
import type { DockerfileFacts } from '../dockerfile/facts.js';
import type { Vfs } from '../vfs.js';

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

  constructor(
    readonly vfs: Vfs,
    /** True when a folder (a repository) is linted; README and license rules run only then. */
    readonly isRepository: boolean,
    readonly targets: DockerfileTarget[],
    /** Facts of every Dockerfile that could be parsed. */
    readonly dockerfiles: DockerfileFacts[],
    readonly repository: RepositoryInfo,
  ) {}

  /** The image the repository is about: the root Dockerfile, else the first one found. */
  get primary(): DockerfileFacts | null {
    return this.dockerfiles.find((d) => !d.file.includes('/')) ?? this.dockerfiles[0] ?? null;
  }

  contextOf(facts: DockerfileFacts): string {
    return this.targets.find((t) => t.path === facts.file)?.context ?? '';
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
        (t) => t,
        () => null,
      );
      this.texts.set(path, pending);
    }
    return pending;
  }
}
