import {
  commandText,
  defineProjectRule,
  fsHistory,
  hasFlag,
  isUnder,
  LineIndex,
  pathState,
  resolvePath,
  volumePath,
  subcommand,
  type ChainScript,
  type DockerfileFacts,
  type EntrypointChain,
  type Profile,
  type ProjectFacts,
  type PyCall,
  type PyValue,
  type RelatedLocation,
  type Severity,
  type ShellCommand,
  type ShellWord,
} from '../src/rule-api.js';

/** What the image knows that decides whether a call downloads. */
interface Setting {
  profile: Profile;
  facts: DockerfileFacts;
  chain: EntrypointChain;
  /** ENV of the final image. */
  env: Map<string, string>;
  /** A plain `pip install` uses the platform mirror: a platform base's pip.conf, a copied pip.conf or `pip config set` at build time. */
  pipConfMirror: boolean;
  /** The text of what runs at build time (RUN lines and the context scripts they run): models fetched there are cached. */
  buildText: string;
}

interface Download {
  /** The offending call, as a short quote. */
  what: string;
  /** What it fetches and from where. */
  detail: string;
  /** What to do instead. */
  advice: string;
}

const BUILD_TIME = 'do it at build time in the Dockerfile (a `RUN` line) so that it is part of the image';

// ---- hosts and URLs ----

function hostAllowed(host: string, profile: Profile): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '0.0.0.0' || h === '::1' || /^127\./.test(h)) return true;
  // A name without a dot, or a Kubernetes service name, can only be reached inside the cluster.
  if (!h.includes('.') || /\.svc(\.cluster\.local)?$|\.cluster\.local$/.test(h)) return true;
  // No public top-level domain holds a hyphen (IDN `xn--` aside): `service.my-namespace` is a Kubernetes service.
  if (/\.(?!xn--)[a-z0-9]+-[a-z0-9-]*$/.test(h)) return true;
  return profile.allowedHosts.some((a) => h === a.toLowerCase() || h.endsWith('.' + a.toLowerCase()));
}

/** The host of a URL (`https://host/...`, `git@host:org/repo`); null when the value is not a URL or its host is not written out. */
function urlHost(value: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:?#]*)/i.exec(value) ?? /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(value);
  if (!m) return null;
  if (m.length === 3 && /^file$/i.test(m[1])) return null;
  const host = m.length === 3 ? m[2] : m[1];
  return host && !/[${}]/.test(host) ? host : null;
}

function externalUrl(value: string | null, profile: Profile): string | null {
  if (!value) return null;
  const host = urlHost(value);
  return host && !hostAllowed(host, profile) ? host : null;
}

// ---- shell commands ----

const PACKAGE_MANAGERS: Record<string, { subs: RegExp; options: string[] }> = {
  'apt-get': { subs: /^(install|upgrade|dist-upgrade|full-upgrade|build-dep|source|download|update)$/, options: ['-o', '-c', '-t', '--target-release', '--option', '--config-file'] },
  apt: { subs: /^(install|upgrade|dist-upgrade|full-upgrade|build-dep|source|download|update|reinstall)$/, options: ['-o', '-c', '-t', '--target-release', '--option', '--config-file'] },
  aptitude: { subs: /^(install|upgrade|safe-upgrade|full-upgrade|download|update|reinstall)$/, options: ['-o', '-t'] },
  yum: { subs: /^(install|update|upgrade|groupinstall|reinstall|downgrade|makecache)$/, options: ['-c', '--config', '--enablerepo', '--disablerepo', '--installroot', '--releasever'] },
  dnf: { subs: /^(install|update|upgrade|groupinstall|reinstall|downgrade|makecache)$/, options: ['-c', '--config', '--enablerepo', '--disablerepo', '--installroot', '--releasever'] },
  microdnf: { subs: /^(install|update|upgrade|reinstall|makecache)$/, options: ['--enablerepo', '--disablerepo'] },
  zypper: { subs: /^(in|install|up|update|dup|dist-upgrade|refresh|ref|patch)$/, options: [] },
  apk: { subs: /^(add|update|upgrade|fetch)$/, options: ['-X', '--repository', '-p', '--root'] },
  conda: { subs: /^(install|create|update|upgrade|env)$/, options: ['-n', '--name', '-p', '--prefix', '-c', '--channel', '-f', '--file'] },
  mamba: { subs: /^(install|create|update|upgrade|env)$/, options: ['-n', '--name', '-p', '--prefix', '-c', '--channel', '-f', '--file'] },
  micromamba: { subs: /^(install|create|update|upgrade|env)$/, options: ['-n', '--name', '-p', '--prefix', '-c', '--channel', '-f', '--file', '-r', '--root-prefix'] },
  npm: { subs: /^(install|i|ci|add|update|up|upgrade|isntall)$/, options: ['--prefix', '-C'] },
  pnpm: { subs: /^(install|i|add|update|up)$/, options: ['-C', '--dir'] },
  yarn: { subs: /^(install|add|upgrade)$/, options: ['--cwd'] },
  gem: { subs: /^(install|update)$/, options: [] },
  cargo: { subs: /^(install|fetch)$/, options: [] },
  go: { subs: /^(get|install)$/, options: [] },
  poetry: { subs: /^(install|add|update|lock)$/, options: ['-C', '--directory'] },
  pipenv: { subs: /^(install|sync|update|lock)$/, options: [] },
  pdm: { subs: /^(install|add|sync|update)$/, options: ['-p', '--project'] },
  pipx: { subs: /^(install|run|upgrade)$/, options: [] },
  'huggingface-cli': { subs: /^download$/, options: [] },
  hf: { subs: /^download$/, options: [] },
  kaggle: { subs: /^(datasets|competitions|kernels|models)$/, options: [] },
  ollama: { subs: /^pull$/, options: [] },
};

/** The installer family of `runtimeInstalls` a command belongs to (`mamba` is conda's, `yarn` and `npx` are npm's). */
type Installer = Profile['runtimeInstalls'][number];
const INSTALLER_OF: Record<string, Installer> = {
  'apt-get': 'apt',
  apt: 'apt',
  aptitude: 'apt',
  conda: 'conda',
  mamba: 'conda',
  micromamba: 'conda',
  npm: 'npm',
  pnpm: 'npm',
  yarn: 'npm',
  npx: 'npm',
  bunx: 'npm',
  uvx: 'uv',
};

/** The profile lets this installer fetch from its default index at run time (the platform's nodes serve a mirror for it). */
function installerAllowed(installer: Installer | undefined, setting: Setting): boolean {
  return installer !== undefined && setting.profile.runtimeInstalls.includes(installer);
}

/** The first argument that is a URL outside the platform (`https://host/pkg.whl`, `git+https://github.com/...`, `--registry URL`). */
function externalArgument(cmd: ShellCommand, list: ShellCommand[], setting: Setting): string | null {
  for (const a of cmd.args) {
    const value = a.literal ? a.value : expandKnown(a.value, cmd, list, setting);
    const url = value?.replace(/^--?[\w-]+=/, '');
    if (url && externalUrl(url, setting.profile)) return url;
  }
  return null;
}

const PIP_VALUE_OPTIONS = ['--log', '--proxy', '--retries', '--timeout', '--exists-action', '--trusted-host', '--cert', '--client-cert', '--cache-dir', '--python', '-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--platform', '--python-version', '--implementation', '--abi', '--src', '-e', '--editable'];
const PIP_INDEX_OPTIONS = ['-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--index', '--default-index'];
const PIP_INDEX_ENV = ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS'];
const UV_INDEX_ENV = ['UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_INDEX', 'UV_FIND_LINKS'];

/** `pip install`, `pip3 download`, `python -m pip install`, `uv pip install`, `uv add`: the words after the tool. */
function pipInvocation(cmd: ShellCommand): { tool: 'pip' | 'uv'; words: ShellWord[]; sub: string } | null {
  const values = cmd.args.map((a) => a.value);
  let words: ShellWord[];
  let tool: 'pip' | 'uv' = 'pip';
  if (/^pip(\d+(\.\d+)?)?$/.test(cmd.program)) words = cmd.args;
  else if (/^python(\d+(\.\d+)?)?$/.test(cmd.program)) {
    const m = values.findIndex((w, i) => (w === '-m' && values[i + 1] === 'pip') || w === '-mpip');
    if (m < 0) return null;
    words = cmd.args.slice(values[m] === '-mpip' ? m + 1 : m + 2);
  } else if (cmd.program === 'uv') {
    tool = 'uv';
    if (values[0] === 'pip') words = cmd.args.slice(1);
    else return /^(add|sync)$/.test(values[0] ?? '') ? { tool, words: cmd.args.slice(1), sub: values[0] } : null;
  } else return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].value;
    if (w.startsWith('-')) {
      if (PIP_VALUE_OPTIONS.includes(w)) i++;
      continue;
    }
    return /^(install|download|wheel)$/.test(w) ? { tool, words: words.slice(i + 1), sub: w } : null;
  }
  return null;
}

/** The words of a pip command line that name what to install (options and their values left out). */
function requirementWords(words: ShellWord[]): ShellWord[] {
  const out: ShellWord[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].value.startsWith('-')) {
      if (PIP_VALUE_OPTIONS.includes(words[i].value)) i++;
      continue;
    }
    out.push(words[i]);
  }
  return out;
}

/** Values of an option in `--opt value` and `--opt=value` forms. */
function optionValues(words: ShellWord[], names: string[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    for (const n of names) {
      if (w.value === n && words[i + 1]) out.push(words[i + 1].value);
      else if (w.value.startsWith(n + '=')) out.push(w.value.slice(n.length + 1));
      else if (n.length === 2 && !n.startsWith('--') && w.value.startsWith(n) && w.value.length > 2 && !w.value.startsWith('--')) out.push(w.value.slice(2));
    }
  });
  return out;
}

/** A variable's value when the command line sets it, an earlier `export`/assignment in the same script does, or the image's ENV. */
function variable(name: string, cmd: ShellCommand, list: ShellCommand[], setting: Setting): string | null {
  const own = cmd.assignments.find((a) => a.name === name);
  if (own) return own.value;
  const at = list.indexOf(cmd);
  for (let i = at - 1; i >= 0; i--) {
    const c = list[i];
    if (c.program !== '' && c.program !== 'export') continue;
    const a = c.assignments.find((x) => x.name === name);
    if (a) return a.value;
  }
  return setting.env.get(name) ?? null;
}

function pipDownload(cmd: ShellCommand, list: ShellCommand[], setting: Setting): Download | null {
  const pip = pipInvocation(cmd);
  if (!pip) return null;
  const what = commandText(cmd);
  if (pip.tool === 'pip' && pip.words.some((w) => w.value === '--no-index')) return null;
  const explicit = optionValues(pip.words, PIP_INDEX_OPTIONS);
  const fromEnv = (pip.tool === 'uv' ? UV_INDEX_ENV : PIP_INDEX_ENV).map((n) => variable(n, cmd, list, setting)).filter((v): v is string => !!v);
  const indexes = [...explicit, ...fromEnv.flatMap((v) => v.split(/\s+/))].filter((v) => /^[a-z]+:\/\//i.test(v));
  const outside = indexes.find((v) => externalUrl(v, setting.profile) !== null);
  const mirror = `\`--index-url ${setting.profile.pipMirror}\``;
  if (outside) {
    return { what, detail: `fetches packages from ${urlHost(outside)}, outside the platform`, advice: `${BUILD_TIME}, or use the platform's PyPI mirror (${mirror})` };
  }
  // `pip install https://host/pkg.whl` or `git+https://...`: no mirror serves that.
  const direct = requirementWords(pip.words).map((w) => (w.literal ? w.value : expandKnown(w.value, cmd, list, setting))).find((v) => !!v && externalUrl(v, setting.profile) !== null);
  if (direct) return { what, detail: `fetches ${direct.length > 60 ? direct.slice(0, 60) + '…' : direct}, outside the platform`, advice: `${BUILD_TIME}, or \`COPY\` the package into the image` };
  const primaryEnv = pip.tool === 'uv' ? ['UV_INDEX_URL', 'UV_DEFAULT_INDEX'] : ['PIP_INDEX_URL'];
  const primary = optionValues(pip.words, ['-i', '--index-url', '--default-index']).length > 0 || primaryEnv.some((n) => variable(n, cmd, list, setting) !== null);
  if (primary || (pip.tool === 'pip' && setting.pipConfMirror) || installerAllowed(pip.tool, setting)) return null;
  return {
    what,
    detail: pip.tool === 'uv' ? 'fetches packages from PyPI (uv does not read pip.conf, so a mirror set there does not apply)' : 'fetches packages from PyPI (no index points at the platform mirror)',
    advice: `${BUILD_TIME}, or pass the platform's PyPI mirror (${mirror})`,
  };
}

// Options whose value is the next word, so that `-o out.tar.gz` is not taken for what is fetched.
const VALUE_OPTIONS: Record<string, Set<string>> = {
  curl: new Set(['-o', '--output', '-H', '--header', '-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '-u', '--user', '-A', '--user-agent', '-e', '--referer', '-X', '--request', '-w', '--write-out', '-x', '--proxy', '-m', '--max-time', '--connect-timeout', '-F', '--form', '-T', '--upload-file', '-b', '--cookie', '-c', '--cookie-jar', '-K', '--config', '-r', '--range', '--retry', '--retry-delay', '-C', '--continue-at', '--cacert', '--cert', '-E', '--key', '--resolve', '--output-dir', '-t', '-P', '-U', '--limit-rate']),
  wget: new Set(['-O', '--output-document', '-o', '--output-file', '-a', '--append-output', '-P', '--directory-prefix', '-t', '--tries', '-T', '--timeout', '-U', '--user-agent', '--header', '-i', '--input-file', '-e', '--execute', '--limit-rate', '--user', '--password']),
  aria2c: new Set(['-d', '--dir', '-o', '--out', '-x', '-s', '-j', '-i', '--input-file']),
};

/**
 * The package a one-off runner fetches when it is not installed: `npx pkg`, `npm exec pkg`, `pnpm|yarn dlx pkg`, `bunx pkg`,
 * `uvx pkg` (name without its version). Null for a path, an offline run, or a runner that is not one.
 */
function fetchedTool(cmd: ShellCommand): string | null {
  const values = cmd.args.map((a) => a.value);
  let from: number;
  if (/^(npx|bunx|uvx)$/.test(cmd.program)) from = 0;
  else if (cmd.program === 'npm' && /^(exec|x)$/.test(values[0] ?? '')) from = 1;
  else if ((cmd.program === 'pnpm' || cmd.program === 'yarn') && values[0] === 'dlx') from = 1;
  else return null;
  const rest = values.slice(from);
  if (rest.some((v) => /^--(no-install|no|offline)$/.test(v))) return null;
  const pkg = optionValues(cmd.args.slice(from), ['-p', '--package', '--from'])[0];
  const command = rest.find((v, i) => !v.startsWith('-') && !/^(-p|--package|--from|-c|--call|--python|--with)$/.test(rest[i - 1] ?? ''));
  const name = pkg ?? command;
  if (!name || /^[./~$]/.test(name)) return null;
  return name.replace(/(.)@.*$/, '$1').replace(/[=<>~].*$/, '');
}

/** The first URL a download tool fetches from outside the platform. */
function fetchedUrl(cmd: ShellCommand, list: ShellCommand[], setting: Setting): string | null {
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i];
    if (a.value.startsWith('-')) {
      if (VALUE_OPTIONS[cmd.program]?.has(a.value)) i++;
      continue;
    }
    const value = a.literal ? a.value : expandKnown(a.value, cmd, list, setting);
    if (value && externalUrl(value, setting.profile)) return value;
  }
  return null;
}

function expandKnown(value: string, cmd: ShellCommand, list: ShellCommand[], setting: Setting): string | null {
  const v = value.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, name: string) => variable(name, cmd, list, setting) ?? m);
  return v.includes('$') ? null : v;
}

/** A connectivity test: its only use is to tell whether the network is there (`curl -I`, `wget --spider`, `ping`, `nc -z`). */
function isConnectivityTest(cmd: ShellCommand): boolean {
  if (/^(ping6?|nc|ncat|netcat|getent|host|nslookup|dig)$/.test(cmd.program)) return true;
  const toNull = cmd.redirects.some((r) => /^(&?>|>>|1>)$/.test(r.op) && r.target?.value === '/dev/null');
  if (cmd.program === 'curl') {
    return hasFlag(cmd, '-I', '--head', '-w', '--write-out') || optionValues(cmd.args, ['-o', '--output']).includes('/dev/null') || toNull;
  }
  if (cmd.program === 'wget') return hasFlag(cmd, '--spider') || optionValues(cmd.args, ['-O', '--output-document']).includes('/dev/null') || toNull;
  return false;
}

/** `[ -f X ]`, `test -e X`, `[[ ! -d X ]]`: a test of a local file or folder. */
/**
 * Whether the file a test looks for can be there when the container starts: the image puts it there
 * (COPY, ADD, a RUN), it is in a folder the platform mounts (a user may have put it in their persistent
 * home), a base image not seen here may hold it, or where it is cannot be told (a variable). A file
 * under /tmp, or in the image's own folders, that no instruction makes is missing at every start.
 */
function testedFileMayExist(test: ShellCommand, setting: Setting): boolean {
  const at = test.args.findIndex((a) => /^-[efdsrL]$/.test(a.value));
  const word = test.args[at + 1];
  if (!word) return true;
  const state = setting.chain.stateOf(test);
  const value = state ? state.expand(word.value) : word.literal ? word.value : null;
  if (value === null || value === '' || /[$`*?[]/.test(value)) return true;
  const { facts, profile } = setting;
  const home = facts.homeOf(facts.finalStage?.finalUser.name ?? profile.user.name);
  const path = resolvePath(state?.cwd ?? facts.finalStage?.finalWorkdir ?? '/', value.replace(/^~(?=\/|$)/, home)).replace(/(.)\/$/, '$1');
  const mounted = [...profile.volumeDirs.map((d) => volumePath(profile, d)), ...profile.readOnlyMounts];
  if (mounted.some((m) => isUnder(path, m) || path === m)) return true;
  if (setting.chain.context.fileAt(path) !== null || setting.chain.context.imagePathsUnder(path).length > 0) return true;
  const stage = facts.finalStage;
  if (stage && pathState(fsHistory(facts, stage), path, { contents: true }) !== null) return true;
  // Outside the home and /tmp, a base image this linter has not seen may have it.
  return facts.base.kind !== 'unseen' ? false : isUnder(path, home) || isUnder(path, '/tmp') ? false : true;
}

function isFileTest(cmd: ShellCommand): boolean {
  if (cmd.program !== '[' && cmd.program !== '[[' && cmd.program !== 'test') return false;
  return cmd.args.some((a) => /^-[efdsrL]$/.test(a.value));
}

/**
 * Does `exit` run when the test fails (`test || exit`, `if ! test; then exit`, `if test; then ...; else exit`)?
 * Read from the script's text (its lines: the script's LineIndex, made once per script by the caller).
 */
function exitsOnFailure(lines: LineIndex, test: ShellCommand, exit: ShellCommand): boolean {
  const offset = (line: number, column: number) => lines.offsetAt(line - 1, column - 1);
  // Redirections of the test (`> /dev/null 2>&1`) may stand between it and `||`.
  const between = lines.text.slice(offset(test.range.endLine, test.range.endColumn), offset(exit.range.startLine, exit.range.startColumn)).replace(/(?:\d*|&)>>?&?\s*[^\s|;&]+/g, '');
  const before = lines.lineText(test.range.startLine - 1).slice(0, test.range.startColumn - 1);
  return /^[\s)]*\|\|/.test(between) || /\belse\b/.test(between) || /!\s*$/.test(before);
}

function shellDownload(cmd: ShellCommand, list: ShellCommand[], setting: Setting): Download | null {
  const what = commandText(cmd);
  const pip = pipDownload(cmd, list, setting);
  if (pip || pipInvocation(cmd)) return pip;
  const values = cmd.args.map((a) => a.value);
  // Before the package managers: `pnpm dlx` is pnpm's, yet no install subcommand.
  const tool = fetchedTool(cmd);
  if (tool) {
    return prefetched(tool, setting) || installerAllowed(INSTALLER_OF[cmd.program], setting)
      ? null
      : { what, detail: `fetches \`${tool}\` from the package registry unless it is already installed in the image`, advice: `install it at build time (in package.json for \`npm ci\`, or \`RUN npm install -g ${tool}\`; \`uv tool install\` for uvx) so that nothing is fetched when the container starts` };
  }
  const manager = PACKAGE_MANAGERS[cmd.program];
  if (manager) {
    if (cmd.program === 'yarn' && values.every((v) => v.startsWith('-')) && !installerAllowed('npm', setting)) return { what, detail: 'installs the project\'s dependencies from the npm registry', advice: BUILD_TIME };
    const sub = subcommand(cmd, manager.options);
    if (!sub || !manager.subs.test(sub.word.value)) return null;
    if (/conda|mamba/.test(cmd.program) && (hasFlag(cmd, '--offline') || (sub.word.value === 'env' && !/^(create|update)$/.test(values[sub.index + 1] ?? '')))) return null;
    if (cmd.program === 'kaggle' && !values.includes('download')) return null;
    if (installerAllowed(INSTALLER_OF[cmd.program], setting)) {
      // Allowed from the mirror the nodes serve; a channel, registry or package URL outside the platform is not.
      const outside = externalArgument(cmd, list, setting);
      return outside ? { what, detail: `fetches from ${urlHost(outside)}, outside the platform`, advice: BUILD_TIME } : null;
    }
    // `apt-get update` followed by an install is one finding, at the install.
    if (sub.word.value === 'update' && /^(apt-get|apt|aptitude|apk|yum|dnf)$/.test(cmd.program)) {
      const later = list.slice(list.indexOf(cmd) + 1);
      if (later.some((c) => c.program === cmd.program && /install|add/.test(subcommand(c, manager.options)?.word.value ?? ''))) return null;
    }
    return { what, detail: `${/^(apt|apt-get|aptitude|yum|dnf|microdnf|zypper|apk)$/.test(cmd.program) ? 'installs system packages from the distribution\'s repositories' : 'fetches packages from the Internet'}`, advice: BUILD_TIME };
  }
  if (cmd.program === 'git' || cmd.program === 'git-lfs') {
    const sub = subcommand(cmd, ['-C', '-c', '--git-dir', '--work-tree', '--namespace']);
    const name = sub?.word.value ?? '';
    if (cmd.program === 'git-lfs' ? !/^(pull|fetch)$/.test(name) : !/^(clone|pull|fetch|submodule|lfs|ls-remote)$/.test(name)) return null;
    if (name === 'submodule' && !values.includes('update')) return null;
    if (name === 'lfs' && !/^(pull|fetch)$/.test(values[sub!.index + 1] ?? '')) return null;
    const urls = cmd.args.slice(sub!.index + 1).map((a) => a.value).filter((v) => urlHost(v) !== null);
    if (urls.length > 0 && urls.every((u) => externalUrl(u, setting.profile) === null)) return null;
    if (name === 'clone') {
      const operand = cmd.args.slice(sub!.index + 1).find((a, i, rest) => !a.value.startsWith('-') && !/^(-b|--branch|--depth|-o|--origin|-c|--config|--reference|-j|--jobs|--filter|--template|-u|--upload-pack)$/.test(rest[i - 1]?.value ?? ''));
      if (!operand || (urls.length === 0 && !operand.literal) || (urls.length === 0 && /^[./~]/.test(operand.value))) return null;
    }
    return { what, detail: urls.length > 0 ? `fetches from ${urlHost(urls[0])}` : 'fetches from the repository\'s remote (assumed to be outside the platform)', advice: `${BUILD_TIME} (\`RUN git clone ...\` or \`COPY\` the files)` };
  }
  if (/^(curl|wget|aria2c|axel|http|https|gdown)$/.test(cmd.program)) {
    if (cmd.program === 'gdown') return { what, detail: 'downloads from Google Drive', advice: BUILD_TIME };
    const url = fetchedUrl(cmd, list, setting);
    return url ? { what, detail: `downloads from ${urlHost(url)}`, advice: `${BUILD_TIME}, or \`COPY\` the file into the image` } : null;
  }
  if ((cmd.program === 'R' || cmd.program === 'Rscript') && /install\.packages|BiocManager::install|install_github|install_version|remotes::install|devtools::install|pak::pkg_install/.test(values.join(' '))) {
    return { what, detail: R_INSTALL_DETAIL, advice: BUILD_TIME };
  }
  if (/^python(\d+(\.\d+)?)?$/.test(cmd.program)) {
    const m = values.indexOf('-m');
    const module = m >= 0 ? values[m + 1] : null;
    if (module === 'nltk.downloader' || (module === 'spacy' && values[m + 2] === 'download') || (module === 'huggingface_hub' && values.includes('download'))) {
      return { what, detail: 'downloads data or models', advice: BUILD_TIME };
    }
  }
  return null;
}

// ---- R scripts ----

/** What an R package install fetches from, whichever installer: CRAN, Bioconductor or GitHub are all on the Internet. */
const R_INSTALL_DETAIL = 'installs R packages from a package repository (CRAN, Bioconductor, GitHub)';
const R_INSTALL = /\b(?:install\.packages|BiocManager::install|(?:remotes|devtools)::install_\w+|install_github|install_version|pak::pkg_install|pak::pak)\s*\(/;
const R_DOWNLOAD = /\b(?:download\.file|curl::curl_download|curl_download|httr2?::(?:GET|POST|request)|url)\s*\(\s*["']([^"']+)["']/;

/** `if (!requireNamespace("pkg", quietly = TRUE))`, `if (!require(pkg))`, `if (!"pkg" %in% rownames(installed.packages()))`: the package is missing. */
const R_MISSING_TEST = /\bif\s*\(\s*!\s*(?:(?:suppress\w+\s*\(\s*)?(?:requireNamespace|require)\s*\(\s*["']?([\w.]+)|\(?\s*["']([\w.]+)["']\s*%in%)/;

/**
 * When R code tests that a package is missing before installing it, and the build installs that
 * package (its name is in a build-time RUN): the test as a message says it holds. An install the
 * image never made is not a fallback: the test holds at every start. Else null.
 */
function rMissingTest(code: string, setting: Setting, outside = rCode(code)): string | null {
  const test = R_MISSING_TEST.exec(code);
  if (!test || outside.slice(test.index, test.index + 2) !== 'if' || !prefetched(test[1] ?? test[2], setting)) return null;
  return `\`${code.slice(test.index).trim().replace(/\s*\{\s*$/, '').replace(/\)\s*(?:install\.packages|BiocManager::install|\w+::install\w*)\s*\(.*$/, ')').slice(0, 60)}\` holds (the package is missing)`;
}

/**
 * A line of R as code: what string literals hold blanked (their quotes kept, so offsets stay), and a
 * comment (`#` outside a string) removed. `message("use install.packages() at build time")` installs nothing.
 */
function rCode(line: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') {
        out += '  ';
        i++;
      } else if (c === quote) {
        out += c;
        quote = null;
      } else out += ' ';
    } else if (c === '"' || c === "'" || c === '`') {
      out += c;
      quote = c;
    } else if (c === '#') break;
    else out += c;
  }
  return out;
}

/**
 * R code run at start, read line by line (no R parser): package installs, and downloads of a literal external URL.
 * An install under a test that a package the build installs is missing (`if (!requireNamespace(...))`, on
 * its line, in its `{ }` block or as the next statement) is a fallback, as `[ -d pkg ] || Rscript -e
 * 'install.packages(...)'` is in a shell script.
 */
function checkRScript(script: ChainScript, setting: Setting, emit: (range: RelatedLocation['range'], file: string, d: Download, related: RelatedLocation[], guardedBy: null, exitsAt: null, fallback: PyCall['fallback']) => void): void {
  const lines = script.text.split('\n');
  // A missing-package test guards its line, the `{ }` block it opens, or (with neither) the next statement.
  let block: { depth: number; when: string } | null = null;
  let next: string | null = null;
  let depth = 0;
  lines.forEach((line, i) => {
    // Calls are looked for in the code only; a URL is read from the string that follows the call.
    const code = rCode(line);
    const test = rMissingTest(line.slice(0, code.length), setting, code);
    const when = test ?? block?.when ?? next;
    const fallback = when ? { when } : null;
    if (code.trim() !== '') next = null;
    const opensBlock = test !== null && /\{\s*$/.test(code);
    if (opensBlock) block = { depth, when: test };
    else if (test !== null && !R_INSTALL.test(code) && !R_DOWNLOAD.test(code)) next = test;
    depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
    if (block && !opensBlock && depth <= block.depth) block = null;
    const install = R_INSTALL.exec(code);
    const download = install ? null : R_DOWNLOAD.exec(code) && R_DOWNLOAD.exec(line.slice(0, code.length));
    const url = download && externalUrl(download[1], setting.profile) ? download[1] : null;
    if (!install && !url) return;
    const at = (install ?? download)!.index;
    const end = code.trimEnd().length;
    const what = line.slice(at, end).trim();
    const range = { startLine: i + 1, startColumn: at + 1, endLine: i + 1, endColumn: end + 1 };
    emit(range, script.path, { what: what.length > 60 ? `${what.slice(0, 59)}…` : what, detail: install ? R_INSTALL_DETAIL : `downloads from ${urlHost(url!)}`, advice: BUILD_TIME }, script.via, null, null, fallback);
  });
}

// ---- Python calls ----

const HTTP_CALL = /^(requests|httpx)\.(get|post|put|patch|delete|head|options|request|stream)$|^(requests\.Session|requests\.session|httpx\.Client|httpx\.AsyncClient|aiohttp\.ClientSession)\(\)\.(get|post|put|patch|delete|head|options|request|stream)$|^(urllib\.request|urllib|urllib2|six\.moves\.urllib\.request)\.(urlopen|urlretrieve|Request)$|^(wget\.download|gdown\.download|torch\.hub\.download_url_to_file|torch\.hub\.load_state_dict_from_url|torch\.utils\.model_zoo\.load_url|git\.Repo\.clone_from|pooch\.retrieve)$|(^|\.)keras\.utils\.get_file$/;

const BUILTIN_DATASET_LOADERS = /^(csv|json|jsonl|parquet|text|imagefolder|audiofolder|videofolder|arrow|pandas|webdataset|xml|sql)$/;

function argument(call: PyCall, index: number, keyword: string): PyValue | undefined {
  return call.keywords.get(keyword) ?? call.args[index];
}

function isTrue(v: PyValue | undefined): boolean {
  return v?.kind === 'bool' && v.text === 'True';
}

/** A model or repository name that is a folder of the image rather than a hub id. */
function isLocalPath(value: string, script: ChainScript, setting: Setting): boolean {
  if (/^[/.~]/.test(value) || /^[a-z]:\\/i.test(value)) return true;
  const dirs = [script.cwd, script.imagePath ? script.imagePath.slice(0, script.imagePath.lastIndexOf('/')) || '/' : null].filter((d): d is string => d !== null);
  return dirs.some((d) => setting.chain.context.imagePathsUnder(resolvePath(d, value)).length > 0);
}

/** A build-time download into a file or folder it names, not into the cache the run-time call reads: `wget -O`, `--local-dir`. */
const TO_A_NAMED_PATH = /(?:^|\s)(?:-O|--output-document|-o|--output|--local-dir|-P|--directory-prefix)(?:[\s=]|$)|\blocal_dir\s*=|\bcache_dir\s*=/;

/**
 * Whether a build-time RUN fetched `id` (a package, a model, a URL) where the run-time call finds it:
 * one of its commands names it, other than a download into a file or folder of its own choosing
 * (`huggingface-cli download ID --local-dir /opt/m` leaves the Hugging Face cache empty, and
 * `from_pretrained("ID")` still goes to the Hub).
 */
function prefetched(id: string, setting: Setting): boolean {
  if (id.length <= 2 || !setting.buildText.includes(id)) return false;
  return setting.buildText.split(/&&|\|\||;|\n/).some((command) => command.includes(id) && !TO_A_NAMED_PATH.test(command));
}

/**
 * A model builder asked for pretrained weights, which it fetches on first use: `torchvision.models.resnet50(pretrained=True)`
 * or `weights=...` (anything but None), `timm.create_model(name, pretrained=True)`. Returns the model's name.
 */
function pretrainedBuilder(call: PyCall): { model: string; from: string } | null {
  const name = call.name;
  const torch = 'from download.pytorch.org or the Hugging Face Hub, into the torch cache';
  if (name === 'timm.create_model') return isTrue(call.keywords.get('pretrained')) ? { model: argument(call, 0, 'model_name')?.value ?? 'timm model', from: torch } : null;
  // `tf.keras.applications.ResNet50()`: `weights` defaults to "imagenet", fetched into ~/.keras on first use; None or a file path is local.
  const keras = /(?:^|\.)keras\.applications\.(?:[a-z_0-9]+\.)?([A-Z][A-Za-z0-9]*)$/.exec(name);
  if (keras) {
    const weights = call.keywords.get('weights');
    const fetched = weights === undefined || weights.value === 'imagenet';
    return fetched ? { model: keras[1], from: 'from storage.googleapis.com, into ~/.keras' } : null;
  }
  const m = /^torchvision\.models\.(?:[a-z_]+\.)?([a-z][a-z0-9_]*)$/.exec(name);
  if (!m || /^(get_weight|get_model_weights|list_models)$/.test(m[1])) return null;
  const weights = call.keywords.get('weights');
  return isTrue(call.keywords.get('pretrained')) || (weights !== undefined && weights.kind !== 'none') ? { model: m[1] === 'get_model' ? (argument(call, 0, 'name')?.value ?? 'get_model') : m[1], from: torch } : null;
}

function pythonDownload(call: PyCall, script: ChainScript, setting: Setting): Download | null {
  const name = call.name;
  const what = `${call.written}(…)`;
  const offline = ['HF_HUB_OFFLINE', 'TRANSFORMERS_OFFLINE'].some((v) => /^(1|true|yes|on)$/i.test(setting.env.get(v) ?? ''));
  if (HTTP_CALL.test(name)) {
    const url = /\.request$/.test(name) && !name.startsWith('urllib') ? argument(call, 1, 'url') : /get_file$/.test(name) ? argument(call, 1, 'origin') : /clone_from$/.test(name) ? argument(call, 0, 'url') : (call.keywords.get('url') ?? call.args[0]);
    const host = externalUrl(url?.value ?? null, setting.profile);
    if (!host || (/load_state_dict_from_url|load_url|get_file/.test(name) && prefetched(url!.value!, setting))) return null;
    return { what, detail: `downloads from ${host}`, advice: `${BUILD_TIME}, or \`COPY\` the file into the image and read it from disk` };
  }
  if (/^torch\.hub\.load$/.test(name)) {
    const repo = argument(call, 0, 'repo_or_dir')?.value;
    const source = call.keywords.get('source')?.value;
    if (source === 'local' || repo === undefined || repo === null || isLocalPath(repo, script, setting) || prefetched(repo, setting)) return null;
    return { what, detail: `downloads \`${repo}\` from GitHub (torch.hub)`, advice: `${BUILD_TIME} (it fills the torch hub cache), or load a local copy with \`source='local'\`` };
  }
  const builder = pretrainedBuilder(call);
  if (builder) {
    if (prefetched(builder.model, setting)) return null;
    return { what, detail: `downloads the pretrained weights of \`${builder.model}\` (${builder.from})`, advice: `${BUILD_TIME} (build the same model once in a \`RUN\` to fill the cache), or load a weights file copied into the image` };
  }
  const hf = /(^|\.)(hf_hub_download|snapshot_download|cached_download)$/.test(name);
  const hfPipeline = name === 'transformers.pipeline';
  if (hf || hfPipeline || /\.from_pretrained$/.test(name) || name === 'sentence_transformers.SentenceTransformer' || /^datasets\.load_dataset$/.test(name)) {
    if (offline || isTrue(call.keywords.get('local_files_only'))) return null;
    const idArg = hf ? argument(call, 0, 'repo_id') : hfPipeline ? argument(call, 1, 'model') : argument(call, 0, /load_dataset$/.test(name) ? 'path' : 'pretrained_model_name_or_path');
    // `pipeline("task")` with no model fetches the task's default model.
    if (hfPipeline && !idArg) return { what, detail: 'downloads the default model of the task from the Hugging Face Hub', advice: `${BUILD_TIME} and pass \`model=\` the folder it is saved in` };
    const id = idArg?.value ?? call.keywords.get('model_name_or_path')?.value;
    if (id === undefined || id === null || isLocalPath(id, script, setting) || prefetched(id, setting)) return null;
    // `load_dataset("csv", data_files=...)` reads local files with a built-in loader.
    if (/load_dataset$/.test(name) && (BUILTIN_DATASET_LOADERS.test(id) || call.keywords.has('data_files'))) return null;
    return {
      what,
      detail: `downloads \`${id}\` from the Hugging Face Hub`,
      advice: `${BUILD_TIME} and load it from that folder, or pass \`local_files_only=True\` (or set \`HF_HUB_OFFLINE=1\`) once the files are in the image`,
    };
  }
  if (/^nltk\.download$/.test(name)) {
    return { what, detail: 'downloads NLTK data (it contacts the NLTK index even when the data is there)', advice: `${BUILD_TIME} (\`RUN python -m nltk.downloader ...\`) and remove the call` };
  }
  if (/^pip\._internal\.main$|^pip\.main$/.test(name) && installerAllowed('pip', setting)) return null;
  if (/^spacy\.cli\.download$|^pip\._internal\.main$|^pip\.main$/.test(name)) {
    return { what, detail: 'downloads packages or models', advice: BUILD_TIME };
  }
  return null;
}

// ---- the setting ----

async function settingOf(project: ProjectFacts, facts: DockerfileFacts, chain: EntrypointChain, profile: Profile): Promise<Setting> {
  const env = new Map<string, string>();
  for (const [k, v] of facts.finalStage?.finalVars ?? []) if (!v.fromArg && !v.declaredWithoutValue) env.set(k, v.value);
  const runs = facts.imageChain.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN' && !i.onbuild).map((i) => ({ instr: i, stage: s })));
  const texts = runs.map(({ instr }) => facts.model.text.slice(instr.argsOffset, instr.endOffset));
  // Scripts the RUN lines execute are build time too.
  for (const [k, { instr, stage }] of runs.entries()) {
    for (const m of texts[k].matchAll(/[\w./~-]+\.(?:py|sh)\b/g)) {
      const placement = chain.context.fileAt(resolvePath(stage.workdirAt.get(instr) ?? '/', m[0]));
      const text = placement ? await project.read(placement.file) : null;
      if (text) texts.push(text);
    }
  }
  // `npm ci` at build time installs what package.json lists: the tools `npx` runs from there are in the image.
  if (texts.some((t) => /\b(npm|yarn|pnpm)\s+(ci|install|i)\b/.test(t))) {
    for (const file of project.vfs.files) {
      if (!/(^|\/)package\.json$/.test(file) || file.includes('node_modules/')) continue;
      const text = await project.read(file);
      if (text) texts.push(text);
    }
  }
  const buildText = texts.join('\n');
  const home = facts.homeOf(facts.finalStage?.finalUser.name ?? profile.user.name);
  const mirrorHost = urlHost(profile.pipMirror);
  let pipConfMirror = !!facts.platformBase?.provides.pipMirror || (!!mirrorHost && /index-url/.test(buildText) && buildText.includes(mirrorHost));
  for (const conf of ['/etc/pip.conf', '/etc/xdg/pip/pip.conf', `${home}/.config/pip/pip.conf`, `${home}/.pip/pip.conf`]) {
    const placement = chain.context.fileAt(conf);
    const text = placement ? await project.read(placement.file) : null;
    const index = text ? /^\s*index[-_]url\s*[=:]\s*(\S+)/m.exec(text)?.[1] : undefined;
    if (index) pipConfMirror = externalUrl(index, profile) === null;
  }
  return { profile, facts, chain, env, pipConfMirror, buildText };
}

export default defineProjectRule({
  meta: {
    code: 'CHM401',
    slug: 'runtime-download',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'There is no Internet access in run time',
    summary: 'What the container runs when it starts (ENTRYPOINT/CMD and the scripts they reach) must not download anything.',
    why: 'Platform containers have no Internet access: a `pip install`, `git clone` or model download at start fails, and the job or desktop never comes up. Everything must be installed when the image is built.',
    details: [
      '- The chain starts at the final `ENTRYPOINT`/`CMD` (exec or shell form, `sh -c` strings; the CMD as arguments of an exec-form ENTRYPOINT), or at the platform base',
      '  image\'s entrypoint when the Dockerfile sets neither (only if a context file was copied over it: scripts inherited from a platform base are not re-linted).',
      '  It reaches the build-context files that `COPY`/`ADD` put at the paths it runs (files, folders, globs, WORKDIR-relative paths, `.dockerignore` applied, heredoc COPYs),',
      '  and goes on through `source`/`.`, `bash|sh f`, `python f.py`, `python -m module`, `python -c`, direct execution (PATH searched for bare names), `exec`,',
      '  runner prefixes (`env`, `tini`, `gosu`, `su-exec`, `dumb-init`, `xvfb-run`, `conda|mamba|micromamba|uv|poetry|pipenv run`), `streamlit run`, `uvicorn|gunicorn module:app`,',
      '  a base image\'s entrypoint script not in the image (`/opt/nvidia/nvidia_entrypoint.sh /app/run.sh`, any `*entrypoint.sh`: assumed to run its arguments, as they do),',
      '  notebooks executed as they stand (`papermill IN.ipynb`, `jupyter nbconvert --execute X.ipynb`, `jupyter execute X.ipynb`: their code cells, read as Python',
      '  and reported in the .ipynb; IPython magics and `!` lines are not read),',
      '  supervisor programs (`supervisord -c FILE`, else the default config and `/etc/supervisor/conf.d/*.conf`; a platform desktop base\'s own start script runs',
      '  supervisord, so the programs a child image adds to conf.d are followed), Python `subprocess`/`os.system` and local imports;',
      '  the console scripts of a Python project pip installs from a folder of the image (`pip install .`, `pip install -e /app`; `[project.scripts]`,',
      '  `[tool.poetry.scripts]`, setup.cfg or setup.py `console_scripts`), its modules imported from that folder or its `src/` (a project installed',
      '  from a wheel built in another stage is not followed);',
      '  `$(dirname "$0")`, `cd`, script variables and the image\'s ENV are followed. Depth limit 8; a file is visited once, so cycles end.',
      '- Shell: package installs (`apt-get`, `apt`, `yum`, `dnf`, `zypper`, `apk`; `apt-get update` counts only when no install follows), `pip`/`python -m pip`/`uv pip` install,',
      '  download and wheel, `uv add|sync`, `conda`/`mamba`/`micromamba` install/create/update (not `--offline`), `npm`/`yarn`/`pnpm` installs, one-off runners (`npx`, `npm exec`, `pnpm|yarn dlx`, `bunx`, `uvx`; not with\n  `--no-install`/`--offline`, a path, or a package named at build time or in a package.json when the build runs `npm ci|install`), `gem`, `cargo`, `go get`, `poetry`/`pipenv`/`pdm`/`pipx`,',
      '  R `install.packages`/`BiocManager::install`/`remotes::install_*` (in `R -e`/`Rscript -e`, and in R scripts run by `Rscript FILE`, `R -f FILE`,\n  `R CMD BATCH FILE`, where `download.file`/`curl_download`/`httr` calls on a literal external URL count too), `git clone|pull|fetch|submodule update|lfs pull`, `curl`/`wget`/`aria2c` of an external URL, `gdown`, `huggingface-cli download`,',
      '  `kaggle ... download`, `python -m nltk.downloader`, `python -m spacy download`.',
      '- pip is allowed when every index it uses is the platform mirror or another allowed host (`-i`, `--index-url`, `--extra-index-url`, `--find-links`, `PIP_INDEX_URL` from the command, the script',
      '  or the image\'s ENV) or with `--no-index`. A plain `pip install` is allowed when pip is configured for the mirror: a platform base image (it ships a pip.conf pointing at it), a pip.conf',
      '  copied to `/etc/pip.conf` or the user\'s `~/.config/pip/pip.conf`, or a build-time `pip config set` naming the mirror. `uv` does not read pip.conf, so it needs its own index setting.',
      '- Installers the profile lists in `runtimeInstalls` (`pip`, `uv`, `conda`, `apt`, `npm`; none for CHAIMELEON) may install from their default index at run time,',
      '  because the platform\'s nodes serve a mirror for them (the EUCAIM node serves PyPI, so its profile lists `pip`): `pip install x` is then not reported,',
      '  while an index, channel, registry or package URL outside the platform still is, and so is every other download. A package given as a URL',
      '  outside the platform (`pip install https://host/x.whl`, `git+https://...`) is reported whatever the index.',
      '- Allowed hosts: the profile\'s `allowedHosts` (and their subdomains), loopback, single-label names, `*.svc[.cluster.local]` and `service.namespace` names whose last label holds a hyphen, which no public top-level domain does (in-cluster services). A URL held in an unknown variable is not judged.',
      '- A download guarded by a connectivity test (`if curl -sI https://pypi.org; then pip install ...`, `ping -c1 host && ...`, `wget --spider`, `timeout 3 curl ...`) is a warning: it never runs',
      '  on the platform, so the image starts without what it fetches. So is a download after a test that exits the script when it fails (`curl -s https://pypi.org > /dev/null || exit 0`,',
      '  `if ! ping -c1 host; then exec "$@"; fi`), whose message says the script stops there. The test itself is not reported.',
      '- Python: `requests`/`httpx`/`urllib.request`/`aiohttp`/`wget`/`gdown`/`keras get_file`/`git.Repo.clone_from` on a literal external URL (constants and f-strings with a',
      '  literal host included), `torch.hub.load` (not `source=\'local\'`), `hf_hub_download`/`snapshot_download`/`*.from_pretrained`/`SentenceTransformer`/`load_dataset` on a hub id',
      '  (not a local path, a folder copied into the image, `local_files_only=True`, or `HF_HUB_OFFLINE`/`TRANSFORMERS_OFFLINE` set), `nltk.download`, `spacy.cli.download`, `pip.main`,',
      '  `transformers.pipeline` (its `model=`, or the task\'s default model when none is given), pretrained weights of `torchvision.models.*` builders',
      '  (`pretrained=True`, `weights=` other than None), `timm.create_model(..., pretrained=True)` and `keras.applications.*` models (their',
      '  `weights` default to `"imagenet"`; None or a file path is local),',
      '  and `subprocess`/`os.system`/`os.exec*` running any of the shell cases. A model or URL whose name also appears in a build-time `RUN` (or a script it runs) was fetched into',
      '  the cache at build time and is not reported, unless each such command downloads it into a file or folder of its own (`wget -O`, `curl -o`,',
      '  `huggingface-cli download --local-dir`, `local_dir=`), which leaves the cache the run-time call reads empty; `nltk.download` is reported anyway, because it contacts its index every time.',
      '- A download that runs only as a fallback (a shell script\'s `[ -f model.pt ] || wget ...`; in R under `if (!requireNamespace("pkg"))` when a build-time',
      '  RUN installs `pkg` (else the test holds at every start), on its line, in its `{ }` block or as the next statement; in Python under',
      '  `if not os.path.exists(p):`, in the `else` of a file test, after',
      '  `if os.path.isfile(p): return ...`, or in an `except` clause) is a warning: the normal path works offline, the fallback fails. In a shell',
      '  script, only when the tested file can be there: the image puts it there (COPY, ADD, a RUN), it is in a folder the platform mounts, a base',
      '  image not seen here may hold it, or a variable hides where it is; a file under /tmp or the image\'s own folders that nothing makes is',
      '  missing at every start, so the download always runs (an error).',
      '- Reported at the line in the script, with the chain as related locations (the ENTRYPOINT/CMD, each COPY, each calling line).',
    ].join('\n'),
    tags: ['runtime', 'network', 'entrypoint'],
  },
  async check({ project, profile, report }) {
    const reported = new Set<string>();
    const emit = (range: RelatedLocation['range'], file: string, d: Download, related: RelatedLocation[], guardedBy: ShellCommand | null, exitsAt: ShellCommand | null = null, fallback: PyCall['fallback'] = null) => {
      const key = `${file}:${range.startLine}:${range.startColumn}:${d.what}`;
      if (reported.has(key)) return;
      reported.add(key);
      const steps = related.filter((r) => !/^(COPY|ADD) /.test(r.message)).map((r) => r.message);
      const start = `\`${d.what}\` runs when the container starts${steps.length > 0 ? ` (${steps.join(' → ')})` : ''} and ${d.detail}`;
      // A fallback for a missing file or a failed load: the normal path works offline; only when that fails is the network needed.
      const severity: Severity | undefined = guardedBy || fallback ? 'warning' : undefined;
      const message = fallback
        ? `\`${d.what}\` ${d.detail} when ${fallback.when}, a fallback at container start${steps.length > 0 ? ` (${steps.join(' → ')})` : ''}: containers have no Internet access at run time, so then it fails. If what it fetches is always in the image, remove the fallback; otherwise, ${d.advice}.`
        : guardedBy
        ? exitsAt
          ? `${start}, but only if \`${commandText(guardedBy, 40)}\` finds a network (line ${exitsAt.range.startLine} ends the script otherwise): on the platform it never does, so the script stops there without it. Instead, ${d.advice}.`
          : `${start}, but only if \`${commandText(guardedBy, 40)}\` finds a network: on the platform it never does, so the image starts without it. Instead, ${d.advice}.`
        : `${start}; containers have no Internet access at run time, so it fails. Instead, ${d.advice}.`;
      report({ file, range, message, related, ...(severity ? { severity } : {}) });
    };
    const checkCommands = (list: ShellCommand[], related: RelatedLocation[], setting: Setting, text: string | null = null) => {
      const tests = new Set(list.flatMap((c) => c.guards).filter(isConnectivityTest));
      // `timeout 3 curl -sI https://pypi.org || exit 0`, `if ! ping -c1 host; then exit; fi`: what follows runs only with a network.
      let exitGuard: { test: ShellCommand; exit: ShellCommand } | null = null;
      // The script's lines, indexed on the first test that needs them (the text is normalised to LF, as its ranges are).
      let index: LineIndex | undefined;
      const lines = () => (index ??= new LineIndex(text!));
      for (const cmd of list) {
        if (tests.has(cmd)) continue;
        // `exec "$@"` ends the script as surely as `exit`.
        const ends = cmd.program === 'exit' || cmd.wrappers.includes('exec');
        const test = ends && text !== null ? cmd.guards.find((g) => isConnectivityTest(g) && exitsOnFailure(lines(), g, cmd)) : undefined;
        if (test && !exitGuard) exitGuard = { test, exit: cmd };
        const d = shellDownload(cmd, list, setting);
        const own = cmd.guards.find(isConnectivityTest);
        // `[ -f model.pt ] || wget ...`: a fallback for a missing file, as in Python (PyCall.fallback).
        // Only when it runs because the file is missing: `[ -f requirements.txt ] && pip install -r ...` installs whenever the file is there.
        let fallback: PyCall['fallback'] = null;
        for (const test of !own && text !== null ? cmd.guards.filter(isFileTest) : []) {
          const onFailure = exitsOnFailure(lines(), test, cmd);
          if (test.args.some((a) => a.value === '!') === onFailure) continue;
          // A file nothing puts in the image is missing at every start: then the download always runs.
          if (!testedFileMayExist(test, setting)) continue;
          fallback = { when: `\`${commandText(test, 40)}\` ${onFailure ? 'fails' : 'holds'}` };
        }
        // `Rscript -e 'if (!requireNamespace("x")) install.packages("x")'`: the same fallback, written in R.
        if (d && !fallback && (cmd.program === 'R' || cmd.program === 'Rscript')) {
          const when = rMissingTest(cmd.args.map((a) => a.value).join(' '), setting);
          if (when) fallback = { when };
        }
        if (d) emit(cmd.range, cmd.file, d, related, own ?? exitGuard?.test ?? null, own ? null : (exitGuard?.exit ?? null), fallback);
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
        if (script.language === 'other' && !script.embedded && (/\.r$/i.test(script.imagePath ?? '') || /^#!.*\bRscript\b/.test(script.text))) checkRScript(script, setting, emit);
        for (const call of script.python?.calls ?? []) {
          const d = pythonDownload(call, script, setting);
          if (d) emit(call.range, script.path, d, script.via, null, null, call.fallback);
        }
      }
    }
  },
});
