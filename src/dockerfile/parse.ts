// Reads one Dockerfile's text into the model, or says why it cannot be linted at all.
import { normaliseText } from '../text.js';
import type { Range } from '../types.js';
import { parseDockerfile, type DockerfileModel } from './model.js';

const FIRST_LINE: Range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

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

