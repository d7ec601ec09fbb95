// The playground page: files in tabs, the engine of src/browser.ts, findings inline under the lines
// they are about. Everything is built with DOM calls and textContent: no text from a linted file or
// a message is ever parsed as HTML.
import { initPlayground, lintFiles, MAX_FILE_BYTES, RULE_EXAMPLES_BY_CODE, RULES, ruleDocsUrl, TOOL_VERSION, type Finding, type PlaygroundFile, type PlaygroundResult, type RuleMeta } from '../src/browser.js';
import { SKIPPED_DIRS } from '../src/vfs-core.js';

declare const __PLAYGROUND_EXAMPLE__: PlaygroundFile[];

/** Files accepted from one drop: a repository is a few dozen; a drop of a home folder is not one. */
const MAX_DROPPED_FILES = 2000;

interface State {
  files: PlaygroundFile[];
  current: string | null;
  mode: 'review' | 'edit';
  result: PlaygroundResult | null;
  /** True when a file changed since the last lint: the findings may be stale. */
  stale: boolean;
}

const state: State = { files: [], current: null, mode: 'review', result: null, stale: false };
const rulesByCode = new Map<string, RuleMeta>(RULES.map((r) => [r.code, r]));

function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page has no #${id}`);
  return e;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { class?: string; text?: string; title?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  if (props.title) e.title = props.title;
  for (const c of children) e.append(c);
  return e;
}

/** A message with its `code spans` shown as code. */
function richText(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  text.split('`').forEach((piece, i) => out.append(i % 2 === 1 ? el('code', { text: piece }) : piece));
  return out;
}

function setStatus(text: string, failed = false): void {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('failed', failed);
}

// ---- files ----

function currentFile(): PlaygroundFile | undefined {
  return state.files.find((f) => f.path === state.current);
}

function normalisePath(path: string): string | null {
  const p = path.trim().replace(/\\/g, '/').replace(/^\.?\/+/, '');
  if (!p || p.split('/').some((part) => part === '' || part === '.' || part === '..')) return null;
  return p;
}

function putFile(path: string, text: string): void {
  const existing = state.files.find((f) => f.path === path);
  if (existing) existing.text = text;
  else state.files.push({ path, text });
  state.files.sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : 1));
  state.stale = true;
}

/** Dockerfiles first, then README and LICENSE, then the rest. */
function rank(path: string): number {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/dockerfile|containerfile/i.test(name)) return 0;
  if (/^readme/i.test(name)) return 1;
  if (/^(licen[sc]e|copying)/i.test(name)) return 2;
  return 3;
}

function loadExample(): void {
  state.files = __PLAYGROUND_EXAMPLE__.map((f) => ({ ...f }));
  state.current = state.files[0]?.path ?? null;
  state.result = null;
  state.stale = true;
  state.mode = 'review';
}

// ---- drop and open ----

interface Incoming {
  path: string;
  file: File;
}

async function entriesOf(entry: FileSystemEntry, into: Incoming[]): Promise<void> {
  if (into.length >= MAX_DROPPED_FILES) return;
  if (entry.isFile) {
    const file = await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail));
    into.push({ path: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory && !SKIPPED_DIRS.has(entry.name)) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const e of batch) await entriesOf(e, into);
    }
  }
}

/** Takes files in; a single dropped folder becomes the repository root. Returns what was refused. */
async function addIncoming(incoming: Incoming[]): Promise<string[]> {
  const refused: string[] = [];
  const tops = new Set(incoming.map((i) => (i.path.includes('/') ? i.path.slice(0, i.path.indexOf('/')) : '')));
  const strip = tops.size === 1 && !tops.has('') ? [...tops][0].length + 1 : 0;
  for (const { path, file } of incoming.slice(0, MAX_DROPPED_FILES)) {
    const rel = normalisePath(path.slice(strip));
    if (!rel) continue;
    if (file.size > MAX_FILE_BYTES) {
      refused.push(`${rel} (larger than ${MAX_FILE_BYTES >> 20} MB)`);
      continue;
    }
    const text = await file.text();
    if (text.includes('\u0000')) {
      refused.push(`${rel} (a binary file)`);
      continue;
    }
    putFile(rel, text);
  }
  if (incoming.length > MAX_DROPPED_FILES) refused.push(`every file past the first ${MAX_DROPPED_FILES}`);
  const dockerfile = state.files.find((f) => rank(f.path) === 0);
  state.current = dockerfile?.path ?? state.files[0]?.path ?? null;
  return refused;
}

async function takeFiles(incoming: Incoming[]): Promise<void> {
  const refused = await addIncoming(incoming);
  render();
  await lint();
  if (refused.length > 0) setStatus(`${$('status').textContent} Not read: ${refused.join(', ')}.`, true);
}

function setUpDrop(): void {
  const zone = $('drop');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    const items = [...(e.dataTransfer?.items ?? [])];
    void (async () => {
      const incoming: Incoming[] = [];
      const entries = items.map((i) => i.webkitGetAsEntry?.()).filter((x): x is FileSystemEntry => !!x);
      if (entries.length > 0) for (const entry of entries) await entriesOf(entry, incoming);
      else for (const file of e.dataTransfer?.files ?? []) incoming.push({ path: file.name, file });
      await takeFiles(incoming);
    })().catch((err) => setStatus(`Could not read the dropped files: ${String(err)}`, true));
  });
  const open = $('open') as HTMLInputElement;
  open.addEventListener('change', () => {
    const incoming = [...(open.files ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
    open.value = '';
    void takeFiles(incoming);
  });
}

// ---- lint ----

async function lint(): Promise<void> {
  syncEditor();
  if (state.files.length === 0) {
    state.result = null;
    setStatus('Add a Dockerfile to lint.');
    render();
    return;
  }
  const lintButton = $('lint') as HTMLButtonElement;
  lintButton.disabled = true;
  setStatus('Linting…');
  const started = performance.now();
  try {
    state.result = await lintFiles(state.files);
    state.stale = false;
    state.mode = 'review';
    const n = state.result.findings.length;
    const ms = Math.round(performance.now() - started);
    const problems = state.result.errors.length > 0 ? ` The review is not complete: ${state.result.errors.join('; ')}` : '';
    const skipped = state.result.skipped.length > 0 ? ` Not reviewed as images: ${state.result.skipped.map((s) => `${s.path} (${s.reason})`).join(', ')}.` : '';
    // The page lints with the platform's default profile: a configuration file among the files is not read.
    const config = state.files.find((f) => /(^|\/)\.chaimeleon-lint\.(ya?ml|json)$/.test(f.path));
    const ignored = config ? ` ${config.path} is not applied here: the playground uses the default chaimeleon profile.` : '';
    setStatus(`${n === 0 ? 'No findings' : `${n} finding${n === 1 ? '' : 's'}`} in ${state.result.files.length} file${state.result.files.length === 1 ? '' : 's'} (${ms} ms).${skipped}${ignored}${problems}`, state.result.errors.length > 0);
    document.body.dataset.linted = String(n);
  } catch (e) {
    state.result = null;
    setStatus(`Not linted: ${e instanceof Error ? e.message : String(e)}`, true);
  } finally {
    lintButton.disabled = false;
  }
  render();
}

// ---- rendering ----

function findingsIn(path: string): Finding[] {
  return (state.result?.findings ?? []).filter((f) => f.file === path);
}

function worst(findings: Finding[]): Finding['severity'] | null {
  for (const s of ['error', 'warning', 'info'] as const) if (findings.some((f) => f.severity === s)) return s;
  return null;
}

function render(): void {
  renderTabs();
  renderFile();
  renderFindingsList();
}

function renderTabs(): void {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const f of state.files) {
    const mine = findingsIn(f.path);
    const open = el('button', { text: f.path, title: `Show ${f.path}` });
    open.type = 'button';
    const sev = worst(mine);
    if (sev) open.append(el('span', { class: `badge ${sev}`, text: String(mine.length) }));
    open.addEventListener('click', () => show(f.path));
    const remove = el('button', { class: 'remove', text: '×', title: `Remove ${f.path}` });
    remove.type = 'button';
    remove.addEventListener('click', () => {
      // Keep the text being edited with its own file, then leave the editor: it shows another file next.
      syncEditor();
      state.mode = 'review';
      state.files = state.files.filter((x) => x.path !== f.path);
      if (state.current === f.path) state.current = state.files[0]?.path ?? null;
      state.stale = true;
      void lint();
    });
    const tab = el('div', { class: `tab${f.path === state.current ? ' current' : ''}` }, open, remove);
    tab.dataset.path = f.path;
    tabs.append(tab);
  }
}

function show(path: string, line?: number): void {
  syncEditor();
  if (state.files.some((f) => f.path === path)) state.current = path;
  render();
  if (line !== undefined) {
    const row = $('review').querySelector<HTMLElement>(`[data-line="${line}"]`);
    if (row) {
      row.scrollIntoView({ block: 'center' });
      row.classList.add('flash');
      setTimeout(() => row.classList.remove('flash'), 1200);
    }
  }
}

function renderFile(): void {
  const file = currentFile();
  $('file-name').textContent = file ? file.path : '';
  const review = $('review');
  const edit = $('edit');
  const editing = state.mode === 'edit' && !!file;
  review.hidden = editing;
  edit.hidden = !editing;
  $('mode-review').setAttribute('aria-pressed', String(!editing));
  $('mode-edit').setAttribute('aria-pressed', String(editing));
  if (editing) {
    const text = $('text') as HTMLTextAreaElement;
    if (text.value !== file.text) text.value = file.text;
    updateGutter();
    return;
  }
  review.replaceChildren();
  if (!file) {
    review.append(el('div', { class: 'empty', text: 'No file yet: paste a Dockerfile with “Add file…”, drop files here, or load the example.' }));
    return;
  }
  const lines = file.text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const byLine = new Map<number, Finding[]>();
  for (const f of findingsIn(file.path)) {
    // A finding on a line past the end (an empty file) is shown on its last line.
    const at = Math.min(Math.max(f.range.startLine, 1), lines.length);
    byLine.set(at, [...(byLine.get(at) ?? []), f]);
  }
  const marked = new Map<number, Finding['severity']>();
  for (const f of findingsIn(file.path)) {
    for (let l = f.range.startLine; l <= Math.min(f.range.endLine, lines.length); l++) {
      const prev = marked.get(l);
      if (!prev || rankSeverity(f.severity) > rankSeverity(prev)) marked.set(l, f.severity);
    }
  }
  if (state.stale && state.result) review.append(el('div', { class: 'empty', text: 'The files changed since the last lint: press Lint to review them again.' }));
  lines.forEach((text, i) => {
    const no = i + 1;
    const sev = marked.get(no);
    const row = el('div', { class: `line${sev ? ` ${sev}` : ''}` }, el('span', { class: 'no', text: String(no) }), el('span', { class: 'mark', text: sev ? '●' : '' }), el('span', { class: 'src', text: text || ' ' }));
    row.dataset.line = String(no);
    review.append(row);
    for (const f of byLine.get(no) ?? []) review.append(card(f));
  });
}

function rankSeverity(s: Finding['severity']): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

function location(file: string, line: number, label?: string): HTMLElement {
  const known = state.files.some((f) => f.path === file);
  if (!known) return el('span', { class: 'loc', text: label ?? `${file}:${line}` });
  const b = el('button', { class: 'loc', text: label ?? `${file}:${line}`, title: `Go to ${file} line ${line}` });
  b.type = 'button';
  b.addEventListener('click', () => show(file, line));
  return b;
}

/** A finding as a card under its line: message, chain, fix and the rule's documentation. */
function card(f: Finding): HTMLElement {
  const rule = rulesByCode.get(f.code);
  const docsToggle = el('button', { class: 'rule', text: `${f.code} ${f.slug}`, title: 'Show the rule documentation' });
  docsToggle.type = 'button';
  const c = el(
    'div',
    { class: `card ${f.severity}` },
    el('div', { class: 'head' }, el('span', { class: `sev ${f.severity}`, text: f.severity }), docsToggle, el('span', { class: 'where', text: `line ${f.range.startLine}, column ${f.range.startColumn}` })),
    el('p', { class: 'message' }, richText(f.message)),
  );
  c.dataset.code = f.code;
  c.dataset.line = String(f.range.startLine);
  if (f.related.length > 0) {
    const list = el('ol');
    for (const r of f.related) list.append(el('li', {}, location(r.file, r.range.startLine), ' ', richText(r.message)));
    c.append(el('div', { class: 'chain' }, el('strong', { text: 'Chain: ' }), list));
  }
  if (f.fix) c.append(fixView(f.fix));
  let docs: HTMLElement | null = null;
  docsToggle.addEventListener('click', () => {
    if (docs) {
      docs.remove();
      docs = null;
    } else if (rule) c.append((docs = docsView(rule)));
  });
  return c;
}

function fixView(fix: NonNullable<Finding['fix']>): HTMLElement {
  const box = el('div', { class: 'fix' }, el('strong', { text: `Fix${fix.safe ? '' : ' (unsafe: check it before you apply it)'}: ` }), richText(fix.title));
  for (const edit of fix.edits) {
    const old = replacedText(edit.file, edit.range);
    const r = edit.range;
    const where = `${edit.file}:${r.startLine}:${r.startColumn}${r.endLine !== r.startLine || r.endColumn !== r.startColumn ? `–${r.endLine}:${r.endColumn}` : ''}`;
    const pre = el('pre');
    if (old) pre.append(el('span', { class: 'del', text: old.split('\n').map((l) => `- ${l}`).join('\n') + '\n' }));
    if (edit.text) pre.append(el('span', { class: 'ins', text: edit.text.replace(/\n$/, '').split('\n').map((l) => `+ ${l}`).join('\n') }));
    box.append(el('div', {}, location(edit.file, r.startLine, where)), pre);
  }
  return box;
}

/** The text an edit replaces (1-based range, end column exclusive), from the file in the page. */
function replacedText(path: string, r: Finding['range']): string {
  const file = state.files.find((f) => f.path === path);
  if (!file) return '';
  const lines = file.text.split('\n');
  if (r.startLine === r.endLine) return (lines[r.startLine - 1] ?? '').slice(r.startColumn - 1, r.endColumn - 1);
  const parts = [(lines[r.startLine - 1] ?? '').slice(r.startColumn - 1), ...lines.slice(r.startLine, r.endLine - 1), (lines[r.endLine - 1] ?? '').slice(0, r.endColumn - 1)];
  return parts.join('\n');
}

function docsView(rule: RuleMeta): HTMLElement {
  const docs = el('div', { class: 'docs' }, el('h3', { text: 'What it checks' }), el('p', {}, richText(rule.summary)), el('h3', { text: 'Why it matters' }), el('p', {}, richText(rule.why)));
  if (rule.details) {
    docs.append(el('h3', { text: 'Details' }));
    // The details are Markdown paragraphs and `- ` lists: shown as such, never parsed as HTML.
    for (const para of rule.details.split(/\n{2,}/)) {
      const items = para.split(/\n(?=- )/);
      if (items.length > 1 || para.startsWith('- ')) docs.append(el('ul', {}, ...items.map((item) => el('li', {}, richText(item.replace(/^- /, '').replace(/\s*\n\s*/g, ' '))))));
      else docs.append(el('p', {}, richText(para.replace(/\s*\n\s*/g, ' '))));
    }
  }
  const example = RULE_EXAMPLES_BY_CODE[rule.code];
  if (example) docs.append(el('h3', { text: 'Example' }), el('pre', { text: example.bad.trimEnd() }), el('h3', { text: 'Use instead' }), el('pre', { text: example.good.trimEnd() }));
  docs.append(el('p', { text: `Default severity ${rule.severity}; guide: ${rule.guide === 'beyond' ? 'beyond the guide' : rule.guide}. Turn it off with rules: { ${rule.code}: off } in .chaimeleon-lint.yaml, or on one line with # chaimeleon-lint ignore=${rule.code} -- reason. Online: ${ruleDocsUrl(rule.code)}` }));
  return docs;
}

function renderFindingsList(): void {
  const list = $('findings');
  list.replaceChildren();
  const findings = state.result?.findings ?? [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  $('counts').textContent = state.result ? `${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos` : '';
  if (!state.result) {
    list.append(el('li', { class: 'none', text: 'Not linted yet.' }));
    return;
  }
  if (findings.length === 0) list.append(el('li', { class: 'none', text: 'No findings: the files follow the guide as far as chaimeleon-lint can tell.' }));
  for (const f of findings) {
    const b = el('button', {}, el('span', { class: `sev ${f.severity}`, text: f.severity }), ' ', el('span', { class: 'rule', text: f.code }), ' ', el('span', { class: 'where', text: `${f.file}:${f.range.startLine}` }), ' ', richText(f.message));
    b.type = 'button';
    b.addEventListener('click', () => {
      state.mode = 'review';
      show(f.file, f.range.startLine);
    });
    if (f.fix) b.append(el('span', { class: 'has-fix', text: ` Fix: ${f.fix.title}` }));
    const item = el('li', {}, b);
    item.dataset.code = f.code;
    if (f.fix) item.dataset.fix = f.fix.title;
    list.append(item);
  }
  $('report').textContent = '';
}

// ---- editing ----

function syncEditor(): void {
  if (state.mode !== 'edit') return;
  const file = currentFile();
  const text = ($('text') as HTMLTextAreaElement).value;
  if (file && file.text !== text) {
    file.text = text;
    state.stale = true;
  }
}

function updateGutter(): void {
  const text = $('text') as HTMLTextAreaElement;
  const count = text.value.split('\n').length;
  const file = currentFile();
  const marked = new Set(file ? findingsIn(file.path).map((f) => f.range.startLine) : []);
  $('gutter').textContent = Array.from({ length: count }, (_, i) => `${marked.has(i + 1) ? '●' : ' '}${i + 1}`).join('\n');
  $('gutter').scrollTop = text.scrollTop;
}

function addFile(): void {
  const suggestion = !state.files.some((f) => rank(f.path) === 0) ? 'Dockerfile' : !state.files.some((f) => rank(f.path) === 1) ? 'README.md' : !state.files.some((f) => rank(f.path) === 2) ? 'LICENSE' : 'run.sh';
  const name = prompt('File path in the repository (Dockerfile, README.md, LICENSE, app/run.sh):', suggestion);
  if (name === null) return;
  const path = normalisePath(name);
  if (!path) {
    setStatus(`${name}: not a path inside a repository`, true);
    return;
  }
  syncEditor();
  if (!state.files.some((f) => f.path === path)) putFile(path, '');
  state.current = path;
  state.mode = 'edit';
  render();
  ($('text') as HTMLTextAreaElement).focus();
}

function setUp(): void {
  $('version').textContent = TOOL_VERSION;
  $('version-footer').textContent = TOOL_VERSION;
  $('lint').addEventListener('click', () => void lint());
  $('add').addEventListener('click', addFile);
  $('example').addEventListener('click', () => {
    loadExample();
    void lint();
  });
  $('clear').addEventListener('click', () => {
    state.files = [];
    state.current = null;
    state.result = null;
    document.body.dataset.linted = '';
    setStatus('Cleared.');
    render();
  });
  $('mode-review').addEventListener('click', () => {
    syncEditor();
    state.mode = 'review';
    if (state.stale) void lint();
    else render();
  });
  $('mode-edit').addEventListener('click', () => {
    state.mode = 'edit';
    render();
  });
  const text = $('text') as HTMLTextAreaElement;
  text.addEventListener('input', () => {
    syncEditor();
    updateGutter();
  });
  text.addEventListener('scroll', () => ($('gutter').scrollTop = text.scrollTop));
  $('show-markdown').addEventListener('click', () => ($('report').textContent = state.result?.markdown ?? ''));
  $('show-json').addEventListener('click', () => ($('report').textContent = state.result?.json ?? ''));
  setUpDrop();
}

setUp();
loadExample();
render();
// The page's own folder holds the .wasm grammars and the SPDX data.
initPlayground(new URL('.', document.baseURI).href)
  .then(() => lint())
  .catch((e) => setStatus(`The linter could not start: ${e instanceof Error ? e.message : String(e)}`, true));
