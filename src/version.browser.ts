// The tool's version in the browser playground (see version.ts): written into the bundle by
// scripts/build-site.mjs from package.json, since the page has no package.json to read.
import type * as NodeVersion from './version.js';

declare const __CHAIMELEON_LINT_VERSION__: string;

export const TOOL_VERSION: string = __CHAIMELEON_LINT_VERSION__;
export const REPOSITORY_URL = 'https://github.com/chaimeleon-eu/chaimeleon-lint';

export function ruleDocsUrl(code: string): string {
  return `${REPOSITORY_URL}/blob/v${TOOL_VERSION}/docs/rules/${code}.md`;
}

ruleDocsUrl satisfies typeof NodeVersion.ruleDocsUrl;
REPOSITORY_URL satisfies typeof NodeVersion.REPOSITORY_URL;
