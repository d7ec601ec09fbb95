import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  escapeControls,
  failuresOf,
  formatSarif,
  pathToUri,
  plainPath,
  plainText,
  reportIndent,
  safeJson
} from "./chunk-W77HCS7B.js";
import {
  SEVERITY_RANK
} from "./chunk-SZREWI2H.js";
import {
  ruleDocsUrl
} from "./chunk-QHHN7UPP.js";

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
        // Dockerfiles not reviewed as images (left-overs, not built): not failures.
        skipped: (report.skipped ?? []).map((s) => ({ path: s.path, reason: s.reason })),
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
      reportIndent(visible.length)
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
  const skipped = report.skipped ?? [];
  const skippedLine = skipped.length > 0 ? [`\u2139\uFE0F Not reviewed as images: ${skipped.slice(0, MAX_TABLE_ROWS).map((s) => `${codePath(s.path)} (${markdownCell(s.reason)})`).join(", ")}${skipped.length > MAX_TABLE_ROWS ? ` and ${skipped.length - MAX_TABLE_ROWS} more` : ""}.`, ""] : [];
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
    out.push(...skippedLine);
    if (visible.length === 0) {
      out.push(`0 problems in the ${files} that were reviewed${suppressed ? ` (${suppressed} suppressed)` : ""}.`, "");
      return out.join("\n");
    }
  } else {
    out.push(...skippedLine);
    if (visible.length === 0) {
      out.push(`\u2705 No problems found in ${files}${suppressed ? ` (${suppressed} suppressed)` : ""}.`, "");
      return out.join("\n");
    }
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

// src/message-help.ts
var INSTRUCTIONS = [
  "add",
  "append",
  "avoid",
  "build",
  "call",
  "change",
  "check",
  "chown",
  "clean",
  "combine",
  "copy",
  "create",
  "declare",
  "default",
  "define",
  "delete",
  "describe",
  "do",
  "document",
  "drop",
  "fix",
  "load",
  "end",
  "ensure",
  "give",
  "install",
  "keep",
  "label",
  "link",
  "list",
  "make",
  "mention",
  "merge",
  "move",
  "name",
  "pass",
  "pin",
  "point",
  "put",
  "quote",
  "remove",
  "rename",
  "replace",
  "restore",
  "rotate",
  "run",
  "say",
  "set",
  "show",
  "split",
  "suppress",
  "start",
  "state",
  "switch",
  "tag",
  "turn",
  "update",
  "use",
  "write"
];
var VERBS = new Set(INSTRUCTIONS);
var OPENING = /^(?:instead,? |then |either |or |(?:if|in|when) [^,:;]{1,60}, )/i;
function startsWithVerb(text) {
  return VERBS.has(/^\w*/.exec(text)[0].toLowerCase());
}
function isInstruction(clause) {
  if (startsWithVerb(clause)) return true;
  const opening = OPENING.exec(clause);
  return opening !== null && startsWithVerb(clause.slice(opening[0].length));
}
function clauseStarts(message) {
  const starts = [];
  let code = false;
  let depth = 0;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i];
    if (c === "`") code = !code;
    else if (code) continue;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "." || c === ":" || c === ";") && message[i + 1] === " ") {
      if (c === "." && /\b(?:e\.g|i\.e|etc|vs)$/i.test(message.slice(Math.max(0, i - 4), i))) continue;
      starts.push({ at: i + 2, mark: c });
    }
  }
  return starts;
}
function splitHelp(message) {
  for (const { at, mark } of clauseStarts(message)) {
    const rest = message.slice(at);
    if (!isInstruction(rest)) continue;
    const problem = message.slice(0, at - 2).trimEnd();
    if (problem === "") break;
    const help = rest.charAt(0).toUpperCase() + rest.slice(1);
    return { problem: mark === "." ? problem + "." : /[.!?]$/.test(problem) ? problem : problem + ".", help };
  }
  return { problem: message };
}

// src/formatters/style.ts
import { styleText } from "node:util";
function paint(on, style, text) {
  return on && text !== "" ? styleText(style, text, { validateStream: false }) : text;
}
function hyperlink(on, url, text) {
  if (!on || !/^https?:\/\/[\x21-\x7e]+$/.test(url)) return text;
  return `\x1B]8;;${url}\x1B\\${text}\x1B]8;;\x1B\\`;
}
var SEQUENCES = /\u001b\[[0-9;]*m|\u001b\]8;;[^\u001b]*\u001b\\/g;
function visibleLength(text) {
  let n = 0;
  for (const _ of text.replace(SEQUENCES, "")) n++;
  return n;
}

// src/formatters/wrap.ts
var MIN_TEXT_WIDTH = 20;
function words(text) {
  return text.split(/ +/).filter((w) => w !== "");
}
function wrapWords(items, prefix, indent, width) {
  if (!width) return [prefix + items.join(" ")];
  const room = Math.max(width - indent, MIN_TEXT_WIDTH);
  const lines = [];
  let line = prefix;
  let used = visibleLength(prefix);
  let empty = true;
  const limit = () => lines.length === 0 ? Math.max(width, visibleLength(prefix) + MIN_TEXT_WIDTH) : indent + room;
  const breakLine = () => {
    lines.push(line.trimEnd());
    line = " ".repeat(indent);
    used = indent;
    empty = true;
  };
  for (const item of items) {
    let word = item;
    let size = visibleLength(word);
    if (!empty && used + 1 + size > limit()) breakLine();
    while (size > limit() - used - (empty ? 0 : 1) && !word.includes("\x1B")) {
      if (!empty && limit() - used - 1 < MIN_TEXT_WIDTH / 2) {
        breakLine();
        continue;
      }
      const take = limit() - used - (empty ? 0 : 1);
      const chars = [...word];
      line += (empty ? "" : " ") + chars.slice(0, take).join("");
      word = chars.slice(take).join("");
      size = visibleLength(word);
      breakLine();
    }
    if (word === "") continue;
    line += (empty ? "" : " ") + word;
    used += (empty ? 0 : 1) + size;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

// src/formatters/stylish.ts
var SEVERITY_STYLE = { error: "red", warning: "yellow", info: "blue" };
var SEVERITY_WIDTH = 7;
var HELP = "help: ";
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function visibleFindings(report, options) {
  return report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === "error"));
}
function formatStylish(report, options) {
  const c = options.color;
  const width = options.width || void 0;
  const visible = visibleFindings(report, options);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of visible) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out = [];
  const messageWords = new MessageWords();
  for (const [file, findings] of byFile) {
    out.push(...wrapWords([plainPath(file)], "", 0, width).map((line) => paint(c, "underline", line)));
    const locationWidth = Math.max(...findings.map((f) => `${f.range.startLine}:${f.range.startColumn}`.length));
    for (const f of findings) out.push(...findingLines(report, f, file, locationWidth, options, messageWords));
    out.push("");
  }
  if (options.statistics) out.push(...statisticsLines(report, visible, options), "");
  const failures = failuresOf(report);
  if (failures.length > 0) {
    out.push(paint(c, "underline", "Not reviewed"));
    for (const failure of failures) out.push(...wrapWords(words(plainText(failure.message)), `  ${paint(c, "red", plainPath(failure.file))}  `, 4, width));
    out.push("");
  }
  const errors = visible.filter((f) => f.severity === "error").length;
  const warnings = visible.filter((f) => f.severity === "warning").length;
  const infos = visible.filter((f) => f.severity === "info").length;
  const files = plural2(report.files.length, "file");
  const problems = `${plural2(visible.length, "problem")} (${plural2(errors, "error")}, ${plural2(warnings, "warning")}, ${infos} info) in ${files}`;
  if (failures.length > 0) out.push(...summaryLines(paint(c, "red", "\u2716"), `Review failed (${failures.length} not reviewed, listed above); ${problems}.`, c, width));
  else if (visible.length === 0) out.push(...summaryLines(paint(c, "bold", "\u2714"), `No problems found in ${files}.`, c, width));
  else out.push(...summaryLines(errors > 0 ? paint(c, "red", "\u2716") : paint(c, "yellow", "\u26A0"), `${problems}.`, c, width));
  return out.join("\n") + "\n";
}
function summaryLines(mark, text, color, width) {
  const mark0 = `${mark} `;
  return wrapWords(words(text), " ".repeat(visibleLength(mark0)), 2, width).map((line, i) => {
    const body = line.trimStart();
    return (i === 0 ? mark0 : line.slice(0, line.length - body.length)) + paint(color, "bold", body);
  });
}
var MessageWords = class {
  parts = /* @__PURE__ */ new Map();
  of(message) {
    let parts = this.parts.get(message);
    if (!parts) {
      const { problem, help } = splitHelp(plainText(message));
      parts = { problem: words(problem), help: help === void 0 ? void 0 : words(help) };
      this.parts.set(message, parts);
    }
    return parts;
  }
};
function findingLines(report, f, file, locationWidth, options, messageWords) {
  const c = options.color;
  const width = options.width || void 0;
  const location2 = `${f.range.startLine}:${f.range.startColumn}`;
  const shownLocation = f.url ? hyperlink(!!options.hyperlinks, f.url, location2) : location2;
  const prefix = `  ${paint(c, "gray", shownLocation)}${" ".repeat(locationWidth - location2.length)}  ${paint(c, SEVERITY_STYLE[f.severity], f.severity.padEnd(SEVERITY_WIDTH))}  `;
  const indent = visibleLength(prefix);
  const { problem, help } = messageWords.of(f.message);
  const rule = paint(c, "gray", `${hyperlink(!!options.hyperlinks, ruleDocsUrl(f.code), f.code)} ${plainText(f.slug)}`);
  const lines = wrapWords([...problem, rule], prefix, indent, width);
  const pad = " ".repeat(indent);
  if (help) lines.push(...wrapWords(help, `${pad}${paint(c, "cyan", HELP.trimEnd())} `, indent + HELP.length, width));
  if (f.url && !options.hyperlinks) lines.push(`${pad}${paint(c, "gray", plainText(f.url))}`);
  for (const r of f.related) {
    const where = `${relatedFile(r.file, file)}${r.range.startLine}:${r.range.startColumn}`;
    lines.push(...wrapWords([paint(c, "gray", "\u21B3"), ...words(where).map((w) => paint(c, "gray", w)), ...words(plainText(r.message))], pad, indent + 2, width));
  }
  if (options.frames) lines.push(...codeFrame(report, f, pad, width, c));
  return lines;
}
function relatedFile(related, file) {
  if (related === file) return "";
  const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  return `${plainText(folder && related.startsWith(folder) ? related.slice(folder.length) : related)}:`;
}
var MAX_FRAME_CHARS = 400;
function codeFrame(report, f, pad, width, color) {
  const source = report.sourceLine?.(f.file, f.range.startLine);
  if (source === void 0) return [];
  const number = String(f.range.startLine);
  const shift = source.length > 2 * MAX_FRAME_CHARS ? Math.max(0, f.range.startColumn - 1 - MAX_FRAME_CHARS) : 0;
  const text = shift > 0 || source.length > 2 * MAX_FRAME_CHARS ? source.slice(shift, shift + 2 * MAX_FRAME_CHARS) : source;
  let chars = [...plainText(text.replace(/\t/g, " "))];
  let start = Math.min(Math.max(0, f.range.startColumn - 1 - shift), chars.length);
  let end = f.range.endLine === f.range.startLine ? Math.max(start + 1, f.range.endColumn - 1 - shift) : chars.length;
  end = Math.max(start + 1, Math.min(end, chars.length));
  const gutter = `${pad}${paint(color, "gray", `${number} |`)} `;
  const room = width ? width - visibleLength(gutter) : MAX_FRAME_CHARS;
  if (chars.length > room && room >= 20 || shift > 0) {
    const from = start > room / 2 ? start - Math.floor(room / 4) : 0;
    const head = from > 0 || shift > 0 ? ["\u2026"] : [];
    const window = chars.slice(from, from + room - head.length);
    const cut = from + window.length < chars.length;
    if (cut) window[window.length - 1] = "\u2026";
    start = start - from + head.length;
    end = Math.min(end - from + head.length, head.length + window.length - (cut ? 1 : 0));
    chars = [...head, ...window];
  }
  const caret = " ".repeat(start) + "^".repeat(Math.max(1, end - start));
  return [gutter + chars.join(""), `${pad}${" ".repeat(number.length)} ${paint(color, "gray", "|")} ${paint(color, "red", caret)}`];
}
function statisticsLines(report, findings, options) {
  const c = options.color;
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const entry = counts.get(f.code) ?? { slug: f.slug, severity: f.severity, n: 0 };
    entry.n++;
    counts.set(f.code, entry);
  }
  const rows = [...counts].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  const countWidth = Math.max(1, ...rows.map(([, e]) => String(e.n).length));
  const lines = [paint(c, "underline", "Statistics")];
  for (const [code, e] of rows) {
    lines.push(`  ${String(e.n).padStart(countWidth)}  ${paint(c, SEVERITY_STYLE[e.severity], e.severity.padEnd(SEVERITY_WIDTH))}  ${hyperlink(!!options.hyperlinks, ruleDocsUrl(code), code)} ${plainText(e.slug)}`);
  }
  if (rows.length === 0) lines.push("  no findings");
  return lines;
}

// src/formatters/index.ts
var BY_NAME = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown
};
var FORMATTERS = BY_NAME;

// src/github/report.ts
var NOT_REVIEWED = "not reviewed:";
function repositoryFileUrl(repositories) {
  const byName = new Map(repositories.filter((r) => r.url && r.commit).map((r) => [r.repository.toLowerCase(), r]));
  return (file, line) => {
    const [owner, repo, ...rest] = file.split("/");
    const r = byName.get(`${owner}/${repo}`.toLowerCase());
    return r && rest.length > 0 ? `${r.url}/blob/${r.commit}/${pathToUri(rest.join("/"))}#L${line}` : void 0;
  };
}

export {
  escapeData,
  failureAnnotation,
  formatGithub,
  JSON_SCHEMA_VERSION,
  markdownCell,
  formatMarkdown,
  FORMATTERS,
  NOT_REVIEWED,
  repositoryFileUrl
};
