// Facts of a Dockerfile text that is not one of the linted files: the same Dockerfile as it was at
// a git base ref, which CHM406 compares with the working tree.
import { parseDockerfileText } from './parse.js';
import type { Profile } from '../profile.js';
import { DockerfileFacts } from './facts.js';

/** Null when the text is not a Dockerfile that can be read (no instruction, no FROM, not UTF-8). */
export function dockerfileFactsFromText(file: string, text: string, profile: Profile): DockerfileFacts | null {
  const parsed = parseDockerfileText(file, text);
  return 'model' in parsed ? new DockerfileFacts(parsed.model, profile) : null;
}
