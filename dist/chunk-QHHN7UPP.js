import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/version.ts
import { readFileSync } from "node:fs";
function readVersion() {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}
var TOOL_VERSION = readVersion();
var REPOSITORY_URL = "https://github.com/chaimeleon-eu/chaimeleon-lint";
function ruleDocsUrl(code) {
  return `${REPOSITORY_URL}/blob/v${TOOL_VERSION}/docs/rules/${code}.md`;
}

export {
  TOOL_VERSION,
  REPOSITORY_URL,
  ruleDocsUrl
};
