// The labels the platform reads from the final image (`name`, `version`): whether one is missing
// or lost its value to a variable, and its value when it can be checked. Shared by CHM120-CHM123.
import type { DockerfileContext } from '../rule-types.js';
import { fromLspRange } from '../text.js';
import { fix, insertLinesAfter, renameLabelKey } from '../fix/edits.js';
import type { Fix, Range } from '../types.js';
import type { DockerfileFacts, LabelFact, Stage } from './facts.js';
import type { DockerInstruction } from './model.js';

/**
 * Reports a required label of the final image that is missing, written with another case, or
 * empty (or partly lost) after ARG/ENV expansion. `example` is the LABEL line to suggest.
 */
export function checkRequiredLabel({ facts, report }: DockerfileContext, key: string, example: string): void {
  const stage = facts.finalStage;
  if (!stage) return;
  const label = stage.labels.get(key);
  if (label) {
    const problem = lostValue(facts, label);
    if (problem) report({ range: label.range, message: `The \`${key}\` label ${problem.message}`, ...(problem.fix ? { fix: problem.fix } : {}) });
    return;
  }
  const otherCase = [...stage.labels.values()].find((l) => l.key.toLowerCase() === key);
  if (otherCase) {
    const rename = renameLabelKey(facts, otherCase, key);
    report({
      range: otherCase.range,
      message: `The label is written \`${otherCase.key}\`, but label keys are case-sensitive and the platform reads \`${key}\`: rename it (\`${example}\`).`,
      ...(rename ? { fix: fix(`Rename the label to ${key}`, true, [rename]) } : {}),
    });
    return;
  }
  const related = elsewhere(facts, key).map((l) => ({
    file: facts.file,
    range: l.range,
    message: l.instr.onbuild
      ? `\`ONBUILD LABEL ${key}\` (line ${l.range.startLine}) only applies to images built FROM this one`
      : `\`LABEL ${key}\` (line ${l.range.startLine}) is in stage \`${l.stage.name ?? l.stage.index + 1}\`, which the final image is not built from`,
  }));
  const base = facts.platformBase;
  const why = base
    ? ` The \`${key}\` label of the platform base image \`${base.name}\` names that base, not your image.`
    : related.length > 0
      ? ` ${related[0].message[0].toUpperCase()}${related[0].message.slice(1)}.`
      : '';
  report({
    range: stage.from.range,
    message: `The final image has no \`${key}\` label, which \`jobman images\` shows.${why} Add \`${example}\` after this FROM.`,
    related,
  });
}

/**
 * Why a label's value is empty or incomplete after expansion, or null when it is whole. An ARG only
 * declared before the first FROM comes with its fix: declared again right after the stage's FROM.
 */
function lostValue(facts: DockerfileFacts, label: LabelFact): { message: string; fix?: Fix } | null {
  const beforeFrom = label.undeclared.filter((n) => facts.globalArgs.has(n));
  const unknown = label.undeclared.filter((n) => !facts.globalArgs.has(n));
  const empty = label.value.trim() === '';
  if (beforeFrom.length > 0) {
    const n = beforeFrom[0];
    const declare = [...new Set(beforeFrom)].map((name) => `ARG ${name}`);
    return {
      message: `${empty ? 'is empty' : `is \`${label.value}\``} after expansion: \`ARG ${n}\` is declared before the first FROM, and such an ARG is only in scope for FROM lines. Add \`ARG ${n}\` after \`FROM\` (line ${label.stage.from.range.startLine}) so the label gets its value.`,
      fix: fix(`Declare ${declare.join(', ')} again after FROM`, true, [insertLinesAfter(facts, label.stage.from, declare)]),
    };
  }
  if (unknown.length > 0) {
    const names = unknown.map((n) => `\`$${n}\``).join(', ');
    return { message: `${empty ? 'is empty' : `is \`${label.value}\``} after expansion: ${names} ${unknown.length > 1 ? 'are' : 'is'} not declared with ARG or ENV before it, so ${unknown.length > 1 ? 'they expand' : 'it expands'} to nothing (assuming the base image does not set ${unknown.length > 1 ? 'them' : 'it'} as ENV). Declare it or write the value.` };
  }
  if (empty) return { message: `is empty: write a value (\`${label.key}="..."\`).` };
  return null;
}

/** Labels with this key that the final image does not get: ONBUILD ones and those of stages outside its chain. */
function elsewhere(facts: DockerfileFacts, key: string): { instr: DockerInstruction; stage: Stage; range: Range }[] {
  const chain = new Set(facts.imageChain);
  const result: { instr: DockerInstruction; stage: Stage; range: Range }[] = [];
  for (const stage of facts.stages) {
    for (const instr of stage.instructions) {
      if (instr.keyword !== 'LABEL' || (chain.has(stage) && !instr.onbuild)) continue;
      const node = instr.node as unknown as { getProperties?: () => { getName(): string; getRange(): Parameters<typeof fromLspRange>[0] }[] };
      for (const p of node.getProperties?.() ?? []) {
        if (p.getName() === key) result.push({ instr, stage, range: fromLspRange(p.getRange()) });
      }
    }
  }
  return result;
}

/** The final image's label when its value can be checked: set, not empty, no variable left to resolve. */
export function resolvedLabel(facts: DockerfileFacts, key: string): LabelFact | null {
  const label = facts.finalStage?.labels.get(key);
  if (!label || label.value.trim() === '') return null;
  if (label.undeclared.length > 0 || label.unresolved.length > 0 || label.value.includes('$')) return null;
  return label;
}

export const IMAGE_NAME_MAX_LENGTH = 128;
// One path component of Docker's reference grammar: alphanumerics separated by `.`, `_`, `__` or dashes.
export const REPOSITORY_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/** A valid name close to what was written: the last path component, no tag, lower-case, spaces to dashes. */
export function suggestImageName(value: string): string {
  let name = value.trim().toLowerCase().split('@')[0];
  name = name.split('/').filter(Boolean).pop() ?? '';
  name = name
    .replace(/:.*$/, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/[._-]{2,}/g, (run) => (/^(__|-+)$/.test(run) ? run : '-'))
    .replace(/^[._-]+|[._-]+$/g, '');
  return name.slice(0, IMAGE_NAME_MAX_LENGTH).replace(/[._-]+$/, '');
}
