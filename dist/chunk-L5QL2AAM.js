import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  IMAGE_NAME_MAX_LENGTH,
  LICENSE_FILE,
  REPOSITORY_NAME,
  appendBlock,
  checkRequiredLabel,
  edits_exports,
  fix,
  imageKind,
  parseDockerfileText,
  replaceRange,
  resolvedLabel,
  suggestImageName
} from "./chunk-BRIL5EC4.js";
import {
  braceExpand,
  commandText,
  describeEvent,
  fileWrites,
  fsHistory,
  hasFlag,
  homeFor,
  isRoot,
  isTruthy,
  isUnder,
  pathState,
  rootOwnedHome,
  runSteps,
  samePrincipal,
  stageCopies,
  stepOrder,
  subcommand
} from "./chunk-P7ZECBQ3.js";
import {
  describeDetection,
  findLicenseMentions,
  isLicenseFileLink,
  mentionMatches,
  percent,
  repositoryLicense
} from "./chunk-C4KPNP63.js";
import {
  readmeExamples
} from "./chunk-CI53TVUJ.js";
import {
  usageExamples
} from "./chunk-Y2WDVNEL.js";
import {
  DockerfileFacts,
  SSH_SERVER_PACKAGE,
  expandVariables,
  factKind,
  findInstalled,
  hasBraceList,
  hasSshServer,
  installedPackages,
  parseUserCommand,
  resolvePath
} from "./chunk-RWAWY74Y.js";
import {
  volumePath
} from "./chunk-7WUZ372P.js";
import {
  LineIndex
} from "./chunk-HLZLW3LF.js";

// src/readme/placeholders.ts
var MARKED = /[<>{}$[\]*?\u2026]|\.\.\.|%[A-Za-z_]+%/;
var CAPITALS = /^[A-Z][A-Z0-9_-]*[A-Z0-9]$/;
var XXX = /^x{3,}$/i;
function nameTokens(value) {
  return value.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[\s._-]+/).filter(Boolean);
}
function addressesReader(value) {
  return nameTokens(value)[0] === "your";
}
function isPlaceholderSegment(segment) {
  if (segment === "") return false;
  if (MARKED.test(segment) || CAPITALS.test(segment)) return true;
  return nameTokens(segment).some((t) => XXX.test(t)) || addressesReader(segment);
}
var GENERIC = /* @__PURE__ */ new Set(["my", "your", "the", "a", "an", "some", "new", "own", "custom", "cool", "awesome", "image", "images", "img", "name", "tool", "tools", "app", "apps", "application", "container", "docker", "repo", "repository", "project", "example", "sample", "foo", "bar"]);
function genericToken(t) {
  return GENERIC.has(t) || /^(?:my|your)./.test(t) && GENERIC.has(t.replace(/^(?:my|your)/, ""));
}
function isPlaceholderImageName(name) {
  if (name === "" || isPlaceholderSegment(name)) return true;
  const tokens = nameTokens(name);
  return tokens.length > 0 && tokens.every(genericToken);
}
function knownPrefix(path) {
  const segments = path.split("/");
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (i === 0 && /^(?:~|\$\{?HOME\}?)$/.test(s)) continue;
    if (s.toLowerCase() === "path" && segments[i + 1]?.toLowerCase() === "to") return { prefix: segments.slice(0, i).join("/"), complete: false };
    if (isPlaceholderSegment(s)) return { prefix: segments.slice(0, i).join("/"), complete: false };
  }
  return { prefix: path, complete: true };
}

// src/readme/paths.ts
var ORDINALS = ["first", "second", "third", "fourth", "fifth"];
var OUTPUT_WORD = /^(?:o|outs?|outputs?|out(?:put)?(?:dir|path|file|folder)s?|results?|save[a-z]*|dest|destination|dst|export|write)$/;
var INPUT_WORD = /^(?:i|in|inputs?|in(?:put)?(?:dir|path|file|folder)s?|data|datasets?|data(?:dir|path|folder)|src|source|images?|img|dicoms?|scans?|studies|study)$/;
var PATH_WORD = /^(?:dir|directory|path|folder|file|root|prefix|location|loc)$/;
function optionRole(name) {
  const tokens = name.replace(/^-+/, "").toLowerCase().split(/[-_.]+/).filter(Boolean);
  const role = tokens.some((t) => OUTPUT_WORD.test(t)) ? "output" : tokens.some((t) => INPUT_WORD.test(t)) ? "input" : null;
  if (!role) return null;
  return { role, strong: tokens.every((t) => OUTPUT_WORD.test(t) || INPUT_WORD.test(t) || PATH_WORD.test(t)) };
}
var PATH_PLACEHOLDER_WORD = /^(?:in|out|inputs?|outputs?|data|datasets?|id|dirs?|directory|folder|path|file|results?|dest|destination|src|source|images?|studies|study|series)$/;
function looksLikePath(value) {
  return value.includes("/") || /^~(?:\/|$)/.test(value) || /^\.\.?(?:\/|$)/.test(value);
}
function isPathValue(value, strong) {
  if (value === "" || value.includes("://") || value.includes("=")) return false;
  if (/^-?\d+(?:\.\d+)?$/.test(value) || /^(?:true|false|yes|no|none|null)$/i.test(value)) return false;
  if (looksLikePath(value)) return true;
  return strong && (/^[\w.~/-]/.test(value) || startsWithPlaceholder(value)) && !/\s/.test(value);
}
function startsWithPlaceholder(value) {
  const { prefix, complete } = knownPrefix(value);
  return !complete && prefix === "";
}
var OUTPUT_FOLDER = /^(?:out|outs|output|outputs|results?|predictions|segmentations)$/i;
function isPositionalPath(value) {
  if (looksLikePath(value) && !value.includes("://") && !value.includes("=")) return true;
  if (OUTPUT_FOLDER.test(value)) return true;
  return startsWithPlaceholder(value) && value.toLowerCase().split(/[^a-z0-9]+/).some((t) => PATH_PLACEHOLDER_WORD.test(t));
}
function resolveJobPath(value, home, workdir) {
  let written = "absolute";
  let path = value;
  const homePrefix = /^(?:~|\$\{?HOME\}?)(?=\/|$)/.exec(path);
  if (homePrefix) {
    path = home + path.slice(homePrefix[0].length);
    written = "home";
  } else if (!path.startsWith("/")) {
    path = `${workdir.replace(/\/$/, "")}/${path}`;
    written = "relative";
  }
  const parts = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return { resolved: "/" + parts.join("/"), written };
}
function mountOf(path, profile) {
  const under = (base) => path === base || path.startsWith(base.replace(/\/$/, "") + "/");
  const datasets = volumePath(profile, profile.datasetsDir);
  if (under(datasets)) return { mount: "datasets", mountPath: datasets };
  for (const dir of profile.persistentDirs) {
    const p = volumePath(profile, dir);
    if (under(p)) return { mount: "persistent", mountPath: p };
  }
  for (const p of profile.readOnlyMounts) if (under(p)) return { mount: "read-only", mountPath: p };
  return { mount: "elsewhere", mountPath: null };
}
function mountPaths(profile) {
  return [volumePath(profile, profile.datasetsDir), ...profile.persistentDirs.map((d) => volumePath(profile, d)), ...profile.readOnlyMounts];
}
function mountOfKnownPart(value, profile, workdir) {
  const { prefix, complete } = knownPrefix(value);
  if (prefix === "" && !value.startsWith("/")) return null;
  const known = resolveJobPath(prefix === "" ? "/" : prefix, profile.user.home, workdir).resolved;
  const mount = mountOf(known, profile);
  if (complete || mount.mount !== "elsewhere") return mount;
  const above = known === "/" ? "/" : known + "/";
  return mountPaths(profile).some((m) => m.startsWith(above)) ? null : mount;
}
function jobPaths(submit, profile, workdir) {
  const candidates = [];
  const positional = [];
  for (const arg of submit.jobArgs) {
    if (!arg.value) continue;
    if (arg.kind === "option" || arg.kind === "variable") {
      const role = optionRole(arg.name ?? "");
      if (!role || !isPathValue(arg.value.value, role.strong)) continue;
      const asWritten = arg.nameWord && arg.nameWord.value.includes("=") ? arg.nameWord.value : `${arg.name} ${arg.value.value}`;
      candidates.push({ word: arg.value, role: role.role, option: arg.name, because: `\`${arg.name}\``, asWritten });
    } else if (arg.kind === "positional" && isPositionalPath(arg.value.value)) {
      positional.push(arg.value);
    }
  }
  const inDatasets = positional.map((w) => mountOfKnownPart(w.value, profile, workdir)?.mount === "datasets");
  const byPlace = inDatasets.includes(true) && inDatasets.includes(false);
  positional.forEach((word, i) => {
    const role = byPlace ? inDatasets[i] ? "input" : "output" : i === 0 ? "input" : "output";
    candidates.push({ word, role, option: null, because: `the ${ORDINALS[i] ?? `${i + 1}th`} path argument`, asWritten: word.value });
  });
  candidates.sort((a, b) => a.word.range.startLine - b.word.range.startLine || a.word.range.startColumn - b.word.range.startColumn);
  const paths = [];
  for (const { word, role, option, because, asWritten } of candidates) {
    const mount = mountOfKnownPart(word.value, profile, workdir);
    if (!mount) continue;
    const { resolved, written } = resolveJobPath(word.value, profile.user.home, workdir);
    paths.push({ word, role, option, because, asWritten, resolved, written, ...mount });
  }
  return paths;
}
function describeJobPath(path, workdir, workdirKnown) {
  const quoted = path.option ? `\`${path.asWritten}\`` : `${path.because} \`${path.asWritten}\``;
  if (path.written === "home") return `${quoted}, that is \`${path.resolved}\``;
  if (path.written === "absolute") return quoted;
  const from = workdirKnown ? `the WORKDIR \`${workdir}\`` : `\`${workdir}\`, assumed as no Dockerfile was read`;
  return `${quoted}, that is \`${path.resolved}\` from ${from}`;
}
async function usageJobPaths(project, profile, role) {
  const readme = await project.readme();
  if (!readme) return null;
  const primary = project.primary;
  const all = (await readmeExamples(readme)).jobman;
  const own = new Set(primary ? (await usageExamples(project, primary))?.examples ?? [] : all);
  const stage = primary?.finalStage;
  const workdir = stage?.finalWorkdir ?? profile.user.home;
  const paths = [];
  const earlierOutputs = [];
  for (const example of all) {
    const found = jobPaths(example, profile, workdir);
    for (const path of own.has(example) ? found : []) {
      if (path.role !== role) continue;
      if (role === "input" && earlierOutputs.some((o) => path.resolved === o || path.resolved.startsWith(o.replace(/\/$/, "") + "/"))) continue;
      if (path.written === "relative" && stage?.finalWorkdirVariable) continue;
      paths.push({ path, what: describeJobPath(path, workdir, !!stage) });
    }
    for (const path of found) if (path.role === "output" && (own.has(example) || path.written !== "relative")) earlierOutputs.push(path.resolved);
  }
  return { readme, paths };
}

// src/readme/image-name.ts
var IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var cache = /* @__PURE__ */ new WeakMap();
function readmeImageNames(readme) {
  let pending = cache.get(readme);
  if (!pending) {
    pending = findImageNames(readme);
    cache.set(readme, pending);
  }
  return pending;
}
async function findImageNames(readme) {
  const examples = [];
  for (const submit of (await readmeExamples(readme)).jobman) {
    const image = submit.image;
    if (!image || image.name.includes("$") || isPlaceholderImageName(image.name)) continue;
    examples.push({ name: image.name, value: image.value, tag: image.tag, option: image.option, word: image.word, submit });
  }
  const slash = readme.path.lastIndexOf("/");
  const folder = slash > 0 ? readme.path.slice(readme.path.lastIndexOf("/", slash - 1) + 1, slash) : null;
  return { examples, title: imageNameTitle(readme), folder };
}
function imageNameTitle(readme) {
  const first = readme.sections[0];
  if (!first || first.level !== 1) return null;
  const text = first.title.replace(/(?:^|\s):[a-z0-9_+-]+:(?=\s|$)/g, " ").replace(/^[^\p{L}\p{N}`]+|[^\p{L}\p{N}`]+$/gu, "").replace(/^`([^`]+)`$/, "$1").trim();
  if (!IMAGE_NAME.test(text) || isPlaceholderImageName(text)) return null;
  return { name: text, range: first.headingRange };
}
function documentedImageName(names, isNotImageName = () => false) {
  if (names.examples.length === 0) return null;
  const { title } = names;
  if (title && !isNotImageName(title.name) && (title.name === names.folder || names.examples.some((e) => e.name === title.name))) {
    return { name: title.name, source: { kind: "title", range: title.range } };
  }
  const counts = /* @__PURE__ */ new Map();
  for (const e of names.examples) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  let best = names.examples[0];
  for (const e of names.examples) if (counts.get(e.name) > counts.get(best.name)) best = e;
  return { name: best.name, source: { kind: "example", example: best } };
}

// src/readme/checks.ts
function readmeAnchor(readme) {
  const title = readme.sections.find((s) => s.level === 1);
  if (title) return title.headingRange;
  return { startLine: 1, startColumn: 1, endLine: 1, endColumn: readme.lines.lineText(0).length + 1 };
}
var TITLES = { description: "Description", usage: "Usage", license: "License" };
var WHAT_TO_WRITE_INTERACTIVE = {
  description: "what the application does and which tools its desktop offers",
  usage: "how to use the application once its desktop is deployed from the catalogue",
  license: "a link to the license document (`[NAME](LICENSE)`, with the license's name), or `None` if the image has no license"
};
var WHAT_TO_WRITE = {
  description: "what the image does and which tools it contains",
  usage: "a `jobman submit -i NAME:VERSION -- ARGS` example and the arguments the image accepts",
  license: "a link to the license document (`[NAME](LICENSE)`, with the license's name), or `None` if the image has no license"
};
async function requiredSection(ctx, name, what = null, skeleton) {
  const readme = await ctx.project.readme();
  if (!readme) return null;
  const title = TITLES[name];
  const section = readme.section(name);
  if (!section) {
    const interactive = await ctx.project.documentedKind() === "interactive";
    const shownBy = interactive ? "the application catalogue shows" : "`jobman image-details` shows";
    ctx.report({
      file: readme.path,
      range: readmeAnchor(readme),
      message: `The README has no \`## ${title}\` section, which ${shownBy}: add one with ${what ?? (interactive ? WHAT_TO_WRITE_INTERACTIVE : WHAT_TO_WRITE)[name]}.`,
      // A skeleton at the end of the README: what goes in it is the partner's to write (unsafe).
      ...skeleton !== void 0 ? { fix: fix(`Add a ${title} section to the README`, false, [appendBlock(readme.path, readme.text, `## ${title}

${skeleton}`)]) } : {}
    });
    return null;
  }
  if (section.level !== 2) {
    const written = section.setext ? `\`${section.title}\` underlined with \`${section.level === 1 ? "=" : "-"}\`` : `\`${"#".repeat(section.level)} ${section.title}\``;
    ctx.report({
      file: readme.path,
      range: section.headingRange,
      severity: "info",
      message: `The ${title} section is the level-${section.level} heading ${written}; the admins who copy it into \`jobman image-details\` expect level-2 headings, as every README has them: write \`## ${section.title}\`.`,
      // An ATX heading on one line is rewritten at level 2; the sections around it may need it too (unsafe).
      ...!section.setext && section.headingRange.startLine === section.headingRange.endLine ? { fix: fix(`Make ${title} a level-2 heading`, false, [replaceRange(readme.path, section.headingRange, `## ${section.title}`)]) } : {}
    });
  }
  return { readme, section };
}

// src/readme/license-mention.ts
var CAPITAL_NAMES = /* @__PURE__ */ new Set(["MIT", "ISC", "BSD", "EUPL"]);
var BARE_IDS = /* @__PURE__ */ new Set(["unlicense", "wtfpl", "zlib", "postgresql", "openssl", "cecill"]);
var COMMON_NAMES = [
  [/\bapache(?:\s+software)?(?:\s+licen[cs]e)?[\s,-]*(?:version\s*|v\.?\s*)?2(?:\.0)?\b|\bapache\s+licen[cs]e\b/i, "Apache-2.0"],
  [/\b(?:A|L)?GPL(?:-?v?\d(?:\.\d)?)?\+?(?![\w-])/, "GPL"],
  [/\bGNU\s+(?:Affero\s+|Lesser\s+|Library\s+)?General\s+Public\s+Licen[cs]e\b/i, "GPL"],
  [/\bcreative\s+commons\b|\bCC[-\s]?(?:BY|0|zero)\b/i, "Creative Commons"],
  [/\bMozilla\s+Public\s+Licen[cs]e\b|\bMPL\b/i, "MPL"],
  [/\bEclipse\s+Public\s+Licen[cs]e\b|\bEPL\b/, "EPL"],
  [/\bEuropean\s+Union\s+Public\s+Licen[cs]e\b/i, "EUPL"],
  [/\bBoost\s+Software\s+Licen[cs]e\b/i, "BSL-1.0"],
  [/\bArtistic\s+Licen[cs]e\b/i, "Artistic"],
  [/\bMIT\s+licen[cs]e\b/i, "MIT"],
  [/\bpublic\s+domain\b/i, "public domain"]
];
var loading;
function licenseNames() {
  loading ??= (async () => {
    const [{ default: ids }, { default: list }] = await Promise.all([
      import("./spdx-license-ids-U556MJBK.js"),
      import("./spdx-license-list-HS3OJDKZ.js")
    ]);
    const byId = /* @__PURE__ */ new Map();
    for (const id of ids) if (/[\d-]/.test(id) && id.length >= 4) byId.set(id.toLowerCase(), id);
    const names = Object.entries(list).map(([id, l]) => [l.name.toLowerCase(), id]);
    return { ids: byId, names };
  })();
  return loading;
}
async function licenseNamesIn(text) {
  const found = /* @__PURE__ */ new Set();
  const { ids, names } = await licenseNames();
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g)) {
    const token = m[0];
    const id = ids.get(token.toLowerCase()) ?? (CAPITAL_NAMES.has(token) || BARE_IDS.has(token.toLowerCase()) ? token : void 0);
    if (id) found.add(id);
  }
  const lower = text.toLowerCase().replace(/\s+/g, " ");
  for (const [name, id] of names) if (lower.includes(name)) found.add(id);
  for (const [re, name] of COMMON_NAMES) if (re.test(text)) found.add(name);
  return [...found];
}
var LICENSE_HOSTS = /(?:^|\.)(?:opensource\.org|creativecommons\.org|spdx\.org|gnu\.org|choosealicense\.com|tldrlegal\.com)$/i;
var LICENSE_FILE2 = /(?:^|\/)(?:licen[cs]es?|copying|notice|legal)(?:[._-][^/]*)?$/i;
function isLicenseLink(link) {
  if (/licen[cs]e|copying/i.test(link.text)) return true;
  const url = link.url.trim();
  if (url === "" || url.startsWith("#") || /^mailto:/i.test(url)) return false;
  const withoutQuery = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
  let host = "";
  let path = withoutQuery;
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/([^/]+)(\/.*)?$/i.exec(withoutQuery);
  if (absolute) {
    host = absolute[1].replace(/:\d+$/, "");
    path = absolute[2] ?? "";
  }
  return LICENSE_HOSTS.test(host) || LICENSE_FILE2.test(path) || /licen[cs]e/i.test(path);
}
var STATEMENTS = [
  // `None`, `N/A`, `None yet.`, `None (internal tool)`: the first word of the section.
  ["none", /^[\s*_`"'>-]*(?:none|n\/a)\b/i],
  ["none", /\bno\s+licen[cs]e\b|\bunlicensed\b|\bwithout\s+(?:a\s+|any\s+)?licen[cs]e\b|\bnot\s+(?:yet\s+)?licensed\b(?!\s+(?:under|as|with|for)\b)/i],
  ["proprietary", /\bproprietary\b|\bconfidential\b|\bcommercial\s+licen[cs]e\b/i],
  ["proprietary", /\bnot\s+(?:be\s+)?(?:licensed\s+for\s+|allowed\s+to\s+be\s+|permitted\s+to\s+be\s+)?(?:re-?distribut\w*|redistributable|shared|copied)\b/i],
  ["proprietary", /\b(?:may|must|can)\s*not\s+be\s+(?:re-?distributed|shared|copied)\b/i],
  ["reserved", /\ball\s+rights\s+reserved\b/i]
];
function licenseStatementIn(text) {
  const found = STATEMENTS.map(([kind, re]) => ({ kind, m: re.exec(text) })).filter((f) => f.m);
  const order = ["none", "proprietary", "reserved"];
  found.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const first = found[0];
  return first?.m ? { kind: first.kind, text: first.m[0].replace(/^[\s*_`"'>-]+/, "") } : null;
}
var DOCUMENT_REFERENCES = [
  /\b(?:licen[cs]e|copying)(?:\.(?:md|txt|rst))?\s+file\b/i,
  // The file by its name, in capitals as repositories write it: `see LICENSE`, not "see the license terms".
  /\b(?:[Ss]ee|[Rr]ead|[Cc]heck|in|[Rr]efer\s+to)\s+(?:the\s+)?[`"']?(?:LICEN[CS]E|COPYING)(?:\.(?:md|txt|rst))?\b/
];
function refersToLicenseDocument(text) {
  return DOCUMENT_REFERENCES.some((re) => re.test(text));
}

// src/dockerfile/passwords.ts
var MAY_SET_PASSWORD = /passwd|usermod|useradd/;
var RANDOM_SOURCE = /\/dev\/u?random|openssl\s+rand|pwgen|mkpasswd|uuidgen|\$RANDOM|secrets\.|random/;
var LOCKED = /^(!+|\*|x|)$/;
var PASSWD_NOT_SETTING = /* @__PURE__ */ new Set(["-d", "--delete", "-l", "--lock", "-u", "--unlock", "-e", "--expire", "-S", "--status", "-n", "-x", "-w", "-i"]);
function stdinOf(cmd) {
  const inline = cmd.redirects.find((r) => r.op === "<<<" || r.op.startsWith("<<"));
  if (inline) return { text: inline.body ?? "", literal: !(inline.body ?? "").includes("$"), feeder: null };
  const from = cmd.redirects.find((r) => r.op === "<");
  if (from) return { text: from.target?.value ?? "", literal: false, feeder: null };
  const feeder = cmd.pipeFrom;
  if (!feeder) return null;
  const words2 = feeder.args.filter((a) => !/^-[neE]+$/.test(a.value));
  const literal = /^(echo|printf|yes)$/.test(feeder.program) && words2.every((w) => w.literal);
  const text = [feeder.name, ...words2.map((w) => w.value)].join(" ").replace(/\\n/g, "\n");
  return { text, literal, feeder };
}
function spanFrom(feeder, cmd) {
  if (!feeder || feeder.file !== cmd.file) return cmd.range;
  return { startLine: feeder.range.startLine, startColumn: feeder.range.startColumn, endLine: cmd.range.endLine, endColumn: cmd.range.endColumn };
}
function lastPositional(cmd, valueOptions) {
  let last = null;
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v.startsWith("-")) {
      if (valueOptions.has(v)) i++;
      continue;
    }
    last = v;
  }
  return last;
}
var USERMOD_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-c", "--comment", "-d", "--home", "-e", "--expiredate", "-f", "--inactive", "-g", "--gid", "-G", "--groups", "-l", "--login", "-p", "--password", "-R", "--root", "-P", "--prefix", "-s", "--shell", "-u", "--uid", "-k", "--skel", "-K", "--key", "-b", "--base-dir", "-Z", "--selinux-user", "--home-dir"]);
function passwordSetting(cmd, currentUser) {
  switch (cmd.program) {
    case "chpasswd": {
      const input = stdinOf(cmd);
      if (!input) return null;
      const text = input.text;
      const users = [...text.matchAll(/(?:^|[\s'"])([A-Za-z_$][\w.${}-]*):/gm)].map((m) => m[1]);
      const generated = !input.literal || RANDOM_SOURCE.test(text);
      return { how: "chpasswd", users: [...new Set(users)], generated, range: spanFrom(input.feeder, cmd), cmd };
    }
    case "passwd": {
      if (cmd.args.some((a) => PASSWD_NOT_SETTING.has(a.value))) return null;
      const input = stdinOf(cmd);
      const stdinFlag = cmd.args.some((a) => a.value === "--stdin");
      if (!input && !stdinFlag) return null;
      const user = lastPositional(cmd, /* @__PURE__ */ new Set(["-r", "--repository", "-R", "--root", "-P", "--prefix"]));
      const text = input?.text ?? "";
      const generated = !input?.literal || RANDOM_SOURCE.test(text);
      return { how: "passwd", users: user ? [user] : currentUser ? [currentUser] : [], generated, range: spanFrom(input?.feeder ?? null, cmd), cmd };
    }
    case "usermod":
    case "useradd": {
      const i = cmd.args.findIndex((a) => a.value === "-p" || a.value === "--password" || a.value.startsWith("--password="));
      if (i < 0) return null;
      const word = cmd.args[i].value.startsWith("--password=") ? { ...cmd.args[i], value: cmd.args[i].value.slice(11) } : cmd.args[i + 1];
      if (!word || LOCKED.test(word.value)) return null;
      const user = lastPositional(cmd, USERMOD_VALUE_OPTIONS);
      return { how: `${cmd.program} -p`, users: user ? [user] : [], generated: !word.literal || RANDOM_SOURCE.test(word.value), range: cmd.range, cmd };
    }
    default:
      return null;
  }
}
var SUDO_GROUPS = /* @__PURE__ */ new Set(["sudo", "wheel", "admin"]);
function sudoGroupMembers(facts) {
  const members = /* @__PURE__ */ new Set();
  for (const u of facts.created.users) if ([u.group, ...u.groups].some((g) => g !== null && SUDO_GROUPS.has(g))) members.add(u.name);
  return members;
}
var PASSWORDS = factKind("build passwords");
function buildPasswords(facts) {
  return facts.memo(PASSWORDS, null, () => findBuildPasswords(facts));
}
function findBuildPasswords(facts) {
  const result = [];
  for (const { instr, stage, cmd } of facts.runCommands(facts.imageChain, MAY_SET_PASSWORD)) {
    const user = stage.userAt.get(instr)?.name ?? null;
    const setting = passwordSetting(cmd, user);
    if (setting) result.push({ ...setting, users: setting.users.map((u) => expandUser(u, stage, instr)), instr, stage });
  }
  return result;
}
function expandUser(user, stage, instr) {
  const m = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(user);
  const value = m ? stage.varsAt.get(instr)?.get(m[1])?.value : void 0;
  return value || user;
}

// src/dockerfile/from-text.ts
function dockerfileFactsFromText(file, text, profile) {
  const parsed = parseDockerfileText(file, text);
  return "model" in parsed ? new DockerfileFacts(parsed.model, profile) : null;
}

// src/project/platform-start.ts
function platformStartReplacedBy(facts, chain) {
  const started = facts.platformBase?.provides.entrypoint;
  const entrypoint = facts.finalStage?.entrypoint;
  if (!started || started.length === 0 || !entrypoint) return null;
  const names = started.map((p) => p.slice(p.lastIndexOf("/") + 1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const call = new RegExp(`(^|[\\s/"'=])(${names.join("|")})(?=$|[\\s"';&|)])`, "m");
  const mentions = (text) => started.some((p) => text.includes(p)) || call.test(text);
  if (mentions(facts.model.text.slice(entrypoint.instr.argsOffset, entrypoint.instr.endOffset))) return null;
  return chain.scripts.some((s) => mentions(s.text)) ? null : entrypoint.instr;
}

// src/rule-api.ts
function defineEngineRule(rule) {
  return { meta: { ...rule.meta, target: "engine" } };
}
function defineDockerfileRule(rule) {
  return { meta: { ...rule.meta, target: "dockerfile" }, check: rule.check };
}
function defineProjectRule(rule) {
  return { meta: { ...rule.meta, target: "project" }, check: rule.check };
}
async function imageOutputs(project, facts) {
  return (await import("./outputs-IUG76YKT.js")).imageOutputs(project, facts);
}

// rules/CHM001-parse-error.ts
var CHM001_parse_error_default = defineEngineRule({
  meta: {
    code: "CHM001",
    slug: "parse-error",
    severity: "error",
    guide: "engine",
    summary: "A file could not be read or parsed at all.",
    why: "Nothing in an unreadable file can be reviewed, and UPV cannot build an image from it either.",
    details: [
      "Reported by the engine, once per file, at its first line: a file that cannot be read, a binary file,",
      "a file with no Dockerfile instruction, or a Dockerfile with no `FROM` (Docker refuses to build it).",
      "Unknown instructions, unknown flags, unterminated heredocs or JSON arrays are *not* parse errors:",
      "what can be read is linted, as Docker itself would read it. The other files are always linted.",
      "A file that is there but was not read (permission denied, a FIFO or device, over 8 MiB, a link out",
      "of the repository) also fails the run (exit code 2, listed as not reviewed): the review is incomplete."
    ].join("\n")
  }
});

// rules/CHM002-unused-suppression.ts
var CHM002_unused_suppression_default = defineEngineRule({
  meta: {
    code: "CHM002",
    slug: "unused-suppression",
    severity: "info",
    guide: "engine",
    summary: "An inline ignore comment that suppressed nothing.",
    why: "A stale ignore hides the next real problem on that line and misleads reviewers about what was accepted.",
    details: [
      "Reported by the engine at the comment: `# chaimeleon-lint ignore=CODE -- reason` that silenced no finding on the",
      "instruction (or line) after it, a `global` one that silenced nothing in its file, or one that names a rule",
      "that does not exist. It cannot itself be suppressed inline; turn it off in the configuration if needed."
    ].join("\n")
  }
});

// rules/CHM003-linter-failed.ts
var CHM003_linter_failed_default = defineEngineRule({
  meta: {
    code: "CHM003",
    slug: "linter-failed",
    severity: "error",
    guide: "engine",
    summary: "chaimeleon-lint could not review all of a file: it failed there, or a limit stopped it.",
    why: "A review that stopped short must never pass for a clean one: what was not looked at may hold any of the problems the other rules find.",
    details: [
      "Reported by the engine, never by a rule, and the run exits with code 2:",
      "- when chaimeleon-lint itself fails on a file (a bug: an exception while parsing it, computing its facts or running a rule).",
      "  The finding is on that file and names the rules that could not finish; every other file is still linted and reported.",
      "- when a limit stopped it: shell code (or a Python script) nested hundreds of levels deep, where the part beyond the limit",
      "  is not looked at; a README too large, or with too many nested constructs, to be parsed in reasonable time.",
      "It cannot be suppressed inline. Report a failure with the file that caused it; for a limit, simplify the file."
    ].join("\n")
  }
});

// rules/CHM101-final-user-not-platform-user.ts
var CHM101_final_user_not_platform_user_default = defineDockerfileRule({
  meta: {
    code: "CHM101",
    slug: "final-user-not-platform-user",
    severity: "error",
    publishedImageOnly: true,
    guide: 'The "chaimeleon" user',
    summary: "The image must finally run as the platform user (uid 1000).",
    why: "The platform runs every container as uid 1000 and gives that uid its volumes; an image built to run as root or another user breaks at run time or gets rights it must not have.",
    details: [
      "- Only the final stage counts: builder stages may run as root.",
      "- Reported on a final `USER root` / `USER 0`, on a final user whose uid is known and is not 1000 (a number, or a user created with `useradd -u`),",
      "  and on a final stage with no `USER` at all whose base is not a known platform image (it runs as the base's user, root for the usual bases).",
      "- The user is inherited from a known platform base image and from earlier stages (`FROM builder`).",
      "- A name whose uid cannot be known from the Dockerfile (created in an unknown base image) is left to CHM102, which says so.",
      "- The `:group` part is not checked here (see CHM102).",
      "- Fix (unsafe): when the image has the platform user (created with its uid, or from a platform base), adds",
      "  `USER chaimeleon:chaimeleon` after the last instruction; a later step that needs root must move before it. No fix for another uid."
    ].join("\n"),
    security: true,
    tags: ["security", "user"],
    fixable: true
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const user = stage.finalUser;
    const expected = profile.user.uid;
    if (user.source === "platform") return;
    const spec = `${profile.user.name}:${profile.user.name}`;
    const endAsPlatformUser = facts.resolveUid(profile.user.name) === expected ? { fix: edits_exports.fix(`End with USER ${spec}`, false, [edits_exports.appendToStage(facts, stage, [`USER ${spec}`])]) } : {};
    if (user.source === "default") {
      const base = facts.base;
      if (base.kind === "unseen") {
        report({
          range: stage.from.range,
          severity: "info",
          message: `The final image never sets USER: if \`${base.reference || "its base image"}\` does not end as uid ${expected} itself, it runs as root. End with \`USER ${profile.user.name}:${profile.user.name}\` (uid ${expected}) to make it explicit.`,
          ...endAsPlatformUser
        });
        return;
      }
      report({
        range: stage.from.range,
        message: `The final image never sets USER, so it runs as root (the user of \`${base.reference || "its base"}\`): create the platform user and end with \`USER ${profile.user.name}:${profile.user.name}\` (uid ${expected}).`,
        ...endAsPlatformUser
      });
      return;
    }
    const uid = facts.uidOf(user);
    const at = user.instr?.range ?? stage.from.range;
    if (uid === 0 || user.name === "root") {
      report({ range: at, message: `The image ends as \`USER ${user.spec}\`: root belongs to the build only. End with \`USER ${profile.user.name}:${profile.user.name}\` (uid ${expected}).`, ...endAsPlatformUser });
    } else if (uid !== null && uid !== expected) {
      report({ range: at, message: `The image ends as \`USER ${user.spec}\`, uid ${uid}; the platform runs containers as uid ${expected}. Create the user with uid ${expected} or switch to \`USER ${profile.user.name}\`.` });
    }
  }
});

// rules/CHM102-platform-user-not-created.ts
var USER_COMMANDS = /useradd|adduser|usermod|userdel|deluser|gpasswd|groupadd|addgroup|groupmod|groupdel|delgroup|\/etc\/(passwd|group)\b/;
var UBUNTU_DEFAULT_USER = { name: "ubuntu", uid: 1e3, gid: 1e3 };
var UBUNTU_CODENAMES_WITH_USER = /^(lunar|mantic|noble|oracular|plucky|questing)\b/;
function shipsUbuntuUser(image) {
  const name = image.split("@")[0];
  const last = name.slice(name.lastIndexOf("/") + 1);
  const [repository, tag = "latest"] = last.split(":");
  const atLeast2304 = (m) => m !== null && Number(m[1]) * 100 + Number(m[2]) >= 2304;
  if (repository === "ubuntu") return /^(latest|rolling|devel)$/.test(tag) || UBUNTU_CODENAMES_WITH_USER.test(tag) || atLeast2304(/^(\d\d)\.(\d\d)/.exec(tag));
  return atLeast2304(/ubuntu(\d\d)\.(\d\d)/.exec(tag));
}
var IdIndexedMap = class extends Map {
  constructor(idOf) {
    super();
    this.idOf = idOf;
  }
  idOf;
  byId = /* @__PURE__ */ new Map();
  set(name, value) {
    super.set(name, value);
    this.reindex(name);
    return this;
  }
  /** Records a changed id of an entry (after `entry.uid = …`). */
  reindex(name) {
    const value = this.get(name);
    const id = value === void 0 ? null : this.idOf(value);
    if (id === null) return;
    let names = this.byId.get(id);
    if (!names) this.byId.set(id, names = /* @__PURE__ */ new Set());
    names.add(name);
  }
  withId(id, except) {
    const names = this.byId.get(id);
    if (!names) return void 0;
    for (const name of names) {
      const value = this.get(name);
      if (value === void 0 || this.idOf(value) !== id) names.delete(name);
      else if (name !== except) return [name, value];
    }
    return void 0;
  }
};
var Accounts = class {
  users = new IdIndexedMap((a) => a.uid);
  groups = new IdIndexedMap((g) => g.gid);
  /** Set when /etc/passwd is copied in or written with text this rule cannot read: the users are then unknown. */
  opaque = false;
  userWithUid(uid, except) {
    return this.users.withId(uid, except);
  }
  groupWithGid(gid, except) {
    return this.groups.withId(gid, except);
  }
  addGroup(name, gid, cmd, origin) {
    this.groups.set(name, { gid, cmd, origin });
  }
  /** The user's own group (`useradd` without `-g`): gid = uid when that gid is free. */
  addUserGroup(name, uid, cmd) {
    if (!this.groups.has(name)) this.addGroup(name, uid !== null && !this.groupWithGid(uid) ? uid : null, cmd, "created");
    return name;
  }
};
function tolerated(facts, cmd) {
  if (cmd.guards.some((g) => /^(id|getent|grep|egrep|test|\[|\[\[)$/.test(g.program))) return true;
  const end = facts.model.lines.offsetAt(cmd.range.endLine - 1, cmd.range.endColumn - 1);
  return /^[\s\\]*\|\|/.test(facts.model.text.slice(end, end + 40));
}
function createHint(profile, name = profile.user.name) {
  const { uid, gid } = profile.user;
  return `\`groupadd -g ${gid} ${name} && useradd --create-home --shell /bin/bash --uid ${uid} --gid ${gid} ${name}\``;
}
var CHM102_platform_user_not_created_default = defineDockerfileRule({
  meta: {
    code: "CHM102",
    slug: "platform-user-not-created",
    severity: "error",
    publishedImageOnly: true,
    guide: 'The "chaimeleon" user',
    summary: "The final user must exist in the image with uid 1000 and gid 1000.",
    why: "The platform runs the container as uid 1000 / gid 1000 and mounts the user's volumes for it; a user that is missing from /etc/passwd has no name and no home (ssh, `whoami`, `pip --user`, desktops break), and one created with other ids does not own what the platform gives uid 1000.",
    details: [
      "- Looks at the user of the final `USER` (inherited from an earlier stage counts). No `USER` at all and `USER root` are CHM101's; so is a",
      "  numeric `USER` with another uid.",
      "- The users and groups are replayed in order over the RUNs of the final image's stages: `useradd`, Debian `adduser`, busybox `adduser -D`,",
      "  `groupadd`/`addgroup`, `usermod -l/-u/-g`, `groupmod -n/-g`, `userdel`/`deluser`/`groupdel`/`delgroup`, and lines echoed into",
      "  `/etc/passwd` / `/etc/group`; ARG/ENV references (`useradd -u $UID`) are expanded. A known platform base image provides its user",
      "  (the profile's, with the profile's uid and gid); Ubuntu 23.04 and later images provide `ubuntu` (1000:1000).",
      "- Reported at the `USER` when the named user is never created in the final image (a user created in a builder stage does not count:",
      "  `COPY --from` does not copy users). For a base that is not a platform image, the message says it assumed the base does not provide it.",
      "- A numeric `USER 1000[:1000]` on a base that is not a platform image, with no user of uid 1000 created, is reported too: the process",
      "  would run without a passwd entry, name or home.",
      "- Reported at the creating command when the user has no explicit uid (`useradd -m x`, `adduser --system`: the uid depends on what the base",
      "  already has) or another uid, or when its primary group has another gid, no explicit gid, or is never created (`useradd -g 1000` with no",
      "  group 1000: useradd fails). `useradd -u 1000 x` with no `-g` gets its own group `x` with gid 1000 when that gid is free, which is accepted;",
      "  `-N` gives it the `users` group (gid 100).",
      "- A `USER name:group` whose group is not gid 1000, or is never created, is reported at the `USER`.",
      "- Commands that would fail the build are reported too, unless guarded (`id x || useradd x`, `|| true`): creating a user or group that",
      "  already exists (such as the platform user on a platform base) and taking a uid/gid that is already used (`useradd -u 1000` on",
      "  `ubuntu:24.04` without first `userdel -r ubuntu`), unless `-o` (or `groupadd -f`) allows it.",
      "- Renaming a user of a base that is not a platform image (`usermod -l chaimeleon rstudio` on rocker, `jovyan` on Jupyter images, whose",
      "  default user has uid 1000) is trusted: its ids cannot be seen, so only an explicit other uid (`usermod -l x -u 1001 rstudio`) is reported.",
      "- When `/etc/passwd` is copied in (`COPY`/`ADD`) or written with text the rule cannot read, users cannot be known and nothing is reported."
    ].join("\n"),
    tags: ["user"]
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const chain = facts.imageChain;
    const root = chain[0];
    const accounts = new Accounts();
    const platformOrigin = `from the platform base image \`${root.image}\``;
    if (root.platformBase?.provides.user) {
      accounts.addGroup(profile.user.name, profile.user.gid, null, platformOrigin);
      accounts.users.set(profile.user.name, { uid: profile.user.uid, group: profile.user.name, cmd: null, origin: platformOrigin });
    } else if (shipsUbuntuUser(root.image)) {
      const origin = `from \`${root.image}\`: Ubuntu 23.04 and later images ship it`;
      accounts.addGroup(UBUNTU_DEFAULT_USER.name, UBUNTU_DEFAULT_USER.gid, null, origin);
      accounts.users.set(UBUNTU_DEFAULT_USER.name, { uid: UBUNTU_DEFAULT_USER.uid, group: UBUNTU_DEFAULT_USER.name, cmd: null, origin });
    }
    const failed = /* @__PURE__ */ new Set();
    const fail = (cmd, why, fix2) => {
      if (tolerated(facts, cmd)) return;
      failed.add(cmd);
      report({ range: cmd.range, message: `\`${commandText(cmd)}\` fails the build: ${why}. ${fix2}` });
    };
    replayUserCommands(facts, chain, accounts, fail);
    if (facts.copies(chain).some((c) => c.absoluteDestination === "/etc/passwd" || /^\/etc\/?$/.test(c.absoluteDestination) && c.sources.some((w) => /(^|\/)passwd$/.test(w.value)))) {
      accounts.opaque = true;
    }
    if (accounts.opaque) return;
    const user = stage.finalUser;
    if (user.source === "default" || user.source === "platform") return;
    if (user.name === "root" || user.uid === 0 || user.spec.includes("$")) return;
    const userInstr = user.instr;
    const userVars = userInstr && chain.find((s) => s.varsAt.has(userInstr))?.varsAt.get(userInstr);
    if (userInstr && userVars && expandVariables(userInstr.argsText.trim(), userVars).undeclared.length > 0) return;
    const at = user.instr?.range ?? stage.from.range;
    const { uid: expectedUid, gid: expectedGid } = profile.user;
    const unseen = facts.base.kind === "unseen";
    const baseNote = unseen ? ` (if \`${root.image || "its base image"}\` does not create it)` : "";
    const reportUser = (input) => report(unseen ? { ...input, severity: "info" } : input);
    let accountName;
    let account;
    if (/^\d+$/.test(user.name)) {
      if (Number(user.name) !== expectedUid) return;
      const found = accounts.userWithUid(expectedUid);
      if (!found) {
        reportUser({
          range: at,
          message: `\`USER ${user.spec}\` runs as uid ${expectedUid}, but no user with that uid is created${baseNote}: the process would have no name, no home and no passwd entry. Create it in the root part: ${createHint(profile)}.`
        });
        return;
      }
      [accountName, account] = found;
    } else {
      const found = accounts.users.get(user.name);
      if (!found) {
        const elsewhere = createdOutsideImage(facts, chain, user.name);
        const note = elsewhere ? ` (stage \`${elsewhere.name ?? elsewhere.index}\` creates it, but that stage is not part of the final image: \`COPY --from\` does not copy users)` : baseNote;
        reportUser({
          range: at,
          message: `\`USER ${user.spec}\` names a user that is never created in the final image${note}. Create it in the root part with uid ${expectedUid} and gid ${expectedGid}: ${createHint(profile, user.name)}.`
        });
        return;
      }
      [accountName, account] = [user.name, found];
    }
    if (account.renamedFromBase && (account.uid === null || account.uid === expectedUid)) return;
    const primary = account.renamedFromBase ? null : groupProblem(accounts, account.group, expectedGid);
    const uidProblem = account.uid === null ? " without an explicit uid (it gets the first free one, which depends on the base)" : account.uid !== expectedUid ? ` with uid ${account.uid}` : "";
    const groupPart = primary ? `${uidProblem ? ", and" : ", but"} its primary group ${primary}` : "";
    if ((uidProblem || groupPart) && !(account.cmd && failed.has(account.cmd))) {
      report({
        range: account.cmd?.range ?? at,
        message: `${account.cmd ? `\`${commandText(account.cmd)}\` creates` : "The base provides"} the final user \`${accountName}\`${uidProblem}${groupPart}; the platform runs it as uid ${expectedUid}, gid ${expectedGid}. Write ${createHint(profile, accountName)}.`
      });
    }
    if (user.group !== null && user.group !== account.group) {
      const problem2 = groupProblem(accounts, user.group, expectedGid);
      if (problem2) report({ range: at, message: `\`USER ${user.spec}\`: its group ${problem2}. The platform runs the container with gid ${expectedGid}: name the user's own group created with that gid (\`USER ${accountName}:${accountName}\`).` });
    }
  }
});
function replayUserCommands(facts, chain, accounts, fail) {
  const where = (a) => a.cmd ? `created at line ${a.cmd.range.startLine}` : a.origin;
  for (const { instr, stage: s, cmd } of facts.runCommands(chain, USER_COMMANDS)) {
    replayPasswdFiles(accounts, cmd);
    const parsed = parseUserCommand(cmd, expanderFor(s, instr));
    if (!parsed) continue;
    if (parsed.kind === "delete") {
      if (parsed.what === "group") accounts.groups.delete(parsed.name);
      else {
        if (accounts.users.get(parsed.name)?.group === parsed.name) accounts.groups.delete(parsed.name);
        accounts.users.delete(parsed.name);
      }
      continue;
    }
    const nonUnique = hasFlag(cmd, "-o", "--non-unique");
    if (parsed.kind === "group") {
      const { name: name2, gid } = parsed.group;
      const existing2 = accounts.groups.get(name2);
      if (parsed.group.modifies) {
        if (!existing2) continue;
        if (gid !== null) {
          existing2.gid = gid;
          accounts.groups.reindex(name2);
        }
        existing2.cmd = cmd;
        if (parsed.group.newName) {
          accounts.groups.delete(name2);
          accounts.groups.set(parsed.group.newName, existing2);
          for (const a of accounts.users.values()) if (a.group === name2) a.group = parsed.group.newName;
        }
        continue;
      }
      const force = hasFlag(cmd, "-f", "--force");
      if (existing2 && !force) fail(cmd, `the group \`${name2}\` already exists (${where(existing2)})`, "Remove this command or add `-f`.");
      const taken = gid !== null ? accounts.groupWithGid(gid, name2) : void 0;
      if (taken && !nonUnique && !force) {
        const owner = [...accounts.users].find(([, a]) => a.group === taken[0])?.[0];
        fail(cmd, `gid ${gid} already belongs to the group \`${taken[0]}\` (${where(taken[1])})`, owner ? removeHint(owner, "user") : removeHint(taken[0], "group"));
      }
      if (!existing2 || !force) accounts.addGroup(name2, taken && force ? null : gid, cmd, "created");
      continue;
    }
    const { name, uid, group } = parsed.user;
    const existing = accounts.users.get(name);
    if (parsed.user.modifies) {
      if (!existing && parsed.user.newName) {
        accounts.users.set(parsed.user.newName, { uid, group: group ?? parsed.user.newName, cmd, origin: `renamed from \`${name}\` of the base image`, renamedFromBase: true });
        continue;
      }
      if (!existing || uid === null && group === null && !parsed.user.newName) continue;
      if (uid !== null) {
        const taken = accounts.userWithUid(uid, name);
        if (taken && !nonUnique) fail(cmd, `uid ${uid} already belongs to \`${taken[0]}\` (${where(taken[1])})`, removeHint(taken[0], "user"));
        existing.uid = uid;
        accounts.users.reindex(name);
      }
      if (group !== null) existing.group = group;
      existing.cmd = cmd;
      if (parsed.user.newName) {
        accounts.users.delete(name);
        accounts.users.set(parsed.user.newName, existing);
      }
      continue;
    }
    if (existing) {
      fail(cmd, `the user \`${name}\` already exists (${where(existing)})`, existing.cmd ? "Create it once." : `Remove this command: the base already provides \`${name}\`.`);
      continue;
    }
    if (uid !== null) {
      const taken = accounts.userWithUid(uid);
      if (taken && !nonUnique) fail(cmd, `uid ${uid} already belongs to \`${taken[0]}\` (${where(taken[1])})`, removeHint(taken[0], "user"));
    }
    accounts.users.set(name, { uid, group: group ?? defaultGroup(accounts, cmd, name, uid), cmd, origin: "created" });
  }
}
function expanderFor(stage, instr) {
  return (value) => {
    const e = expandVariables(value, stage.varsAt.get(instr) ?? /* @__PURE__ */ new Map());
    return e.undeclared.length > 0 || e.unresolved.length > 0 ? value : e.value;
  };
}
function removeHint(owner, kind) {
  return kind === "user" ? `Remove \`${owner}\` first (\`userdel -r ${owner}\`) or give that uid to your user by renaming it (\`usermod -l NEWNAME ${owner}\`).` : `Remove the group \`${owner}\` first (\`groupdel ${owner}\`) or rename it (\`groupmod -n NEWNAME ${owner}\`).`;
}
function defaultGroup(accounts, cmd, name, uid) {
  if (cmd.program === "useradd" && hasFlag(cmd, "-N", "--no-user-group")) return "100";
  const debianSystem = cmd.program === "adduser" && hasFlag(cmd, "--system") && !hasFlag(cmd, "--group");
  return debianSystem ? "65534" : accounts.addUserGroup(name, uid, cmd);
}
function groupProblem(accounts, group, expectedGid) {
  if (/^\d+$/.test(group)) {
    const gid = Number(group);
    if (gid >= 1e3 && gid < 6e4 && !accounts.groupWithGid(gid)) return `${gid} is never created (useradd fails: create it first with \`groupadd -g ${gid} NAME\`)`;
    return gid === expectedGid ? null : `has gid ${gid}`;
  }
  const entry = accounts.groups.get(group);
  if (!entry) return `\`${group}\` is not created here (it fails unless the base image has it, and a base image's group does not have gid ${expectedGid})`;
  if (entry.gid === null) return `\`${group}\` gets no explicit gid (it gets the first free one)`;
  return entry.gid === expectedGid ? null : `\`${group}\` has gid ${entry.gid}`;
}
function replayPasswdFiles(accounts, cmd) {
  for (const write of fileWrites(cmd)) {
    const file = write.path.value;
    if (file !== "/etc/passwd" && file !== "/etc/group") continue;
    if (write.content === null) {
      if (file === "/etc/passwd") accounts.opaque = true;
      continue;
    }
    for (const line of write.content.replace(/\\n/g, "\n").split("\n")) {
      const m = /^\s*([^:\s]+):[^:]*:(\d+):(\d*)/.exec(line);
      if (!m) continue;
      if (file === "/etc/group") accounts.addGroup(m[1], Number(m[2]), cmd, "created");
      else accounts.users.set(m[1], { uid: Number(m[2]), group: m[3], cmd, origin: "created" });
    }
  }
}
function createdOutsideImage(facts, chain, name) {
  const others = facts.stages.filter((s) => !chain.includes(s));
  for (const { cmd, stage } of facts.runCommands(others, /useradd|adduser/)) {
    const parsed = parseUserCommand(cmd);
    if (parsed?.kind === "user" && !parsed.user.modifies && parsed.user.name === name) return stage;
  }
  return null;
}

// rules/CHM103-user-has-sudo.ts
var isSudoers = (path) => /^\/etc\/sudoers(\.d(\/.*)?)?$/.test(path.replace(/\/+$/, ""));
var ESCAPES = /^(sh|bash|dash|zsh|ksh|csh|tcsh|fish|ash|busybox|su|sudo|doas|env|nohup|setsid|chroot|nsenter|unshare|script|screen|tmux|watch|timeout|xargs|find|awk|gawk|mawk|nawk|perl|ruby|node|nodejs|lua|php|tclsh|expect|python[\d.]*|ipython[\d.]*|jupyter|R|Rscript|vi|vim|nvim|view|vimdiff|nano|pico|emacs|ed|ex|joe|less|more|most|man|systemctl|journalctl|docker|podman|kubectl|git|ssh|make|gdb|strace|crontab|visudo|passwd|chpasswd|useradd|usermod)$/;
var FILE_TOOLS = /^(cp|mv|tee|dd|install|ln|rsync|tar|zip|unzip|chmod|chown|chgrp|rm|mount|umount|sed|apt|apt-get|aptitude|dpkg|yum|dnf|rpm|apk|pip[\d.]*|npm|gem|conda|mamba|curl|wget)$/;
var RANK = { none: 0, specific: 1, unknown: 2, unsafe: 3, any: 4 };
var worst = (a, b) => RANK[b.level] > RANK[a.level] ? b : a;
function judgeCommand(item, aliases, seen) {
  const spec = item.replace(/^\s*(\([^)]*\)\s*)?/, "").replace(/^([A-Z_]+:\s*|[A-Z_]+=\S+\s+)*/, "").trim();
  if (spec === "" || spec.startsWith("!")) return "none";
  if (spec === "ALL") return "any";
  if (/^[A-Z][A-Z0-9_]*$/.test(spec)) {
    const members = aliases.get(spec);
    if (members === void 0 || seen.has(spec)) return "unknown";
    seen.add(spec);
    return members.split(",").map((m) => judgeCommand(m, aliases, seen)).reduce((acc, level) => RANK[level] > RANK[acc] ? level : acc, "none");
  }
  if (/[*?[]/.test(spec)) return "unsafe";
  const [path, ...args] = spec.split(/\s+/);
  const program = path.slice(path.lastIndexOf("/") + 1);
  if (program === "sudoedit") return "specific";
  if (ESCAPES.test(program) || FILE_TOOLS.test(program) && args.length === 0) return "unsafe";
  return "specific";
}
function judgeSudoers(content) {
  const lines = content.replace(/\\\n/g, " ").replace(/\\n/g, "\n").replace(/\\t/g, "	").split("\n").map((l) => l.trim());
  const aliases = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const m = /^Cmn?d_Alias\s+(.*)$/.exec(line);
    if (m) for (const part of m[1].split(/\s:\s/)) {
      const eq = part.indexOf("=");
      if (eq > 0) aliases.set(part.slice(0, eq).trim(), part.slice(eq + 1));
    }
  }
  let grant = { level: "none" };
  let unreadable = false;
  for (const line of lines) {
    if (line === "" || /^(#|@include|Defaults\b|(User|Runas|Host|Cmnd|Cmd)_Alias\b)/.test(line)) continue;
    const m = /^(\S+)\s+[^=]*=(.*)$/.exec(line);
    if (!m) {
      unreadable = true;
      continue;
    }
    const who = m[1];
    if (who === "root") continue;
    for (const item of m[2].split(/,|\s:\s*[^\s=]+\s*=/)) {
      const level = judgeCommand(item, aliases, /* @__PURE__ */ new Set());
      const command = item.replace(/^\s*(\([^)]*\)\s*)?([A-Z_]+:\s*)*/, "").trim();
      const members = aliases.get(command);
      grant = worst(grant, { level, who, command: members ? `${command} = ${members.trim()}` : command });
    }
  }
  return grant.level === "none" && unreadable ? { level: "unknown" } : grant;
}
function sudoersTarget(cmd) {
  const positional = cmd.args.filter((a) => !a.value.startsWith("-"));
  if (cmd.program === "sed") {
    const inPlace = cmd.args.some((a) => /^-[^-]*i/.test(a.value) || a.value.startsWith("--in-place"));
    return inPlace ? positional.find((a) => isSudoers(a.value)) ?? null : null;
  }
  if (!/^(cp|mv|install|ln|rsync)$/.test(cmd.program)) return null;
  const targetDir = cmd.args.findIndex((a) => a.value === "-t" || a.value.startsWith("--target-directory"));
  if (targetDir >= 0) {
    const word = cmd.args[targetDir].value.includes("=") ? cmd.args[targetDir] : cmd.args[targetDir + 1];
    return word && isSudoers(word.value.replace(/^--target-directory=/, "")) ? word : null;
  }
  const dest = positional[positional.length - 1];
  if (!dest || positional.length < 2) return null;
  if (isSudoers(dest.value)) return dest;
  const intoEtc = /^\/etc\/?$/.test(dest.value) && positional.slice(0, -1).some((s) => /(^|\/)sudoers(\.d)?\/?$/.test(s.value));
  return intoEtc ? dest : null;
}
function copiesIntoSudoers(c) {
  if (isSudoers(c.absoluteDestination)) return true;
  return /^\/etc\/?$/.test(c.absoluteDestination) && c.sources.some((s) => /(^|\/)sudoers(\.d)?\/?$/.test(s.value));
}
var CHM103_user_has_sudo_default = defineDockerfileRule({
  meta: {
    code: "CHM103",
    slug: "user-has-sudo",
    severity: "error",
    guide: 'The "chaimeleon" user',
    summary: "A user of the image is made a sudoer (sudo group, sudoers entry, NOPASSWD).",
    why: "The guide forbids the normal user in sudoers and the image repository admins check it: with sudo, any job could become root in the container, which the platform's isolation of medical data relies on not happening.",
    details: [
      "- Group membership: `usermod -aG`/`-G`/`-g`, `useradd -G`/`-g`, `adduser USER sudo`, `adduser --ingroup`, busybox `adduser -G` and",
      "  `addgroup USER GROUP`, `gpasswd -a USER GROUP`, for the groups `sudo`, `wheel` and `admin` (ARG/ENV references expanded). Any user but root",
      "  counts: a second sudoer is a way to root for whoever knows its password.",
      "- Writes into `/etc/sudoers` or `/etc/sudoers.d/`: `echo`/`printf` redirected (`>`, `>>`), `tee [-a]`, `cat <<EOF >`, `sed -i`, `cp`/`mv`/`install`/",
      "  `ln`/`rsync` into them, `COPY`/`ADD` into them (a heredoc `COPY <<EOF` is read), and `NOPASSWD` anywhere in a RUN or COPY heredoc.",
      "- What the entry allows decides the severity. The guide allows, in special cases, an entry for one concrete and safe command, never for any command:",
      "  - `ALL` as the command (`user ALL=(ALL) NOPASSWD: ALL`, `%sudo ALL=(ALL:ALL) ALL`): error.",
      "  - A command that is as good as `ALL`: error. That is a shell, an interpreter, an editor, a pager, `su`/`sudo`/`env`/`find`/`xargs`/`systemctl`...",
      "    (they all give a root shell, see GTFOBins), a file or package tool (`cp`, `tee`, `chmod`, `apt-get`, `pip`...) with its arguments left free,",
      "    or any wildcard.",
      "  - One concrete command (`user ALL=(ALL) NOPASSWD: /usr/bin/nvidia-smi`): warning, so that the admins see it; suppress the finding with a",
      "    justification once they agreed.",
      "  - Content this rule cannot see (a copied file, `sed -i`, an unknown alias): error, and the message says it assumed the entry grants root.",
      "  - Only `Defaults`, comments or includes: not reported. Lines for root are ignored.",
      "- Only the stages that end up in the final image; `ONBUILD` triggers are not looked at. Dockerfile RUNs are covered; scripts copied in and run",
      "  at build time (`RUN ./setup.sh`) are not read yet.",
      "- Installing the `sudo` package is CHM104."
    ].join("\n"),
    security: true,
    tags: ["security", "sudo", "user"]
  },
  check({ facts, report }) {
    const chain = facts.imageChain;
    const reportGrant = (range, what, grant) => {
      const who = grant.who?.startsWith("%") ? `members of \`${grant.who.slice(1)}\`` : grant.who ? `\`${grant.who}\`` : "a user";
      const remove = "The normal user must not be a sudoer: remove this and do root steps in the root part of the Dockerfile (before `USER`).";
      switch (grant.level) {
        case "none":
          return;
        case "any":
          report({ range, message: `${what}: it lets ${who} run any command as root (\`${grant.command}\`). ${remove}` });
          return;
        case "unsafe":
          report({ range, message: `${what}: it lets ${who} run \`${grant.command}\` as root, which is as good as any command (it can start a root shell or rewrite any file). ${remove}` });
          return;
        case "unknown":
          report({ range, message: `${what}, whose entries cannot be read here: assumed they let the user become root. ${remove} If it allows one concrete, safe command only, write that entry in the Dockerfile so that it can be checked.` });
          return;
        case "specific":
          report({
            range,
            severity: "warning",
            message: `${what}: it lets ${who} run \`${grant.command}\` as root. The guide allows this only for a concrete, safe command, with the image repository admins' agreement: check the command cannot start a shell or write files, then suppress this finding with that justification.`
          });
      }
    };
    for (const user of facts.created.users) {
      const group = [user.group, ...user.groups].find((g) => g !== null && SUDO_GROUPS.has(g));
      if (!group || user.name === "root") continue;
      report({
        range: user.command.range,
        message: `\`${commandText(user.command)}\` puts \`${user.name}\` in the \`${group}\` group, so it can become root with sudo: the normal user must not be a sudoer. Remove \`${group}\` from this command and do root steps before \`USER\`.`
      });
    }
    const reported = /* @__PURE__ */ new Set();
    for (const { instr, cmd } of facts.runCommands(chain, /sudoers/)) {
      for (const write of fileWrites(cmd)) {
        if (!isSudoers(write.path.value)) continue;
        reported.add(instr);
        const what = cmd.args.includes(write.path) ? `\`${commandText(cmd)}\`` : `\`${commandText(cmd)}\` writes \`${write.path.value}\``;
        reportGrant(cmd.range, what, write.content === null ? { level: "unknown" } : judgeSudoers(write.content));
      }
      const target = sudoersTarget(cmd);
      if (target) {
        reported.add(instr);
        reportGrant(cmd.range, `\`${commandText(cmd)}\` ${cmd.program === "sed" ? "edits" : "writes into"} \`${target.value}\``, { level: "unknown" });
      }
    }
    for (const { instr, cmd } of facts.runCommands(chain, /NOPASSWD/)) {
      if (reported.has(instr)) continue;
      const texts = [...cmd.args.map((a) => a.value), ...cmd.redirects.map((r) => r.body ?? "")].filter((t) => t.includes("NOPASSWD"));
      if (texts.length === 0) continue;
      const grant = judgeSudoers(texts.join("\n"));
      reportGrant(cmd.range, `\`${commandText(cmd)}\` holds a \`NOPASSWD\` sudoers entry`, grant.level === "none" ? { level: "unknown" } : grant);
    }
    for (const copy of facts.copies(chain)) {
      const keyword = copy.instr.keyword;
      if (copiesIntoSudoers(copy)) {
        const sources = copy.sources.map((s) => s.value);
        const grant = copy.heredocs.length > 0 && sources.length === 0 ? judgeSudoers(copy.heredocs.join("\n")) : { level: "unknown" };
        const into = copy.absoluteDestination.endsWith("/") && sources.length > 0 ? copy.absoluteDestination + sources[0].replace(/\/+$/, "").replace(/^.*\//, "") : copy.absoluteDestination;
        reportGrant(copy.instr.range, `This ${keyword} writes \`${into}\``, grant);
      } else if (copy.heredocs.some((h) => h.includes("NOPASSWD"))) {
        const grant = judgeSudoers(copy.heredocs.join("\n"));
        reportGrant(copy.instr.range, `The heredoc of this ${keyword} holds a \`NOPASSWD\` sudoers entry`, grant.level === "none" ? { level: "unknown" } : grant);
      }
    }
  }
});

// rules/CHM104-sudo-installed.ts
var SUDO_PACKAGE = /^(sudo|sudo-ldap|sudo-rs|doas|opendoas)(-\d[^/]*)?(\.(x86_64|aarch64|noarch|i686))?\+?$/;
var CHM104_sudo_installed_default = defineDockerfileRule({
  meta: {
    code: "CHM104",
    slug: "sudo-installed",
    severity: "warning",
    guide: 'The "chaimeleon" user',
    summary: "The `sudo` package (or a stand-in for it) is installed in the final image.",
    why: "The normal user must not be able to become root in a platform container (the image repository admins check it): an installed sudo is one configuration line away from that, and the build itself runs as root and never needs it.",
    details: [
      "- Installs by apt-get / apt / aptitude, yum / dnf / microdnf / tdnf, apk (`add`), zypper and pacman, with the version, architecture or",
      "  release suffixes they accept (`sudo=1.9.9-1`, `sudo:amd64`, `sudo-1.9.5p2`, `sudo@edge`); package lists passed through an ARG/ENV are expanded.",
      "- The same finding for `sudo-ldap` and `sudo-rs` (other builds of sudo) and `doas` / `opendoas` (the same role). `gosu` and `su-exec`",
      "  only drop privileges and are not reported. `apt-get install sudo-` removes the package and is not reported.",
      "- Only the stages that end up in the final image; a builder stage may install what it likes. `ONBUILD RUN` is not looked at.",
      "- Reported at the package name. A sudoers entry or sudo group membership is CHM103.",
      "- Fix: removes the package word from the list (a word alone on a continued line takes its line), only when the command installs",
      "  other packages too and the word is written as is (not from a variable). Safe when no command of the image runs `sudo`; unsafe",
      "  (applied with `--unsafe-fixes`) when one does, as that command then needs rewriting."
    ].join("\n"),
    security: true,
    tags: ["security", "sudo"],
    fixable: true
  },
  check({ facts, report }) {
    const packages = installedPackages(facts);
    const sudoUsed = facts.runCommands(facts.imageChain, /\bsudo\b/).some(({ cmd }) => cmd.wrappers.includes("sudo") || cmd.program === "sudo");
    for (const pkg of packages) {
      if (pkg.manager === "pip" || pkg.manager === "conda" || !SUDO_PACKAGE.test(pkg.name)) continue;
      const name = SUDO_PACKAGE.exec(pkg.name)?.[1] ?? pkg.name;
      const others = packages.some((p) => p.cmd === pkg.cmd && p.word !== pkg.word);
      const removal = others && edits_exports.isPlainWord(pkg.word) && SUDO_PACKAGE.test(pkg.word.value.toLowerCase()) ? edits_exports.removeWord(facts, pkg.instr, pkg.word) : null;
      report({
        range: pkg.word.range,
        message: `\`${name}\` is installed: the normal user must not be able to become root, and root steps belong in the root part of the Dockerfile (before \`USER\`), where no sudo is needed. Remove it from the package list.`,
        ...removal ? { fix: edits_exports.fix(`Remove ${pkg.word.value} from the package list`, !sudoUsed, removal) } : {}
      });
    }
  }
});

// rules/CHM110-pip-cache-kept.ts
var PIP_VALUE_OPTIONS = ["--log", "--proxy", "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--python", "--use-feature", "--use-deprecated", "-r", "-c"];
function pipInstall(cmd) {
  const words2 = cmd.args.map((a) => a.value);
  let from;
  let uv = false;
  if (/^pip(\d+(\.\d+)?)?$/.test(cmd.program)) from = 0;
  else if (/^python(\d+(\.\d+)?)?$/.test(cmd.program)) {
    const m = words2.findIndex((w, i) => w === "-m" && words2[i + 1] === "pip" || w === "-mpip");
    if (m < 0) return null;
    from = words2[m] === "-mpip" ? m + 1 : m + 2;
  } else if (cmd.program === "uv" && words2[0] === "pip") {
    from = 1;
    uv = true;
  } else return null;
  for (let i = from; i < words2.length; i++) {
    const w = words2[i];
    if (w.startsWith("-")) {
      if (PIP_VALUE_OPTIONS.includes(w)) i++;
      continue;
    }
    return w === "install" ? { uv, install: cmd.args[i] } : null;
  }
  return null;
}
var CACHE_OFF_VARS = { pip: "PIP_NO_CACHE_DIR", uv: "UV_NO_CACHE" };
function cacheOffByEnv(facts, stage, instr, cmd, commands, variable2) {
  const env = stage.varsAt.get(instr)?.get(variable2);
  if (env && !env.fromArg && isTruthy(env.value)) return true;
  if (cmd.assignments.some((a) => a.name === variable2 && isTruthy(a.value))) return true;
  return firstExport(facts, commands, variable2) < cmd.index;
}
var EXPORTS = factKind("first truthy export of each variable in a RUN");
function firstExport(facts, commands, variable2) {
  const byVariable = facts.memo(EXPORTS, commands, () => /* @__PURE__ */ new Map());
  let first = byVariable.get(variable2);
  if (first === void 0) {
    first = Infinity;
    for (const c of commands) if (c.program === "export" && c.assignments.some((a) => a.name === variable2 && isTruthy(a.value))) first = Math.min(first, c.index);
    byVariable.set(variable2, first);
  }
  return first;
}
function cacheMounted(facts, stage, instr, uv) {
  return instr.flags.some((f) => {
    if (f.name.toLowerCase() !== "mount" || !f.value) return false;
    const opts = new Map(f.value.split(",").map((kv) => kv.split("=")));
    const type = opts.get("type");
    const target = opts.get("target") ?? opts.get("dst") ?? opts.get("destination") ?? "";
    if (type !== "cache" && type !== "tmpfs") return false;
    if (!(/(^|\/)\.cache\/?$/.test(target) || (uv ? /\/uv\/?$/.test(target) : /\/pip\/?$/.test(target)))) return false;
    if (!/^\/(?:root|home\/[^/]+)(?:\/|$)/.test(target)) return true;
    const user = stage.userAt.get(instr);
    const home = user ? homeFor(facts, { name: user.name, uid: facts.uidOf(user) }) : "/root";
    return target === home || target.startsWith(`${home}/`);
  });
}
var CONFIG_OFF = factKind("where pip's cache is turned off by configuration");
function cacheOffByConfig(facts, stage, instr) {
  const first = configOff(facts, stage);
  return first.index < instr.index || first.line < instr.range.startLine;
}
function configOff(facts, stage) {
  return facts.memo(CONFIG_OFF, stage, () => {
    const found = { index: Infinity, line: Infinity };
    const chain = [];
    for (let s = stage; s; s = s.baseStage) chain.unshift(s);
    const base = chain[0].platformBase?.facts;
    if (base?.finalStage && configOff(base, base.finalStage).index < Infinity) return { index: -1, line: -1 };
    for (const { instr: earlier, cmd } of facts.runCommands(chain, /no-cache-dir/)) {
      const configSet = cmd.program.startsWith("pip") && cmd.args.some((a) => a.value === "config") && cmd.args.some((a) => /no-cache-dir/.test(a.value));
      const writesPipConf = cmd.redirects.some((r) => r.target && /pip\.conf$|pip\.ini$/.test(r.target.value)) || cmd.args.some((a) => /pip\.conf$/.test(a.value));
      if (!configSet && !(writesPipConf && /no-cache-dir/.test(facts.model.text.slice(earlier.argsOffset, earlier.endOffset)))) continue;
      found.index = Math.min(found.index, earlier.index);
      found.line = Math.min(found.line, earlier.range.startLine);
    }
    for (const copy of facts.copies(chain)) {
      if (!PIP_CONF.test(copy.absoluteDestination) || !copy.heredocs.some((h) => /no[-_]cache[-_]dir/i.test(h))) continue;
      found.index = Math.min(found.index, copy.instr.index);
      found.line = Math.min(found.line, copy.instr.range.startLine);
    }
    return found;
  });
}
var PIP_CONF = /(?:^|\/)pip\.(?:conf|ini)$|\/pip\/?$/;
function copiedPipConf(facts, stage, instr) {
  const chain = [];
  for (let s = stage; s; s = s.baseStage) chain.unshift(s);
  const copy = facts.copies(chain).find((c) => c.from === null && c.heredocs.length === 0 && (instr === null || c.instr.index < instr.index) && (PIP_CONF.test(c.absoluteDestination) || c.sources.some((w) => /(?:^|\/)pip\.(?:conf|ini)$/.test(w.value))));
  if (copy) return { line: copy.instr.range.startLine, file: facts.file };
  const base = chain[0].platformBase?.facts;
  return base?.finalStage ? copiedPipConf(base, base.finalStage, null) : null;
}
var CHM110_pip_cache_kept_default = defineDockerfileRule({
  meta: {
    code: "CHM110",
    slug: "pip-cache-kept",
    severity: "warning",
    guide: "Recommendations for reducing the image size",
    summary: "`pip install` without `--no-cache-dir` keeps pip's download cache in the image.",
    why: "The cache is often hundreds of megabytes that no job ever uses; a bigger image is slower to pull onto a node and less likely to stay in its cache.",
    details: [
      "- Every pip install invocation counts: `pip`, `pip3`, `pip3.11`, `/usr/bin/pip`, `sudo pip`, `python -m pip`, `python3 -m pip` (options anywhere),",
      "  in shell or exec form, heredocs, `sh -c` / `bash -c` strings, under an environment runner (`conda|mamba|micromamba|uv|poetry|pipenv|pdm|hatch run`)",
      "  and `ONBUILD RUN`, in every stage (the policy asks for the flag on every invocation; for a stage the final image is not built on, the",
      "  message says that the cache stays in that stage's layers).",
      "- Not reported when the cache is off: `--no-cache-dir` in the invocation; `PIP_NO_CACHE_DIR` set truthy (`1`, `true`, `yes`, `on`) by an earlier `ENV`",
      "  of this stage, a stage it builds on or an image of the repository it is built FROM, by an inline prefix or an `export` earlier in the same",
      "  RUN; a `--mount=type=cache` or `tmpfs` over the pip cache (one in a home only for the user that home is, as the RUN runs); an earlier `pip config set global.no-cache-dir` or a `pip.conf` written with",
      "  `no-cache-dir` (there too).",
      "- `pipx`, `pipenv`, `pip download` and `pip wheel` are not pip install. `uv pip install` without `--no-cache` (or `UV_NO_CACHE`) is the same finding.",
      "- A `pip.conf` written by a heredoc `COPY <<EOF /etc/pip.conf` counts like one written by a RUN. One copied from the build context (here or in",
      "  an image of the repository this one is built FROM) cannot be read from the Dockerfile: the finding is then info, and says it may turn the cache off.",
      "- Fix (safe): inserts `--no-cache-dir` (`--no-cache` for uv) right after `install`, as a new JSON string in exec form."
    ].join("\n"),
    tags: ["size", "pip"],
    fixable: true
  },
  check({ facts, report }) {
    for (const stage of facts.stages) {
      const where = facts.imageChain.includes(stage) ? "the image" : `the layers of stage \`${stage.name ?? stage.index}\` (the final image is not built on it, but the guide asks for the flag on every pip install)`;
      for (const instr of stage.instructions) {
        if (instr.keyword !== "RUN") continue;
        if (!/pip/.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        const commands = facts.commands(instr);
        for (const cmd of commands) {
          const pip = pipInstall(cmd);
          if (!pip) continue;
          if (pip.uv ? hasFlag(cmd, "--no-cache", "-n") : hasFlag(cmd, "--no-cache-dir")) continue;
          if (cacheOffByEnv(facts, stage, instr, cmd, commands, pip.uv ? CACHE_OFF_VARS.uv : CACHE_OFF_VARS.pip)) continue;
          if (cacheMounted(facts, stage, instr, pip.uv)) continue;
          if (!pip.uv && cacheOffByConfig(facts, stage, instr)) continue;
          const flag = pip.uv ? "--no-cache" : "--no-cache-dir";
          const conf = pip.uv ? null : copiedPipConf(facts, stage, instr);
          report({
            ...conf ? { severity: "info" } : {},
            range: cmd.range,
            message: `\`${commandText(cmd)}\` keeps the download cache in ${where}${conf ? ` (unless the pip configuration copied ${conf.file === facts.file ? "" : `by ${conf.file} `}at line ${conf.line} turns it off with \`no-cache-dir\`; it is not in the Dockerfile)` : ""}: add \`${flag}\` (\`${pip.uv ? "uv pip install --no-cache" : "pip install --no-cache-dir"} ...\`).`,
            fix: edits_exports.fix(`Add ${flag} after install`, true, [edits_exports.insertAfterWord(facts, instr, pip.install, [flag])])
          });
        }
      }
    }
  }
});

// rules/CHM111-apt-recommends-installed.ts
var APT_VALUE_OPTIONS = ["-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release", "-a", "--host-architecture"];
var OFF = "(?:false|0|no|off|without|disable)";
var OPTION_OFF = new RegExp(`^APT::Install-Recommends=(["']?)${OFF}\\1$`, "i");
var CONFIG_OFF2 = new RegExp(`APT::Install-Recommends\\s*(["']?)\\s*${OFF}\\s*\\1`, "i");
var APT_CONFIG_PATH = /^\/etc\/apt\/apt\.conf(\.d\/[^/]+)?$/;
function isAptInstall(cmd) {
  return (cmd.program === "apt-get" || cmd.program === "apt") && subcommand(cmd, APT_VALUE_OPTIONS)?.word.value === "install";
}
function recommendsOffByOption(cmd) {
  const args = cmd.args.map((a) => a.value);
  return args.some((a, i) => {
    if (new RegExp(`^--install-recommends=${OFF}$`, "i").test(a)) return true;
    const value = a === "-o" || a === "--option" ? args[i + 1] : a.startsWith("--option=") ? a.slice(9) : /^-o./.test(a) ? a.slice(2) : null;
    return value !== null && value !== void 0 && OPTION_OFF.test(value);
  });
}
var RECOMMENDS_OFF = factKind("where apt's recommends are turned off by configuration");
function recommendsOffByConfig(facts, stage, instr, cmd) {
  const off = configOff2(facts, stage);
  const inSameRun = off.commandIn.get(instr);
  return off.index < instr.index || inSameRun !== void 0 && inSameRun < cmd.index;
}
function configOff2(facts, stage) {
  return facts.memo(RECOMMENDS_OFF, stage, () => {
    const found = { index: Infinity, commandIn: /* @__PURE__ */ new Map() };
    const chain = [];
    for (let s = stage; s; s = s.baseStage) chain.unshift(s);
    const base = chain[0].platformBase?.facts;
    if (base?.finalStage && configOff2(base, base.finalStage).index < Infinity) found.index = -1;
    for (const run of facts.runCommands(chain, /Install-Recommends/i)) {
      if (!fileWrites(run.cmd).some((w) => APT_CONFIG_PATH.test(w.path.value) && w.content !== null && CONFIG_OFF2.test(w.content))) continue;
      found.index = Math.min(found.index, run.instr.index);
      if (!found.commandIn.has(run.instr)) found.commandIn.set(run.instr, run.cmd.index);
    }
    for (const c of facts.copies(chain)) {
      if (c.heredocs.some((h) => CONFIG_OFF2.test(h)) && /^\/etc\/apt\/apt\.conf/.test(c.absoluteDestination)) found.index = Math.min(found.index, c.instr.index);
    }
    return found;
  });
}
function copiedAptConf(facts, stage, instr) {
  const chain = [];
  for (let s = stage; s; s = s.baseStage) chain.unshift(s);
  const copy = facts.copies(chain).find((c) => c.from === null && c.heredocs.length === 0 && (instr === null || c.instr.index < instr.index) && /^\/etc\/apt\/apt\.conf(?:\.d)?(?:\/|$)/.test(c.absoluteDestination));
  if (copy) return { line: copy.instr.range.startLine, file: facts.file };
  const base = chain[0].platformBase?.facts;
  return base?.finalStage ? copiedAptConf(base, base.finalStage, null) : null;
}
var CHM111_apt_recommends_installed_default = defineDockerfileRule({
  meta: {
    code: "CHM111",
    slug: "apt-recommends-installed",
    severity: "warning",
    guide: "Recommendations for reducing the image size",
    summary: "`apt-get install` without `--no-install-recommends` also installs every recommended package.",
    why: "Recommended packages often double what an install brings (documentation, X11 libraries, compilers) and make the image slower to pull onto a node and less likely to stay in its cache.",
    details: [
      "- Every `apt-get install` and `apt install` counts (options anywhere, `-y install` included), in shell or exec form, heredocs, `sh -c` strings",
      "  and `ONBUILD RUN`, in every stage: like CHM110, the guide asks for the flag on every installation.",
      "- The guide's own template (`RUN apt-get install ...`) omits the flag; a copy of the template is reported.",
      "- Not reported when recommends are off for that invocation: `--no-install-recommends`, `-o APT::Install-Recommends=false` (or `0`, `no`, `off`,",
      "  quoted or not, `--option` spelled out), `--install-recommends=no`; or when an earlier RUN of this stage, of a stage it builds on or of an image of the repository it is built FROM (or an earlier",
      '  command of the same RUN) wrote `APT::Install-Recommends "false";` (or `"0"`) into `/etc/apt/apt.conf` or `/etc/apt/apt.conf.d/*`',
      "  (`echo`/`printf` redirected, `tee`, a heredoc, or a `COPY <<EOF` heredoc).",
      "- A configuration file copied from the build context into `/etc/apt/apt.conf.d/` cannot be read from the Dockerfile: the finding is then info,",
      "  and says the file may turn recommends off.",
      "- `aptitude`, `apt-get build-dep`, `upgrade` and `dist-upgrade` are not looked at.",
      "- Fix (safe): inserts `--no-install-recommends` right after `install` (a new JSON string in exec form)."
    ].join("\n"),
    tags: ["size", "apt"],
    fixable: true
  },
  check({ facts, report }) {
    for (const stage of facts.stages) {
      for (const instr of stage.instructions) {
        if (instr.keyword !== "RUN") continue;
        if (!/\binstall\b/.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        for (const cmd of facts.commands(instr)) {
          if (!isAptInstall(cmd) || hasFlag(cmd, "--no-install-recommends") || recommendsOffByOption(cmd)) continue;
          if (recommendsOffByConfig(facts, stage, instr, cmd)) continue;
          const conf = copiedAptConf(facts, stage, instr);
          report({
            ...conf ? { severity: "info" } : {},
            range: cmd.range,
            message: `\`${commandText(cmd)}\` also installs the recommended packages${conf ? ` (unless the apt configuration copied ${conf.file === facts.file ? "" : `by ${conf.file} `}at line ${conf.line} turns them off; it is not in the Dockerfile)` : ""}: add \`--no-install-recommends\` (\`${cmd.program} install -y --no-install-recommends ...\`) and list any package you really need.`,
            fix: edits_exports.fix("Add --no-install-recommends after install", true, [edits_exports.insertAfterWord(facts, instr, subcommand(cmd, APT_VALUE_OPTIONS).word, ["--no-install-recommends"])])
          });
        }
      }
    }
  }
});

// rules/CHM112-apt-lists-kept.ts
var APT_VALUE_OPTIONS2 = ["-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release", "-a", "--host-architecture"];
var LISTS = "/var/lib/apt/lists";
function aptVerb(cmd) {
  if (cmd.program !== "apt-get" && cmd.program !== "apt") return null;
  return subcommand(cmd, APT_VALUE_OPTIONS2)?.word.value ?? null;
}
function coversLists(path, braces = true) {
  return (braces ? braceExpand(path) : [path]).some((p) => {
    const folder = p.replace(/\/\*$/, "").replace(/\/+$/, "");
    return folder !== "" && (folder === LISTS || LISTS.startsWith(folder + "/"));
  });
}
function removesLists(cmd, braces) {
  const covers2 = (a) => coversLists(a.value, braces !== false || !hasBraceList(a.raw));
  const paths = cmd.args.filter((a) => !a.value.startsWith("-"));
  if (cmd.program === "rm") return paths.some(covers2);
  if (cmd.program === "find") return paths.some(covers2) && cmd.args.some((a) => a.value === "-delete" || a.value === "rm");
  const verb = aptVerb(cmd);
  return verb === "distclean" || verb === "dist-clean";
}
function listsMounted(instr) {
  return instr.flags.some((f) => {
    if (f.name.toLowerCase() !== "mount" || !f.value) return false;
    const opts = new Map(f.value.split(",").map((kv) => kv.split("=")));
    const target = opts.get("target") ?? opts.get("dst") ?? opts.get("destination") ?? "";
    return (opts.get("type") === "cache" || opts.get("type") === "tmpfs") && coversLists(target);
  });
}
var CHM112_apt_lists_kept_default = defineDockerfileRule({
  meta: {
    code: "CHM112",
    slug: "apt-lists-kept",
    severity: "info",
    guide: "beyond",
    summary: "`apt-get update` in a RUN that does not remove `/var/lib/apt/lists` keeps the package lists in the image.",
    why: "The package lists are tens of megabytes that no job uses; like any size, they make the image slower to pull onto a node and less likely to stay in its cache. They are also stale as soon as the image is built.",
    details: [
      "- Looks at `apt-get update` and `apt update` (options anywhere), in shell or exec form, heredocs and `sh -c` strings.",
      "- Only the stages that end up in the final image (the final stage and the stages it is built `FROM`): a builder stage's lists are thrown away with it.",
      "- Not reported when the same RUN removes the lists after the update: `rm` of `/var/lib/apt/lists/*`, `/var/lib/apt/lists` or `/var/lib/apt`",
      "  (brace expansion included when the shell running it expands braces: bash, not the dash of Debian and Ubuntu), `find /var/lib/apt/lists \u2026 -delete`, or `apt-get distclean`; nor with a `--mount=type=cache` or `tmpfs` on",
      "  `/var/lib/apt/lists` or `/var/lib/apt`.",
      "- `apt-get clean` does not count: it only empties `/var/cache/apt/archives`. A removal in a later RUN does not count either: the lists",
      "  stay in the layer of the RUN that downloaded them. A removal before the update (`rm -rf /var/lib/apt/lists/* && apt-get update`) does not count.",
      "- `ONBUILD RUN` is not looked at: it runs in images built from this one.",
      "- One finding per RUN, at its first update.",
      "- Fix (safe): ends the RUN with `&& rm -rf /var/lib/apt/lists/*` (after the last line, continuations kept; a last line of the script",
      '  in a `RUN <<EOF` heredoc; inside the script string of `["sh", "-c", "..."]`). No fix when the RUN ends with an operator, or when',
      "  a heredoc feeds a command."
    ].join("\n"),
    tags: ["size", "apt"],
    fixable: true
  },
  check({ facts, report }) {
    for (const stage of facts.imageChain) {
      for (const instr of stage.instructions) {
        if (instr.keyword !== "RUN" || instr.onbuild) continue;
        if (!/\bupdate\b/.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        const commands = facts.commands(instr);
        const update = commands.find((c) => aptVerb(c) === "update");
        if (!update || listsMounted(instr)) continue;
        if (commands.some((c) => c.index > update.index && removesLists(c, facts.runShell(instr, c).braces))) continue;
        const clean = commands.some((c) => aptVerb(c) === "clean");
        const removal = edits_exports.appendToRun(facts, instr, `rm -rf ${LISTS}/*`);
        report({
          range: update.range,
          message: `\`${commandText(update)}\` leaves the package lists (${LISTS}) in this layer${clean ? " (`apt-get clean` does not remove them)" : ""}: end the same RUN with \`&& rm -rf ${LISTS}/*\`.`,
          ...removal ? { fix: edits_exports.fix(`End the RUN with rm -rf ${LISTS}/*`, true, [removal]) } : {}
        });
      }
    }
  }
});

// rules/CHM120-label-name-missing.ts
var CHM120_label_name_missing_default = defineDockerfileRule({
  meta: {
    code: "CHM120",
    slug: "label-name-missing",
    severity: "error",
    publishedImageOnly: true,
    guide: "Labels",
    summary: "The final image has no `name` label, or its value is empty after ARG/ENV expansion.",
    why: "`jobman images` lists an image under its `name` label: without one the image has no name users can submit jobs with.",
    details: [
      "- Only the final image counts: a label set in the final stage or in an earlier stage it is built FROM (`FROM base`) counts;",
      "  a label of a stage the final image is not built from, or an `ONBUILD LABEL`, does not (the message points at it).",
      "- A `name` label inherited from a platform base image does not count: it names the base, so every child must set its own.",
      "- Reported at the final stage's `FROM` when missing, at the label when its value is empty after expansion.",
      "- A value that loses a variable is reported even when something is left (`name=tool-$SUFFIX` becomes `tool-`).",
      "  The classic is an `ARG` declared before the first `FROM` and not declared again after it: it is only in scope for",
      "  `FROM` lines, so the label gets nothing; the message says to add `ARG NAME` after `FROM`. A variable declared nowhere is",
      "  assumed not to come from the base image's ENV.",
      "- An `ARG` without a default (`ARG NAME` alone) is assumed to be given with `--build-arg`: not reported.",
      "- Keys are case-sensitive as in Docker: `Name` or `NAME` is not `name`. Such a label is reported where it is written, with the rename to make.",
      "- Every LABEL syntax Docker accepts is read: `key=value` pairs (several per line), quoted keys and values, continuation lines, and the legacy `LABEL name value`.",
      "- Fix (safe), only for a label that loses its value to an `ARG` declared before the first `FROM`: declares the `ARG` again right",
      "  after the `FROM` of the label's stage (`ARG NAME`, which takes the global default). A key written in another case is renamed to `name` (safe). A missing label has no fix: its value is yours to choose."
    ].join("\n"),
    tags: ["labels", "jobman"],
    fixable: true
  },
  check(ctx) {
    checkRequiredLabel(ctx, "name", 'LABEL name="my-tool"');
  }
});

// rules/CHM121-label-version-missing.ts
var CHM121_label_version_missing_default = defineDockerfileRule({
  meta: {
    code: "CHM121",
    slug: "label-version-missing",
    severity: "error",
    publishedImageOnly: true,
    guide: "Labels",
    summary: "The final image has no `version` label, or its value is empty after ARG/ENV expansion.",
    why: "The `version` label becomes the image tag `jobman images` shows. Kubernetes pulls an image only when the tag is not already on the node, so a new build without a new version may never reach the jobs.",
    details: [
      "- Same conditions as CHM120 (label-name-missing), for the `version` label.",
      "- Only the final image counts: the final stage and the stages it is built FROM; not other stages, not `ONBUILD LABEL`.",
      "- A `version` label inherited from a platform base image does not count: it is the base's version.",
      "- Reported at the final stage's `FROM` when missing, at the label when its value is empty (or loses a variable) after expansion;",
      "  for an `ARG VERSION` declared only before the first `FROM`, the message says to add `ARG VERSION` after `FROM`.",
      "- An `ARG` without a default is assumed to be given with `--build-arg`: not reported.",
      "- Keys are case-sensitive: `Version` is not `version`; reported at that label with the rename to make.",
      "- Fix (safe), only for a label that loses its value to an `ARG` declared before the first `FROM`: declares the `ARG` again right",
      "  after the `FROM` of the label's stage (`ARG VERSION`, which takes the global default). A key written in another case is renamed to `version` (safe). A missing label has no fix: its value is yours to choose."
    ].join("\n"),
    tags: ["labels", "jobman"],
    fixable: true
  },
  check(ctx) {
    checkRequiredLabel(ctx, "version", 'LABEL version="1.0"');
  }
});

// rules/CHM122-label-name-invalid.ts
function problemOf(value) {
  if (value.length > IMAGE_NAME_MAX_LENGTH) return `it is ${value.length} characters long, at most ${IMAGE_NAME_MAX_LENGTH} are allowed`;
  if (value.includes("/")) return "it holds a `/`, but the platform puts the image into its own registry project and jobman cannot list the tags of a nested name; write the bare name";
  if (/[:@]/.test(value)) return "it holds a tag or digest, which comes from the `version` label instead";
  const problems = [];
  if (/[A-Z]/.test(value)) problems.push("upper-case letters");
  if (/\s/.test(value)) problems.push("spaces");
  const bad = [...new Set(value.replace(/[A-Za-z0-9._\s-]/g, ""))];
  if (bad.length > 0) problems.push(`characters a repository name cannot hold (${bad.map((c) => `\`${c}\``).join(" ")})`);
  if (problems.length > 0) return `it has ${problems.join(" and ")}`;
  return "separators (`.`, `_`, `__`, `-`) may only stand between letters or digits";
}
var CHM122_label_name_invalid_default = defineDockerfileRule({
  meta: {
    code: "CHM122",
    slug: "label-name-invalid",
    severity: "error",
    publishedImageOnly: true,
    guide: "Labels",
    summary: "The `name` label is not a valid image repository name.",
    why: "The platform publishes the image under its `name` label and `jobman images` lists it by that name: a name the registry rejects means the image is not published as written.",
    details: [
      "- Valid: one path component of Docker's reference grammar: lower-case letters and digits, separated by `.`, `_`, `__` or one or more `-`",
      "  (no separator at the start or end, none doubled except `__` and dashes), at most 128 characters.",
      "- A `/` is not accepted, although Docker allows path components: the platform puts the name into its own registry project, and",
      "  jobman asks the registry for the tags of `<project>/<name>` without encoding a slash, so a nested name shows no tags.",
      "  A registry, project or `:tag` in the value is reported too; the suggestion keeps the last component.",
      "- The message suggests a corrected name: lower-cased, spaces and other characters to `-`, separators tidied.",
      "- Values that still hold a variable (an `ARG` without default, given with `--build-arg`, or a `$` left after expansion) are",
      "  skipped; an empty or missing label, or one that lost a variable, is CHM120's.",
      "- Only the `name` label of the final image is checked (keys are case-sensitive; see CHM120).",
      '- Fix (unsafe): writes the suggested name as the label (`name="my-segmentation-tool"`), replacing a value that came from a variable too.'
    ].join("\n"),
    tags: ["labels", "jobman"],
    fixable: true
  },
  check({ facts, report }) {
    const label = resolvedLabel(facts, "name");
    if (!label || REPOSITORY_NAME.test(label.value) && label.value.length <= IMAGE_NAME_MAX_LENGTH) return;
    const suggestion = suggestImageName(label.value);
    report({
      range: label.range,
      message: `The \`name\` label \`${label.value}\` is not a valid image repository name: ${problemOf(label.value)}. A name is lower-case letters and digits separated by \`.\`, \`_\`, \`__\` or \`-\`, at most ${IMAGE_NAME_MAX_LENGTH} characters${suggestion ? `: write \`LABEL name="${suggestion}"\`` : ""}.`,
      ...suggestion ? { fix: edits_exports.fix(`Name the image ${suggestion}`, false, [edits_exports.replaceRange(facts.file, label.range, `name=${edits_exports.dockerQuoted(facts, suggestion)}`)]) } : {}
    });
  }
});

// rules/CHM123-label-version-invalid.ts
var MAX_LENGTH = 128;
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function suggestTag(value) {
  return value.trim().replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+/, "").replace(/^\./, "0.").slice(0, MAX_LENGTH).replace(/-+$/, "");
}
function problemOf2(value) {
  if (value.length > MAX_LENGTH) return `it is ${value.length} characters long, at most ${MAX_LENGTH} are allowed`;
  const problems = [];
  if (/^[.-]/.test(value)) problems.push(`starts with \`${value[0]}\``);
  if (/\s/.test(value)) problems.push("has spaces");
  const bad = [...new Set(value.replace(/[A-Za-z0-9_.\s-]/g, ""))];
  if (bad.length > 0) problems.push(`has characters a tag cannot hold (${bad.map((c) => `\`${c}\``).join(" ")})`);
  return `it ${problems.join(" and ")}`;
}
var CHM123_label_version_invalid_default = defineDockerfileRule({
  meta: {
    code: "CHM123",
    slug: "label-version-invalid",
    severity: "error",
    publishedImageOnly: true,
    guide: "Labels",
    summary: "The `version` label is not a valid image tag, or is the reserved `latest`.",
    why: "The platform tags the image with its `version` label: a value that is not a valid tag (such as `0.0.3 - testing`) cannot be published, and `latest` is the tag the platform itself moves to the newest build.",
    details: [
      "- Valid: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}` (Docker's tag grammar): no spaces, no `+` or `/`, not starting with `.` or `-`, at most 128 characters.",
      "- The message suggests a corrected tag: other characters to `-`, runs of dashes joined (`0.0.3 - testing` \u2192 `0.0.3-testing`).",
      "- `latest` (exactly; tags are case-sensitive) is a warning under the same code: the platform adds `latest` to every build, and a",
      "  version that never changes means nodes that already hold the tag never pull the new image.",
      "- Values that still hold a variable (an `ARG` without default, or a `$` left after expansion) are skipped; an empty or missing",
      "  label, or one that lost a variable, is CHM121's.",
      '- Fix (unsafe): writes the suggested tag as the label (`version="0.0.3-testing"`), replacing a value that came from a variable too. No fix for `latest`.'
    ].join("\n"),
    tags: ["labels", "jobman"],
    fixable: true
  },
  check({ facts, report }) {
    const label = resolvedLabel(facts, "version");
    if (!label) return;
    const value = label.value;
    if (value === "latest") {
      report({
        range: label.range,
        severity: "warning",
        message: 'The `version` label is `latest`, the tag the platform already moves to the newest build: every build would get the same tag, and nodes that hold it never pull the new image. Use a version you increase on every change, e.g. `LABEL version="1.0"`.'
      });
      return;
    }
    if (TAG.test(value)) return;
    const suggestion = suggestTag(value);
    report({
      range: label.range,
      message: `The \`version\` label \`${value}\` is not a valid image tag: ${problemOf2(value)}. A tag is letters, digits, \`_\`, \`.\` and \`-\`, not starting with \`.\` or \`-\`, at most ${MAX_LENGTH} characters${suggestion && TAG.test(suggestion) ? `: write \`LABEL version="${suggestion}"\`` : ""}.`,
      ...suggestion && TAG.test(suggestion) ? { fix: edits_exports.fix(`Tag the image ${suggestion}`, false, [edits_exports.replaceRange(facts.file, label.range, `version=${edits_exports.dockerQuoted(facts, suggestion)}`)]) } : {}
    });
  }
});

// rules/CHM130-volume-dirs-missing.ts
function braceList(word) {
  return /\{[^{}]*,[^{}]*\}/.exec(word)?.[0] ?? word;
}
var CHM130_volume_dirs_missing_default = defineDockerfileRule({
  meta: {
    code: "CHM130",
    slug: "volume-dirs-missing",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Directories for mounting volumes",
    summary: "The final image does not create a folder of the user's home where the platform mounts a volume (datasets, persistent-home, persistent-shared-folder).",
    why: "The platform mounts the datasets and the persistent folders there; without the folder the mount point is created by the runtime as root, and tools or jobs that expect it (or run without that volume) fail.",
    details: [
      "- One finding per missing folder, at the final stage's `FROM` line (the image as a whole lacks it); the message gives the `RUN mkdir -p` line to add and says where (after the `USER` that switches to the platform user).",
      "- Folders are the profile's volume folders under the profile user's home (for CHAIMELEON `/home/chaimeleon/{datasets,persistent-home,persistent-shared-folder}`).",
      "- What creates a folder, in the final stage or any stage it is built `FROM`: `mkdir` (with or without `-p`, several paths, brace expansion `~/{datasets,persistent-home}`),",
      "  `install -d`, a `mkdir -p` or `WORKDIR` of a path below it, `WORKDIR` itself, a `COPY`/`ADD` whose destination is the folder or below it, and a `COPY --from=stage` of a folder in which that stage created it.",
      '- Brace expansion happens only in bash, zsh and ksh: a `SHELL ["/bin/bash", "-c"]` in effect, a `bash -c \'...\'` in the RUN, or a base whose `/bin/sh` is bash (Red Hat family, openSUSE).',
      "  `/bin/sh` is dash on Debian and Ubuntu (and the platform images) and ash on Alpine: there `mkdir -p ~/{datasets,persistent-home}` makes one folder named `{datasets,persistent-home}`,",
      "  and the finding is at that command, saying so. On a base not seen here the shell is unknown: the finding is info, at that command, with the assumption stated.",
      "- `~`, `$HOME` and `${HOME}` are the home of the user running that RUN (`/root` for root, so `mkdir ~/datasets` as root does not count; the message points at the folder it made instead);",
      "  ARG/ENV and variables set earlier in the same RUN are expanded; relative paths resolve against `WORKDIR` and any `cd` earlier in the RUN (`cd ~ && mkdir datasets` counts).",
      "  In an exec-form RUN no shell expands `~` or `$HOME`, so such paths do not count.",
      "- A folder removed afterwards (`rm -rf`) is missing again. `VOLUME` does not count: it does not create the folder in the image, and the platform ignores it.",
      "- A `COPY`/`ADD` from the build context into the home (`COPY home/ /home/chaimeleon/`) counts only by its destination: the build context is not visible to a Dockerfile check,",
      "  so the message says it assumed the copy does not bring the folder. Name the folder in a `mkdir` (git does not keep empty folders anyway).",
      "- Inherited from a known platform base image, which creates all of them. Any other base is assumed not to provide them, and the message says so",
      "  (at info), unless this image creates the platform user itself (`useradd chaimeleon` fails on a base that has one, so the base has no folders",
      "  in that home): then it is a warning. ONBUILD triggers do not run in this image."
    ].join("\n"),
    tags: ["volumes", "user"]
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const events = fsHistory(facts, stage);
    const root = facts.imageChain[0];
    const user = stage.finalUser;
    const platformUser = facts.uidOf(user) === profile.user.uid || user.name === profile.user.name;
    const placement = platformUser && user.instr ? `after \`USER ${user.spec}\` (line ${user.instr.range.startLine})` : `as the platform user (after \`USER ${profile.user.name}:${profile.user.name}\`)`;
    const missing = [];
    const notes = /* @__PURE__ */ new Set();
    const byBraces = /* @__PURE__ */ new Map();
    const braceFinding = (event, path, literal) => {
      const key = event.cmd ?? event.instr;
      const entry = byBraces.get(key) ?? { event, paths: [], literal };
      entry.paths.push(path);
      byBraces.set(key, entry);
    };
    for (const dir of profile.volumeDirs) {
      const path = volumePath(profile, dir);
      const state = pathState(events, path);
      if (state?.event.braces?.expanded) braceFinding(state.event, path, false);
      if (state) continue;
      const literal = events.find((e) => e.braces && !e.braces.expanded && e.kind === "ensure" && braceExpand(e.path).includes(path));
      if (literal) {
        braceFinding(literal, path, true);
        continue;
      }
      missing.push(path);
      const removed = [...events].reverse().find((e) => e.kind === "remove" && (e.path === path || e.recursive && isUnder(path, e.path)));
      if (removed) notes.add(`${describeEvent(removed)} removes \`${path}\``);
      const lookalike2 = events.find((e) => e.kind === "ensure" && e.origin === "run" && e.path !== path && e.path === `${homeFor(facts, e.by)}/${dir}`);
      if (lookalike2 && !removed) notes.add(`${describeEvent(lookalike2)} creates \`${lookalike2.path}\` instead: it runs as \`${lookalike2.by.name}\`, whose home is \`${homeFor(facts, lookalike2.by)}\``);
      const copied = events.find((e) => e.kind === "contents" && e.origin === "copy" && isUnder(path, e.path) && !e.instr.flags.some((f) => f.name.toLowerCase() === "from"));
      if (copied) notes.add(`assumed ${describeEvent(copied)} into \`${copied.path}\` does not bring it, as the build context is not visible here`);
    }
    for (const { event, paths, literal } of byBraces.values()) {
      const shell = event.braces.shell;
      const list2 = paths.map((p) => `\`${p}\``).join(", ");
      const folder = `\`${braceList(event.braces.word)}\``;
      const fix2 = `write the ${paths.length === 1 ? "path" : `${numberWord(paths.length)} paths`} out (\`mkdir -p ${paths.join(" ")}\`), or run the RUN with bash`;
      report({
        range: event.cmd?.range ?? event.instr.range,
        // An unseen base may create the folders itself: then this is a question, not a defect.
        ...literal && facts.base.kind !== "unseen" ? {} : { severity: "info" },
        message: literal ? `${shell.why}, which does not expand \`{...}\`: ${describeEvent(event)} creates one folder named ${folder}, not ${list2}, where the platform mounts ${paths.length > 1 ? "its volumes" : "a volume"}; ${fix2}.` : `${describeEvent(event)} creates ${list2} only if the shell expands \`{...}\`: ${shell.why}; if it is dash or ash (Debian, Ubuntu, Alpine), this creates one folder named ${folder}. To be sure, ${fix2}.`
      });
    }
    if (missing.length === 0) return;
    const userCreatedHere = facts.created.users.some((u) => !u.modifies && facts.imageChain.includes(u.stage) && (u.name === profile.user.name || u.uid === profile.user.uid));
    const unseen = facts.base.kind === "unseen" && !userCreatedHere;
    if (unseen) notes.add(`if \`${root.image || "its base image"}\` does not create ${missing.length > 1 ? "them" : "it"}`);
    const list = missing.map((p) => `\`${p}\``).join(", ");
    report({
      range: stage.from.range,
      ...unseen ? { severity: "info" } : {},
      message: `The image never creates ${list}, where the platform mounts its volume${missing.length > 1 ? "s" : ""}${notes.size > 0 ? ` (${[...notes].join("; ")})` : ""}: add \`RUN mkdir -p ${missing.join(" ")}\` ${placement}.`
    });
  }
});
function numberWord(n) {
  return ["zero", "one", "two", "three", "four", "five"][n] ?? String(n);
}

// rules/CHM131-volume-dirs-root-owned.ts
var CHM131_volume_dirs_root_owned_default = defineDockerfileRule({
  meta: {
    code: "CHM131",
    slug: "volume-dirs-root-owned",
    severity: "warning",
    publishedImageOnly: true,
    guide: 'The "chaimeleon" user',
    summary: "A volume folder of the user's home, or the home itself, is created by root and never handed to the platform user (uid 1000).",
    why: "The guide creates these folders as the platform user. A root-owned folder is not writable by uid 1000 wherever the platform does not mount a volume over it (a job without the shared folder, a local test run), and whatever the application writes there fails.",
    details: [
      "- Looks at the final image (the final stage and the stages it is built `FROM`) and follows each volume folder from the step that creates it to the end of the build.",
      "- Created as root: `mkdir` or `install -d` in a RUN whose user is root, a `mkdir -p`/`WORKDIR`/`COPY` of a path below it (which creates it on the way), `WORKDIR` while the user is root,",
      "  and `COPY`/`ADD` without `--chown` (COPY ignores USER). Users are resolved to uids through what the Dockerfile creates (`USER 0`, a name created with `useradd -u 0`).",
      "- Handed over: `chown` of the folder or, with `-R`, of a folder above it (`chown -R 1000:1000 /home/chaimeleon`), to any user that is not root",
      "  (a name the Dockerfile cannot resolve counts); `install -d -o USER`; `COPY --chown=USER`; `chmod 777`/`a+w` (writable by everyone, though `chown` is cleaner).",
      "- Removing the folder (`rm -rf`) and creating it again as the user counts. A mere `mkdir -p` as the user on a folder that already exists does not: it changes nothing,",
      "  so the folder stays root's, and the message says so.",
      "- One finding per creating step (a `mkdir -p ~/{datasets,persistent-home}` names all its folders), at that command or instruction.",
      "- Folders a platform base image provides belong to the platform user. A folder never created at all is CHM130's finding.",
      "- The home itself: when the final USER is a user the Dockerfile creates and the build leaves its home to root, typically `WORKDIR /home/chaimeleon` (Docker creates the",
      "  folder as root) before `useradd --create-home`, which finds the folder there and does not change its owner. The user then cannot write its own home (caches, `~/.local`,",
      "  files an init script writes in its working folder, the volume folders if it creates them). It is reported here, not under CHM132, because it is the same defect as a",
      "  root-owned volume folder (a folder the platform user must own, made by root) and often only shows at run time; CHM132 does not report the steps that then fail",
      "  to write in the home. One finding at the step that made it (merged with the volume folders that step made)."
    ].join("\n"),
    tags: ["volumes", "user", "permissions"]
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const events = fsHistory(facts, stage);
    const rootOwned = /* @__PURE__ */ new Map();
    const home = rootOwnedHome(facts, stage);
    if (home) rootOwned.set(home.madeBy.cmd ?? home.madeBy.instr, { event: home.madeBy, paths: [home.home] });
    for (const dir of profile.volumeDirs) {
      const path = volumePath(profile, dir);
      const state = pathState(events, path);
      if (!state || state.open || !isRoot(state.owner)) continue;
      const step = state.event.cmd ?? state.event.instr;
      const group = rootOwned.get(step) ?? { event: state.event, paths: [] };
      group.paths.push(path);
      rootOwned.set(step, group);
    }
    const owner = `${profile.user.uid}:${profile.user.gid}`;
    const reportHome = (volumes) => {
      const { madeBy, creation, user } = home;
      const what = madeBy.origin === "workdir" ? "`WORKDIR`" : describeEvent(madeBy);
      const onTheWay = madeBy.path === home.home ? "" : ` on the way to \`${madeBy.path}\``;
      const why = creation ? ` before ${describeEvent(creation)}, which leaves an existing home as it is` : "";
      const also = volumes.length > 0 ? ` (and ${volumes.map((v) => `\`${v}\``).join(", ")})` : "";
      const who = user.uid !== null ? `uid ${user.uid}` : `\`${user.name}\``;
      const chown = `\`chown -R ${user.uid === profile.user.uid ? owner : user.name} ${home.home}\``;
      const fix2 = madeBy.origin === "workdir" && creation ? `Move this WORKDIR after line ${creation.instr.range.startLine}, or run ${chown} after the useradd` : `Run ${chown} after the user is created`;
      report({
        range: madeBy.cmd?.range ?? madeBy.instr.range,
        message: `The home of \`${user.name}\`${also} stays owned by root, so ${who} cannot write in it: ${what} creates it as root${onTheWay}${why}. ${fix2}.`
      });
    };
    for (const { event, paths } of rootOwned.values()) {
      if (home && paths[0] === home.home) {
        reportHome(paths.slice(1));
        continue;
      }
      const names = paths.map((p) => `\`${p}\``).join(", ");
      const what = event.action === "chown" ? `This \`${commandText(event.cmd)}\` gives ${names} to root` : `${names} ${paths.length > 1 ? "are" : "is"} created here as root${event.origin === "copy" ? ` (${event.instr.keyword} without \`--chown\` makes root the owner, whatever the USER)` : event.origin === "workdir" ? " (WORKDIR creates folders as the USER in effect)" : ""}`;
      const remade = events.find((e) => e.order > event.order && e.kind === "ensure" && !isRoot(e.by) && paths.some((p) => e.path === p || e.parents && isUnder(e.path, p)));
      const remadeNote = remade ? `; ${describeEvent(remade)} as \`${remade.by.name}\` does not change the owner of a folder that already exists` : "";
      const fix2 = event.origin === "copy" ? `add \`--chown=${profile.user.name}:${profile.user.name}\` to it` : `create ${paths.length > 1 ? "them" : "it"} after \`USER ${profile.user.name}\`, or follow with \`chown -R ${owner} ${paths.join(" ")}\` while still root`;
      report({
        range: event.cmd?.range ?? event.instr.range,
        message: `${what} and nothing hands ${paths.length > 1 ? "them" : "it"} to uid ${profile.user.uid} afterwards${remadeNote}: ${fix2}.`
      });
    }
  }
});

// rules/CHM132-root-step-after-user-switch.ts
var PACKAGE_VERBS = {
  "apt-get": { verbs: /^(install|reinstall|update|upgrade|dist-upgrade|full-upgrade|remove|purge|autoremove|autopurge|build-dep|clean|autoclean)$/, valueOptions: ["-o", "--option", "-t", "--target-release", "-c", "--config-file", "-a", "--host-architecture"] },
  apt: { verbs: /^(install|reinstall|update|upgrade|dist-upgrade|full-upgrade|remove|purge|autoremove|autopurge|build-dep|clean|autoclean)$/, valueOptions: ["-o", "--option", "-t", "--target-release", "-c", "--config-file"] },
  aptitude: { verbs: /^(install|reinstall|update|upgrade|safe-upgrade|full-upgrade|remove|purge|clean)$/, valueOptions: ["-o", "-t", "--target-release"] },
  yum: { verbs: /^(install|reinstall|update|upgrade|remove|erase|downgrade|groupinstall|groupupdate|localinstall|makecache|clean|distro-sync|autoremove|swap|group|module)$/, valueOptions: ["-c", "--config", "--installroot", "--releasever", "--setopt", "--enablerepo", "--disablerepo", "-x", "--exclude"] },
  apk: { verbs: /^(add|del|update|upgrade|fix|cache)$/, valueOptions: ["-X", "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--repositories-file"] },
  zypper: { verbs: /^(install|in|reinstall|update|up|remove|rm|refresh|ref|dist-upgrade|dup|patch|addrepo|ar|clean)$/, valueOptions: ["-r", "--repo", "--root"] }
};
for (const alias of ["dnf", "dnf5", "microdnf", "tdnf"]) PACKAGE_VERBS[alias] = PACKAGE_VERBS.yum;
var ROOT_PROGRAMS = /* @__PURE__ */ new Set(["useradd", "usermod", "userdel", "groupadd", "groupmod", "groupdel", "adduser", "addgroup", "deluser", "delgroup", "chpasswd", "gpasswd", "ldconfig", "locale-gen", "update-locale", "update-ca-certificates", "dpkg-reconfigure"]);
var MAY_NEED_ROOT = /apt|yum|dnf|apk|zypper|dpkg|user|group|passwd|ldconfig|locale|ca-cert|alternatives|ch(own|mod|grp)|>|tee|\b(cp|mv|ln|rm|rmdir|mkdir|touch|sed|install|wget|curl|git|tar|unzip)\b/;
var SYSTEM_PATH = /^\/(etc|usr|opt|var|bin|sbin|lib|lib32|lib64|libx32|boot|root|srv)(\/|$)/;
var SHARED_PATH = /^\/(tmp|var\/tmp|dev|proc)(\/|$)/;
function rootOnlyProgram(cmd) {
  const words2 = cmd.args.map((a) => a.value);
  const pkg = PACKAGE_VERBS[cmd.program];
  if (pkg) {
    if (words2.some((w) => /^(-s|--simulate|--dry-run|--just-print|--no-act|--recon)$/.test(w))) return null;
    const sub = subcommand(cmd, pkg.valueOptions);
    return sub && pkg.verbs.test(sub.word.value) ? "it changes system packages" : null;
  }
  if (cmd.program === "dpkg") return words2.some((w) => /^(-i|--install|-r|--remove|-P|--purge|--configure|--unpack)$/.test(w)) ? "it changes system packages" : null;
  if (cmd.program === "update-alternatives") return words2.some((w) => /^--(install|set|remove|remove-all|auto|config|all)$/.test(w)) ? "it changes system-wide links" : null;
  return ROOT_PROGRAMS.has(cmd.program) ? "only root may run it" : null;
}
function notOwnedBy(owner, by) {
  if (!owner) return false;
  return isRoot(owner) || owner.uid !== null && by.uid !== null && owner.uid !== by.uid;
}
function problem(effect, step, history, homeMadeBy) {
  const before = step.order;
  const by = step.by;
  const path = effect.path;
  if (SHARED_PATH.test(path)) return null;
  const owned = (state) => `${state.owner?.name ?? "another user"} owns (${describeEvent(state.event)}${state.event.origin === "copy" && isRoot(state.owner) ? ", without `--chown`" : ""})`;
  const system = ", a system path that root owns";
  if (effect.action === "chown" || effect.action === "chmod") {
    const state = pathState(history, path, { before, contents: true });
    if (state && notOwnedBy(state.owner, by)) return { why: `, which ${owned(state)}`, event: state.event };
    if (!state && SYSTEM_PATH.test(path)) return { why: system, event: null };
    if (effect.recursive) {
      for (const e of history) {
        if (e.order >= before) break;
        if (!isUnder(e.path, path) || e.kind !== "ensure" && e.kind !== "set") continue;
        const inner = pathState(history, e.path, { before, contents: true });
        if (inner && notOwnedBy(inner.owner, by)) return { why: ` and \`${e.path}\` in it, which ${owned(inner)}`, event: inner.event };
      }
    }
    return null;
  }
  const own = effect.action === "remove" ? null : pathState(history, path, { before });
  if (homeMadeBy && own?.event === homeMadeBy) return null;
  if (own) {
    if (effect.action === "create") return null;
    return notOwnedBy(own.owner, by) && !own.open ? { why: `, which ${owned(own)}`, event: own.event } : null;
  }
  for (let dir = path.slice(0, path.lastIndexOf("/")) || "/"; ; dir = dir.slice(0, dir.lastIndexOf("/")) || "/") {
    const state = pathState(history, dir, { before });
    if (state && homeMadeBy && state.event === homeMadeBy) return null;
    if (state) return notOwnedBy(state.owner, by) && !state.open ? { why: ` in \`${dir}\`, which ${owned(state)}`, event: state.event } : null;
    if (dir === "/") break;
  }
  return SYSTEM_PATH.test(path) ? { why: system, event: null } : null;
}
var VERB = { create: "creates", write: "writes", remove: "removes", chown: "changes the owner of", chmod: "changes the mode of" };
var CHM132_root_step_after_user_switch_default = defineDockerfileRule({
  meta: {
    code: "CHM132",
    slug: "root-step-after-user-switch",
    severity: "warning",
    guide: "Template",
    summary: "A step that needs root runs after `USER` switched to a non-root user: it fails at build time.",
    why: "After `USER chaimeleon` every RUN runs as that user: installing packages, managing accounts, writing system folders or changing files root owns fails the build. The guide puts these steps in the root part, before the switch.",
    details: [
      "- Every stage (a failing builder stage fails the build too). A RUN counts when its user is not root: set by `USER` in the stage, or inherited from a platform base",
      "  image or the stage it is built `FROM` (then the message says to add `USER root` before it). ONBUILD triggers are skipped (they run in another build, as its user).",
      "- Root-only commands: package changes (`apt-get`/`apt`/`aptitude`/`yum`/`dnf`/`microdnf`/`apk`/`zypper` install, update, upgrade, remove, clean...; `dpkg -i`),",
      "  accounts and passwords (`useradd`, `usermod`, `groupadd`, `adduser`, `chpasswd`...), `ldconfig`, `locale-gen`, `update-ca-certificates`, `update-alternatives --install`.",
      "  Read-only verbs (`apt-cache`, `apt-get download`, `-s`/`--simulate`) are fine.",
      "- `chmod`/`chown`/`chgrp` of a path the user does not own: one the build made as root (a `COPY`/`ADD` without `--chown`, a RUN or `WORKDIR` as root) and did not hand over,",
      "  or a system path (`/etc`, `/usr`, `/opt`, `/var`, `/bin`, `/lib`, `/root`, `/srv`...) the build never gave the user. With `-R`, also anything root-owned inside it.",
      "- Writes (`>`/`>>` redirects, `tee`, `cp`/`mv`/`ln`/`install` destinations, `mkdir`, `touch`, `sed -i`, `rm`, `wget -O`, `curl -o`, `git clone`, `tar -C`, `unzip -d`):",
      "  reported when the path, or the nearest folder above it the build knows, is root's (or another user's), or it is in a system path the build never gave the user.",
      "  `/opt/app` made by root and `chown`ed to the user is the user's; `/tmp` and `/dev` are anyone's; paths the build knows nothing about outside system folders are not guessed at.",
      "- Not reported when the command runs through `sudo` or `su` (whether the user may do that is CHM103's business).",
      "- Not reported: a write in the user's home that fails because the build left the home to root (`WORKDIR /home/USER` before `useradd`): that is CHM131's finding,",
      "  where the fix is to hand the home over, not to move the step before `USER`.",
      "- One finding per command, at the command; the message names the path and who owns it. When a `COPY`/`ADD` after the `USER` switch made the",
      "  path root's, the help asks for `--chown` (and `--chmod`) on that instruction: moved before `USER`, the step would run before the file exists."
    ].join("\n"),
    tags: ["user", "build"]
  },
  check({ facts, report }) {
    const homeMadeBy = facts.finalStage ? rootOwnedHome(facts, facts.finalStage)?.madeBy ?? null : null;
    for (const stage of facts.stages) {
      const history = fsHistory(facts, stage);
      for (const instr of stage.instructions) {
        if (instr.keyword !== "RUN" || instr.onbuild || !MAY_NEED_ROOT.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        const user = stage.userAt.get(instr);
        if (!user || user.source === "default" || user.name.includes("$") || isRoot({ name: user.name, uid: facts.uidOf(user) })) continue;
        const fix2 = user.source === "instruction" && user.instr ? `move it before \`USER ${user.spec}\` (line ${user.instr.range.startLine}), into the root part` : `put \`USER root\` before it and switch back to \`USER ${user.spec}\` after the root part (the user is inherited from \`${stage.image}\`)`;
        for (const step of runSteps(facts, stage, instr)) {
          if (step.cmd.wrappers.includes("sudo") || !samePrincipal(step.by, { name: user.name, uid: facts.uidOf(user) })) continue;
          let why = rootOnlyProgram(step.cmd);
          let cause = null;
          if (!why) {
            for (const effect of step.effects) {
              const p = problem(effect, step, history, homeMadeBy);
              if (p) {
                why = `it ${VERB[effect.action]} \`${effect.path}\`${p.why}`;
                cause = p.event;
                break;
              }
            }
          }
          if (!why) continue;
          const copiedAfterSwitch = cause?.origin === "copy" && user.instr && cause.instr.range.startLine > user.instr.range.startLine ? cause : null;
          const advice2 = copiedAfterSwitch ? `give the \`${copiedAfterSwitch.instr.keyword}\` at line ${copiedAfterSwitch.instr.range.startLine} \`--chown=${user.spec}\` (and \`--chmod=\` for a mode) instead: before \`USER\` this step would run before the file is there` : fix2;
          report({
            range: step.cmd.range,
            message: `\`${commandText(step.cmd)}\` runs as \`${user.name}\`, not root, so it fails at build time: ${why}. ${advice2[0].toUpperCase()}${advice2.slice(1)}.`
          });
        }
      }
    }
  }
});

// rules/CHM133-copy-after-user-not-owned.ts
var SYSTEM_READ_ONLY = /^\/(etc|usr|bin|sbin|lib|lib32|lib64|libx32|boot)(\/|$)/;
var CHM133_copy_after_user_not_owned_default = defineDockerfileRule({
  meta: {
    code: "CHM133",
    slug: "copy-after-user-not-owned",
    severity: "info",
    guide: "beyond",
    summary: "`COPY`/`ADD` while a non-root user is in effect, without `--chown`: the files stay owned by root.",
    why: "COPY and ADD ignore USER: without `--chown` every copied file belongs to root. The platform runs the container as uid 1000, so an application that writes next to its code (logs, caches, checkpoints, config it updates) fails at run time.",
    details: [
      "- Looks at the final image (the final stage and the stages it is built `FROM`); builder stages do not matter, as `COPY --from` resets ownership anyway.",
      "- Fires when the user in effect is not root: set by `USER` in the stage, or inherited from a platform base image or the stage it builds on (the same trap, as the author",
      "  is writing the user part). `COPY --from=stage` and `ADD` (URLs, archives) count the same.",
      "- Not reported: with any `--chown` (even `--chown=root`, a stated choice); destinations in system folders that an application reads but never writes",
      "  (`/etc`, `/usr`, `/bin`, `/sbin`, `/lib*`, `/boot`); when a later RUN (as root) hands the destination to a non-root user with `chown -R` or opens it with `chmod -R 777`",
      "  (a `chown` without `-R` covers a copied file, not the files inside a copied folder).",
      "- Info only: files that are only read work fine as root's. The message gives the `--chown` to add.",
      "- Fix (safe): inserts that `--chown=USER:GROUP` (the user in effect, as the image names it) right after the keyword."
    ].join("\n"),
    tags: ["user", "permissions"],
    fixable: true
  },
  check({ facts, report }) {
    const final = facts.finalStage;
    if (!final) return;
    const history = fsHistory(facts, final);
    for (const copy of facts.imageChain.flatMap((stage) => stageCopies(facts, stage))) {
      if (copy.chown !== null) continue;
      const user = copy.stage.userAt.get(copy.instr);
      if (!user || user.source === "default" || user.name.includes("$") || isRoot({ name: user.name, uid: facts.uidOf(user) })) continue;
      const dest = copy.absoluteDestination.replace(/(.)\/+$/, "$1");
      if (dest === "/" || SYSTEM_READ_ONLY.test(dest) || dest.includes("$")) continue;
      const at = stepOrder(copy.instr);
      const copiesFile = history.some((e) => e.instr === copy.instr && e.kind === "set" && e.path === dest);
      const handedOver = history.some(
        (e) => e.order > at && (e.kind === "open" || e.kind === "set" && !isRoot(e.owner)) && (e.recursive && (e.path === dest || isUnder(dest, e.path)) || copiesFile && e.path === dest)
      );
      if (handedOver) continue;
      const written = user.name === "" && user.instr ? user.instr.argsText.trim() : null;
      const chown = written ? `--chown=${written}` : `--chown=${user.name}:${user.group ?? user.name}`;
      const who = user.source === "instruction" && user.instr ? `after \`USER ${written ?? user.spec}\` (line ${user.instr.range.startLine})` : `while the user is \`${user.spec}\` (inherited from \`${copy.stage.image}\`)`;
      report({
        range: copy.instr.range,
        message: `\`${copy.instr.keyword}\` runs ${who}, but ${copy.instr.keyword} ignores USER: what it puts at \`${copy.unresolvedDestination ?? dest}\` stays owned by root, so the application cannot write there if it needs to. Add \`${chown}\` (or move it before the USER switch if it must stay read-only).`,
        fix: edits_exports.fix(`Add ${chown}`, true, [edits_exports.insertFlag(facts, copy.instr, chown)])
      });
    }
  }
});

// rules/CHM140-entrypoint-shell-form.ts
function formOf(instr) {
  const text = instr.argsText.trim();
  if (!text.startsWith("[")) return { kind: "shell" };
  const words2 = jsonWords(text);
  if (words2) return { kind: "exec", words: words2 };
  const reason = text.includes("'") ? "uses single quotes" : /,\s*\]\s*$/.test(text) ? "ends with a comma" : "is not a JSON array of double-quoted strings";
  const repaired = text.replace(/'/g, '"').replace(/,\s*\]\s*$/, "]");
  return { kind: "malformed", reason, fixed: jsonWords(repaired) ? repaired : null };
}
function jsonWords(text) {
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) && value.every((w) => typeof w === "string") ? value : null;
  } catch {
    return null;
  }
}
function execFormOf(shellText) {
  const text = shellText.trim().replace(/^exec\s+/, "");
  if (!/^[A-Za-z0-9_./:=,@%+-]+(\s+[A-Za-z0-9_./:=,@%+-]+)*$/.test(text)) return null;
  return `[${text.split(/\s+/).map((w) => JSON.stringify(w)).join(", ")}]`;
}
function advice(keyword, shellText) {
  const exec = execFormOf(shellText);
  return exec ? `write it in exec form: \`${keyword === "CMD" ? "ENTRYPOINT" : keyword} ${exec}\`` : 'move the command into a script that ends with `exec your-program "$@"` and start it in exec form: `ENTRYPOINT ["/path/to/script.sh"]`';
}
function shellWrapperProblem(words2) {
  if (!/^(ba|da|z|k|a)?sh$/.test(words2[0]?.replace(/^.*\//, "") ?? "")) return null;
  const c = words2.findIndex((w, i) => i > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w));
  const script = c > 0 ? words2[c + 1] : void 0;
  if (script === void 0) return null;
  if (!/\$\{?[@*1-9]/.test(script)) {
    return `runs \`${words2[0]} -c\`: the arguments jobman appends become the shell's \`$0\`, \`$1\`... and the script never uses them. Pass them on with \`"$@"\` and a \`$0\` placeholder (\`["${words2[0]}", "-c", "... \\"$@\\"", "${words2[0]}"]\`), or call the program directly in exec form.`;
  }
  if (words2.length === c + 2) {
    return `runs \`${words2[0]} -c\` with nothing after the script, so the first argument jobman appends becomes \`$0\` and is missing from \`$@\`: add a placeholder after the script (\`..., "${words2[0]}"]\`).`;
  }
  return null;
}
var CHM140_entrypoint_shell_form_default = defineDockerfileRule({
  meta: {
    code: "CHM140",
    slug: "entrypoint-shell-form",
    severity: "error",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "The final image's `ENTRYPOINT` is in shell form, so the arguments jobman appends are dropped.",
    why: 'jobman appends the arguments after `--` to the image\'s `ENTRYPOINT`. A shell-form `ENTRYPOINT` runs `/bin/sh -c "..."`, which ignores them (and, as PID 1, does not pass stop signals on to the program).',
    details: [
      "- Error: the `ENTRYPOINT` of the final image is in shell form, whether written in the final stage or inherited from a stage it is",
      "  built FROM (reported where it is written). Stages the final image is not built from and `ONBUILD ENTRYPOINT` do not count.",
      "- Exec form is what Docker reads as a JSON array of strings. Broken JSON (single quotes `['python', 'app.py']`, a trailing comma,",
      "  text after the `]`) is shell form to Docker, which runs it as a shell command; the message says so and gives the repaired JSON.",
      '- An exec-form `ENTRYPOINT ["sh", "-c", "script"]` is the same defect when the script never uses `"$@"` (or `$1`...), and loses the',
      "  first argument when nothing follows the script (it becomes `$0`): reported too.",
      "- Warning under the same code: a shell-form `CMD` in the final image when it has no `ENTRYPOINT` (one inherited from a stage or a",
      "  platform base image counts; `ENTRYPOINT []` clears it). An unknown base image is assumed to set none; the message says so.",
      "  A shell-form `CMD` after an exec-form `ENTRYPOINT` is not reported here.",
      '- The message offers the exec form to write when the command is simple words; otherwise a script that ends with `exec ... "$@"`.',
      "- Fix (safe): rewrites a shell-form `ENTRYPOINT` or `CMD` in exec form when its words are plain (letters, digits, `_./:=,@%+-`, a",
      "  leading `exec` dropped), and repairs a broken JSON array (single quotes, a trailing comma) when that gives a valid one. A `CMD` stays",
      "  a `CMD`. No fix for a command that needs a shell (quotes, variables, operators) or for the `sh -c` problems."
    ].join("\n"),
    tags: ["entrypoint", "jobman"],
    fixable: true
  },
  check({ facts, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const where = (s) => s.stage === stage ? "" : ` (inherited by the final image from stage \`${s.stage.name ?? s.stage.index + 1}\`)`;
    const entrypoint = stage.entrypoint;
    if (entrypoint) {
      const form2 = formOf(entrypoint.instr);
      if (form2.kind === "shell") {
        report({
          range: entrypoint.instr.range,
          message: `This ENTRYPOINT is in shell form${where(entrypoint)}: it runs under \`/bin/sh -c\` and drops the arguments jobman appends. ${capitalize(advice("ENTRYPOINT", entrypoint.instr.argsText))}.`,
          ...execFormFix(facts, entrypoint.instr, execFormOf(entrypoint.instr.argsText))
        });
      } else if (form2.kind === "malformed") {
        report({
          range: entrypoint.instr.range,
          message: `This ENTRYPOINT${where(entrypoint)} ${form2.reason}, so Docker does not read it as JSON and runs it in shell form: \`/bin/sh -c\` gets the text \`${entrypoint.instr.argsText.trim()}\` as a command, which fails, and the arguments jobman appends are dropped. Write a valid JSON array (double quotes, no trailing comma)${form2.fixed ? `: \`ENTRYPOINT ${form2.fixed}\`` : ""}.`,
          ...execFormFix(facts, entrypoint.instr, form2.fixed)
        });
      } else {
        const problem2 = shellWrapperProblem(form2.words);
        if (problem2) report({ range: entrypoint.instr.range, message: `This ENTRYPOINT${where(entrypoint)} ${problem2}` });
      }
      if (form2.kind !== "exec" || form2.words.length > 0) return;
    }
    if (facts.platformBase?.provides.entrypoint && !entrypoint) return;
    const cmd = stage.cmd;
    if (!cmd) return;
    const form = formOf(cmd.instr);
    if (form.kind === "exec") return;
    const root = facts.imageChain[0];
    const unseen = !entrypoint && facts.base.kind === "unseen";
    const assumed = entrypoint ? " (`ENTRYPOINT []` clears it)" : unseen ? ` (if \`${root.image || "its base image"}\` sets none)` : "";
    const broken = form.kind === "malformed" ? ` (it ${form.reason}, so Docker does not read it as JSON)` : "";
    const fix2 = form.kind === "malformed" && form.fixed ? `write it as \`ENTRYPOINT ${form.fixed}\`` : advice("CMD", cmd.instr.argsText);
    report({
      range: cmd.instr.range,
      severity: unseen ? "info" : "warning",
      message: `The image has no ENTRYPOINT${assumed} and this CMD${where(cmd)} is in shell form${broken}: it runs under \`/bin/sh -c\`, and the arguments jobman passes replace it instead of reaching your program. ${capitalize(fix2)}.`,
      ...execFormFix(facts, cmd.instr, form.kind === "malformed" ? form.fixed : execFormOf(cmd.instr.argsText))
    });
  }
});
function execFormFix(facts, instr, exec) {
  if (!exec) return {};
  return { fix: edits_exports.fix(`Write ${instr.keyword} in exec form`, true, [edits_exports.replaceArguments(facts, instr, exec)]) };
}
function capitalize(text) {
  return text[0].toUpperCase() + text.slice(1);
}

// rules/CHM141-batch-entrypoint-missing.ts
var CHM141_batch_entrypoint_missing_default = defineDockerfileRule({
  meta: {
    code: "CHM141",
    slug: "batch-entrypoint-missing",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "A batch image whose final image has no `ENTRYPOINT`.",
    why: "jobman appends the job's arguments to the image's `ENTRYPOINT`. Without one, the arguments replace `CMD` and become the command itself, so `jobman submit -i image -- --input x` tries to run `--input`.",
    details: [
      "- Only batch images: a desktop image (built on a platform desktop base, on a base whose name says desktop or VNC, or installing",
      "  a desktop environment, window manager, VNC server or Xvfb with a package manager; see `imageKind`) is started by its helm chart.",
      "- An `ENTRYPOINT` inherited counts: from a stage the final image is built FROM, or from a platform base image (its profile says which).",
      "  An unknown base image is assumed to set none; the message says so.",
      "- `ENTRYPOINT []` clears an inherited entrypoint: reported there.",
      "- Reported at the final stage's `FROM`; when the image has an exec-form `CMD`, the message suggests turning it into the `ENTRYPOINT`",
      '  (a `["bash", "-c", "..."]` CMD gets `"$@"` and a `$0` placeholder, so that the arguments reach the program).',
      "- A shell-form `ENTRYPOINT` is CHM140's."
    ].join("\n"),
    tags: ["entrypoint", "jobman"]
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const entrypoint = stage.entrypoint;
    const cleared = entrypoint !== null && entrypoint.instr.exec !== null && /^\[\s*\]$/.test(entrypoint.instr.argsText.trim());
    if (entrypoint && !cleared) return;
    if (!entrypoint && facts.platformBase?.provides.entrypoint) return;
    if (imageKind(facts).kind !== "batch") return;
    const root = facts.imageChain[0];
    const unseen = !cleared && facts.base.kind === "unseen";
    const assumed = unseen ? ` (if \`${root.image || "its base image"}\` sets none)` : "";
    const cmd = stage.cmd?.instr.exec?.length ? stage.cmd.instr : null;
    const words2 = cmd?.exec?.map((w) => w.value) ?? [];
    const shellC = words2.length === 3 && /(^|\/)(ba|da|z|k|a)?sh$/.test(words2[0]) && words2[1] === "-c" && !words2[2].includes("$@");
    const entry = shellC ? `[${[words2[0], "-c", `${words2[2]} "$@"`, words2[0].replace(/^.*\//, "")].map((w) => JSON.stringify(w)).join(", ")}]` : cmd?.argsText.trim();
    const suggestion = cmd ? `turn the CMD (line ${cmd.range.startLine}) into \`ENTRYPOINT ${entry}\`${shellC ? ' (`"$@"` passes the job\'s arguments on)' : ""}; then examples pass only the arguments after \`--\` (drop the command from any README example that repeats it)` : `add an exec-form ENTRYPOINT that runs your program, e.g. \`ENTRYPOINT ["python3", "${profile.user.home}/app/main.py"]\``;
    report({
      range: cleared ? entrypoint.instr.range : stage.from.range,
      ...unseen ? { severity: "info" } : {},
      message: `This batch image has no ENTRYPOINT${cleared ? " (`ENTRYPOINT []` clears the inherited one)" : assumed}: the arguments given with \`jobman submit ... -- ARGS\` replace CMD and run as the command. ${suggestion[0].toUpperCase()}${suggestion.slice(1)}.`
    });
  }
});

// rules/CHM142-workdir-not-home.ts
var normalize = (path) => path.replace(/\/+$/, "") || "/";
var RELATIVE_FILE = /^(?![/~$-])(?![a-z][\w+.-]*:\/\/)(?:[^\s=]*\/[^\s=]*|[^\s=/]+\.(?:py|sh|bash|js|mjs|cjs|ts|R|r|jl|ipynb|jar|rb|pl|yaml|yml|json))$/;
function relativeFiles(facts, stage) {
  const words2 = [];
  for (const instr of [stage.entrypoint?.instr, stage.cmd?.instr]) {
    if (!instr) continue;
    if (instr.exec) words2.push(...instr.exec.map((w) => w.value));
    else for (const cmd of facts.commands(instr)) words2.push(cmd.nameWord.value, ...cmd.args.map((a) => a.value));
  }
  return [...new Set(words2.filter((w) => RELATIVE_FILE.test(w)))];
}
var CHM142_workdir_not_home_default = defineDockerfileRule({
  meta: {
    code: "CHM142",
    slug: "workdir-not-home",
    severity: "info",
    publishedImageOnly: true,
    guide: "Template",
    summary: "The final `WORKDIR` is not the platform user's home.",
    why: "The platform mounts the datasets and persistent folders in the user's home, and the guide's template ends with `WORKDIR` there: relative paths in job arguments (`datasets/...`, `persistent-home/...`) and the desktop's terminals start from the working directory.",
    details: [
      "- The working directory of the final image counts: the last `WORKDIR` of the final stage or of a stage it is built FROM, else the",
      "  one a platform base image sets (the profile's home). With neither, the image starts in `/` (an unknown base image is assumed to set",
      "  no WORKDIR; the message says so) and the finding is at the final `FROM`.",
      "- The home is the platform user's home from the profile (`/home/chaimeleon` by default). A different home given to the user with",
      "  `useradd -d` does not count: the platform mounts its volumes under the profile's home, whatever `/etc/passwd` says.",
      "- A folder inside the home (`WORKDIR /home/chaimeleon/app`) is reported too: end with `WORKDIR` at the home and call the application",
      "  by its absolute path. Trailing slashes and relative `WORKDIR`s are resolved as Docker does.",
      "- A `WORKDIR` that depends on an `ARG` without default (given with `--build-arg`) is skipped.",
      "- Fix (unsafe): adds `WORKDIR <home>` after the last instruction; paths the application takes relative to the old folder must change.",
      '  No fix when the final `ENTRYPOINT` or `CMD` names a file by a relative path (`["node", "dist/cli.js"]`, `python3 app.py`): the message',
      "  says to make those paths absolute first, as the new working directory would break them."
    ].join("\n"),
    tags: ["workdir", "volumes"],
    fixable: true
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const home = normalize(profile.user.home);
    const workdir = normalize(stage.finalWorkdir);
    if (workdir === home) return;
    let last = null;
    for (const s of facts.imageChain) {
      for (const instr of s.instructions) {
        if (instr.keyword === "WORKDIR" && !instr.onbuild) last = { instr, vars: s.varsAt.get(instr) ?? /* @__PURE__ */ new Map() };
      }
    }
    const expanded = last && expandVariables(last.instr.argsText.trim(), last.vars, facts.model.escapeChar);
    if (expanded && (expanded.unresolved.length > 0 || expanded.undeclared.length > 0)) return;
    const relative = relativeFiles(facts, stage);
    const fix2 = relative.length > 0 ? void 0 : edits_exports.fix(`End with WORKDIR ${home}`, false, [edits_exports.appendToStage(facts, stage, [`WORKDIR ${home}`])]);
    const first = relative.length > 0 ? ` (first make the ENTRYPOINT/CMD paths ${relative.map((w) => `\`${w}\``).join(", ")} absolute: they resolve against the working directory)` : "";
    if (last) {
      const inside = workdir.startsWith(home + "/");
      report({
        range: last.instr.range,
        message: inside ? `The image starts in \`${workdir}\`, inside the platform user's home but not the home \`${home}\` where the platform mounts its volumes: relative paths in job arguments (\`datasets/...\`) resolve against it. End with \`WORKDIR ${home}\` and call the application by its absolute path${first}.` : `The image starts in \`${workdir}\`, not in the platform user's home \`${home}\` where the platform mounts its volumes: relative paths in job arguments (\`datasets/...\`) resolve against it. End with \`WORKDIR ${home}\`${first}.`,
        fix: fix2
      });
      return;
    }
    const root = facts.imageChain[0];
    const assumed = root.platformBase ? "" : ` (assuming the base image \`${root.image}\` sets none)`;
    report({
      range: stage.from.range,
      message: `The final image sets no WORKDIR${assumed}, so it starts in \`${workdir}\`, not in the platform user's home \`${home}\`: add \`WORKDIR ${home}\` at the end${first}.`,
      fix: fix2
    });
  }
});

// rules/CHM150-base-image-unpinned.ts
function tagOf(reference) {
  const [name, digest] = reference.split("@");
  const last = name.slice(name.lastIndexOf("/") + 1);
  const colon = last.indexOf(":");
  return { tag: colon >= 0 ? last.slice(colon + 1) : null, digest: digest !== void 0 };
}
function globalArg(facts, name) {
  let found = null;
  for (const instr of facts.model.instructions) {
    if (instr.keyword === "FROM") break;
    if (instr.keyword === "ARG" && new RegExp(`^\\s*${name}(=|\\s|$)`).test(instr.argsText)) found = instr;
  }
  return found;
}
var CHM150_base_image_unpinned_default = defineDockerfileRule({
  meta: {
    code: "CHM150",
    slug: "base-image-unpinned",
    severity: "info",
    guide: "beyond",
    summary: "`FROM` names an image with no tag or with `:latest`, so every build may start from a different base.",
    why: "The platform admins rebuild partner images from the repository; an unpinned base makes that rebuild silently differ from what the partner tested (a new OS release, a new CUDA, a removed package).",
    details: [
      "- Every stage counts (a builder stage built on a moving image changes what is copied from it); a `FROM` that names an earlier stage is not an image.",
      "- Reported: no tag (`FROM python`, `FROM registry:5000/team/app`: a registry port is not a tag) and the tag `latest`. Any other tag is accepted;",
      "  a digest (`@sha256:\u2026`, with or without a tag) is a pin. `scratch` has nothing to pin.",
      "- Platform base images count like any other: pin the version you tested (`ubuntu-python:<version>`), their `latest` moves with every platform release.",
      "- `FROM $ARG` is judged on the value the global `ARG` (declared before the first `FROM`) gives it, and the finding points at that `ARG` too.",
      "  An `ARG` with no default, or a variable that is not declared, is only known at build time (`--build-arg`): not reported. An `ARG` declared",
      "  inside a stage is not seen by a later `FROM`: `${TAG:-latest}` then means `latest`.",
      "- Reported at the image reference of the `FROM`."
    ].join("\n"),
    tags: ["reproducibility", "base-image"]
  },
  check({ facts, report }) {
    for (const stage of facts.stages) {
      if (stage.baseStage || stage.platformBase?.dockerfile) continue;
      const word = stage.from.args.find((a) => !a.value.startsWith("--"));
      if (!word) continue;
      const expansion = expandVariables(word.value, facts.globalArgs, facts.model.escapeChar);
      if (expansion.undeclared.length > 0 || expansion.unresolved.length > 0) continue;
      const image = expansion.value.trim();
      if (!image || image === "scratch") continue;
      const { tag, digest } = tagOf(image);
      if (digest || tag !== null && tag !== "latest") continue;
      const repository = image.replace(/:latest$/, "");
      const args = [...word.value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]).filter((name) => facts.globalArgs.has(name));
      const from = args.length > 0 ? ` (the default of \`ARG ${args.join("`, `ARG ")}\`)` : "";
      const what = tag === null ? `\`${image}\`${from} has no tag, so it means \`${repository}:latest\`` : `\`${image}\`${from} uses the moving tag \`latest\``;
      const related = args.map((name) => globalArg(facts, name)).filter((i) => i !== null).map((i) => ({ file: facts.file, range: i.range, message: "The image reference comes from this ARG's default." }));
      report({
        range: word.range,
        message: `${what}: each build may start from a different base. Pin the version you tested (\`${repository}:<version>\`) or a digest (\`${repository}@sha256:\u2026\`).`,
        related
      });
    }
  }
});

// rules/CHM201-readme-missing.ts
var CHM201_readme_missing_default = defineProjectRule({
  meta: {
    code: "CHM201",
    slug: "readme-missing",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "The repository has no `README.md` at its root.",
    why: "The platform admins copy the Description, Usage and License sections of the repository README into the image details users read with `jobman image-details`; without a README users get no description, no usage and no license.",
    details: [
      "- Runs only when a folder (a repository) is linted; a lone Dockerfile skips it.",
      "- Any case counts (`README.md`, `readme.md`, `Readme.md`), at the repository root only.",
      "- Another README format at the root (`README`, `README.rst`, `README.txt`) or a `README.md` in a subfolder does not count: the message names it",
      "  and asks for a root `README.md`, the file the platform copies from.",
      "- Reported on `README.md` line 1 (the file that should exist)."
    ].join("\n"),
    tags: ["readme"]
  },
  check({ project, report }) {
    if (project.readmePath()) return;
    const image = project.image;
    if (image?.role === "interactive") return;
    const folder = image && image.dockerfile.includes("/") ? image.dockerfile.slice(0, image.dockerfile.lastIndexOf("/") + 1) : "";
    const root = project.rootFile(/^readme\.md$/i);
    if (folder && root) {
      report({
        file: `${folder}README.md`,
        range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        message: `The image in \`${folder}\` has no README.md, and the root \`${root}\` documents the repository rather than this image. Add \`${folder}README.md\` with \`## Description\`, \`## Usage\` and \`## License\`.`
      });
      return;
    }
    const other = project.rootFile(/^readme(?:\.[^/]*)?$/i) ?? [...project.vfs.files].sort().find((f) => /(?:^|\/)readme\.md$/i.test(f));
    const found = other ? ` There is \`${other}\`, but the platform copies the sections from a Markdown \`README.md\`.` : "";
    report({
      file: `${folder}README.md`,
      range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      message: `The repository has no README.md.${found} Add a README.md with \`## Description\`, \`## Usage\` (with a \`jobman submit\` example) and \`## License\` sections: the platform shows them in \`jobman image-details\`.`
    });
  }
});

// rules/CHM202-readme-description-missing.ts
var CHM202_readme_description_missing_default = defineProjectRule({
  meta: {
    code: "CHM202",
    slug: "readme-description-missing",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "The README has no Description section.",
    why: "`jobman image-details` shows the Description section of the repository README: without it users listing images cannot tell what this one does.",
    details: [
      "- Sections are headings matched case-insensitively after removing a leading emoji, numbering or punctuation and trailing punctuation",
      "  (`## \u{1F4DD} Description`, `## DESCRIPTION`, `## 1. Description:`); a title that starts with the word also counts (`## Description of the tool`).",
      "- A level-2 heading is expected, ATX (`## Description`) or underlined (`Description` over `---`). A Description section at another level",
      "  (`# Description`, `### Description`) is an info under this code at that heading instead of the warning.",
      "- A Description heading with nothing under it (no text, code or links before the next heading of its level) counts as missing.",
      "- The missing-section finding is reported at the README title (its first level-1 heading), else at its first line.",
      "- No README at all is CHM201, not this rule.",
      "- Fix (unsafe, a skeleton): adds `## Description` at the end of the README with a comment saying what to write; the section",
      "  stays empty (and reported as empty) until you write it. A Description at another heading level is rewritten as `##`."
    ].join("\n"),
    tags: ["readme"],
    fixable: true
  },
  async check(ctx) {
    const found = await requiredSection(ctx, "description", null, "<!-- What the image does and which tools it contains. -->");
    if (!found) return;
    const { readme, section } = found;
    if (section.text.trim() === "" && section.links.length === 0 && section.code.length === 0) {
      ctx.report({
        file: readme.path,
        range: section.headingRange,
        message: `The \`${section.title}\` section is empty: write what the image does and which tools it contains; \`jobman image-details\` shows it to users.`
      });
    }
  }
});

// rules/CHM203-readme-usage-missing.ts
var CHM203_readme_usage_missing_default = defineProjectRule({
  meta: {
    code: "CHM203",
    slug: "readme-usage-missing",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "The README has no Usage section.",
    why: "`jobman image-details` shows the Usage section of the repository README: it is where users learn which arguments to put after `--` in `jobman submit`.",
    details: [
      "- Sections are headings matched case-insensitively after removing a leading emoji, numbering or punctuation and trailing punctuation",
      "  (`## \u{1F680} Usage`, `## USAGE`, `## Usage:`); a title that starts with the word also counts (`## Usage examples`).",
      "- A level-2 heading is expected, ATX (`## Usage`) or underlined (`Usage` over `---`). A Usage section at another level (`### Usage`) is an",
      "  info under this code at that heading instead of the warning.",
      "- Other titles (`## How to use`, `## Running`) do not count: the platform admins look for Usage.",
      "- An empty Usage section is left to CHM205 (no `jobman submit` example).",
      "- The missing-section finding is reported at the README title (its first level-1 heading), else at its first line.",
      "- Fix (unsafe, a skeleton): adds `## Usage` at the end of the README with a `jobman submit -i NAME:VERSION` example, the name and",
      "  version taken from the image's labels when they are known, and a comment asking for the arguments (for an interactive image, only a",
      "  comment asking how to use it from its desktop). A Usage section at another",
      "  heading level is rewritten as `##`."
    ].join("\n"),
    tags: ["readme"],
    fixable: true
  },
  async check(ctx) {
    const facts = ctx.project.primary;
    const interactive = await ctx.project.documentedKind() === "interactive";
    const name = facts ? resolvedLabel(facts, "name")?.value : void 0;
    const version = facts ? resolvedLabel(facts, "version")?.value : void 0;
    const example = ["```bash", `jobman submit -i ${name ?? "NAME"}:${version ?? "VERSION"} -- ARGS`, "```", "", "<!-- The arguments the image accepts (ARGS), what it reads from datasets/ and where it writes. -->"].join("\n");
    await requiredSection(ctx, "usage", null, interactive ? "<!-- How to use the application once its desktop is deployed from the catalogue. -->" : example);
  }
});

// rules/CHM204-readme-license-missing.ts
function relativeLink(fromDir, file) {
  const from = fromDir.split("/").filter(Boolean);
  const to = file.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
var CHM204_readme_license_missing_default = defineProjectRule({
  meta: {
    code: "CHM204",
    slug: "readme-license-missing",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "The README has no License section.",
    why: "`jobman image-details` shows the License section of the repository README: users of the platform need to know under which terms they may use the tool and its results.",
    details: [
      "- Sections are headings matched case-insensitively after removing a leading emoji, numbering or punctuation and trailing punctuation",
      "  (`## \u2696\uFE0F License`, `## LICENSE`); British spelling and variants count (`## Licence`, `## Licensing`, `## License and citation`).",
      "- A level-2 heading is expected, ATX (`## License`) or underlined (`License` over `---`). A License section at another level is an info",
      "  under this code at that heading instead of the warning.",
      "- A LICENSE file alone does not make the section: `jobman image-details` only shows what the README says. What the section must",
      "  contain is CHM209. The message gives the link to write: to the image's license file, named as the license it is detected to be.",
      "- The missing-section finding is reported at the README title (its first level-1 heading), else at its first line.",
      "- Fix (unsafe, a skeleton): adds `## License` at the end of the README with a link to the license file and the license detected",
      "  in it (`[MIT](LICENSE)`); no skeleton without a license file (whether there is a license is yours to say). A License section at another heading",
      "  level is rewritten as `##`."
    ].join("\n"),
    tags: ["readme", "license"],
    fixable: true
  },
  async check(ctx) {
    const { file, detection } = await ctx.project.license();
    const readmeDir = ctx.project.readmePath()?.replace(/[^/]*$/, "") ?? "";
    const href = file ? relativeLink(readmeDir, file) : null;
    const id = detection?.id && !/\s/.test(detection.id) ? detection.id : null;
    const what = href ? `a link to the license file: \`[${id ?? "NAME OF THE LICENSE"}](${href})\`` : null;
    const skeleton = href ? `[${id ?? "License"}](${encodeURI(href)})` : void 0;
    await requiredSection(ctx, "license", what, skeleton);
  }
});

// rules/CHM205-usage-no-jobman-example.ts
var CHM205_usage_no_jobman_example_default = defineProjectRule({
  meta: {
    code: "CHM205",
    slug: "usage-no-jobman-example",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Usage examples",
    summary: "The README Usage section has no `jobman submit` example.",
    why: "Platform users run batch images with `jobman submit`, never with Docker: the Usage section that `jobman image-details` shows must tell them what to write after `-i` and after `--`.",
    details: [
      "- An example is a `jobman submit` command with at least one word after `submit`, in a code block or in inline code, also in a console",
      "  session (`$ jobman submit ...` with output lines) or split over lines with `\\`. A bare mention (`` `jobman submit` `` in prose) is not one.",
      "- Code blocks marked with a language that is not a shell (python, json, yaml, dockerfile...) are not read.",
      "- The Usage section includes its subsections (`### Example` under `## Usage`); a Usage section at another heading level is still read.",
      "- When the section shows `docker run` examples only, the finding is reported at the first one and says so: `docker run` is fine",
      "  as an addition, not as the only example. Otherwise it is reported at the Usage heading.",
      "- A `jobman submit` example elsewhere in the README does not count (`jobman image-details` only shows the Usage section); the",
      "  message points at it so it can be moved.",
      "- Desktop (interactive) images are skipped: users deploy them from the apps catalog, not with jobman (see CHM405 for what makes an image",
      "  a desktop one).",
      "- No README is CHM201, no Usage section CHM203."
    ].join("\n"),
    tags: ["readme", "jobman"]
  },
  async check({ project, profile, report }) {
    const readme = await project.readme();
    const usage = readme?.section("usage");
    if (!readme || !usage) return;
    const primary = project.primary;
    if (await project.documentedKind() === "interactive") return;
    const examples = await readmeExamples(readme);
    const inUsage = (code) => usage.code.some((c) => c === code);
    if (examples.jobman.some((e) => inUsage(e.code))) return;
    const labelName = primary && resolvedLabel(primary, "name")?.value;
    const labelVersion = primary && resolvedLabel(primary, "version")?.value;
    const name = labelName && /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(labelName) ? labelName : "NAME";
    const version = labelVersion && /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(labelVersion) ? labelVersion : "VERSION";
    const sample = `\`jobman submit -i ${name}:${version} -- ARGS\``;
    const elsewhere = examples.jobman[0];
    const moveIt = elsewhere ? ` The README has one at line ${elsewhere.range.startLine}, outside the Usage section that \`jobman image-details\` shows: move it into Usage.` : "";
    const docker = examples.dockerRun.find((d) => inUsage(d.code));
    if (docker) {
      report({
        file: readme.path,
        range: docker.range,
        message: `The Usage section only shows \`docker run\`: platform users cannot run Docker, they submit batch jobs with jobman. Add a ${sample} example (the \`docker run\` one may stay as an addition).${moveIt}`
      });
      return;
    }
    report({
      file: readme.path,
      range: usage.headingRange,
      message: `The Usage section has no \`jobman submit\` example: add one such as ${sample}, with input paths under \`${volumePath(profile, profile.datasetsDir)}/\` and output paths under \`${volumePath(profile, profile.persistentDirs[0])}/\`.${moveIt}`
    });
  }
});

// rules/CHM206-usage-input-not-in-datasets.ts
var CHM206_usage_input_not_in_datasets_default = defineProjectRule({
  meta: {
    code: "CHM206",
    slug: "usage-input-not-in-datasets",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Usage examples",
    summary: "A `jobman submit` example reads its input from outside the datasets folder.",
    why: "In a job, the data a user may read is mounted read-only at `/home/chaimeleon/datasets/<dataset-id>` (with an `index.json` the application can walk); a usage example with another input path (`/workspace/inputs`, `/app/data`) points at a folder that is empty or missing in the job.",
    details: [
      "- Every `jobman submit` example of the README is read (code blocks and inline code, `\\` continuations, `$ ` prompts), and only its job",
      "  arguments: what follows `--`, a command line appended to the image's ENTRYPOINT (with `-c`, replacing it). A `-i` before `--` is",
      "  jobman's image; after it, it is the application's.",
      "- What runs is neither input nor output: an interpreter with its options and script or code (`python3 app/x.py`, `python -m pkg`,",
      "  `bash run.sh`, `sh -c '...'`, `Rscript x.R`, `julia`, `node`, `java -jar`), a launcher before it (`conda run -n ENV`, `uv run`,",
      "  `xvfb-run`, `torchrun`, `env`, `VAR=value`), a script run directly (`./run.sh`), and in `-c` mode the command.",
      "- Inputs are the values of options named like input (`--input`, `-i`, `--in`, `--data`, `--dataset`, `--data_dir`, `--images`, `--source`,",
      "  `--input-path`...; `--opt value` and `--opt=value`), of variables so named (`INPUT_DIR=...`), and the first positional path argument",
      "  (later ones are outputs, CHM207), except that when some positional paths are in the datasets folder and some are not, those in it",
      "  are the inputs and the others outputs (`papermill` takes its output notebook first). An option whose name has other words (`--input-format`) counts only when its value looks like a",
      "  path (has a `/`, starts with `~` or `.`).",
      "- Paths are resolved before judging: `~` and `$HOME` are the platform user's home; a relative path is joined to the image's final",
      "  WORKDIR (the job starts there), and not judged when that WORKDIR holds a variable with no value in the Dockerfile (`WORKDIR $HOME`,",
      "  set by a base image's ENV); `.` and `..` are resolved.",
      "- Placeholders (`<dataset-id>`, `$DATASET`, `{dataset}`, `DATASET_ID`, `...`, `xxx`, `your-folder`, `path/to`) are never taken for real",
      "  folder names: a path is judged by the folders before its first placeholder (`datasets/<id>` is in the datasets folder, `/data/<id>`",
      "  is not), and not at all when they do not decide where it lands (`<input-dir>`, `~/<folder>`, `/path/to/data`). A positional",
      "  placeholder that stands for a path (`<dataset-path>`) still takes its place, so the path after it is an output.",
      "- Accepted without a finding: the datasets folder of the profile and the read-only mounts (`/mnt/datalake`).",
      "- An input under a persistent folder (`persistent-home`, `persistent-shared-folder`) is an info, not a warning: it exists in the job and",
      "  may hold an earlier job's results, but the platform's data comes from the datasets folder.",
      "- Reported at the path word itself."
    ].join("\n"),
    tags: ["readme", "jobman", "volumes"]
  },
  async check({ project, profile, report }) {
    const usage = await usageJobPaths(project, profile, "input");
    if (!usage) return;
    const datasets = `${volumePath(profile, profile.datasetsDir)}/<dataset-id>`;
    for (const { path, what } of usage.paths) {
      if (path.mount === "datasets" || path.mount === "read-only") continue;
      if (path.mount === "persistent") {
        report({
          file: usage.readme.path,
          range: path.word.range,
          severity: "info",
          message: `The example reads its input (${what}) from \`${path.mountPath}\`, not from a dataset: show \`${datasets}\` unless this input is an earlier job's result.`
        });
        continue;
      }
      report({
        file: usage.readme.path,
        range: path.word.range,
        message: `The example reads its input (${what}) from outside the datasets folder, the only place a job finds the user's data: use \`${datasets}\`.`
      });
    }
  }
});

// rules/CHM207-usage-output-not-persistent.ts
function rootOwnedParent(facts, path) {
  const stage = facts?.finalStage;
  if (!facts || !stage || isRoot({ name: stage.finalUser.name, uid: facts.uidOf(stage.finalUser) })) return null;
  const events = fsHistory(facts, stage);
  for (let dir = path; dir.lastIndexOf("/") > 0; ) {
    const state = pathState(events, dir);
    if (state) return isRoot(state.owner) && !state.open ? dir : null;
    dir = dir.slice(0, dir.lastIndexOf("/"));
  }
  return null;
}
var CHM207_usage_output_not_persistent_default = defineProjectRule({
  meta: {
    code: "CHM207",
    slug: "usage-output-not-persistent",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Usage examples",
    summary: "A `jobman submit` example writes its results outside the persistent folders.",
    why: "A job's container is deleted when the job ends: only `/home/chaimeleon/persistent-home` and the shared folder survive it, and the datasets folder is read-only. A usage example that writes elsewhere teaches users to lose their results, or to fail writing them.",
    details: [
      "- The job arguments of every `jobman submit` example are read as in CHM206: what runs (`python3 app/x.py`, `bash run.sh`,",
      "  `conda run -n ENV python ...`, the command in `-c` mode) is neither input nor output, and the application's own `-i`/`-o` come after `--`.",
      "- Outputs are the values of options named like output (`--output`, `-o`, `--out`, `--output_dir`, `--results`, `--save-path`, `--dest`,",
      "  `--dst`...; `--opt value` and `--opt=value`), of variables so named (`OUTPUT_DIR=...`), and positional path arguments after the first",
      "  (the first is the input, CHM206; when some positional paths are in the datasets folder and some are not, those in it are the inputs).",
      "  An option whose name has other words (`--save-model`) counts only when its value looks like a path.",
      "- Paths are resolved as in CHM206: `~`/`$HOME` are the user's home, relative paths start at the image's final WORKDIR (not judged when",
      "  it is unknown). A path with a placeholder is judged by the folders before it (`persistent-home/<run>` is persistent, `/app/<run>` is",
      "  not), and not at all when they do not decide where it lands (`<output-dir>`, `~/<your-folder>`, `/path/to/results`, `$OUTPUT`).",
      "- Accepted: anything under the profile's persistent folders (`persistent-home`, `persistent-shared-folder`). Under the datasets folder or",
      "  a read-only mount (`/mnt/datalake`) the message says the folder is read-only (writing fails); anywhere else that the results are lost.",
      "- A bare positional word that names an output folder by itself (`results`, `outputs`, `predictions`) is a path argument too.",
      "- When the README documents several images, an example is judged against the image its `-i` names (its WORKDIR), once.",
      "- Outside the persistent folders, the message also says when the folder that would hold the results belongs to root in the image",
      "  (a `COPY` or `mkdir` before `USER`), so that the job cannot even write them.",
      "- Reported at the path word itself."
    ].join("\n"),
    tags: ["readme", "jobman", "volumes"]
  },
  async check({ project, profile, report }) {
    const usage = await usageJobPaths(project, profile, "output");
    if (!usage) return;
    const persistent = profile.persistentDirs.map((d) => `\`${volumePath(profile, d)}/\``);
    const instead = `write them under ${persistent.join(" or ")}`;
    for (const { path, what } of usage.paths) {
      if (path.mount === "persistent") continue;
      const owned = path.mount === "elsewhere" ? rootOwnedParent(project.primary, path.resolved) : null;
      const problem2 = path.mount === "datasets" || path.mount === "read-only" ? `into \`${path.mountPath}\`, which is read-only in the job` : `outside the persistent folders, so they are lost when the job ends${owned ? ` (and \`${owned}\` belongs to root in the image, so the job cannot even write there)` : ""}`;
      report({
        file: usage.readme.path,
        range: path.word.range,
        message: `The example writes its results (${what}) ${problem2}: ${instead}.`
      });
    }
  }
});

// rules/CHM208-usage-image-name-mismatch.ts
var lastComponent = (name) => name.slice(name.lastIndexOf("/") + 1);
var CHM208_usage_image_name_mismatch_default = defineProjectRule({
  meta: {
    code: "CHM208",
    slug: "usage-image-name-mismatch",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Labels",
    summary: "A `jobman submit -i NAME` example names another image than the `name` label (or than the rest of the README).",
    why: "`jobman images` lists an image by its `name` label (the version label is the tag), so `jobman submit -i` must use that name: an example with another name fails for every user who copies it.",
    details: [
      "- Every `jobman submit` example of the README is checked (code blocks and inline code, `-i NAME`, `-i=NAME`, `--image NAME`, `--image=NAME`, `-iNAME`).",
      "- Only the image name is compared: the registry and project (`harbor.../chaimeleon-library-batch/`), the tag and the digest are left out,",
      "  and so is any path in the label. The comparison is exact: image names are lower case.",
      "- The name is the `name` label of the primary image (the root Dockerfile, else the first one); a repository with several Dockerfiles",
      "  may name any of their images.",
      "- Placeholders are never compared: `<image>`, `$IMAGE`, `{image}`, names in capitals (`IMAGE_NAME:TAG`), `...`, `xxx`, names addressed",
      "  to the reader (`your-image`, `yourApp`) and names made only of generic words (`my-tool`, `my-application`, `image-name`). A placeholder",
      "  in the registry or the tag only (`lung-seg:<version>`) leaves the name compared.",
      "- When the `name` label is unknown (no Dockerfile next to the README, as in a catalogue entry; the label missing, empty or built from a",
      "  variable), the README is compared with itself: the name it documents is its title when the title is written as an image name (one",
      "  lower-case word such as `# lung-seg`) and is also the README's folder name or the name an example runs; else the name most examples",
      "  run. An example running another name is reported. A title that follows the repository naming convention (`image_batch_...`) names",
      "  the repository, not the image, and is not used.",
      "- A `name` label that is not a valid name (CHM122) is not copied: the example is compared with, and told to use, the name CHM122 suggests,",
      "  and an example that already runs that name is left to CHM122. An example that runs a valid spelling of the label (other case or",
      "  separators) is the name to keep: the message asks for it in the label, one edit.",
      "- The finding is at the image word; the `name` label (or the title, or the example the name was taken from) is a related location."
    ].join("\n"),
    tags: ["readme", "jobman", "labels"]
  },
  async check({ project, profile, report }) {
    const readme = await project.readme();
    if (!readme) return;
    const { examples } = await readmeImageNames(readme);
    if (examples.length === 0) return;
    const primary = project.primary;
    const label = primary && resolvedLabel(primary, "name");
    if (project.image && await project.documentedKind() === "interactive") return;
    const known = /* @__PURE__ */ new Set([
      ...(project.images.length > 0 ? project.images.map((i) => i.facts) : project.dockerfiles).map((d) => resolvedLabel(d, "name")?.value.trim()).filter((v) => !!v).map(lastComponent),
      ...project.repositoryImageNames
    ]);
    if (primary && label) {
      const expected = lastComponent(label.value.trim());
      const valid = REPOSITORY_NAME.test(expected);
      const name = valid ? expected : suggestImageName(expected);
      for (const image of examples) {
        if (known.has(image.name) || !valid && image.name === name) continue;
        const write = `\`-i ${name}${image.tag ? ":" + image.tag : ""}\``;
        const sameName = !valid && sameUpToCaseAndSeparators(image.name, expected);
        report({
          file: readme.path,
          range: image.word.range,
          message: valid ? `\`${image.option} ${image.value}\` runs \`${image.name}\`, but the \`name\` label names this image \`${expected}\`: write ${write}.` : sameName ? `\`${image.option} ${image.value}\` runs \`${image.name}\`, but the \`name\` label names this image \`${expected}\`, which is not a valid image name: set \`LABEL name="${image.name}"\`, the name this example runs.` : `\`${image.option} ${image.value}\` runs \`${image.name}\`, but the \`name\` label names this image \`${expected}\`, which is not a valid image name: set \`LABEL name="${name}"\` and write ${write}.`,
          related: [{ file: primary.file, range: label.range, message: `LABEL name="${label.value}"` }]
        });
      }
      return;
    }
    const prefixes = Object.values(profile.repoPrefixes).map((p) => p.toLowerCase());
    const repositoryName = project.repository.name?.toLowerCase();
    const documented = documentedImageName(await readmeImageNames(readme), (name) => name === repositoryName || prefixes.some((p) => name.startsWith(p)));
    if (!documented) return;
    const source = documented.source;
    const related = [
      source.kind === "title" ? { file: readme.path, range: source.range, message: `The title names the image \`${documented.name}\`.` } : { file: readme.path, range: source.example.word.range, message: `This example runs \`${documented.name}\`.` }
    ];
    for (const image of examples) {
      if (image.name === documented.name || known.has(image.name)) continue;
      const runs = `\`${image.option} ${image.value}\` runs \`${image.name}\``;
      report({
        file: readme.path,
        range: image.word.range,
        message: source.kind === "title" ? `${runs}, but the README's title names the image \`${documented.name}\`: write \`-i ${documented.name}${image.tag ? ":" + image.tag : ""}\`.` : `${runs}, but the example at line ${source.example.word.range.startLine} runs \`${documented.name}\`: use in every example the one name \`jobman images\` lists.`,
        related
      });
    }
  }
});
function sameUpToCaseAndSeparators(a, b) {
  const key = (n) => n.toLowerCase().replace(/[._\s-]+/g, "-");
  return key(a) === key(b);
}

// rules/CHM209-license-section-no-link.ts
var CHM209_license_section_no_link_default = defineProjectRule({
  meta: {
    code: "CHM209",
    slug: "license-section-no-link",
    severity: "info",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "The README License section neither links to a license document nor names a license (nor says there is none).",
    why: "The guide asks the License section for a link to the license document, if there is one: `jobman image-details` shows the section's text (not the repository) to users deciding whether they may use the tool and its results.",
    details: [
      "- Links: Markdown links and references, autolinks, bare URLs and HTML `<a href>` in the section (and its subsections). A link counts",
      "  when it leads to a license: a file named like `LICENSE`, `LICENCE`, `COPYING`, `NOTICE` (relative or on GitHub), a license site",
      "  (opensource.org, creativecommons.org, spdx.org, gnu.org, choosealicense.com, tldrlegal.com), a URL whose path says license, or link",
      "  text that says license. A link to a badge image only, a home page or an e-mail address does not.",
      "- Names: an SPDX license id (`Apache-2.0`, `GPL-3.0-or-later`, `CC-BY-NC-4.0`; short ids that are also words, `MIT` and `ISC`, only in",
      "  capitals), a full SPDX license name, or a common name (`Apache 2.0`, `GPLv3`, `LGPL`, `BSD`, `Creative Commons`, `CC BY`, `MPL`,",
      "  `Mozilla Public License`, `EUPL`, `public domain`). A named license needs no link unless the text sends the reader to a document.",
      '- Statements: a section that says there is no license (`None`, the application catalogue\'s answer; "No license", "Not licensed") or that',
      '  the work is proprietary ("Proprietary", "All rights reserved", "\xA9 ACME. All rights reserved", "not licensed for redistribution",',
      '  "contact us for a commercial license") answers the question: no finding. There is nothing to link, and CHM301 decides whether an',
      "  authorization label is needed; CHM305 reports a statement that contradicts the license file.",
      '- A section that sends the reader to a license document without linking it ("see the LICENSE file", "in `LICENSE.md`") is a finding',
      "  even when it names the license: `jobman image-details` shows the text, not the repository, so the link is the way to the terms.",
      "- Otherwise (an empty section, or text that neither names, links nor states) it is a finding. Reported at the License heading;",
      "  no License section is CHM204.",
      "- Fix (unsafe): with a license file at the root, adds a link to it right under the heading, named after the license detected",
      "  in it (`[MIT](LICENSE)`); the text around it is yours to check. No fix without a license file."
    ].join("\n"),
    tags: ["readme", "license"],
    fixable: true
  },
  async check({ project, report }) {
    const readme = await project.readme();
    const section = readme?.section("license");
    if (!readme || !section) return;
    if (section.links.some(isLicenseLink)) return;
    const file = project.rootFile(LICENSE_FILE);
    const names = await licenseNamesIn(`${section.title}
${section.text}`);
    const afterHeading = section.title.replace(/^[^\p{L}\p{N}]*licen[cs]es?\b[^\p{L}\p{N}]*/iu, "");
    const statement = licenseStatementIn(afterHeading ? `${afterHeading}
${section.text}` : section.text);
    const linkText = async () => names[0] ?? (file ? (await project.license()).detection?.id : null) ?? "License";
    const addLink = async () => {
      if (!file) return {};
      const { endLine, endColumn } = section.headingRange;
      return { fix: edits_exports.fix(`Link ${file} in the License section`, false, [edits_exports.insertAt(readme.path, endLine, endColumn, `

[${await linkText()}](${encodeURI(file)})`)]) };
    };
    if (refersToLicenseDocument(section.text)) {
      report({
        file: readme.path,
        range: section.headingRange,
        message: `The License section refers to a license file without linking it, and \`jobman image-details\` shows only this text: link it, e.g. \`[${await linkText()}](${file ?? "LICENSE"})\`.`,
        ...await addLink()
      });
      return;
    }
    if (names.length > 0 || statement) return;
    const what = section.text.trim() === "" ? "is empty" : "neither links to a license document nor names a license";
    report({
      file: readme.path,
      range: section.headingRange,
      message: `The License section ${what}: link the license document (\`[${await linkText()}](${file ?? "LICENSE"})\`), or write \`None\` if the image has no license.`,
      ...await addLink()
    });
  }
});

// rules/CHM301-authorization-label-missing.ts
function renamed(edit) {
  return edit ? { fix: edits_exports.fix("Rename the label to authorization", true, [edit]) } : {};
}
var CHM301_authorization_label_missing_default = defineProjectRule({
  meta: {
    code: "CHM301",
    slug: "authorization-label-missing",
    severity: "error",
    publishedImageOnly: true,
    guide: "Labels",
    summary: "A private repository, or one whose license does not allow redistribution, has no `authorization` label.",
    why: "The platform publishes every image in its images repository. It may only do so with the partner's written authorization when the source is private or its license does not let anyone redistribute it: without the label the image cannot be published.",
    details: [
      "- The license is identified from the text of `LICENSE`, `LICENSE.md`, `LICENSE.txt` or `COPYING` at the root (any case), never from the",
      "  file name: the text is compared with every SPDX license text (word-set Dice coefficient with a length penalty, accepted at 98%).",
      '  A short file that only names a license ("Licensed under the Apache License, Version 2.0", an SPDX-License-Identifier line, a link',
      "  to the license page) counts as that license.",
      "- Redistributable: OSI-approved licenses, licenses on the FSF free-license list, CC0 and CC BY / CC BY-SA. Not redistributable: no",
      "  license, a text that matches no SPDX license (modified, truncated, custom or proprietary), NonCommercial or NoDerivatives",
      "  variants, a license with the Commons Clause added, and known licenses that are neither OSI- nor FSF-approved (SSPL, BUSL, JSON).",
      "- With no license file, the README License section decides: every license it names or links must be redistributable",
      `  ("code: MIT, model weights: CC BY-NC 4.0" is not). In remote mode, GitHub's own detection is used when there is no file, or`,
      "  when the file matches nothing here but GitHub identified it.",
      "- Privacy comes from GitHub in remote mode, else from the configuration (`private: true`); a private repository always needs the label.",
      "- The label counts when the final image gets it: set in the final stage or a stage it is built FROM. An `authorization` label",
      "  inherited from a platform base image authorizes the base, not your image, and is not seen. An empty value is reported at the label;",
      "  a key in another case (`Authorization`) is reported where it is written, as label keys are case-sensitive.",
      "- Only the repository's primary image (the root Dockerfile, else the first one found) is checked. Reported at the `FROM` of its final",
      "  stage, with the license file as a related location. Whether the label says the right thing is CHM302.",
      '- Fix (safe): adds `LABEL authorization="<the profile\'s authorization sentence>"` right after that `FROM`, writes the sentence as',
      "  the value of an empty label, or renames a key written in another case to `authorization`."
    ].join("\n"),
    tags: ["license", "labels", "repository"],
    fixable: true
  },
  async check({ project, profile, report }) {
    const facts = project.primary;
    const stage = facts?.finalStage;
    if (!facts || !stage) return;
    const label = stage.labels.get("authorization");
    if (label && label.value.trim() !== "") return;
    const reasons = [];
    if (project.repository.isPrivate === true) reasons.push("the repository is private");
    const license = await repositoryLicense(project);
    if (license.classification.kind !== "redistributable") reasons.push(license.statement);
    if (reasons.length === 0) return;
    const related = [];
    if (license.info.file) related.push({ file: license.info.file, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, message: "The license file that was read." });
    const add = `\`LABEL authorization="${profile.authorizationSentence}"\``;
    const property = `authorization=${edits_exports.dockerQuoted(facts, profile.authorizationSentence)}`;
    const because = reasons.join("; and ");
    const otherCase = label ? null : [...stage.labels.values()].find((l) => l.key.toLowerCase() === "authorization");
    if (label) {
      const lost = label.undeclared.length > 0 ? ` (\`$${label.undeclared[0]}\` is not declared with ARG or ENV before it)` : "";
      report({ file: facts.file, range: label.range, related, message: `The \`authorization\` label is empty after expansion${lost}, but the platform needs it: ${because}. Write ${add}.`, fix: edits_exports.fix("Write the authorization sentence", true, [edits_exports.replaceRange(facts.file, label.range, property)]) });
    } else if (otherCase) {
      report({ file: facts.file, range: otherCase.range, related, message: `The label is written \`${otherCase.key}\`, but label keys are case-sensitive and the platform reads \`authorization\`, which it needs: ${because}. Rename it.`, ...renamed(edits_exports.renameLabelKey(facts, otherCase, "authorization")) });
    } else {
      report({ file: facts.file, range: stage.from.range, related, message: `The image has no \`authorization\` label, which the platform needs to publish it: ${because}. Add ${add} after this FROM.`, fix: edits_exports.fix("Add the authorization label", true, [edits_exports.insertLinesAfter(facts, stage.from, [`LABEL ${property}`])]) });
    }
  }
});

// rules/CHM302-authorization-label-wording.ts
var CHM302_authorization_label_wording_default = defineProjectRule({
  meta: {
    code: "CHM302",
    slug: "authorization-label-wording",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Labels",
    summary: "The `authorization` label does not state that the image may be publicly accessible in the platform's images repository.",
    why: `The label is the partner's written permission to publish the image. The platform team reads it as the guide's sentence; a label that says something else ("TODO", "internal use only", a name) is no authorization.`,
    details: [
      "- Compared with the profile's `authorizationSentence` (the guide's, for CHAIMELEON; the EUCAIM node's says \"the platform images",
      '  repository") word by word, ignoring case, punctuation and spacing.',
      "- Accepted: the sentence itself, the sentence with text before or after it (a name, a date), and any rewording that still says",
      "  the image will be public (a word starting `public`) and still names the repository (the sentence's last three words:",
      "  `CHAIMELEON images repository`, or `platform images repository` for EUCAIM; singular or plural), with no negation the sentence lacks (`not`, `no`, `never`, `won't`, `without`,",
      "  `private`, `internal`, `restricted`): `We authorize UPV to make this image publicly available in the CHAIMELEON image repository.`",
      "- Anything else is reported, saying which of the two statements is missing, or which word turns it around.",
      "- A value built from a variable that cannot be resolved (`authorization=$AUTH`, given with `--build-arg`) is not judged.",
      "  An empty or missing label is CHM301's.",
      "- Checks the primary image's final stage (the label it gets from a stage it is built FROM included). Reported at the label.",
      "- A label that names another repository in the sentence's terms (`the EUCAIM images repository` under the CHAIMELEON profile) is",
      "  reported as such: it is a permission to publish elsewhere, and the message says that an image meant for another platform is",
      "  linted with that platform's profile.",
      '- Fix: replaces the label (key and value) with `authorization="<the profile\'s sentence>"`. Safe, except when the label says the',
      "  opposite (a negation the sentence lacks) or names another repository: the partner then decides, so the fix is unsafe (applied",
      "  with `--unsafe-fixes`)."
    ].join("\n"),
    tags: ["license", "labels"],
    fixable: true
  },
  check({ project, profile, report }) {
    const label = project.primary?.finalStage?.labels.get("authorization");
    if (!label || label.value.trim() === "" || label.undeclared.length > 0 || label.unresolved.length > 0 || label.value.includes("$")) return;
    const expected = words(profile.authorizationSentence);
    const actual = words(label.value);
    if (containsRun(actual, expected)) return;
    const saysPublic = !expected.some((w) => w.startsWith("public")) || actual.some((w) => w.startsWith("public"));
    const repository = expected.slice(-3);
    const repositoryName = profile.authorizationSentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-3).join(" ");
    const namesRepository = containsRun(actual.filter((w) => w !== "s").map(singular), repository.map(singular));
    const negation = actual.find((w) => NEGATION.has(w) && !expected.includes(w));
    if (saysPublic && namesRepository && !negation) return;
    const otherRepository = namesRepository ? null : repositoryNamed(label.value, repository);
    const missing = [
      saysPublic ? null : "that the image will be publicly accessible",
      namesRepository || otherRepository ? null : `in which repository (the ${repositoryName})`
    ].filter(Boolean);
    const what = otherRepository ? `names another repository (the ${otherRepository}) than the ${repositoryName}${missing.length > 0 ? `, and does not say ${missing.join("")}` : ""}` : missing.length > 0 ? `does not say ${missing.join(", nor ")}` : `turns the guide's sentence around (\`${negation === "t" ? "n't" : negation}\`)`;
    const elsewhere = otherRepository ? " (an image meant for another platform is linted with that platform's profile, `--profile`)" : "";
    report({
      file: project.primary.file,
      range: label.range,
      message: `The \`authorization\` label ${what}, so it may not be read as permission to publish the image: write \`LABEL authorization="${profile.authorizationSentence}"\`${elsewhere}.`,
      // The partner's own permission is rewritten only when it says nothing the sentence contradicts.
      fix: edits_exports.fix("Write the authorization sentence", !negation && !otherRepository, [edits_exports.replaceRange(project.primary.file, label.range, `authorization=${edits_exports.dockerQuoted(project.primary, profile.authorizationSentence)}`)])
    });
  }
});
var NEGATION = /* @__PURE__ */ new Set(["not", "no", "never", "nor", "cannot", "t", "without", "private", "internal", "internally", "restricted"]);
function words(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
function repositoryNamed(value, repository) {
  const written = value.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && w.toLowerCase() !== "s");
  const [, kind, place] = repository.map(singular);
  for (let i = 1; i + 1 < written.length; i++) {
    if (singular(written[i].toLowerCase()) === kind && singular(written[i + 1].toLowerCase()) === place) return written.slice(i - 1, i + 2).join(" ");
  }
  return null;
}
function singular(word) {
  return word.replace(/s$/, "");
}
function containsRun(haystack, needle) {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return needle.length === 0;
}

// rules/CHM303-license-file-missing.ts
var CHM303_license_file_missing_default = defineProjectRule({
  meta: {
    code: "CHM303",
    slug: "license-file-missing",
    severity: "info",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "No license file at the repository root.",
    why: "The License section the platform shows should link to the license document, and without a license nobody may redistribute the image: the platform then needs an `authorization` label (CHM301).",
    details: [
      "- Looks for `LICENSE`, `LICENCE`, `COPYING`, alone or with `.md`, `.markdown`, `.txt` or `.rst`, in any case, at the repository root,",
      "  and for one file per license as dual-licensed projects write them (`LICENSE-MIT`, `LICENSE.APACHE`, `LICENSE_GPL.txt`, `MIT-LICENSE`).",
      "  Notices of other code (`THIRD_PARTY_LICENSES`, `LICENSE-HEADER`) and source files (`license_plate.py`) are not license files.",
      "  A license file in a subfolder does not count: GitHub and the platform team look at the root.",
      "- When the README License section names a license, the message suggests adding that license's text. When it states proprietary",
      "  terms (`Proprietary`, `All rights reserved`), it asks for those terms in the file. `None` (no license) gets the usual advice.",
      "- Runs only on repositories with a Dockerfile that parses; reported at the `FROM` of the primary image's final stage (the file does",
      "  not exist to point at), so an inline ignore above that line silences it."
    ].join("\n"),
    tags: ["license", "repository"]
  },
  async check({ project, report }) {
    const facts = project.primary;
    const stage = facts?.finalStage;
    if (!facts || !stage) return;
    const info = await project.license();
    if (info.file) return;
    const section = (await project.readme())?.section("license");
    const found = section ? licenseStatementIn(section.text) : null;
    const statement = found?.kind === "none" ? null : found;
    const named = section ? (await findLicenseMentions(`${section.title}
${section.text}`, section.links)).map((m) => m.id) : [];
    const advice2 = statement ? `the README License section says "${statement.text}": put the full terms in a \`LICENSE\` file and link it from that section, so that users can read what they may do with the image` : named.length === 1 ? `add the text of ${named[0]}, which the README License section names, as \`LICENSE\`` : named.length > 1 ? `add the license text as \`LICENSE\` (the README License section names ${named.join(" and ")}; a second license, e.g. for model weights, can go in a file of its own next to it)` : 'add one as `LICENSE` (GitHub\'s "Add file \u2192 Create new file", named LICENSE, offers the usual licenses)';
    report({
      file: facts.file,
      range: stage.from.range,
      message: `The repository has no license file at its root (LICENSE, LICENSE.md, LICENSE.txt, COPYING, or one per license such as LICENSE-MIT): ${advice2}.`
    });
  }
});

// rules/CHM304-license-unidentified.ts
var CHM304_license_unidentified_default = defineProjectRule({
  meta: {
    code: "CHM304",
    slug: "license-unidentified",
    severity: "info",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "The license file's text matches no SPDX license closely enough.",
    why: "A license that is not a known one must be read by a person before the platform can publish the image, and users cannot tell what they may do with it: a standard license text, unmodified, avoids both.",
    details: [
      "- The text is normalised (copyright lines, title, Markdown, list labels, URLs, punctuation, case, line width, British spelling)",
      "  and compared with every SPDX license text by the Dice coefficient of their word sets, less a penalty for the difference",
      "  in length; 98% is needed. The message gives the nearest license and its score, and the runner-up.",
      "- The whole text of a license with a short addition (at most 40 words: what the license covers, a contact) is that license, unless",
      "  the addition has a word that can change terms more often than the license itself (`not`, `only`, `commercial`, `research`,",
      "  `clinical`, `consent`, a license's name...): then it is reported as that license with an addition to review, naming those words.",
      '- A file that only names a license ("Licensed under the Apache License, Version 2.0", an SPDX-License-Identifier line, a link to',
      "  the license page) is identified by that name, not reported.",
      "- A known license with the Commons Clause added is reported at the line where the rider starts: the result is not an open-source",
      "  license, whatever the text above or below it.",
      "- Typical causes: a truncated copy, several licenses in one file (keep one license per file, e.g. `LICENSE` and",
      "  `THIRD_PARTY_LICENSES`), added terms, a custom or proprietary text. An empty file, or one with only a copyright line, is reported too;",
      '  a copyright line with "All rights reserved" is reported as proprietary.',
      "- Reported in the license file. Whether the image then needs an `authorization` label is CHM301; when the image carries one, the message",
      "  says that it gives the platform the permission it needs instead of asking for it."
    ].join("\n"),
    tags: ["license"]
  },
  async check({ project, report }) {
    const { file, detection } = await project.license();
    if (!file || !detection || detection.id && !detection.rider) return;
    const text = await project.read(file) ?? "";
    const lines = text.split(/\r\n?|\n/);
    const line = detection.rider?.line ?? Math.max(1, lines.findIndex((l) => l.trim() !== "") + 1);
    const range = { startLine: line, startColumn: 1, endLine: line, endColumn: (lines[line - 1] ?? "").length + 1 };
    const label = project.primary?.finalStage?.labels.get("authorization");
    const labelled = !!label && label.value.trim() !== "";
    const keepIt = labelled ? "keep it (the image's `authorization` label gives the platform the permission it needs)" : "keep it and add an `authorization` label (CHM301)";
    let message;
    if (detection.rider && detection.id) {
      message = `${describeDetection(file, detection)}, which forbids selling the software: that is not an open-source license, and the platform may not redistribute the image without an \`authorization\` label. Remove the rider, or ${keepIt}.`;
    } else if (detection.proprietary) {
      message = `${describeDetection(file, detection)}: users may not redistribute the image, and the platform may only publish it with an \`authorization\` label (CHM301). K${keepIt.slice(1)}, or choose an open license.`;
    } else if (detection.amended) {
      message = `${describeDetection(file, detection)}: the platform cannot take it as ${detection.amended.id} without a review. If ${detection.amended.id} is what you mean, remove the addition; otherwise ${keepIt}.`;
    } else if (!detection.nearest) {
      message = `${describeDetection(file, detection)}: put the full text of the license there.`;
    } else {
      const { nearest, runnerUp } = detection;
      const second = runnerUp ? `, runner-up ${runnerUp.id} at ${percent(runnerUp.score)}` : "";
      const meant = detection.partOf ? `It reads like a part of ${detection.partOf.id} (${percent(detection.partOf.score)} of its words are in that text): if it is meant to be ${detection.partOf.id}, put the whole, unmodified text there; a` : nearest.score >= 0.8 ? `If it is meant to be ${nearest.id}, replace it with the unmodified text; a` : "A";
      const rider = detection.rider ? ` It also carries the ${detection.rider.name} (line ${detection.rider.line}), which forbids selling the software.` : "";
      const review = labelled ? "needs a review (the image's `authorization` label gives the platform the permission it needs)" : "needs a review and an `authorization` label (CHM301)";
      message = `\`${file}\` matches no SPDX license closely enough: the nearest is ${nearest.id} at ${percent(nearest.score)}${second} (98% needed). ${meant} modified, partial, combined or custom text ${review}.${rider}`;
    }
    report({ file, range, message });
  }
});

// rules/CHM305-license-readme-mismatch.ts
var CHM305_license_readme_mismatch_default = defineProjectRule({
  meta: {
    code: "CHM305",
    slug: "license-readme-mismatch",
    severity: "warning",
    publishedImageOnly: true,
    guide: "Description, usage and license",
    summary: "The README License section names or links a license other than the license file's.",
    why: "`jobman image-details` shows the README License section to users: when it names another license than the repository's license file, users are told the wrong terms, and the platform team cannot tell which one applies.",
    details: [
      "- Runs only when the license file was identified (by its text, or as a notice naming one license) and the README has a License",
      "  section (`## License`, `## Licence`, any case, a leading emoji allowed).",
      "- Read in the section's heading, text and links: SPDX ids (`Apache-2.0`), SPDX names, the usual ways of writing them (`Apache 2.0`,",
      "  `GPLv3`, `3-clause BSD`, `CC BY-NC 4.0`), SPDX-License-Identifier lines, and links to license pages (opensource.org, spdx.org,",
      "  choosealicense.com, gnu.org, apache.org, creativecommons.org, mozilla.org). A link to the repository's own license file agrees by definition,",
      "  and with it linked, a license named in a sentence about other code (third-party components, dependencies, NOTICE, model weights) is that code's.",
      "- Agreement is lenient where the file cannot tell: `GPL-3.0-only` and `GPL-3.0-or-later` share their text, and a family named without a",
      "  version (`Apache License`, `GPL`, `BSD`, `CC BY-NC`) agrees with any version of it.",
      "- The section may name several licenses (code and model weights, dual licensing): it is reported only when none of them is the file's.",
      '- A section that names no license but says there is none (`None`, "No license") or that the work is proprietary ("Proprietary",',
      '  "not licensed for redistribution") contradicts an identified license file just as much: users are told they may not use or share',
      '  what the file allows. A copyright notice with "All rights reserved" alone is not reported: it heads many BSD and MIT texts.',
      "- Reported at the first license the section names (the link, or the words; for a statement, its words), with the license file as a",
      "  related location."
    ].join("\n"),
    tags: ["license", "readme"]
  },
  async check({ project, report }) {
    const { file, detection } = await project.license();
    if (!file || !detection?.id || detection.rider) return;
    const readme = await project.readme();
    const section = readme?.section("license");
    if (!readme || !section) return;
    const links = section.links.filter((l) => !isLicenseFileLink(l.url));
    const textRange = (words2) => {
      const start = readme.lines.offsetAt(section.headingRange.startLine - 1, 0);
      const end = readme.lines.offsetAt(section.range.endLine, 0);
      const at = readme.text.indexOf(words2, start);
      return at >= 0 && at < end ? readme.lines.range(at, at + words2.length) : null;
    };
    const sectionText = `${section.title}
${section.text}`;
    const linksOwnFile = section.links.some((l) => isLicenseFileLink(l.url));
    const mentions = (await findLicenseMentions(sectionText, links)).filter((m) => !(linksOwnFile && OTHER_CODE.test(sentenceAt(sectionText, m.index))));
    const related = [{ file, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, message: `${describeDetection(file, detection)}.` }];
    if (mentions.length === 0) {
      if (linksOwnFile) return;
      const afterHeading = section.title.replace(/^[^\p{L}\p{N}]*licen[cs]es?\b[^\p{L}\p{N}]*/iu, "");
      const statement = licenseStatementIn(afterHeading ? `${afterHeading}
${section.text}` : section.text);
      if (!statement || statement.kind === "reserved") return;
      const says = statement.kind === "none" ? `says there is no license (\`${statement.text}\`)` : `says the image is proprietary (\`${statement.text}\`)`;
      report({
        file: readme.path,
        range: textRange(statement.text) ?? section.headingRange,
        related,
        message: `The README License section ${says}, but ${describeDetection(file, detection)}: write \`[${detection.id}](${file})\` there, or remove \`${file}\` if it does not apply.`
      });
      return;
    }
    const fileIds = detection.id.split(/\s+(?:OR|AND)\s+|[()]/i).map((id) => id.trim()).filter(Boolean);
    if (mentions.some((m) => fileIds.some((id) => mentionMatches(m, id, detection.aliases)))) return;
    const first = mentions[0];
    let range = section.headingRange;
    const linked = first.link ?? links.find((l) => l.text.includes(first.text));
    if (linked) range = linked.range;
    else range = textRange(first.text) ?? range;
    const names = mentions.map((m) => m.id).join(" and ");
    report({
      file: readme.path,
      range,
      related,
      message: `The README License section names ${names}, but ${describeDetection(file, detection)}: make them agree (name ${detection.id} in the README and link \`${file}\`, or replace \`${file}\` with the license you mean).`
    });
  }
});
var OTHER_CODE = /third[- ]party|\bcomponents?\b|dependenc|\blibrar(?:y|ies)\b|\bpackages?\b|\bNOTICE\b|\bbundled\b|\bvendored\b|\bweights\b|\bmodels?\b|\bdatasets?\b/i;
function sentenceAt(text, index) {
  const start = Math.max(text.lastIndexOf(".", index - 1), text.lastIndexOf(";", index - 1), text.lastIndexOf("\n", index - 1)) + 1;
  const ends = [".", ";", "\n"].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

// rules/CHM401-runtime-download.ts
var BUILD_TIME = "do it at build time in the Dockerfile (a `RUN` line) so that it is part of the image";
function hostAllowed(host, profile) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h === "0.0.0.0" || h === "::1" || /^127\./.test(h)) return true;
  if (!h.includes(".") || /\.svc(\.cluster\.local)?$|\.cluster\.local$/.test(h)) return true;
  if (/\.(?!xn--)[a-z0-9]+-[a-z0-9-]*$/.test(h)) return true;
  return profile.allowedHosts.some((a) => h === a.toLowerCase() || h.endsWith("." + a.toLowerCase()));
}
function urlHost(value) {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:?#]*)/i.exec(value) ?? /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(value);
  if (!m) return null;
  if (m.length === 3 && /^file$/i.test(m[1])) return null;
  const host = m.length === 3 ? m[2] : m[1];
  return host && !/[${}]/.test(host) ? host : null;
}
function externalUrl(value, profile) {
  if (!value) return null;
  const host = urlHost(value);
  return host && !hostAllowed(host, profile) ? host : null;
}
var PACKAGE_MANAGERS = {
  "apt-get": { subs: /^(install|upgrade|dist-upgrade|full-upgrade|build-dep|source|download|update)$/, options: ["-o", "-c", "-t", "--target-release", "--option", "--config-file"] },
  apt: { subs: /^(install|upgrade|dist-upgrade|full-upgrade|build-dep|source|download|update|reinstall)$/, options: ["-o", "-c", "-t", "--target-release", "--option", "--config-file"] },
  aptitude: { subs: /^(install|upgrade|safe-upgrade|full-upgrade|download|update|reinstall)$/, options: ["-o", "-t"] },
  yum: { subs: /^(install|update|upgrade|groupinstall|reinstall|downgrade|makecache)$/, options: ["-c", "--config", "--enablerepo", "--disablerepo", "--installroot", "--releasever"] },
  dnf: { subs: /^(install|update|upgrade|groupinstall|reinstall|downgrade|makecache)$/, options: ["-c", "--config", "--enablerepo", "--disablerepo", "--installroot", "--releasever"] },
  microdnf: { subs: /^(install|update|upgrade|reinstall|makecache)$/, options: ["--enablerepo", "--disablerepo"] },
  zypper: { subs: /^(in|install|up|update|dup|dist-upgrade|refresh|ref|patch)$/, options: [] },
  apk: { subs: /^(add|update|upgrade|fetch)$/, options: ["-X", "--repository", "-p", "--root"] },
  conda: { subs: /^(install|create|update|upgrade|env)$/, options: ["-n", "--name", "-p", "--prefix", "-c", "--channel", "-f", "--file"] },
  mamba: { subs: /^(install|create|update|upgrade|env)$/, options: ["-n", "--name", "-p", "--prefix", "-c", "--channel", "-f", "--file"] },
  micromamba: { subs: /^(install|create|update|upgrade|env)$/, options: ["-n", "--name", "-p", "--prefix", "-c", "--channel", "-f", "--file", "-r", "--root-prefix"] },
  npm: { subs: /^(install|i|ci|add|update|up|upgrade|isntall)$/, options: ["--prefix", "-C"] },
  pnpm: { subs: /^(install|i|add|update|up)$/, options: ["-C", "--dir"] },
  yarn: { subs: /^(install|add|upgrade)$/, options: ["--cwd"] },
  gem: { subs: /^(install|update)$/, options: [] },
  cargo: { subs: /^(install|fetch)$/, options: [] },
  go: { subs: /^(get|install)$/, options: [] },
  poetry: { subs: /^(install|add|update|lock)$/, options: ["-C", "--directory"] },
  pipenv: { subs: /^(install|sync|update|lock)$/, options: [] },
  pdm: { subs: /^(install|add|sync|update)$/, options: ["-p", "--project"] },
  pipx: { subs: /^(install|run|upgrade)$/, options: [] },
  "huggingface-cli": { subs: /^download$/, options: [] },
  hf: { subs: /^download$/, options: [] },
  kaggle: { subs: /^(datasets|competitions|kernels|models)$/, options: [] },
  ollama: { subs: /^pull$/, options: [] }
};
var INSTALLER_OF = {
  "apt-get": "apt",
  apt: "apt",
  aptitude: "apt",
  conda: "conda",
  mamba: "conda",
  micromamba: "conda",
  npm: "npm",
  pnpm: "npm",
  yarn: "npm",
  npx: "npm",
  bunx: "npm",
  uvx: "uv"
};
function installerAllowed(installer, setting) {
  return installer !== void 0 && setting.profile.runtimeInstalls.includes(installer);
}
function externalArgument(cmd, list, setting) {
  for (const a of cmd.args) {
    const value = a.literal ? a.value : expandKnown(a.value, cmd, list, setting);
    const url = value?.replace(/^--?[\w-]+=/, "");
    if (url && externalUrl(url, setting.profile)) return url;
  }
  return null;
}
var PIP_VALUE_OPTIONS2 = ["--log", "--proxy", "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--python", "-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--platform", "--python-version", "--implementation", "--abi", "--src", "-e", "--editable"];
var PIP_INDEX_OPTIONS = ["-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--index", "--default-index"];
var PIP_INDEX_ENV = ["PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS"];
var UV_INDEX_ENV = ["UV_INDEX_URL", "UV_EXTRA_INDEX_URL", "UV_DEFAULT_INDEX", "UV_INDEX", "UV_FIND_LINKS"];
function pipInvocation(cmd) {
  const values = cmd.args.map((a) => a.value);
  let words2;
  let tool = "pip";
  if (/^pip(\d+(\.\d+)?)?$/.test(cmd.program)) words2 = cmd.args;
  else if (/^python(\d+(\.\d+)?)?$/.test(cmd.program)) {
    const m = values.findIndex((w, i) => w === "-m" && values[i + 1] === "pip" || w === "-mpip");
    if (m < 0) return null;
    words2 = cmd.args.slice(values[m] === "-mpip" ? m + 1 : m + 2);
  } else if (cmd.program === "uv") {
    tool = "uv";
    if (values[0] === "pip") words2 = cmd.args.slice(1);
    else return /^(add|sync)$/.test(values[0] ?? "") ? { tool, words: cmd.args.slice(1), sub: values[0] } : null;
  } else return null;
  for (let i = 0; i < words2.length; i++) {
    const w = words2[i].value;
    if (w.startsWith("-")) {
      if (PIP_VALUE_OPTIONS2.includes(w)) i++;
      continue;
    }
    return /^(install|download|wheel)$/.test(w) ? { tool, words: words2.slice(i + 1), sub: w } : null;
  }
  return null;
}
function requirementWords(words2) {
  const out = [];
  for (let i = 0; i < words2.length; i++) {
    if (words2[i].value.startsWith("-")) {
      if (PIP_VALUE_OPTIONS2.includes(words2[i].value)) i++;
      continue;
    }
    out.push(words2[i]);
  }
  return out;
}
function optionValues(words2, names) {
  const out = [];
  words2.forEach((w, i) => {
    for (const n of names) {
      if (w.value === n && words2[i + 1]) out.push(words2[i + 1].value);
      else if (w.value.startsWith(n + "=")) out.push(w.value.slice(n.length + 1));
      else if (n.length === 2 && !n.startsWith("--") && w.value.startsWith(n) && w.value.length > 2 && !w.value.startsWith("--")) out.push(w.value.slice(2));
    }
  });
  return out;
}
function variable(name, cmd, list, setting) {
  const own = cmd.assignments.find((a) => a.name === name);
  if (own) return own.value;
  const at = list.indexOf(cmd);
  for (let i = at - 1; i >= 0; i--) {
    const c = list[i];
    if (c.program !== "" && c.program !== "export") continue;
    const a = c.assignments.find((x) => x.name === name);
    if (a) return a.value;
  }
  return setting.env.get(name) ?? null;
}
function pipDownload(cmd, list, setting) {
  const pip = pipInvocation(cmd);
  if (!pip) return null;
  const what = commandText(cmd);
  if (pip.tool === "pip" && pip.words.some((w) => w.value === "--no-index")) return null;
  const explicit = optionValues(pip.words, PIP_INDEX_OPTIONS);
  const fromEnv = (pip.tool === "uv" ? UV_INDEX_ENV : PIP_INDEX_ENV).map((n) => variable(n, cmd, list, setting)).filter((v) => !!v);
  const indexes = [...explicit, ...fromEnv.flatMap((v) => v.split(/\s+/))].filter((v) => /^[a-z]+:\/\//i.test(v));
  const outside = indexes.find((v) => externalUrl(v, setting.profile) !== null);
  const mirror = `\`--index-url ${setting.profile.pipMirror}\``;
  if (outside) {
    return { what, detail: `fetches packages from ${urlHost(outside)}, outside the platform`, advice: `${BUILD_TIME}, or use the platform's PyPI mirror (${mirror})` };
  }
  const direct = requirementWords(pip.words).map((w) => w.literal ? w.value : expandKnown(w.value, cmd, list, setting)).find((v) => !!v && externalUrl(v, setting.profile) !== null);
  if (direct) return { what, detail: `fetches ${direct.length > 60 ? direct.slice(0, 60) + "\u2026" : direct}, outside the platform`, advice: `${BUILD_TIME}, or \`COPY\` the package into the image` };
  const primaryEnv = pip.tool === "uv" ? ["UV_INDEX_URL", "UV_DEFAULT_INDEX"] : ["PIP_INDEX_URL"];
  const primary = optionValues(pip.words, ["-i", "--index-url", "--default-index"]).length > 0 || primaryEnv.some((n) => variable(n, cmd, list, setting) !== null);
  if (primary || pip.tool === "pip" && setting.pipConfMirror || installerAllowed(pip.tool, setting)) return null;
  return {
    what,
    detail: pip.tool === "uv" ? "fetches packages from PyPI (uv does not read pip.conf, so a mirror set there does not apply)" : "fetches packages from PyPI (no index points at the platform mirror)",
    advice: `${BUILD_TIME}, or pass the platform's PyPI mirror (${mirror})`
  };
}
var VALUE_OPTIONS = {
  curl: /* @__PURE__ */ new Set(["-o", "--output", "-H", "--header", "-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "-u", "--user", "-A", "--user-agent", "-e", "--referer", "-X", "--request", "-w", "--write-out", "-x", "--proxy", "-m", "--max-time", "--connect-timeout", "-F", "--form", "-T", "--upload-file", "-b", "--cookie", "-c", "--cookie-jar", "-K", "--config", "-r", "--range", "--retry", "--retry-delay", "-C", "--continue-at", "--cacert", "--cert", "-E", "--key", "--resolve", "--output-dir", "-t", "-P", "-U", "--limit-rate"]),
  wget: /* @__PURE__ */ new Set(["-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-t", "--tries", "-T", "--timeout", "-U", "--user-agent", "--header", "-i", "--input-file", "-e", "--execute", "--limit-rate", "--user", "--password"]),
  aria2c: /* @__PURE__ */ new Set(["-d", "--dir", "-o", "--out", "-x", "-s", "-j", "-i", "--input-file"])
};
function fetchedTool(cmd) {
  const values = cmd.args.map((a) => a.value);
  let from;
  if (/^(npx|bunx|uvx)$/.test(cmd.program)) from = 0;
  else if (cmd.program === "npm" && /^(exec|x)$/.test(values[0] ?? "")) from = 1;
  else if ((cmd.program === "pnpm" || cmd.program === "yarn") && values[0] === "dlx") from = 1;
  else return null;
  const rest = values.slice(from);
  if (rest.some((v) => /^--(no-install|no|offline)$/.test(v))) return null;
  const pkg = optionValues(cmd.args.slice(from), ["-p", "--package", "--from"])[0];
  const command = rest.find((v, i) => !v.startsWith("-") && !/^(-p|--package|--from|-c|--call|--python|--with)$/.test(rest[i - 1] ?? ""));
  const name = pkg ?? command;
  if (!name || /^[./~$]/.test(name)) return null;
  return name.replace(/(.)@.*$/, "$1").replace(/[=<>~].*$/, "");
}
function fetchedUrl(cmd, list, setting) {
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i];
    if (a.value.startsWith("-")) {
      if (VALUE_OPTIONS[cmd.program]?.has(a.value)) i++;
      continue;
    }
    const value = a.literal ? a.value : expandKnown(a.value, cmd, list, setting);
    if (value && externalUrl(value, setting.profile)) return value;
  }
  return null;
}
function expandKnown(value, cmd, list, setting) {
  const v = value.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, name) => variable(name, cmd, list, setting) ?? m);
  return v.includes("$") ? null : v;
}
function isConnectivityTest(cmd) {
  if (/^(ping6?|nc|ncat|netcat|getent|host|nslookup|dig)$/.test(cmd.program)) return true;
  const toNull = cmd.redirects.some((r) => /^(&?>|>>|1>)$/.test(r.op) && r.target?.value === "/dev/null");
  if (cmd.program === "curl") {
    return hasFlag(cmd, "-I", "--head", "-w", "--write-out") || optionValues(cmd.args, ["-o", "--output"]).includes("/dev/null") || toNull;
  }
  if (cmd.program === "wget") return hasFlag(cmd, "--spider") || optionValues(cmd.args, ["-O", "--output-document"]).includes("/dev/null") || toNull;
  return false;
}
function testedFileMayExist(test, setting) {
  const at = test.args.findIndex((a) => /^-[efdsrL]$/.test(a.value));
  const word = test.args[at + 1];
  if (!word) return true;
  const state = setting.chain.stateOf(test);
  const value = state ? state.expand(word.value) : word.literal ? word.value : null;
  if (value === null || value === "" || /[$`*?[]/.test(value)) return true;
  const { facts, profile } = setting;
  const home = facts.homeOf(facts.finalStage?.finalUser.name ?? profile.user.name);
  const path = resolvePath(state?.cwd ?? facts.finalStage?.finalWorkdir ?? "/", value.replace(/^~(?=\/|$)/, home)).replace(/(.)\/$/, "$1");
  const mounted = [...profile.volumeDirs.map((d) => volumePath(profile, d)), ...profile.readOnlyMounts];
  if (mounted.some((m) => isUnder(path, m) || path === m)) return true;
  if (setting.chain.context.fileAt(path) !== null || setting.chain.context.imagePathsUnder(path).length > 0) return true;
  const stage = facts.finalStage;
  if (stage && pathState(fsHistory(facts, stage), path, { contents: true }) !== null) return true;
  return facts.base.kind !== "unseen" ? false : isUnder(path, home) || isUnder(path, "/tmp") ? false : true;
}
function isFileTest(cmd) {
  if (cmd.program !== "[" && cmd.program !== "[[" && cmd.program !== "test") return false;
  return cmd.args.some((a) => /^-[efdsrL]$/.test(a.value));
}
function exitsOnFailure(lines, test, exit) {
  const offset = (line, column) => lines.offsetAt(line - 1, column - 1);
  const between = lines.text.slice(offset(test.range.endLine, test.range.endColumn), offset(exit.range.startLine, exit.range.startColumn)).replace(/(?:\d*|&)>>?&?\s*[^\s|;&]+/g, "");
  const before = lines.lineText(test.range.startLine - 1).slice(0, test.range.startColumn - 1);
  return /^[\s)]*\|\|/.test(between) || /\belse\b/.test(between) || /!\s*$/.test(before);
}
function shellDownload(cmd, list, setting) {
  const what = commandText(cmd);
  const pip = pipDownload(cmd, list, setting);
  if (pip || pipInvocation(cmd)) return pip;
  const values = cmd.args.map((a) => a.value);
  const tool = fetchedTool(cmd);
  if (tool) {
    return prefetched(tool, setting) || installerAllowed(INSTALLER_OF[cmd.program], setting) ? null : { what, detail: `fetches \`${tool}\` from the package registry unless it is already installed in the image`, advice: `install it at build time (in package.json for \`npm ci\`, or \`RUN npm install -g ${tool}\`; \`uv tool install\` for uvx) so that nothing is fetched when the container starts` };
  }
  const manager = PACKAGE_MANAGERS[cmd.program];
  if (manager) {
    if (cmd.program === "yarn" && values.every((v) => v.startsWith("-")) && !installerAllowed("npm", setting)) return { what, detail: "installs the project's dependencies from the npm registry", advice: BUILD_TIME };
    const sub = subcommand(cmd, manager.options);
    if (!sub || !manager.subs.test(sub.word.value)) return null;
    if (/conda|mamba/.test(cmd.program) && (hasFlag(cmd, "--offline") || sub.word.value === "env" && !/^(create|update)$/.test(values[sub.index + 1] ?? ""))) return null;
    if (cmd.program === "kaggle" && !values.includes("download")) return null;
    if (installerAllowed(INSTALLER_OF[cmd.program], setting)) {
      const outside = externalArgument(cmd, list, setting);
      return outside ? { what, detail: `fetches from ${urlHost(outside)}, outside the platform`, advice: BUILD_TIME } : null;
    }
    if (sub.word.value === "update" && /^(apt-get|apt|aptitude|apk|yum|dnf)$/.test(cmd.program)) {
      const later = list.slice(list.indexOf(cmd) + 1);
      if (later.some((c) => c.program === cmd.program && /install|add/.test(subcommand(c, manager.options)?.word.value ?? ""))) return null;
    }
    return { what, detail: `${/^(apt|apt-get|aptitude|yum|dnf|microdnf|zypper|apk)$/.test(cmd.program) ? "installs system packages from the distribution's repositories" : "fetches packages from the Internet"}`, advice: BUILD_TIME };
  }
  if (cmd.program === "git" || cmd.program === "git-lfs") {
    const sub = subcommand(cmd, ["-C", "-c", "--git-dir", "--work-tree", "--namespace"]);
    const name = sub?.word.value ?? "";
    if (cmd.program === "git-lfs" ? !/^(pull|fetch)$/.test(name) : !/^(clone|pull|fetch|submodule|lfs|ls-remote)$/.test(name)) return null;
    if (name === "submodule" && !values.includes("update")) return null;
    if (name === "lfs" && !/^(pull|fetch)$/.test(values[sub.index + 1] ?? "")) return null;
    const urls = cmd.args.slice(sub.index + 1).map((a) => a.value).filter((v) => urlHost(v) !== null);
    if (urls.length > 0 && urls.every((u) => externalUrl(u, setting.profile) === null)) return null;
    if (name === "clone") {
      const operand = cmd.args.slice(sub.index + 1).find((a, i, rest) => !a.value.startsWith("-") && !/^(-b|--branch|--depth|-o|--origin|-c|--config|--reference|-j|--jobs|--filter|--template|-u|--upload-pack)$/.test(rest[i - 1]?.value ?? ""));
      if (!operand || urls.length === 0 && !operand.literal || urls.length === 0 && /^[./~]/.test(operand.value)) return null;
    }
    return { what, detail: urls.length > 0 ? `fetches from ${urlHost(urls[0])}` : "fetches from the repository's remote (assumed to be outside the platform)", advice: `${BUILD_TIME} (\`RUN git clone ...\` or \`COPY\` the files)` };
  }
  if (/^(curl|wget|aria2c|axel|http|https|gdown)$/.test(cmd.program)) {
    if (cmd.program === "gdown") return { what, detail: "downloads from Google Drive", advice: BUILD_TIME };
    const url = fetchedUrl(cmd, list, setting);
    return url ? { what, detail: `downloads from ${urlHost(url)}`, advice: `${BUILD_TIME}, or \`COPY\` the file into the image` } : null;
  }
  if ((cmd.program === "R" || cmd.program === "Rscript") && /install\.packages|BiocManager::install|install_github|install_version|remotes::install|devtools::install|pak::pkg_install/.test(values.join(" "))) {
    return { what, detail: R_INSTALL_DETAIL, advice: BUILD_TIME };
  }
  if (/^python(\d+(\.\d+)?)?$/.test(cmd.program)) {
    const m = values.indexOf("-m");
    const module = m >= 0 ? values[m + 1] : null;
    if (module === "nltk.downloader" || module === "spacy" && values[m + 2] === "download" || module === "huggingface_hub" && values.includes("download")) {
      return { what, detail: "downloads data or models", advice: BUILD_TIME };
    }
  }
  return null;
}
var R_INSTALL_DETAIL = "installs R packages from a package repository (CRAN, Bioconductor, GitHub)";
var R_INSTALL = /\b(?:install\.packages|BiocManager::install|(?:remotes|devtools)::install_\w+|install_github|install_version|pak::pkg_install|pak::pak)\s*\(/;
var R_DOWNLOAD = /\b(?:download\.file|curl::curl_download|curl_download|httr2?::(?:GET|POST|request)|url)\s*\(\s*["']([^"']+)["']/;
var R_MISSING_TEST = /\bif\s*\(\s*!\s*(?:(?:suppress\w+\s*\(\s*)?(?:requireNamespace|require)\s*\(\s*["']?([\w.]+)|\(?\s*["']([\w.]+)["']\s*%in%)/;
function rMissingTest(code, setting, outside = rCode(code)) {
  const test = R_MISSING_TEST.exec(code);
  if (!test || outside.slice(test.index, test.index + 2) !== "if" || !prefetched(test[1] ?? test[2], setting)) return null;
  return `\`${code.slice(test.index).trim().replace(/\s*\{\s*$/, "").replace(/\)\s*(?:install\.packages|BiocManager::install|\w+::install\w*)\s*\(.*$/, ")").slice(0, 60)}\` holds (the package is missing)`;
}
function rCode(line) {
  let out = "";
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") {
        out += "  ";
        i++;
      } else if (c === quote) {
        out += c;
        quote = null;
      } else out += " ";
    } else if (c === '"' || c === "'" || c === "`") {
      out += c;
      quote = c;
    } else if (c === "#") break;
    else out += c;
  }
  return out;
}
function checkRScript(script, setting, emit) {
  const lines = script.text.split("\n");
  let block = null;
  let next = null;
  let depth = 0;
  lines.forEach((line, i) => {
    const code = rCode(line);
    const test = rMissingTest(line.slice(0, code.length), setting, code);
    const when = test ?? block?.when ?? next;
    const fallback = when ? { when } : null;
    if (code.trim() !== "") next = null;
    const opensBlock = test !== null && /\{\s*$/.test(code);
    if (opensBlock) block = { depth, when: test };
    else if (test !== null && !R_INSTALL.test(code) && !R_DOWNLOAD.test(code)) next = test;
    depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
    if (block && !opensBlock && depth <= block.depth) block = null;
    const install = R_INSTALL.exec(code);
    const download = install ? null : R_DOWNLOAD.exec(code) && R_DOWNLOAD.exec(line.slice(0, code.length));
    const url = download && externalUrl(download[1], setting.profile) ? download[1] : null;
    if (!install && !url) return;
    const at = (install ?? download).index;
    const end = code.trimEnd().length;
    const what = line.slice(at, end).trim();
    const range = { startLine: i + 1, startColumn: at + 1, endLine: i + 1, endColumn: end + 1 };
    emit(range, script.path, { what: what.length > 60 ? `${what.slice(0, 59)}\u2026` : what, detail: install ? R_INSTALL_DETAIL : `downloads from ${urlHost(url)}`, advice: BUILD_TIME }, script.via, null, null, fallback);
  });
}
var HTTP_CALL = /^(requests|httpx)\.(get|post|put|patch|delete|head|options|request|stream)$|^(requests\.Session|requests\.session|httpx\.Client|httpx\.AsyncClient|aiohttp\.ClientSession)\(\)\.(get|post|put|patch|delete|head|options|request|stream)$|^(urllib\.request|urllib|urllib2|six\.moves\.urllib\.request)\.(urlopen|urlretrieve|Request)$|^(wget\.download|gdown\.download|torch\.hub\.download_url_to_file|torch\.hub\.load_state_dict_from_url|torch\.utils\.model_zoo\.load_url|git\.Repo\.clone_from|pooch\.retrieve)$|(^|\.)keras\.utils\.get_file$/;
var BUILTIN_DATASET_LOADERS = /^(csv|json|jsonl|parquet|text|imagefolder|audiofolder|videofolder|arrow|pandas|webdataset|xml|sql)$/;
function argument(call, index, keyword) {
  return call.keywords.get(keyword) ?? call.args[index];
}
function isTrue(v) {
  return v?.kind === "bool" && v.text === "True";
}
function isLocalPath(value, script, setting) {
  if (/^[/.~]/.test(value) || /^[a-z]:\\/i.test(value)) return true;
  const dirs = [script.cwd, script.imagePath ? script.imagePath.slice(0, script.imagePath.lastIndexOf("/")) || "/" : null].filter((d) => d !== null);
  return dirs.some((d) => setting.chain.context.imagePathsUnder(resolvePath(d, value)).length > 0);
}
var TO_A_NAMED_PATH = /(?:^|\s)(?:-O|--output-document|-o|--output|--local-dir|-P|--directory-prefix)(?:[\s=]|$)|\blocal_dir\s*=|\bcache_dir\s*=/;
function prefetched(id, setting) {
  if (id.length <= 2 || !setting.buildText.includes(id)) return false;
  return setting.buildText.split(/&&|\|\||;|\n/).some((command) => command.includes(id) && !TO_A_NAMED_PATH.test(command));
}
function pretrainedBuilder(call) {
  const name = call.name;
  const torch = "from download.pytorch.org or the Hugging Face Hub, into the torch cache";
  if (name === "timm.create_model") return isTrue(call.keywords.get("pretrained")) ? { model: argument(call, 0, "model_name")?.value ?? "timm model", from: torch } : null;
  const keras = /(?:^|\.)keras\.applications\.(?:[a-z_0-9]+\.)?([A-Z][A-Za-z0-9]*)$/.exec(name);
  if (keras) {
    const weights2 = call.keywords.get("weights");
    const fetched = weights2 === void 0 || weights2.value === "imagenet";
    return fetched ? { model: keras[1], from: "from storage.googleapis.com, into ~/.keras" } : null;
  }
  const m = /^torchvision\.models\.(?:[a-z_]+\.)?([a-z][a-z0-9_]*)$/.exec(name);
  if (!m || /^(get_weight|get_model_weights|list_models)$/.test(m[1])) return null;
  const weights = call.keywords.get("weights");
  return isTrue(call.keywords.get("pretrained")) || weights !== void 0 && weights.kind !== "none" ? { model: m[1] === "get_model" ? argument(call, 0, "name")?.value ?? "get_model" : m[1], from: torch } : null;
}
function pythonDownload(call, script, setting) {
  const name = call.name;
  const what = `${call.written}(\u2026)`;
  const offline = ["HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"].some((v) => /^(1|true|yes|on)$/i.test(setting.env.get(v) ?? ""));
  if (HTTP_CALL.test(name)) {
    const url = /\.request$/.test(name) && !name.startsWith("urllib") ? argument(call, 1, "url") : /get_file$/.test(name) ? argument(call, 1, "origin") : /clone_from$/.test(name) ? argument(call, 0, "url") : call.keywords.get("url") ?? call.args[0];
    const host = externalUrl(url?.value ?? null, setting.profile);
    if (!host || /load_state_dict_from_url|load_url|get_file/.test(name) && prefetched(url.value, setting)) return null;
    return { what, detail: `downloads from ${host}`, advice: `${BUILD_TIME}, or \`COPY\` the file into the image and read it from disk` };
  }
  if (/^torch\.hub\.load$/.test(name)) {
    const repo = argument(call, 0, "repo_or_dir")?.value;
    const source = call.keywords.get("source")?.value;
    if (source === "local" || repo === void 0 || repo === null || isLocalPath(repo, script, setting) || prefetched(repo, setting)) return null;
    return { what, detail: `downloads \`${repo}\` from GitHub (torch.hub)`, advice: `${BUILD_TIME} (it fills the torch hub cache), or load a local copy with \`source='local'\`` };
  }
  const builder = pretrainedBuilder(call);
  if (builder) {
    if (prefetched(builder.model, setting)) return null;
    return { what, detail: `downloads the pretrained weights of \`${builder.model}\` (${builder.from})`, advice: `${BUILD_TIME} (build the same model once in a \`RUN\` to fill the cache), or load a weights file copied into the image` };
  }
  const hf = /(^|\.)(hf_hub_download|snapshot_download|cached_download)$/.test(name);
  const hfPipeline = name === "transformers.pipeline";
  if (hf || hfPipeline || /\.from_pretrained$/.test(name) || name === "sentence_transformers.SentenceTransformer" || /^datasets\.load_dataset$/.test(name)) {
    if (offline || isTrue(call.keywords.get("local_files_only"))) return null;
    const idArg = hf ? argument(call, 0, "repo_id") : hfPipeline ? argument(call, 1, "model") : argument(call, 0, /load_dataset$/.test(name) ? "path" : "pretrained_model_name_or_path");
    if (hfPipeline && !idArg) return { what, detail: "downloads the default model of the task from the Hugging Face Hub", advice: `${BUILD_TIME} and pass \`model=\` the folder it is saved in` };
    const id = idArg?.value ?? call.keywords.get("model_name_or_path")?.value;
    if (id === void 0 || id === null || isLocalPath(id, script, setting) || prefetched(id, setting)) return null;
    if (/load_dataset$/.test(name) && (BUILTIN_DATASET_LOADERS.test(id) || call.keywords.has("data_files"))) return null;
    return {
      what,
      detail: `downloads \`${id}\` from the Hugging Face Hub`,
      advice: `${BUILD_TIME} and load it from that folder, or pass \`local_files_only=True\` (or set \`HF_HUB_OFFLINE=1\`) once the files are in the image`
    };
  }
  if (/^nltk\.download$/.test(name)) {
    return { what, detail: "downloads NLTK data (it contacts the NLTK index even when the data is there)", advice: `${BUILD_TIME} (\`RUN python -m nltk.downloader ...\`) and remove the call` };
  }
  if (/^pip\._internal\.main$|^pip\.main$/.test(name) && installerAllowed("pip", setting)) return null;
  if (/^spacy\.cli\.download$|^pip\._internal\.main$|^pip\.main$/.test(name)) {
    return { what, detail: "downloads packages or models", advice: BUILD_TIME };
  }
  return null;
}
async function settingOf(project, facts, chain, profile) {
  const env = /* @__PURE__ */ new Map();
  for (const [k, v] of facts.finalStage?.finalVars ?? []) if (!v.fromArg && !v.declaredWithoutValue) env.set(k, v.value);
  const runs = facts.imageChain.flatMap((s) => s.instructions.filter((i) => i.keyword === "RUN" && !i.onbuild).map((i) => ({ instr: i, stage: s })));
  const texts = runs.map(({ instr }) => facts.model.text.slice(instr.argsOffset, instr.endOffset));
  for (const [k, { instr, stage }] of runs.entries()) {
    for (const m of texts[k].matchAll(/[\w./~-]+\.(?:py|sh)\b/g)) {
      const placement = chain.context.fileAt(resolvePath(stage.workdirAt.get(instr) ?? "/", m[0]));
      const text = placement ? await project.read(placement.file) : null;
      if (text) texts.push(text);
    }
  }
  if (texts.some((t) => /\b(npm|yarn|pnpm)\s+(ci|install|i)\b/.test(t))) {
    for (const file of project.vfs.files) {
      if (!/(^|\/)package\.json$/.test(file) || file.includes("node_modules/")) continue;
      const text = await project.read(file);
      if (text) texts.push(text);
    }
  }
  const buildText = texts.join("\n");
  const home = facts.homeOf(facts.finalStage?.finalUser.name ?? profile.user.name);
  const mirrorHost = urlHost(profile.pipMirror);
  let pipConfMirror = !!facts.platformBase?.provides.pipMirror || !!mirrorHost && /index-url/.test(buildText) && buildText.includes(mirrorHost);
  for (const conf of ["/etc/pip.conf", "/etc/xdg/pip/pip.conf", `${home}/.config/pip/pip.conf`, `${home}/.pip/pip.conf`]) {
    const placement = chain.context.fileAt(conf);
    const text = placement ? await project.read(placement.file) : null;
    const index = text ? /^\s*index[-_]url\s*[=:]\s*(\S+)/m.exec(text)?.[1] : void 0;
    if (index) pipConfMirror = externalUrl(index, profile) === null;
  }
  return { profile, facts, chain, env, pipConfMirror, buildText };
}
var CHM401_runtime_download_default = defineProjectRule({
  meta: {
    code: "CHM401",
    slug: "runtime-download",
    severity: "error",
    publishedImageOnly: true,
    guide: "There is no Internet access in run time",
    summary: "What the container runs when it starts (ENTRYPOINT/CMD and the scripts they reach) must not download anything.",
    why: "Platform containers have no Internet access: a `pip install`, `git clone` or model download at start fails, and the job or desktop never comes up. Everything must be installed when the image is built.",
    details: [
      "- The chain starts at the final `ENTRYPOINT`/`CMD` (exec or shell form, `sh -c` strings; the CMD as arguments of an exec-form ENTRYPOINT), or at the platform base",
      "  image's entrypoint when the Dockerfile sets neither (only if a context file was copied over it: scripts inherited from a platform base are not re-linted).",
      "  It reaches the build-context files that `COPY`/`ADD` put at the paths it runs (files, folders, globs, WORKDIR-relative paths, `.dockerignore` applied, heredoc COPYs),",
      "  and goes on through `source`/`.`, `bash|sh f`, `python f.py`, `python -m module`, `python -c`, direct execution (PATH searched for bare names), `exec`,",
      "  runner prefixes (`env`, `tini`, `gosu`, `su-exec`, `dumb-init`, `xvfb-run`, `conda|mamba|micromamba|uv|poetry|pipenv run`), `streamlit run`, `uvicorn|gunicorn module:app`,",
      "  a base image's entrypoint script not in the image (`/opt/nvidia/nvidia_entrypoint.sh /app/run.sh`, any `*entrypoint.sh`: assumed to run its arguments, as they do),",
      "  notebooks executed as they stand (`papermill IN.ipynb`, `jupyter nbconvert --execute X.ipynb`, `jupyter execute X.ipynb`: their code cells, read as Python",
      "  and reported in the .ipynb; IPython magics and `!` lines are not read),",
      "  supervisor programs (`supervisord -c FILE`, else the default config and `/etc/supervisor/conf.d/*.conf`; a platform desktop base's own start script runs",
      "  supervisord, so the programs a child image adds to conf.d are followed), Python `subprocess`/`os.system` and local imports;",
      "  the console scripts of a Python project pip installs from a folder of the image (`pip install .`, `pip install -e /app`; `[project.scripts]`,",
      "  `[tool.poetry.scripts]`, setup.cfg or setup.py `console_scripts`), its modules imported from that folder or its `src/` (a project installed",
      "  from a wheel built in another stage is not followed);",
      '  `$(dirname "$0")`, `cd`, script variables and the image\'s ENV are followed. Depth limit 8; a file is visited once, so cycles end.',
      "- Shell: package installs (`apt-get`, `apt`, `yum`, `dnf`, `zypper`, `apk`; `apt-get update` counts only when no install follows), `pip`/`python -m pip`/`uv pip` install,",
      "  download and wheel, `uv add|sync`, `conda`/`mamba`/`micromamba` install/create/update (not `--offline`), `npm`/`yarn`/`pnpm` installs, one-off runners (`npx`, `npm exec`, `pnpm|yarn dlx`, `bunx`, `uvx`; not with\n  `--no-install`/`--offline`, a path, or a package named at build time or in a package.json when the build runs `npm ci|install`), `gem`, `cargo`, `go get`, `poetry`/`pipenv`/`pdm`/`pipx`,",
      "  R `install.packages`/`BiocManager::install`/`remotes::install_*` (in `R -e`/`Rscript -e`, and in R scripts run by `Rscript FILE`, `R -f FILE`,\n  `R CMD BATCH FILE`, where `download.file`/`curl_download`/`httr` calls on a literal external URL count too), `git clone|pull|fetch|submodule update|lfs pull`, `curl`/`wget`/`aria2c` of an external URL, `gdown`, `huggingface-cli download`,",
      "  `kaggle ... download`, `python -m nltk.downloader`, `python -m spacy download`.",
      "- pip is allowed when every index it uses is the platform mirror or another allowed host (`-i`, `--index-url`, `--extra-index-url`, `--find-links`, `PIP_INDEX_URL` from the command, the script",
      "  or the image's ENV) or with `--no-index`. A plain `pip install` is allowed when pip is configured for the mirror: a platform base image (it ships a pip.conf pointing at it), a pip.conf",
      "  copied to `/etc/pip.conf` or the user's `~/.config/pip/pip.conf`, or a build-time `pip config set` naming the mirror. `uv` does not read pip.conf, so it needs its own index setting.",
      "- Installers the profile lists in `runtimeInstalls` (`pip`, `uv`, `conda`, `apt`, `npm`; none for CHAIMELEON) may install from their default index at run time,",
      "  because the platform's nodes serve a mirror for them (the EUCAIM node serves PyPI, so its profile lists `pip`): `pip install x` is then not reported,",
      "  while an index, channel, registry or package URL outside the platform still is, and so is every other download. A package given as a URL",
      "  outside the platform (`pip install https://host/x.whl`, `git+https://...`) is reported whatever the index.",
      "- Allowed hosts: the profile's `allowedHosts` (and their subdomains), loopback, single-label names, `*.svc[.cluster.local]` and `service.namespace` names whose last label holds a hyphen, which no public top-level domain does (in-cluster services). A URL held in an unknown variable is not judged.",
      "- A download guarded by a connectivity test (`if curl -sI https://pypi.org; then pip install ...`, `ping -c1 host && ...`, `wget --spider`, `timeout 3 curl ...`) is a warning: it never runs",
      "  on the platform, so the image starts without what it fetches. So is a download after a test that exits the script when it fails (`curl -s https://pypi.org > /dev/null || exit 0`,",
      '  `if ! ping -c1 host; then exec "$@"; fi`), whose message says the script stops there. The test itself is not reported.',
      "- Python: `requests`/`httpx`/`urllib.request`/`aiohttp`/`wget`/`gdown`/`keras get_file`/`git.Repo.clone_from` on a literal external URL (constants and f-strings with a",
      "  literal host included), `torch.hub.load` (not `source='local'`), `hf_hub_download`/`snapshot_download`/`*.from_pretrained`/`SentenceTransformer`/`load_dataset` on a hub id",
      "  (not a local path, a folder copied into the image, `local_files_only=True`, or `HF_HUB_OFFLINE`/`TRANSFORMERS_OFFLINE` set), `nltk.download`, `spacy.cli.download`, `pip.main`,",
      "  `transformers.pipeline` (its `model=`, or the task's default model when none is given), pretrained weights of `torchvision.models.*` builders",
      "  (`pretrained=True`, `weights=` other than None), `timm.create_model(..., pretrained=True)` and `keras.applications.*` models (their",
      '  `weights` default to `"imagenet"`; None or a file path is local),',
      "  and `subprocess`/`os.system`/`os.exec*` running any of the shell cases. A model or URL whose name also appears in a build-time `RUN` (or a script it runs) was fetched into",
      "  the cache at build time and is not reported, unless each such command downloads it into a file or folder of its own (`wget -O`, `curl -o`,",
      "  `huggingface-cli download --local-dir`, `local_dir=`), which leaves the cache the run-time call reads empty; `nltk.download` is reported anyway, because it contacts its index every time.",
      '- A download that runs only as a fallback (a shell script\'s `[ -f model.pt ] || wget ...`; in R under `if (!requireNamespace("pkg"))` when a build-time',
      "  RUN installs `pkg` (else the test holds at every start), on its line, in its `{ }` block or as the next statement; in Python under",
      "  `if not os.path.exists(p):`, in the `else` of a file test, after",
      "  `if os.path.isfile(p): return ...`, or in an `except` clause) is a warning: the normal path works offline, the fallback fails. In a shell",
      "  script, only when the tested file can be there: the image puts it there (COPY, ADD, a RUN), it is in a folder the platform mounts, a base",
      "  image not seen here may hold it, or a variable hides where it is; a file under /tmp or the image's own folders that nothing makes is",
      "  missing at every start, so the download always runs (an error).",
      "- Reported at the line in the script, with the chain as related locations (the ENTRYPOINT/CMD, each COPY, each calling line)."
    ].join("\n"),
    tags: ["runtime", "network", "entrypoint"]
  },
  async check({ project, profile, report }) {
    const reported = /* @__PURE__ */ new Set();
    const emit = (range, file, d, related, guardedBy, exitsAt = null, fallback = null) => {
      const key = `${file}:${range.startLine}:${range.startColumn}:${d.what}`;
      if (reported.has(key)) return;
      reported.add(key);
      const steps = related.filter((r) => !/^(COPY|ADD) /.test(r.message)).map((r) => r.message);
      const start = `\`${d.what}\` runs when the container starts${steps.length > 0 ? ` (${steps.join(" \u2192 ")})` : ""} and ${d.detail}`;
      const severity = guardedBy || fallback ? "warning" : void 0;
      const message = fallback ? `\`${d.what}\` ${d.detail} when ${fallback.when}, a fallback at container start${steps.length > 0 ? ` (${steps.join(" \u2192 ")})` : ""}: containers have no Internet access at run time, so then it fails. If what it fetches is always in the image, remove the fallback; otherwise, ${d.advice}.` : guardedBy ? exitsAt ? `${start}, but only if \`${commandText(guardedBy, 40)}\` finds a network (line ${exitsAt.range.startLine} ends the script otherwise): on the platform it never does, so the script stops there without it. Instead, ${d.advice}.` : `${start}, but only if \`${commandText(guardedBy, 40)}\` finds a network: on the platform it never does, so the image starts without it. Instead, ${d.advice}.` : `${start}; containers have no Internet access at run time, so it fails. Instead, ${d.advice}.`;
      report({ file, range, message, related, ...severity ? { severity } : {} });
    };
    const checkCommands = (list, related, setting, text = null) => {
      const tests = new Set(list.flatMap((c) => c.guards).filter(isConnectivityTest));
      let exitGuard = null;
      let index;
      const lines = () => index ??= new LineIndex(text);
      for (const cmd of list) {
        if (tests.has(cmd)) continue;
        const ends = cmd.program === "exit" || cmd.wrappers.includes("exec");
        const test = ends && text !== null ? cmd.guards.find((g) => isConnectivityTest(g) && exitsOnFailure(lines(), g, cmd)) : void 0;
        if (test && !exitGuard) exitGuard = { test, exit: cmd };
        const d = shellDownload(cmd, list, setting);
        const own = cmd.guards.find(isConnectivityTest);
        let fallback = null;
        for (const test2 of !own && text !== null ? cmd.guards.filter(isFileTest) : []) {
          const onFailure = exitsOnFailure(lines(), test2, cmd);
          if (test2.args.some((a) => a.value === "!") === onFailure) continue;
          if (!testedFileMayExist(test2, setting)) continue;
          fallback = { when: `\`${commandText(test2, 40)}\` ${onFailure ? "fails" : "holds"}` };
        }
        if (d && !fallback && (cmd.program === "R" || cmd.program === "Rscript")) {
          const when = rMissingTest(cmd.args.map((a) => a.value).join(" "), setting);
          if (when) fallback = { when };
        }
        if (d) emit(cmd.range, cmd.file, d, related, own ?? exitGuard?.test ?? null, own ? null : exitGuard?.exit ?? null, fallback);
      }
    };
    for (const facts of project.dockerfiles) {
      const chain = await project.entrypointChain(facts);
      if (chain.commands.length === 0 && chain.scripts.length === 0) continue;
      const setting = await settingOf(project, facts, chain, profile);
      checkCommands(chain.commands, [], setting);
      for (const script of chain.scripts) {
        checkCommands(script.commands, script.via, setting, script.embedded ? null : script.text);
        checkCommands(script.runs, script.via, setting);
        if (script.language === "other" && !script.embedded && (/\.r$/i.test(script.imagePath ?? "") || /^#!.*\bRscript\b/.test(script.text))) checkRScript(script, setting, emit);
        for (const call of script.python?.calls ?? []) {
          const d = pythonDownload(call, script, setting);
          if (d) emit(call.range, script.path, d, script.via, null, null, call.fallback);
        }
      }
    }
  }
});

// rules/CHM402-context-file-missing.ts
var URL_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
function neededStages(facts) {
  const byRef = (ref) => facts.stages.find((s) => s.name !== null && s.name.toLowerCase() === ref.toLowerCase() || String(s.index) === ref);
  const needed = /* @__PURE__ */ new Set();
  const visit = (stage) => {
    if (!stage || needed.has(stage)) return;
    needed.add(stage);
    visit(stage.baseStage);
    for (const instr of stage.instructions) {
      for (const flag of instr.flags) {
        const name = flag.name.toLowerCase();
        if (name === "from" && flag.value) visit(byRef(flag.value));
        if (name === "mount" && flag.value) {
          const from = /(?:^|,)from=([^,]+)/.exec(flag.value)?.[1];
          if (from) visit(byRef(from));
        }
      }
    }
  };
  visit(facts.finalStage);
  return facts.stages.filter((s) => needed.has(s));
}
function contextName(context) {
  return context.root === "" ? "the repository root" : `\`${context.root}/\``;
}
function lookalike(context, value, repoFiles) {
  const wanted = value.replace(/^\.?\/+/, "").replace(/\/+$/, "");
  if (/[*?[]/.test(wanted) || wanted === "") return "";
  const files = [...context.files];
  const lower = wanted.toLowerCase();
  const sameCase = files.find((f) => f.toLowerCase() === lower || f.toLowerCase().startsWith(lower + "/"));
  if (sameCase) return ` Did you mean \`${sameCase.slice(0, wanted.length)}\`? Names are case-sensitive.`;
  const base = wanted.slice(wanted.lastIndexOf("/") + 1);
  const elsewhere = files.find((f) => f === base || f.endsWith("/" + base));
  if (elsewhere) return ` The context has \`${elsewhere}\`.`;
  if (context.root !== "" && (repoFiles.has(wanted) || [...repoFiles].some((f) => f.startsWith(wanted + "/")))) {
    return ` \`${wanted}\` exists at the repository root: if the image is built from there (\`docker build -f ${context.root}/Dockerfile .\`), the context is the root instead.`;
  }
  return "";
}
var CHM402_context_file_missing_default = defineProjectRule({
  meta: {
    code: "CHM402",
    slug: "context-file-missing",
    severity: "error",
    guide: "beyond",
    summary: "A `COPY`/`ADD` source must exist in the build context after `.dockerignore`.",
    why: '`docker build` stops with "not found" when a source is missing, so the image cannot be built and published; a file excluded by `.dockerignore` is missing just the same.',
    details: [
      "- Runs in repository mode only: a lone Dockerfile has no build context to look into.",
      "- The build context is the Dockerfile's folder (the repository root when none of its `COPY` sources is there but some are at the root, as with `docker build -f sub/Dockerfile .`).",
      "  `<Dockerfile>.dockerignore` next to the Dockerfile is read before the context's `.dockerignore`, with Docker's matching: patterns relative to the context root, `*`, `?`, `**`,",
      "  `!` exceptions, the last matching pattern wins, a matching folder excludes what is in it.",
      "- Sources are cleaned as Docker does (a leading `/` or `./` is the context root); a source climbing out of the context with `..` is reported. Wildcards (`*.sh`, `app/*`) follow",
      "  Go's filepath.Match, one path segment at a time, and must match at least one file or folder.",
      "- Not judged: `--from` sources (another stage or image), URLs and git sources of `ADD`, heredocs, sources with a variable that has no value at build time, and paths inside folders",
      "  the file listing skips (`node_modules`, `.git`, virtual environments). Only stages the final image needs are checked: BuildKit never builds the others.",
      "- Reported at the source word, with the `.dockerignore` line when that is what excludes it and a hint when the name exists with another case or elsewhere."
    ].join("\n"),
    tags: ["build", "context"]
  },
  async check({ project, report }) {
    for (const facts of project.dockerfiles) {
      const context = await project.buildContext(facts);
      if (!context.complete) continue;
      const { text, lines } = facts.model;
      const written = (word) => text.slice(lines.offsetAt(word.range.startLine - 1, word.range.startColumn - 1), lines.offsetAt(word.range.endLine - 1, word.range.endColumn - 1)).replace(/^"|"$/g, "");
      for (const copy of facts.copies(neededStages(facts))) {
        if (copy.from !== null) continue;
        for (const source of copy.sources) {
          if (URL_SOURCE.test(source.value)) continue;
          const match = context.resolveSource(source.value);
          if (match.unknown || match.entries.length > 0) continue;
          const raw = written(source);
          const shown = raw !== source.value && raw.includes("$") ? `\`${raw}\` (\`${source.value}\` once its variables are expanded)` : `\`${source.value}\``;
          const keyword = copy.instr.keyword;
          let message;
          const related = [];
          if (match.outside) {
            message = `${keyword} source ${shown} is outside the build context (${contextName(context)}): Docker can only copy files from inside it. Move the file into the context.`;
          } else if (match.excluded.length > 0) {
            const { by } = match.excluded[0];
            const ignoreFile = context.dockerignoreFile ?? ".dockerignore";
            const name = ignoreFile.slice(ignoreFile.lastIndexOf("/") + 1);
            related.push({ file: ignoreFile, range: { startLine: by.line, startColumn: 1, endLine: by.line, endColumn: by.written.length + 1 }, message: `\`${by.written}\` excludes it` });
            message = `${keyword} source ${shown} is excluded by \`${name}\` (line ${by.line}: \`${by.written}\`), so \`docker build\` fails with "not found". Remove that pattern or add an exception such as \`!${match.excluded[0].entry.path}\`.`;
          } else if (/[*?[]/.test(source.value)) {
            message = `No file in the build context (${contextName(context)}) matches ${keyword} source ${shown}, so \`docker build\` fails. Fix the pattern or add the files.${lookalike(context, source.value, project.vfs.files)}`;
          } else {
            message = `${keyword} source ${shown} does not exist in the build context (${contextName(context)}), so \`docker build\` fails. Add the file or fix the path.${lookalike(context, source.value, project.vfs.files)}`;
          }
          report({ file: facts.file, range: source.range, message, ...related.length > 0 ? { related } : {} });
        }
      }
    }
  }
});

// rules/CHM403-default-password-not-rotated.ts
var PYTHON_SECRET = /os\.environ|getenv|secrets\.|random|uuid|urandom/;
function rotations(chain, runAs) {
  const found = [];
  const consider = (cmd, via, pythonText) => {
    const setting = passwordSetting(cmd, runAs);
    if (setting) found.push({ users: setting.users, generated: setting.generated, cmd, via });
    else if (pythonText !== null && (cmd.program === "chpasswd" || cmd.program === "passwd")) {
      found.push({ users: [], generated: PYTHON_SECRET.test(pythonText), cmd, via });
    }
  };
  for (const cmd of chain.commands) consider(cmd, [], null);
  for (const script of chain.scripts) {
    for (const cmd of script.commands) consider(cmd, script.via, null);
    for (const cmd of script.runs) consider(cmd, script.via, script.language === "python" ? script.text : null);
  }
  return found;
}
function covers(rotation, user, runAs) {
  if (rotation.users.length === 0) return user === runAs;
  return rotation.users.some((u) => u === user || u.includes("$") && user === runAs);
}
var CHM403_default_password_not_rotated_default = defineProjectRule({
  meta: {
    code: "CHM403",
    slug: "default-password-not-rotated",
    severity: "error",
    publishedImageOnly: true,
    guide: 'Setting the password for "chaimeleon" user',
    summary: "A password set at build time is never replaced at run time by the init script.",
    why: "A password written in the Dockerfile is known to everyone who can read the repository or pull the image; the guide asks the init script to replace it at each start with the `PASSWORD` the helm chart passes or a random one, so that only the session's user can log in.",
    details: [
      '- A build-time password: `echo "user:pass" | chpasswd` (also `printf`, heredocs, `chpasswd <<< ...`), `passwd` fed on stdin or with `--stdin`,',
      "  `usermod -p` / `useradd -p`, in RUNs of the final image (its stage and the stages it is built FROM; not ONBUILD triggers). A value from a",
      "  build ARG is still baked into the image and its history.",
      "- A rotation: the start-up (the final ENTRYPOINT/CMD, the scripts it runs through COPY, `source`, `bash f`, `python f.py`, supervisor",
      "  programs, `subprocess`) runs `chpasswd`/`passwd`/`usermod -p` with a password that is not a literal: `$PASSWORD`, `$(openssl rand ...)`,",
      "  `/dev/urandom`, `pwgen`. A rotation to another literal password does not count (it is as known as the first one): it is a related location.",
      '- A rotation with no user or a variable one (`passwd`, `passwd $USER`, `"$USER:$PASSWORD" | chpasswd`) replaces the password of the user the',
      "  image ends as; every user given a password at build time must be rotated.",
      "- A platform desktop base rotates the platform user's password in its own start script, as long as the Dockerfile does not replace its",
      "  `ENTRYPOINT` with one that never calls that script. It does not rotate other users' passwords.",
      "- A password for another user than the one the image ends as (root above all: anyone could `su`) cannot be replaced by an init script",
      "  that runs without root: it is reported with the advice to remove it, unless the image ends as root and rotates it.",
      "- Scripts the chain cannot find in the build context (inherited from a base image, built at run time) are unknown: the message says so.",
      "- With no SSH server, only the passwords of users in a sudo group (`sudo`, `wheel`, `admin`) are judged: `sudo` asks for them, so a",
      "  known one lets anyone become root. The others are used by nothing: CHM404 reports them (remove it)."
    ].join("\n"),
    security: true,
    tags: ["security", "password"]
  },
  async check({ project, profile, report }) {
    for (const facts of project.dockerfiles) {
      const passwords = buildPasswords(facts);
      if (passwords.length === 0) continue;
      const ssh = hasSshServer(facts);
      const sudoers = sudoGroupMembers(facts);
      if (!ssh && sudoers.size === 0) continue;
      const stage = facts.finalStage;
      if (!stage) continue;
      const runAs = stage.finalUser.name;
      const runsAsRoot = facts.uidOf(stage.finalUser) === 0;
      const chain = await project.entrypointChain(facts);
      const found = rotations(chain, runAs);
      const replaced = platformStartReplacedBy(facts, chain);
      const base = facts.platformBase;
      const baseRotates = !!base?.provides.rotatesPassword && !replaced;
      const fixed = found.filter((r) => !r.generated);
      const related = fixed.map((r) => ({ file: r.cmd.file, range: r.cmd.range, message: "the init script sets another fixed password here, which is just as known" }));
      if (replaced && base?.provides.rotatesPassword) related.push({ file: facts.file, range: replaced.range, message: `this ENTRYPOINT replaces the start script of \`${base.name}\`, which rotates the password` });
      for (const p of passwords) {
        const users = (p.users.length > 0 ? p.users : [profile.user.name]).filter((u) => ssh || sudoers.has(u));
        const rotated = (user) => baseRotates && user === profile.user.name || found.some((r) => r.generated && covers(r, user, runAs));
        const stale = users.filter((u) => !rotated(u));
        if (stale.length === 0) continue;
        const named = stale.map((u) => `\`${u}\``).join(", ");
        const unreachable = runsAsRoot ? [] : stale.filter((u) => u !== runAs && !u.includes("$"));
        let message;
        if (unreachable.some((u) => u === "root" || u === "0")) {
          message = `\`${p.how}\` gives root a password at build time; the init script runs as \`${runAs}\` and cannot replace it, so anyone who reads the Dockerfile can \`su\` to root in every container. Remove it: root needs no password.`;
        } else if (unreachable.length === stale.length) {
          message = `\`${p.how}\` sets a password for ${named} at build time; the init script runs as \`${runAs}\` and cannot replace another user's password, so it stays as written in the Dockerfile. Remove it: only the user who logs in (\`${runAs}\`) needs one, set at run time.`;
        } else {
          const start = chain.instructions.length > 0 || chain.inherited ? chain.scripts.length > 0 ? `no script the entrypoint runs (${chain.scripts.length} found in the build context) replaces it` : "the ENTRYPOINT/CMD runs no script from the build context that replaces it" : "the image has no ENTRYPOINT (init script) to replace it";
          const sudo = stale.some((u) => sudoers.has(u)) ? ", and it is the password `sudo` asks for, so they can become root" : "";
          if (!ssh) {
            message = `\`${p.how}\` sets a password for ${named} at build time: everyone who reads the Dockerfile knows it${sudo}. Remove it together with the sudo group (CHM103): with no SSH server, no one needs a password to use the image.`;
            report({ file: facts.file, range: p.range, related, message });
            continue;
          }
          message = `\`${p.how}\` sets a password for ${named} at build time and ${start}: everyone who reads the Dockerfile knows it${sudo}. In the init script, replace it with the \`PASSWORD\` variable or a random one (\`PASSWORD=\${PASSWORD:-$(head -c 12 /dev/urandom | base64)}\`, then \`echo -e "OLD\\n$PASSWORD\\n$PASSWORD" | passwd\`).`;
        }
        report({ file: facts.file, range: p.range, related, message });
      }
    }
  }
});

// rules/CHM404-password-without-ssh.ts
var CHM404_password_without_ssh_default = defineProjectRule({
  meta: {
    code: "CHM404",
    slug: "password-without-ssh",
    severity: "info",
    publishedImageOnly: true,
    guide: 'Setting the password for "chaimeleon" user',
    summary: "A password is set at build time, but the image installs no SSH server to log in with it.",
    why: "The guide keeps the `chpasswd` line only for images where the user logs in through SSH; without an SSH server a password is a known secret baked into the image that nothing needs.",
    details: [
      '- A password is set by `echo "user:pass" | chpasswd` (also `printf`, a heredoc, `chpasswd <<< ...`), `passwd` fed on stdin or with `--stdin`,',
      "  and `usermod -p` / `useradd -p` / `--password`. `passwd -d/-l/-u/-e`, and `-p '!'` or `-p '*'` (a locked account) set none.",
      "- Only RUNs of the final image count: its stage and the stages it is built `FROM`. Builder stages and `ONBUILD` triggers do not.",
      "- An SSH server is `openssh-server`, `openssh`, Debian's `ssh` metapackage, `dropbear` or `tinysshd`, installed with apt, yum/dnf,",
      "  apk, zypper or pacman (packages named through an `ARG`/`ENV` variable count), or a platform desktop base image, which ships openssh-server.",
      "- A server installed by a script the Dockerfile runs, or present in a third-party base image, cannot be seen: the message says so.",
      "- One finding per command that sets a password. With no SSH server this is the only finding on it (CHM403, whether an SSH login password is",
      "  replaced at run time, applies only when there is a server to log in with): the fix is to remove the password.",
      "- A password of a user the image puts in a sudo group (`sudo`, `wheel`, `admin`) is used: `sudo` asks for it. That is CHM403's (a known",
      "  password that gives root) and CHM103's (the sudoer), not this rule's."
    ].join("\n"),
    // Not a security rule: with no SSH server nothing can log in with the password (su from root needs none).
    tags: ["password", "ssh"]
  },
  check({ project, report }) {
    for (const facts of project.dockerfiles) {
      const passwords = buildPasswords(facts);
      if (passwords.length === 0 || hasSshServer(facts)) continue;
      const base = facts.base.reference || "its base image";
      const sudoers = sudoGroupMembers(facts);
      for (const p of passwords) {
        if (p.users.length > 0 && p.users.every((u) => sudoers.has(u))) continue;
        const who = p.users.length > 0 ? p.users.map((u) => `\`${u}\``).join(", ") : "a user";
        report({
          file: facts.file,
          range: p.range,
          message: `\`${p.how}\` sets a password for ${who} that nothing uses: no SSH server is installed (${facts.base.kind === "unseen" ? `if \`${base}\` brings none` : `none in this Dockerfile or \`${base}\``}). Remove it; if an SSH login is added later, set the password at run time from \`PASSWORD\`.`
        });
      }
    }
  }
});

// rules/CHM405-desktop-requirements-missing.ts
var VNC_SERVER = /^(x11vnc|tigervnc(-standalone-server|-server|-scraping-server)?|tightvncserver|tightvnc-server|vnc4server|turbovnc|kasmvncserver|realvnc-vnc-server)$/;
var SUPERVISOR_PACKAGE = /^(supervisor|supervisord|runit|s6|s6-overlay|daemontools|circus|monit)$/;
var SUPERVISOR_PROGRAM = /^(supervisord|runsvdir|runsv|s6-svscan|s6-supervise|circusd|monit)$/;
var BROWSER_PACKAGE = /^(firefox(-esr)?|chromium(-browser)?|google-chrome(-stable|-beta|-unstable)?|microsoft-edge-stable|brave-browser|epiphany(-browser)?|midori|falkon|konqueror|qutebrowser|palemoon|seamonkey|netsurf(-gtk)?)$/;
var BROWSER_WORD = /\b(firefox|chromium|google-chrome|microsoft-edge|brave-browser|epiphany|falkon)\b/i;
var VNC_BASE_NAME = /vnc|kasm|webtop/i;
function webServer(cmd) {
  const p = cmd.program;
  const a = cmd.args.map((w) => w.value);
  const first = a.find((w) => !w.startsWith("-")) ?? "";
  if (p === "jupyter" && /^(lab|notebook|server|nbclassic)$/.test(first)) return `jupyter ${first}`;
  if (/^(jupyter-lab|jupyter-notebook|jupyter-server|voila|uvicorn|gunicorn|hypercorn|daphne|waitress-serve|tensorboard|code-server|rstudio-server|shiny-server|nginx|httpd|apache2|apachectl|lighttpd|caddy)$/.test(p)) return p;
  if (p === "streamlit" && first === "run") return "streamlit run";
  if (p === "flask" && first === "run") return "flask run";
  if ((p === "panel" || p === "bokeh") && first === "serve") return `${p} serve`;
  if (p === "mlflow" && /^(ui|server)$/.test(first)) return `mlflow ${first}`;
  if (p === "gradio") return "gradio";
  if (/^python(\d+(\.\d+)?)?$/.test(p)) {
    const m = a.indexOf("-m");
    const module = m >= 0 ? a[m + 1] : void 0;
    if (module && /^(http\.server|jupyter|jupyterlab|notebook|streamlit|flask|uvicorn|gunicorn|voila|panel|bokeh|tensorboard|mlflow|SimpleHTTPServer)$/.test(module)) return `python -m ${module}`;
    if (a.includes("runserver")) return "manage.py runserver";
  }
  if (p === "R" || p === "Rscript") {
    if (a.some((w) => /shiny::runApp|runApp\(/.test(w))) return "shiny";
  }
  return null;
}
var PYTHON_WEB_FRAMEWORK = /^(flask|fastapi|gradio|streamlit|dash|bokeh|panel|aiohttp|tornado|http\.server|bottle|cherrypy|nicegui|shiny|uvicorn|waitress|socketserver)(\.|$)/;
var PYTHON_WEB_START = /(^|\.)(run|launch|run_server|serve|serve_forever|run_app|listen)$/;
function isRemoteAccessPort(port, profile) {
  return port === 22 || port === 3389 || port === profile.desktopPorts.ssh || port === profile.desktopPorts.vnc || port >= 5900 && port <= 5999;
}
async function startUp(project, facts) {
  const chain = await project.entrypointChain(facts);
  const commands = chain.commands.map((cmd) => ({ cmd, via: [] }));
  for (const script of chain.scripts) for (const cmd of [...script.commands, ...script.runs]) commands.push({ cmd, via: script.via });
  return { commands, scripts: chain.scripts, chain };
}
function pythonWebStart(script) {
  const module = script.python;
  if (!module) return null;
  const framework = module.imports.find((i) => PYTHON_WEB_FRAMEWORK.test(i.module));
  if (!framework) return null;
  const start = module.calls.find((c) => PYTHON_WEB_START.test(c.name) && !/^(subprocess|os|asyncio|threading|multiprocessing)\./.test(c.name));
  if (!start) return null;
  return { file: script.path, range: start.range, what: `\`${script.path}\` starts a ${framework.module.split(".")[0]} application (\`${start.written}()\`)`, related: script.via };
}
function exposedWebPort(facts, profile) {
  for (const stage of facts.imageChain) {
    for (const instr of stage.instructions) {
      if (instr.keyword !== "EXPOSE" || instr.onbuild) continue;
      for (const word of instr.args) {
        const port = Number(word.value.split("/")[0].split("-")[0]);
        if (Number.isInteger(port) && port > 0 && !isRemoteAccessPort(port, profile)) {
          return { file: facts.file, range: word.range, what: `it exposes port ${port}`, related: [] };
        }
      }
    }
  }
  return null;
}
function webApplication({ commands, scripts }, facts, profile) {
  for (const { cmd, via } of commands) {
    const server = webServer(cmd);
    if (server) return { file: cmd.file, range: cmd.range, what: `its start-up runs \`${server}\``, related: via };
  }
  for (const script of scripts) {
    const web = pythonWebStart(script);
    if (web) return web;
  }
  return exposedWebPort(facts, profile);
}
function hasSupervisor({ commands }, facts) {
  if (findInstalled(facts, SUPERVISOR_PACKAGE)) return true;
  if (anyInstruction(facts, (text) => /s6-overlay/.test(text))) return true;
  return commands.some(({ cmd }) => SUPERVISOR_PROGRAM.test(cmd.program) || cmd.name === "/init");
}
function anyInstruction(facts, test) {
  for (const stage of facts.imageChain) {
    for (const instr of stage.instructions) {
      if (instr.onbuild || instr.keyword !== "RUN" && instr.keyword !== "ADD" && instr.keyword !== "COPY") continue;
      if (test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) return instr;
    }
  }
  return null;
}
var CHM405_desktop_requirements_missing_default = defineProjectRule({
  meta: {
    code: "CHM405",
    slug: "desktop-requirements-missing",
    severity: "error",
    publishedImageOnly: true,
    guide: "(Optional) Include a desktop environment",
    summary: "An interactive (desktop) image lacks a VNC server, an SSH server or a process supervisor; a web application in it has no browser.",
    why: "Users reach a desktop image only through Guacamole, which connects to its VNC server and uploads files over SSH, and supervisor keeps those services running; a web application inside the desktop can only be opened with a browser installed in it.",
    details: [
      "- An image is interactive when its final image installs a desktop environment or window manager (lxde, xfce4, mate, kde/plasma, gnome,",
      "  icewm, openbox...), x11vnc/tigervnc or Xvfb, or is built on a platform desktop image or a third-party base whose name says desktop/VNC.",
      "  Xvfb alone in an image with an `ENTRYPOINT` of its own is a virtual display a batch job renders on (`xvfb-run app`), not a desktop.",
      "- VNC server: x11vnc, tigervnc, tightvncserver, turbovnc, KasmVNC... SSH server: openssh-server, openssh, Debian's `ssh`, dropbear.",
      "  Supervisor: `supervisor` from apt/yum/apk or pip/conda, runit, s6 (also s6-overlay unpacked with ADD), daemontools, circus, monit,",
      "  or a supervisor the start-up runs (`supervisord`, `runsvdir`, `s6-svscan`, `/init`). Packages count in every stage of the final image.",
      "- A platform desktop base provides all three. A child that sets its own `ENTRYPOINT` without calling the base's start script",
      "  (directly or from its scripts) no longer starts them: reported at that `ENTRYPOINT`.",
      "- A third-party desktop base cannot be seen: its name is trusted for VNC (`vnc`, `kasm`, `webtop`), and the message says what else was assumed missing.",
      "- One error lists every missing part, at the line that makes the image a desktop.",
      "- Web application (warning, same code): the start-up (ENTRYPOINT/CMD, the scripts they run, supervisor programs) starts a web server",
      "  (jupyter, streamlit, gradio, flask run, uvicorn, gunicorn, voila, panel/bokeh serve, tensorboard, mlflow ui, code-server, rstudio-server,",
      "  shiny, nginx/httpd, `python -m http.server`...), a Python entry script imports a web framework and starts it (`app.run(`,",
      "  `demo.launch(`, `uvicorn.run`), or the image `EXPOSE`s a port other than SSH/VNC/RDP (22, 2222, 3389, 5900-5999). It needs a browser:",
      "  firefox, chromium, google-chrome, epiphany, falkon... installed with a package manager, downloaded by a RUN/ADD that names it, or from a platform base that ships one.",
      "- Batch images are not judged here (CHM141 asks them for an ENTRYPOINT)."
    ].join("\n"),
    tags: ["desktop", "interactive"]
  },
  async check({ project, profile, report }) {
    for (const facts of project.dockerfiles) {
      const kind = imageKind(facts);
      if (kind.kind !== "desktop" || !kind.evidence) continue;
      const base = facts.platformBase;
      const root = facts.imageChain[0];
      const thirdPartyBase = !base && root ? root.image : null;
      const evidence = kind.evidence;
      const start = await startUp(project, facts);
      const desktopRelated = [{ file: facts.file, range: evidence.instr.range, message: `This makes it a desktop image: ${evidence.what}.` }];
      const missing = [];
      if (!base?.provides.vnc && !findInstalled(facts, VNC_SERVER) && !(thirdPartyBase && VNC_BASE_NAME.test(thirdPartyBase))) missing.push("a VNC server (`x11vnc`)");
      if (!base?.provides.ssh && !findInstalled(facts, SSH_SERVER_PACKAGE)) missing.push("an SSH server (`openssh-server`)");
      if (!base?.provides.supervisor && !hasSupervisor(start, facts)) missing.push("a process supervisor (`supervisor`)");
      if (missing.length > 0) {
        const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}`;
        report({
          file: facts.file,
          range: evidence.instr.range,
          message: `This is a desktop image (${evidence.what}) but it lacks ${list}${thirdPartyBase ? ` (assumed the base image \`${thirdPartyBase}\` does not provide ${missing.length === 1 ? "it" : "them"})` : ""}: Guacamole shows the desktop through VNC and uploads files over SSH, and supervisor keeps those services running. Install ${missing.length === 1 ? "it" : "them"}, or build FROM a platform desktop image.`
        });
      }
      const replaced = platformStartReplacedBy(facts, start.chain);
      if (replaced && base) {
        report({
          file: facts.file,
          range: replaced.range,
          related: desktopRelated,
          message: `This ENTRYPOINT replaces the start script of \`${base.name}\` (\`${base.provides.entrypoint?.join(" ")}\`), which starts supervisor and through it VNC and SSH: drop the ENTRYPOINT (use CMD), or end your script with \`exec ${base.provides.entrypoint?.[0]} "$@"\`.`
        });
      }
      const web = webApplication(start, facts, profile);
      const hasBrowser = !!base?.provides.browser || !!findInstalled(facts, BROWSER_PACKAGE) || !!anyInstruction(facts, (text) => BROWSER_WORD.test(text));
      if (web && !hasBrowser) {
        report({
          file: web.file,
          range: web.range,
          severity: "warning",
          related: [...web.related, ...desktopRelated],
          message: `This desktop image serves a web application (${web.what}) but installs no browser to open it inside the desktop${thirdPartyBase ? ` (assumed the base image \`${thirdPartyBase}\` has none)` : ""}: install one, e.g. \`firefox\` or \`chromium\`, with the package manager.`
        });
      }
    }
  }
});

// rules/CHM406-version-not-bumped.ts
var URL_SOURCE2 = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
var SHOWN_FILES = 5;
function contextSources(facts) {
  const sources = [];
  for (const copy of facts.copies()) {
    if (copy.from !== null) continue;
    for (const s of copy.sources) if (!URL_SOURCE2.test(s.value)) sources.push(s.value);
  }
  for (const stage of facts.stages) {
    for (const instr of stage.instructions) {
      if (instr.keyword !== "RUN" || instr.onbuild) continue;
      for (const flag of instr.flags) {
        if (flag.name.toLowerCase() !== "mount" || !flag.value) continue;
        const options = new Map(flag.value.split(",").map((kv) => [kv.split("=")[0], kv.slice(kv.indexOf("=") + 1)]));
        if ((options.get("type") ?? "bind") !== "bind" || options.has("from")) continue;
        sources.push(options.get("source") ?? options.get("src") ?? ".");
      }
    }
  }
  return sources;
}
function reachesImage(context, path, sources) {
  if (context.ignored(path)) return false;
  return sources.some((source) => {
    const match = context.resolveSource(source);
    if (match.unknown) return true;
    return match.entries.some((e) => e.path === path || e.isDir && (e.path === "" || path.startsWith(e.path + "/")));
  });
}
function instructionsSignature(facts) {
  return facts.model.instructions.map((i) => `${i.keyword} ${i.flags.map((f) => `--${f.name}=${f.value ?? ""}`).join(" ")} ${i.argsText.replace(/\s+/g, " ").trim()}`).join("\n");
}
function nextVersion(version) {
  const m = /^(.*?)(\d+)(\D*)$/.exec(version);
  return m ? `${m[1]}${Number(m[2]) + 1}${m[3]}` : null;
}
var CHM406_version_not_bumped_default = defineProjectRule({
  meta: {
    code: "CHM406",
    slug: "version-not-bumped",
    severity: "error",
    publishedImageOnly: true,
    guide: "Labels",
    summary: "The image changed since the base ref (`--base REF`) but its `version` label did not.",
    why: "Nodes pull an image only when they do not hold the tag yet, and the platform tags images with the `version` label: a change published under the same version never reaches the nodes that cached the old one.",
    details: [
      "- Runs only with `--base REF` (a branch, tag or commit; in CI the pull request's base, e.g. `--base origin/main`) on a repository folder in a",
      "  git checkout. git is run as a command with argument lists; the ref must name a commit, else the command stops with a usage error (exit 2).",
      "- Changed files are those `git diff --name-only REF` lists against the working tree (staged or not, deleted ones included) plus untracked",
      "  files that git does not ignore.",
      "- For each Dockerfile, a change counts when it is to the Dockerfile's instructions (comments and layout alone do not count) or to a file",
      "  of its build context that the build reads: sent by the context (after `.dockerignore`) and named by a `COPY`/`ADD` source or a",
      "  `RUN --mount=type=bind` source in any stage (`COPY . .` reads everything). So README, LICENSE or CI edits that no COPY reads need no bump.",
      "- The `version` label of the final image (after ARG/ENV expansion) is compared with the same Dockerfile at the base ref. A Dockerfile",
      "  that did not exist at the base is a new image: nothing to bump. A version that comes from a build argument with no default cannot be",
      "  compared and is not judged.",
      "- Reported at the `version` label, or at the final stage's `FROM` when there is none; up to five changed files are related locations.",
      "- Its fixtures hold the base as a `.git-base/` folder (committed in a temporary repository, the fixture written over it, linted with `--base HEAD`);",
      "  test/version-bump.test.ts covers the command line: tags, branches, commit ids, committed changes, usage errors."
    ].join("\n"),
    tags: ["labels", "versioning"]
  },
  async check({ project, profile, report }) {
    const git = project.git;
    if (!git) return;
    const changed = await git.changedFiles();
    if (changed.length === 0) return;
    for (const facts of project.dockerfiles) {
      const stage = facts.finalStage;
      if (!stage) continue;
      const baseText = await git.readAtBase(facts.file);
      const before = baseText === null ? null : dockerfileFactsFromText(facts.file, baseText, profile);
      if (!before) continue;
      const label = stage.labels.get("version") ?? null;
      const oldLabel = before.finalStage?.labels.get("version") ?? null;
      if (label && (label.unresolved.length > 0 || oldLabel?.unresolved.length)) continue;
      if (label && oldLabel && label.value !== oldLabel.value) continue;
      if (label && !oldLabel) continue;
      const context = await project.buildContext(facts);
      const prefix = context.root ? context.root + "/" : "";
      const sources = contextSources(facts);
      const dockerfileChanged = changed.includes(facts.file) && instructionsSignature(facts) !== instructionsSignature(before);
      const contextChanges = changed.filter((f) => f !== facts.file && f.startsWith(prefix) && reachesImage(context, f.slice(prefix.length), sources));
      if (!dockerfileChanged && contextChanges.length === 0) continue;
      const what = [...dockerfileChanged ? [facts.file] : [], ...contextChanges];
      const listed = what.slice(0, 3).map((f) => `\`${f}\``).join(", ") + (what.length > 3 ? ` and ${what.length - 3} more` : "");
      const related = what.filter((f) => f !== facts.file && project.vfs.files.has(f)).slice(0, SHOWN_FILES).map((f) => ({ file: f, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, message: `changed since \`${git.ref}\`` }));
      if (label) {
        const next = nextVersion(label.value);
        report({
          file: facts.file,
          range: label.range,
          related,
          message: `The image changed since \`${git.ref}\` (${listed}) but its \`version\` label is still \`${label.value}\`: bump it${next ? ` (e.g. \`version="${next}"\`)` : ""}, or nodes that cached \`${label.value}\` keep running the old image.`
        });
      } else {
        report({
          file: facts.file,
          range: stage.from.range,
          related,
          message: `The image changed since \`${git.ref}\` (${listed}) and has no \`version\` label to tell the new image from the old: add \`LABEL version="1.0"\` after this FROM and increase it on every change.`
        });
      }
    }
  }
});

// rules/CHM407-repo-name-convention.ts
var CHM407_repo_name_convention_default = defineProjectRule({
  meta: {
    code: "CHM407",
    slug: "repo-name-convention",
    severity: "warning",
    scope: "repository",
    guide: "How to integrate your application in CHAIMELEON platform",
    summary: "The repository name should start with the batch or interactive prefix that matches the image.",
    why: "The platform team finds the repositories in its organization by their prefix (`image_batch_...`, `image_interactive_...`) and builds and publishes them as batch images for jobman or as desktop applications with a helm chart accordingly.",
    details: [
      "- Runs only when the repository name is known: the git remote (`origin`, else the first remote) of a local checkout, or GitHub in remote mode.",
      "- Only for repositories of the platform's organization (the profile's `organization`, `chaimeleon-eu` by default, compared case-insensitively):",
      "  the convention is how the platform team files the repositories it hosts; partners' own repositories elsewhere keep their names and are catalogued",
      "  as they are. When the owner is unknown (a remote that is a local path names none), nothing is reported: a reviewer does not rename a",
      "  repository without knowing it is the platform's.",
      "- A repository that publishes several images (several built Dockerfiles, not counting left-overs and bases built only for another image of",
      "  the repository) is a family of images, not one application: it is not judged.",
      "- A profile with `repoNameConvention: false` (a platform with no naming convention, such as the EUCAIM node) turns the rule off.",
      "- The prefixes come from the profile (`image_batch_` and `image_interactive_` by default). They are compared case-insensitively, as GitHub",
      "  treats repository names; `image-batch-foo` does not match.",
      "- The kind is the primary Dockerfile's (the root `Dockerfile`, else the first found): a desktop image (a desktop environment, VNC or Xvfb",
      "  installed, or a desktop base image) is interactive; every other image is batch. A repository with no Dockerfile that parses is not judged.",
      "- Reported at the `FROM` of the primary Dockerfile's final stage (the image the repository publishes), so that an inline ignore above it",
      "  silences it; when the kind does not match, the line that makes the image a desktop is a related location."
    ].join("\n"),
    tags: ["repository", "naming"]
  },
  check({ project, profile, report }) {
    const { name, owner } = project.repository;
    const facts = project.primary;
    const stage = facts?.finalStage;
    if (!profile.repoNameConvention || !name || !owner || owner.toLowerCase() !== profile.organization.toLowerCase() || !facts || !stage) return;
    if (project.publishedImageCount > 1) return;
    const { batch, interactive } = profile.repoPrefixes;
    const kind = imageKind(facts);
    const wanted = kind.kind === "desktop" ? interactive : batch;
    const lower = name.toLowerCase();
    const has = (prefix) => lower.startsWith(prefix.toLowerCase());
    const related = kind.evidence ? [{ file: facts.file, range: kind.evidence.instr.range, message: `This makes it a desktop image: ${kind.evidence.what}.` }] : [];
    const range = stage.from.range;
    if (!has(batch) && !has(interactive)) {
      const application = name.replace(/^image[_-]?/i, "").replace(/^(batch|interactive)[_-]?/i, "") || "application";
      report({
        file: facts.file,
        range,
        related,
        message: `The repository name \`${name}\` does not start with \`${batch}\` or \`${interactive}\`: rename it \`${wanted}${application}\` (this is a ${kind.kind === "desktop" ? "desktop, so interactive" : "batch"} image) so that the platform team finds it.`
      });
    } else if (!has(wanted)) {
      const other = wanted === batch ? interactive : batch;
      const message = kind.kind === "desktop" ? `The repository \`${name}\` is named as a batch image, but this is a desktop (interactive) image (${kind.evidence?.what ?? "a desktop is installed"}): rename it \`${interactive}${name.slice(other.length)}\`, or remove the desktop if jobman is to run it.` : `The repository \`${name}\` is named as an interactive image, but this image installs no desktop environment or VNC server: rename it \`${batch}${name.slice(other.length)}\` if jobman runs it, or add the desktop (see CHM405).`;
      report({ file: facts.file, range, related, message });
    }
  }
});

// rules/CHM408-output-into-datasets.ts
var CHM408_output_into_datasets_default = defineProjectRule({
  meta: {
    code: "CHM408",
    slug: "output-into-datasets",
    severity: "warning",
    publishedImageOnly: true,
    guide: "beyond",
    summary: "The application must not write inside the read-only datasets folder: neither its default output location nor files its entry scripts write.",
    why: "The platform mounts each dataset read-only under the datasets folder: an application that writes its results there by default, or a start script that moves or creates files there, fails at run time, often after the work is done.",
    details: [
      "- Output locations are values given to names that mean output: options and parameters such as `--output`, `-o`, `--out-dir`, `--results`, `--save-dir`, `--dest`, `--log-dir`,",
      "  `--checkpoint-dir`, `--report-dir`, `--figures-dir`, and variables such as `OUTPUT_DIR`, `RESULTS_PATH` (`-` and `_` and case do not matter). Inputs under the datasets folder are right and never reported.",
      "- Looked at: the final image's `ENV`; the final `WORKDIR` (relative outputs land there, and the datasets volume hides it); options in the `ENTRYPOINT`/`CMD` and in the scripts the",
      "  entrypoint reaches (`--output /home/chaimeleon/datasets/x`, `--output=...`, `OUTPUT_DIR=...` assignments and exports); in the Python scripts it reaches, argparse",
      '  `add_argument(..., default=...)` (and `click.option`) for an output option or `dest`, `os.getenv("OUTPUT_DIR", "...")` defaults, and module-level constants such as `OUTPUT_DIR = "..."`.',
      "- Writes: the entry scripts' `mv`/`cp`/`ln` destinations (and what `mv` moves away), `mkdir`, `touch`, `>`/`>>` redirects, `tee`, `rm`, `sed -i`, `chmod`/`chown`, `tar -x`/`unzip -d`,",
      '  `curl -o`/`wget -O`, `git clone`, and in Python `open(path, "w")`, `os.makedirs`, `shutil.copy*`/`move`, `os.rename`/`remove`, on a path inside the datasets folder',
      "  (`mkdir -p` of the datasets folder itself is harmless: it exists). The chain includes a script the README's `jobman submit` example runs.",
      "- A default that a command of the chain overrides (it passes the option), or that a script or the image's `ENV` sets again, is not what users get: not reported.",
      "  A default that only a README `jobman submit` example overrides is reported: a job that leaves the option out still writes there and fails;",
      "  the message says the README passes another value, and points at it.",
      "- `~`, `$HOME`, the scripts' variables and paths relative to the working directory are resolved; the datasets folder is the profile's (`/home/chaimeleon/datasets` by default).",
      "  Results written outside the persistent folders elsewhere are CHM409's finding.",
      "- Runs in repository mode, where the entrypoint's scripts can be read."
    ].join("\n"),
    tags: ["runtime", "volumes"]
  },
  async check({ project, profile, report }) {
    const datasets = volumePath(profile, profile.datasetsDir);
    const persistent = volumePath(profile, profile.persistentDirs[0] ?? profile.datasetsDir);
    const inside = (path) => path === datasets || path.startsWith(datasets + "/");
    const seen = /* @__PURE__ */ new Set();
    const emit = (file, range, related, message) => {
      const key = `${file}:${range.startLine}:${range.startColumn}`;
      if (seen.has(key)) return;
      seen.add(key);
      report({ file, range, message, related });
    };
    for (const facts of project.dockerfiles) {
      if (!facts.finalStage) continue;
      const { locations, workdir } = await imageOutputs(project, facts);
      const workdirInside = workdir !== null && inside(workdir);
      for (const l of locations) {
        const readmeOnly = l.overriddenInReadme && (l.kind === "argument-default" || l.kind === "env-default");
        if (l.overriddenBy && !readmeOnly) continue;
        if (l.kind === "workdir") {
          if (workdirInside) emit(l.file, l.range, l.related, `The working directory at run time (\`${l.path}\`), where relative outputs go, is inside \`${datasets}\`, which the platform mounts read-only: writing there fails at run time. Set \`WORKDIR ${profile.user.home}\` and write results under \`${persistent}\` (kept after the job).`);
          continue;
        }
        if (l.kind === "write") {
          if (!inside(l.path) || l.path === datasets && !l.recursive || l.relative && workdirInside) continue;
          emit(l.file, l.range, l.related, `${l.subject} ${l.verb} \`${l.value}\`, inside \`${datasets}\`, which the platform mounts read-only: it fails at run time. Write under \`${persistent}\` (kept after the job) instead, and leave the datasets as they are.`);
          continue;
        }
        if (!inside(l.path) || l.relative && workdirInside) continue;
        const where = l.relative ? ` (relative: \`${l.path}\`)` : "";
        if (readmeOnly) {
          emit(l.file, l.range, [...l.related, l.overriddenBy], `${l.subject}${where} is inside \`${datasets}\`, which the platform mounts read-only: a job that leaves ${l.kind === "argument-default" ? `\`${l.name}\`` : "the option"} out fails when it writes there (the README's example passes another value, so the default bites only when the option is left out). Default to a folder under \`${persistent}\` (kept after the job) instead.`);
          continue;
        }
        emit(l.file, l.range, l.related, `${l.subject}${where} is inside \`${datasets}\`, which the platform mounts read-only: writing there fails at run time. Default to a folder under \`${persistent}\` (kept after the job) instead.`);
      }
    }
  }
});

// rules/CHM409-output-not-persistent.ts
var SCRATCH = /^\/(?:tmp|var\/tmp|dev|proc|sys|run)(?:\/|$)/;
var CACHE_SEGMENT = /^(?:\.(?!\.?$).*|cache|caches|__pycache__|tmp|temp|logs?)$/i;
function kept(path, profile) {
  const under = (base) => path === base || path.startsWith(base.replace(/\/$/, "") + "/");
  if (profile.persistentDirs.some((d) => under(volumePath(profile, d)))) return true;
  if (under(volumePath(profile, profile.datasetsDir)) || profile.readOnlyMounts.some(under)) return true;
  return SCRATCH.test(path) || path.split("/").some((s) => CACHE_SEGMENT.test(s));
}
function whereItGoes(l) {
  return l.relative ? `${l.subject} is relative, so the results go to \`${l.path}\` (the job starts in \`${l.cwd}\`), outside` : `${l.subject} puts the results outside`;
}
var CHM409_output_not_persistent_default = defineProjectRule({
  meta: {
    code: "CHM409",
    slug: "output-not-persistent",
    severity: "warning",
    guide: "Usage examples",
    summary: "The application's default output location must be under a persistent folder: results written anywhere else are lost when the job ends.",
    why: "A job's container is deleted when the job ends: only `persistent-home` and `persistent-shared-folder` outlive it. An application that writes its results by default to `/app/results`, `/workspace/outputs` or a folder relative to a working directory such as `/app` does its work and loses it.",
    details: [
      "- Output locations are values given to names of results: options and parameters such as `--output`, `-o`, `--out-dir`, `--results`, `--save-dir`, `--dest`,",
      "  `--predictions-dir`, `--checkpoint-dir`, `--report-dir`, `--figures-dir`, and variables such as `OUTPUT_DIR`, `OUT_DIR`, `RESULTS_PATH`, `SAVE_DIR` (`-`, `_` and case do not matter). Logs, working, temporary",
      "  and cache folders (`--log-dir`, `WORK_DIR`, `TMP_DIR`) are not results, and no other name counts. A value must look like a path: `--output json` is a format.",
      "- Looked at (the same reading as CHM408): the final image's `ENV` (an `ARG` alone is gone at run time; it counts through the `ENV` or `WORKDIR` that uses it); options",
      "  in the `ENTRYPOINT`/`CMD` and in the scripts the entrypoint reaches, including a script the README's `jobman submit` example runs (`-- python3 /app/run.py`) when the image",
      '  has no ENTRYPOINT of its own, in `-c` mode, or when its entrypoint runs its arguments (`exec "$@"`); `OUTPUT_DIR=...` assignments and exports there; in the Python scripts',
      '  it reaches, argparse `add_argument(..., default=...)` and `click.option`/`click.argument` defaults, `os.getenv("OUTPUT_DIR", "...")` defaults and module-level constants.',
      "  Programs whose `-o` is not an application's result folder (`curl`, `tar`, `unzip`, `set -o`, `ssh`, `sort`, compilers, package managers...) are skipped.",
      "- An option written in the Dockerfile's `CMD` is what users get only when they pass no arguments: when the README's examples pass some (they replace the CMD), it is",
      "  not reported, and it does not stand in for the script's own default either.",
      "- Relative values are resolved against the working folder the command starts in (the final `WORKDIR`, or a `cd` in the script): inside a persistent folder only if that",
      "  folder is one. When the working folder is unknown (a `WORKDIR $VAR` that a base image sets, an unseen base image's), relative values are not judged; nor are unknown variables.",
      "- Not reported: paths under the profile's persistent folders; under the datasets folder or a read-only mount (writing there fails: CHM408); `/tmp`, `/var/tmp`, `/dev`,",
      "  `/run` and paths through a hidden, cache, temporary or log folder (`~/.cache`, `/app/logs`); a folder the build fills (a `COPY` or a download into it: model weights",
      "  that a variable such as `RESULTS_FOLDER` points at are an input); a default that a README `jobman submit` example or a command of the chain overrides by passing the",
      "  option (the README's own paths are CHM207's), that a script sets again, or that the image's `ENV` replaces (`os.getenv`).",
      "- Reported at the value, with the chain as related locations (ENTRYPOINT/CMD line, COPY line, calling lines). Runs in repository mode."
    ].join("\n"),
    tags: ["runtime", "volumes"]
  },
  async check({ project, profile, report }) {
    const persistent = volumePath(profile, profile.persistentDirs[0] ?? profile.datasetsDir);
    const folders = profile.persistentDirs.map((d) => `\`${d}\``).join(" and ");
    const seen = /* @__PURE__ */ new Set();
    for (const facts of project.dockerfiles) {
      if (!facts.finalStage) continue;
      const { locations } = await imageOutputs(project, facts);
      for (const l of locations) {
        if (l.role !== "results" || l.overriddenBy || l.filledAtBuild || kept(l.path, profile)) continue;
        const key = `${l.file}:${l.range.startLine}:${l.range.startColumn}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report({
          file: l.file,
          range: l.range,
          related: l.related,
          message: `${whereItGoes(l)} the persistent folders: only ${folders} outlive the job, so they are lost when it ends. Default to a folder under \`${persistent}\` instead.`
        });
      }
    }
  }
});

// rules/index.ts
var RULES = [
  CHM001_parse_error_default,
  CHM002_unused_suppression_default,
  CHM003_linter_failed_default,
  CHM101_final_user_not_platform_user_default,
  CHM102_platform_user_not_created_default,
  CHM103_user_has_sudo_default,
  CHM104_sudo_installed_default,
  CHM110_pip_cache_kept_default,
  CHM111_apt_recommends_installed_default,
  CHM112_apt_lists_kept_default,
  CHM120_label_name_missing_default,
  CHM121_label_version_missing_default,
  CHM122_label_name_invalid_default,
  CHM123_label_version_invalid_default,
  CHM130_volume_dirs_missing_default,
  CHM131_volume_dirs_root_owned_default,
  CHM132_root_step_after_user_switch_default,
  CHM133_copy_after_user_not_owned_default,
  CHM140_entrypoint_shell_form_default,
  CHM141_batch_entrypoint_missing_default,
  CHM142_workdir_not_home_default,
  CHM150_base_image_unpinned_default,
  CHM201_readme_missing_default,
  CHM202_readme_description_missing_default,
  CHM203_readme_usage_missing_default,
  CHM204_readme_license_missing_default,
  CHM205_usage_no_jobman_example_default,
  CHM206_usage_input_not_in_datasets_default,
  CHM207_usage_output_not_persistent_default,
  CHM208_usage_image_name_mismatch_default,
  CHM209_license_section_no_link_default,
  CHM301_authorization_label_missing_default,
  CHM302_authorization_label_wording_default,
  CHM303_license_file_missing_default,
  CHM304_license_unidentified_default,
  CHM305_license_readme_mismatch_default,
  CHM401_runtime_download_default,
  CHM402_context_file_missing_default,
  CHM403_default_password_not_rotated_default,
  CHM404_password_without_ssh_default,
  CHM405_desktop_requirements_missing_default,
  CHM406_version_not_bumped_default,
  CHM407_repo_name_convention_default,
  CHM408_output_into_datasets_default,
  CHM409_output_not_persistent_default
].sort((a, b) => a.meta.code < b.meta.code ? -1 : 1);

// src/ruleset.ts
function makeRuleSet(rules = RULES) {
  const byName = /* @__PURE__ */ new Map();
  for (const r of rules) {
    byName.set(r.meta.code.toUpperCase(), r.meta.code);
    byName.set(r.meta.slug.toLowerCase(), r.meta.code);
  }
  return {
    rules,
    meta: rules.map((r) => r.meta),
    resolve: (name) => byName.get(name.toUpperCase()) ?? byName.get(name.toLowerCase())
  };
}

export {
  makeRuleSet
};
