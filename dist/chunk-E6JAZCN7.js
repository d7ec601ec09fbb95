import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  FINGERPRINT_KEY,
  escapeControls,
  failuresOf,
  formatSarif,
  pathToUri,
  plainPath,
  plainText,
  safeJson
} from "./chunk-QULLPBXD.js";
import {
  ruleDocsUrl
} from "./chunk-QHHN7UPP.js";
import {
  SEVERITY_RANK
} from "./chunk-SZREWI2H.js";

// src/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return escapeControls(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function isWholeFile(f) {
  const r = f.range;
  return r.startLine === 1 && r.endLine === 1 && r.startColumn === 1 && r.endColumn === 1;
}
function properties(f) {
  const props = [["file", f.file]];
  if (!isWholeFile(f)) {
    props.push(["line", f.range.startLine], ["endLine", f.range.endLine]);
    if (f.range.startLine === f.range.endLine) props.push(["col", f.range.startColumn], ["endColumn", Math.max(f.range.startColumn, f.range.endColumn)]);
  }
  props.push(["title", `${f.code} ${f.slug}`]);
  return props;
}
function annotation(f) {
  const props = properties(f).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  const related = f.related.map((r) => `
\u21B3 ${r.file}:${r.range.startLine}: ${r.message}`).join("");
  return `::${COMMAND[f.severity]} ${props}::${escapeData(`${f.message}${related}
Docs: ${ruleDocsUrl(f.code)}`)}`;
}
function failureAnnotation(failure) {
  return `::error title=${escapeProperty("chaimeleon-lint: not reviewed")}::${escapeData(`${failure.file}: ${failure.message}`)}`;
}
function formatGithub(report, options) {
  const visible = report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === "error"));
  const count = (s) => visible.filter((f) => f.severity === s).length;
  const failures = failuresOf(report);
  const lines = [...failures.map(failureAnnotation), ...[...visible].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]).map(annotation)];
  const counts = `${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} info in ${report.files.length} file(s)`;
  lines.push(failures.length > 0 ? `chaimeleon-lint: review failed (${failures.length} not reviewed); ${counts}.` : `chaimeleon-lint: ${counts}.`);
  return lines.join("\n") + "\n";
}

// src/formatters/json.ts
var JSON_SCHEMA_VERSION = 1;
function formatJson(report, options) {
  const visible = report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === "error"));
  const count = (s) => visible.filter((f) => f.severity === s).length;
  const failures = failuresOf(report);
  return safeJson(
    JSON.stringify(
      {
        version: JSON_SCHEMA_VERSION,
        tool: { name: "chaimeleon-lint", version: report.toolVersion },
        summary: {
          files: report.files.length,
          errors: count("error"),
          warnings: count("warning"),
          infos: count("info"),
          suppressed: report.findings.filter((f) => f.suppressed).length,
          failures: failures.length
        },
        // What could not be reviewed: when not empty, the run failed (exit code 2) whatever the findings.
        failures: failures.map((f) => ({ file: f.file, message: f.message })),
        files: report.files,
        findings: visible.map((f) => ({
          code: f.code,
          slug: f.slug,
          severity: f.severity,
          message: f.message,
          file: f.file,
          range: f.range,
          related: f.related,
          ...f.fix ? { fix: f.fix } : {},
          ...f.url ? { url: f.url } : {}
        }))
      },
      null,
      2
    ) + "\n"
  );
}

// src/formatters/markdown.ts
var MAX_TABLE_ROWS = 1e3;
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function markdownCell(text) {
  return escapeControls(
    text.split(/(`[^`\n]*`)/).map(
      (part, i) => i % 2 === 1 ? (
        // No escape works inside a code span: a zero-width space breaks `##[`.
        part.replace(/\|/g, "\\|").replace(/##\[/g, "#\u200B#[")
      ) : part.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>").replace(/##\[/g, "##\\[")
    ).join("")
  );
}
function markdownUrl(url) {
  if (!url || !/^https?:\/\//i.test(url)) return void 0;
  const encoder = new TextEncoder();
  return url.replace(/[\u0000-\u0020\u007f-\u009f()<>|"'`\\[\]]/g, (c) => [...encoder.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""));
}
function link(text, url) {
  const target = markdownUrl(url);
  return target ? `[${text}](${target})` : text;
}
function codePath(file, line) {
  return `\`${escapeControls(file.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/##\[/g, "#\u200B#["))}${line === void 0 ? "" : `:${line}`}\``;
}
function location(report, file, line) {
  return link(codePath(file, line), report.fileUrl?.(file, line));
}
function row(report, f) {
  const related = f.related.map((r) => `<br>\u21B3 ${location(report, r.file, r.range.startLine)} ${markdownCell(r.message)}`).join("");
  return `| ${ICON[f.severity]} ${f.severity} | ${location(report, f.file, f.range.startLine)} | ${link(`${f.code} ${f.slug}`, ruleDocsUrl(f.code))} | ${markdownCell(f.message)}${related} |`;
}
function formatMarkdown(report, options) {
  const visible = report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === "error"));
  const suppressed = report.findings.filter((f) => f.suppressed).length;
  const count = (s) => visible.filter((f) => f.severity === s).length;
  const files = plural(report.files.length, "file");
  const out = ["## chaimeleon-lint", ""];
  const failures = failuresOf(report);
  if (failures.length > 0) {
    out.push(
      `\u274C **The review failed**: ${failures.length} not reviewed, so the findings below are incomplete.`,
      "",
      "| Not reviewed | Why |",
      "| --- | --- |",
      ...failures.slice(0, MAX_TABLE_ROWS).map((f) => `| ${codePath(f.file)} | ${markdownCell(f.message)} |`),
      ""
    );
    if (failures.length > MAX_TABLE_ROWS) out.push(`\u2026and ${failures.length - MAX_TABLE_ROWS} more not shown here.`, "");
    if (visible.length === 0) {
      out.push(`0 problems in the ${files} that were reviewed${suppressed ? ` (${suppressed} suppressed)` : ""}.`, "");
      return out.join("\n");
    }
  } else if (visible.length === 0) {
    out.push(`\u2705 No problems found in ${files}${suppressed ? ` (${suppressed} suppressed)` : ""}.`, "");
    return out.join("\n");
  }
  out.push(
    `${count("error") > 0 ? ICON.error : ICON.warning} **${plural(visible.length, "problem")}** in ${files}.`,
    "",
    "| Severity | Count |",
    "| --- | ---: |",
    `| ${ICON.error} error | ${count("error")} |`,
    `| ${ICON.warning} warning | ${count("warning")} |`,
    `| ${ICON.info} info | ${count("info")} |`,
    ...suppressed ? [`| suppressed | ${suppressed} |`] : [],
    "",
    "### Findings",
    "",
    "| Severity | Location | Rule | Message |",
    "| --- | --- | --- | --- |",
    ...visible.slice(0, MAX_TABLE_ROWS).map((f) => row(report, f))
  );
  if (visible.length > MAX_TABLE_ROWS) out.push("", `\u2026and ${plural(visible.length - MAX_TABLE_ROWS, "more finding")} not shown here.`);
  const fired = new Set(visible.map((f) => f.code));
  out.push("", "### Rules", "");
  for (const rule of report.rules.filter((r) => fired.has(r.code))) {
    out.push(`- [${rule.code} ${rule.slug}](${ruleDocsUrl(rule.code)}): ${markdownCell(rule.summary)}`);
  }
  out.push("");
  return out.join("\n");
}

// src/formatters/style.ts
import { styleText } from "node:util";
function paint(on, style, text) {
  return on ? styleText(style, text, { validateStream: false }) : text;
}

// src/formatters/stylish.ts
var SEVERITY_COLOR = { error: "red", warning: "yellow", info: "blue" };
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function formatStylish(report, options) {
  const c = options.color;
  const visible = report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === "error"));
  const byFile = /* @__PURE__ */ new Map();
  for (const f of visible) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out = [];
  for (const [file, findings] of byFile) {
    const shown = plainPath(file);
    out.push(paint(c, "underline", shown));
    for (const f of findings) {
      const where = `${shown}:${f.range.startLine}:${f.range.startColumn}`;
      out.push(`  ${paint(c, "gray", where)}  ${paint(c, SEVERITY_COLOR[f.severity], f.severity.padEnd(7))}  ${plainText(f.message)}  ${paint(c, "gray", `${f.code} ${f.slug}`)}`);
      if (f.url) out.push(`      ${paint(c, "gray", plainText(f.url))}`);
      for (const r of f.related) out.push(`      ${paint(c, "gray", `\u21B3 ${plainText(r.file)}:${r.range.startLine}:${r.range.startColumn}`)} ${plainText(r.message)}`);
      if (options.frames) out.push(...codeFrame(report, f, c));
    }
    out.push("");
  }
  const failures = failuresOf(report);
  if (failures.length > 0) {
    out.push(paint(c, "underline", "Not reviewed"));
    for (const failure of failures) out.push(`  ${paint(c, "red", plainPath(failure.file))}  ${plainText(failure.message)}`);
    out.push("");
  }
  const errors = visible.filter((f) => f.severity === "error").length;
  const warnings = visible.filter((f) => f.severity === "warning").length;
  const infos = visible.filter((f) => f.severity === "info").length;
  const files = plural2(report.files.length, "file");
  const problems = `${plural2(visible.length, "problem")} (${plural2(errors, "error")}, ${plural2(warnings, "warning")}, ${infos} info) in ${files}`;
  if (failures.length > 0) out.push(`${paint(c, "red", "\u2716")} ${paint(c, "bold", `Review failed (${failures.length} not reviewed, listed above); ${problems}.`)}`);
  else if (visible.length === 0) out.push(paint(c, "bold", `\u2714 No problems found in ${files}.`));
  else {
    const mark = errors > 0 ? paint(c, "red", "\u2716") : paint(c, "yellow", "\u26A0");
    out.push(`${mark} ${paint(c, "bold", `${problems}.`)}`);
  }
  return out.join("\n") + "\n";
}
function codeFrame(report, f, color) {
  const line = report.sourceLine?.(f.file, f.range.startLine);
  if (line === void 0) return [];
  const number = String(f.range.startLine);
  const text = plainText(line.replace(/\t/g, " "));
  const start = Math.max(0, f.range.startColumn - 1);
  const end = f.range.endLine === f.range.startLine ? Math.max(start + 1, f.range.endColumn - 1) : text.length;
  const caret = " ".repeat(start) + "^".repeat(Math.max(1, Math.min(end, text.length) - start));
  return [`    ${paint(color, "gray", `${number} |`)} ${text}`, `    ${" ".repeat(number.length)} ${paint(color, "gray", "|")} ${paint(color, SEVERITY_COLOR[f.severity], caret)}`];
}

// src/formatters/index.ts
var FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown
};

// src/github/report.ts
var NOT_REVIEWED = "not reviewed:";
function isMultiRepositoryReport(report) {
  return "scan" in report;
}
function formatterFor(report, format) {
  if (!isMultiRepositoryReport(report)) return FORMATTERS[format];
  return (r, options) => (MULTI_FORMATTERS[format] ?? FORMATTERS[format])(r, options);
}
function repositoryFileUrl(repositories) {
  const byName = new Map(repositories.filter((r) => r.url && r.commit).map((r) => [r.repository.toLowerCase(), r]));
  return (file, line) => {
    const [owner, repo, ...rest] = file.split("/");
    const r = byName.get(`${owner}/${repo}`.toLowerCase());
    return r && rest.length > 0 ? `${r.url}/blob/${r.commit}/${pathToUri(rest.join("/"))}#L${line}` : void 0;
  };
}
var STATUS_TEXT = { reviewed: "reviewed", "no-dockerfile": "no Dockerfile", empty: "empty", failed: "failed" };
function statusCounts(repositories) {
  const n = (s) => repositories.filter((r) => r.status === s).length;
  return { total: repositories.length, reviewed: n("reviewed"), noDockerfile: n("no-dockerfile"), empty: n("empty"), failed: n("failed") };
}
function scanSummaryLine(scan) {
  const c = statusCounts(scan.repositories);
  const scope = [scan.organization ? `organization ${scan.organization}` : "", scan.match.length ? `matching ${scan.match.join(", ")}` : "", scan.shard ? `shard ${scan.shard}` : ""].filter(Boolean).join(", ");
  const parts = [`${c.reviewed} reviewed`, c.noDockerfile ? `${c.noDockerfile} without a Dockerfile` : "", c.empty ? `${c.empty} empty` : "", `${c.failed} failed`].filter(Boolean);
  return `${c.total} ${c.total === 1 ? "repository" : "repositories"}${scope ? ` (${scope})` : ""}: ${parts.join(", ")}.`;
}
function topRulesText(r) {
  return r.topRules.map((t) => `${t.code} \xD7${t.count}`).join(", ");
}
function detail(r) {
  return r.status === "reviewed" ? topRulesText(r) : [r.error, topRulesText(r)].filter(Boolean).join("; ");
}
function counted(r, n) {
  return r.status === "failed" || r.status === "empty" ? "-" : String(n);
}
function summaryTable(scan) {
  const rows = [
    ["Repository", "Status", "Errors", "Warnings", "Top rules"],
    ...scan.repositories.map((r) => [plainPath(r.repository), STATUS_TEXT[r.status], counted(r, r.errors), counted(r, r.warnings), plainText(detail(r))])
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row2) => row2[i].length)));
  const lines = rows.map((row2) => row2.map((cell, i) => i === 4 ? cell : i === 2 || i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])).join("  ").trimEnd());
  return [...lines, "", plainText(scanSummaryLine(scan))].join("\n") + "\n";
}
function formatStylishScan(report, options) {
  return `${formatStylish(report, options)}
${summaryTable(report.scan)}`;
}
function formatJsonScan(report, options) {
  const { version, tool, summary, ...rest } = JSON.parse(formatJson(report, options));
  const scan = report.scan;
  return safeJson(
    JSON.stringify(
      {
        version,
        tool,
        summary: { ...summary, suppressed: summary.suppressed + (scan.suppressedNotListed ?? 0), repositories: statusCounts(scan.repositories) },
        scan: { organization: scan.organization, match: scan.match, shard: scan.shard },
        repositories: scan.repositories,
        ...rest
      },
      null,
      2
    ) + "\n"
  );
}
var STATUS_ICON = { reviewed: "", "no-dockerfile": "\u26A0\uFE0F ", empty: "\u26AA ", failed: "\u274C " };
function formatMarkdownScan(report, options) {
  const scan = report.scan;
  const rows = scan.repositories.map((r) => {
    const url = markdownUrl(r.url);
    const name = url ? `[${markdownCell(r.repository)}](${url})` : markdownCell(r.repository);
    return `| ${name} | ${STATUS_ICON[r.status]}${STATUS_TEXT[r.status]} | ${counted(r, r.errors)} | ${counted(r, r.warnings)} | ${markdownCell(detail(r))} |`;
  });
  const table = ["### Repositories", "", markdownCell(scanSummaryLine(scan)), "", "| Repository | Status | Errors | Warnings | Top rules |", "| --- | --- | ---: | ---: | --- |", ...rows, ""];
  return `${formatMarkdown(report, options).trimEnd()}

${table.join("\n")}`;
}
function formatSarifScan(report, options) {
  const log = JSON.parse(formatSarif(report, options));
  const run = log.runs[0];
  const scan = report.scan;
  const shown = report.findings.filter((f) => !options.quiet || f.severity === "error");
  shown.forEach((f, i) => {
    const kept = scan.fingerprints?.get(f);
    if (kept) run.results[i].partialFingerprints[FINGERPRINT_KEY] = kept;
  });
  const provenance = scan.repositories.filter((r) => r.url && r.commit).map((r) => ({ repositoryUri: r.url, revisionId: r.commit, ...r.ref ? { branch: r.ref } : {} }));
  log.runs[0] = {
    ...run,
    ...provenance.length > 0 ? { versionControlProvenance: provenance } : {},
    properties: { organization: scan.organization, match: scan.match, shard: scan.shard, repositories: scan.repositories }
  };
  return safeJson(JSON.stringify(log, null, 2) + "\n");
}
var MULTI_FORMATTERS = {
  stylish: formatStylishScan,
  json: formatJsonScan,
  markdown: formatMarkdownScan,
  sarif: formatSarifScan
};

export {
  escapeData,
  failureAnnotation,
  formatGithub,
  JSON_SCHEMA_VERSION,
  markdownCell,
  formatMarkdown,
  FORMATTERS,
  NOT_REVIEWED,
  formatterFor,
  repositoryFileUrl
};
