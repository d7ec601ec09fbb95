// Looks rules up by code or slug, wherever a user types a rule (config, --rule, ignore comments).
import { RULES } from '../rules/index.js';
import type { RuleSet } from './lint.js';
import type { Rule } from './rule-types.js';

export function makeRuleSet(rules: Rule[] = RULES): RuleSet {
  const byName = new Map<string, string>();
  for (const r of rules) {
    byName.set(r.meta.code.toUpperCase(), r.meta.code);
    byName.set(r.meta.slug.toLowerCase(), r.meta.code);
  }
  return {
    rules,
    meta: rules.map((r) => r.meta),
    resolve: (name) => byName.get(name.toUpperCase()) ?? byName.get(name.toLowerCase()),
  };
}
