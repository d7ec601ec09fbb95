// The tool's version, from package.json (one level up both from src/ and from the bundles in build/ and dist/).
import { readFileSync } from 'node:fs';

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const TOOL_VERSION: string = readVersion();
export const REPOSITORY_URL = 'https://github.com/chaimeleon-eu/chaimeleon-lint';

/** Where a rule's documentation lives for this version. */
export function ruleDocsUrl(code: string): string {
  return `${REPOSITORY_URL}/blob/v${TOOL_VERSION}/docs/rules/${code}.md`;
}
