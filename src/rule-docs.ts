// Rule documentation as text: --list-rules, --explain, and the generated docs/README table.
import { RULE_EXAMPLES } from './generated/rule-examples.js';
import type { RuleMeta } from './rule-types.js';
import { ruleDocsUrl } from './version.js';

export function listRules(rules: RuleMeta[]): string {
  const rows = rules.map((r) => `${r.code}  ${r.slug.padEnd(34)} ${r.severity.padEnd(8)} ${r.summary}`);
  return rows.join('\n') + '\n';
}

/** --list-rules --format json: every rule's metadata and the address of its docs, for scripts and editors. */
export function listRulesJson(rules: RuleMeta[]): string {
  const rows = rules.map((r) => ({
    code: r.code,
    slug: r.slug,
    severity: r.severity,
    target: r.target,
    summary: r.summary,
    guide: r.guide,
    security: !!r.security,
    fixable: !!r.fixable,
    tags: r.tags ?? [],
    docs: ruleDocsUrl(r.code),
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}

export interface RuleExample {
  bad: string;
  good: string;
  /** The fixture file the example comes from (decides the code fence language). */
  file: string;
}

/** The Markdown documentation of a rule: what, why, decisions, a bad and a good example. */
export function ruleMarkdown(rule: RuleMeta, examples: RuleExample | undefined = RULE_EXAMPLES[rule.code]): string {
  const lang = examples?.file.endsWith('.md') ? 'markdown' : examples?.file.endsWith('.sh') ? 'sh' : examples?.file.endsWith('.py') ? 'python' : /LICENSE|COPYING|\.txt$/i.test(examples?.file ?? '') ? 'text' : 'dockerfile';
  const parts = [
    `# ${rule.code} ${rule.slug}`,
    '',
    `Default severity: **${rule.severity}**. Checks: ${rule.target === 'engine' ? 'reported by the engine' : rule.target === 'project' ? 'the whole repository' : 'each Dockerfile'}. Guide: ${rule.guide === 'beyond' ? 'beyond the guide' : rule.guide}.`,
    '',
    `## What it does`,
    '',
    rule.summary,
    '',
    `## Why it matters`,
    '',
    rule.why,
  ];
  if (rule.details) parts.push('', '## Details', '', rule.details);
  if (examples) {
    parts.push('', '## Example', '', '```' + lang, examples.bad.trimEnd(), '```', '', '## Use instead', '', '```' + lang, examples.good.trimEnd(), '```');
  }
  parts.push('', `Turn it off or change its severity in \`.chaimeleon-lint.yaml\` (\`rules: { ${rule.code}: off }\`) or for one instruction with \`# chaimeleon-lint ignore=${rule.code} -- reason\`.`);
  return parts.join('\n') + '\n';
}

export function explainRule(rule: RuleMeta): string {
  return ruleMarkdown(rule) + `\nOnline: ${ruleDocsUrl(rule.code)}\n`;
}
