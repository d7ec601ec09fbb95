import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ruleMarkdown
} from "./chunk-W4SLFS7W.js";
import {
  REPOSITORY_URL,
  ruleDocsUrl
} from "./chunk-QHHN7UPP.js";

// src/formatters/escape.ts
var CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeControls(text) {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 32) return String.fromCharCode(9216 + code);
    if (code === 127) return "\u2421";
    return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
  });
}
var LEGACY_COMMAND = /##\[/g;
function plainText(text) {
  return escapeControls(text).replace(LEGACY_COMMAND, "##\\[");
}
function plainPath(path) {
  const text = plainText(path);
  return /^\s*::/.test(text) ? `./${text}` : text;
}
function reportIndent(items) {
  return items > 1e3 ? void 0 : 2;
}
function safeJson(json) {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(LEGACY_COMMAND, "##\\u005b");
}

// src/formatters/sarif.ts
import { createRequire } from "node:module";

// src/formatters/report.ts
function failuresOf(report) {
  return report.failures ?? [];
}

// src/formatters/sarif.ts
var require2 = createRequire(import.meta.url);
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "chaimeleonLintContentHash/v1";
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SECURITY_SEVERITY = { error: "8.0", warning: "5.5", info: "2.0" };
var MAX_DESCRIPTION = 1024;
var MAX_FINGERPRINT_LINES = 20;
var MAX_FINGERPRINT_LINE_CHARS = 4096;
function fingerprintText(text, fromColumn) {
  if (text.length <= MAX_FINGERPRINT_LINE_CHARS) return text;
  const start = Math.min(Math.max(0, fromColumn - 1), text.length);
  return text.slice(start, start + MAX_FINGERPRINT_LINE_CHARS);
}
function clip(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1) + "\u2026";
}
function pathToUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function region(range) {
  return { startLine: range.startLine, startColumn: range.startColumn, endLine: range.endLine, endColumn: range.endColumn };
}
function physicalLocation(file, range) {
  return { artifactLocation: { uri: pathToUri(file), uriBaseId: SRCROOT }, region: region(range) };
}
function sarifFix(fix) {
  const files = [...new Set(fix.edits.map((e) => e.file))];
  return {
    description: { text: fix.title },
    artifactChanges: files.map((file) => ({
      artifactLocation: { uri: pathToUri(file), uriBaseId: SRCROOT },
      replacements: fix.edits.filter((e) => e.file === file).map((e) => ({ deletedRegion: region(e.range), ...e.text ? { insertedContent: { text: e.text } } : {} }))
    }))
  };
}
function ruleDescriptor(rule) {
  const docs = ruleMarkdown(rule);
  const tags = [.../* @__PURE__ */ new Set([...rule.tags ?? [], ...rule.security ? ["security"] : []])];
  return {
    id: rule.code,
    name: rule.slug,
    shortDescription: { text: clip(rule.summary, MAX_DESCRIPTION) },
    fullDescription: { text: clip(rule.why, MAX_DESCRIPTION) },
    // The Markdown is the rule's page; the plain text only points to it, rather than repeating it unrendered.
    help: helpText(`${rule.summary} ${rule.why} Documentation: ${ruleDocsUrl(rule.code)}`, docs),
    helpUri: ruleDocsUrl(rule.code),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags,
      ...rule.security ? { "security-severity": SECURITY_SEVERITY[rule.severity] } : {}
    }
  };
}
function helpText(text, markdown) {
  return markdown.trim() === text.trim() ? { text } : { text, markdown };
}
function fingerprintBase(report, f) {
  const lines = [];
  const empty = f.range.startLine === f.range.endLine && f.range.startColumn === f.range.endColumn;
  if (!empty) {
    const last = Math.min(f.range.endLine, f.range.startLine + MAX_FINGERPRINT_LINES - 1);
    for (let n = f.range.startLine; n <= last; n++) {
      const text = report.sourceLine?.(f.file, n);
      if (text === void 0) break;
      lines.push(fingerprintText(text, n === f.range.startLine ? f.range.startColumn : 1).trim().replace(/\s+/g, " "));
    }
  }
  const content = lines.join("\n").trim() || f.message.replace(/\d+/g, "#");
  return `${f.code}\0${f.file}\0${content}`;
}
function fingerprints(report, findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const hash = require2("node:crypto").createHash("sha256").update(fingerprintBase(report, f)).digest("hex").slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
function formatSarif(report, options) {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.code, i]));
  const findings = report.findings.filter((f) => !options.quiet || f.severity === "error");
  const prints = fingerprints(report, findings);
  const results = findings.map((f, i) => ({
    ruleId: f.code,
    ...ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {},
    level: LEVEL[f.severity],
    message: { text: linkedMessage(f.message, f.related) },
    locations: [{ physicalLocation: physicalLocation(f.file, f.range) }],
    ...f.related.length > 0 ? { relatedLocations: f.related.map((r, j) => ({ id: j + 1, physicalLocation: physicalLocation(r.file, r.range), message: { text: r.message } })) } : {},
    ...f.fix ? { fixes: [sarifFix(f.fix)] } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
    ...f.suppressed ? { suppressions: [{ kind: f.suppressed.kind === "inline" ? "inSource" : "external", ...f.suppressed.justification ? { justification: f.suppressed.justification } : {} }] } : {},
    ...f.url ? { hostedViewerUri: f.url } : {}
  }));
  const run = {
    tool: {
      driver: {
        name: "chaimeleon-lint",
        version: report.toolVersion,
        semanticVersion: report.toolVersion,
        informationUri: REPOSITORY_URL,
        rules: report.rules.map(ruleDescriptor)
      }
    },
    ...options.category ? { automationDetails: { id: automationId(options.category) } } : {},
    ...report.rootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: report.rootUri } } } : {},
    columnKind: "utf16CodeUnits",
    invocations: [invocation(report)],
    results
  };
  return safeJson(JSON.stringify({ $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] }, null, reportIndent(results.length)) + "\n");
}
function invocation(report) {
  const failures = failuresOf(report);
  const notifications = [
    ...failures.map((f) => ({ level: "error", message: { text: `${f.file}: ${f.message}` }, properties: { file: f.file } })),
    ...(report.skipped ?? []).map((s) => ({ level: "note", message: { text: `${s.path}: not reviewed as an image (${s.reason})` }, properties: { file: s.path } }))
  ];
  return {
    executionSuccessful: failures.length === 0,
    ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
  };
}
function linkText(text) {
  return text.replace(/[\\[\]]/g, "\\$&");
}
function linkedMessage(message, related) {
  if (related.length === 0) return message;
  return `${message} (related: ${related.map((r, i) => `[${linkText(r.message || "related location")}](${i + 1})`).join("; ")})`;
}
function automationId(category) {
  return category.endsWith("/") ? category : category + "/";
}

export {
  escapeControls,
  plainText,
  plainPath,
  reportIndent,
  safeJson,
  failuresOf,
  FINGERPRINT_KEY,
  pathToUri,
  formatSarif,
  linkedMessage
};
