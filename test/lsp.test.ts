// The language server through a real JSON-RPC client: `node bin/chaimeleon-lint.js lsp --stdio` in
// a child process, spoken to as an editor speaks to it. Timeouts are generous limits against a hang,
// never a speed claim (speed is `npm run bench`, and scripts/lsp-smoke.mjs prints the latency).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextDocumentEdit, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { resolveConfig } from '../src/config.js';
import { Linter } from '../src/lint.js';
import { fixAll, nonOverlapping, quickFix, toLspRange, toWorkspaceEdit, type PlacedFinding } from '../src/lsp/convert.js';
import type { Finding, TextEdit } from '../src/types.js';
import { ruleDocsUrl } from '../src/version.js';
import { lintPath, ROOT, ruleSet } from './helpers.js';

const BIN = join(ROOT, 'bin', 'chaimeleon-lint.js');
/** A limit against a hang only. */
const WAIT_MS = 30_000;

const BAD_DOCKERFILE = 'FROM ubuntu:22.04\nRUN pip install numpy\n# the end\n';

/** Does the rule carry a fix on this branch? The code-action test needs CHM110's (added with `--fix`). */
const chm110Fix = (await new Linter(ruleSet, resolveConfig({}, null, {})).lintText('Dockerfile', BAD_DOCKERFILE)).findings.find((f) => f.code === 'CHM110')?.fix;

interface Client {
  connection: MessageConnection;
  child: ChildProcess;
  /** Resolves with the next diagnostics published for `uri` that satisfy `test` (or the last ones, if they already do). */
  diagnostics(uri: string, test: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  logs: string[];
  exited: Promise<number | null>;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function tempRepository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'chm-lsp-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const uriOf = (dir: string, file: string) => pathToFileURL(join(dir, file)).href;

async function startClient(workspace: string): Promise<Client> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  cleanups.push(() => {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  });
  const latest = new Map<string, Diagnostic[]>();
  const waiters: { uri: string; test: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const logs: string[] = [];
  connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }: { uri: string; diagnostics: Diagnostic[] }) => {
    latest.set(uri, diagnostics);
    for (const w of [...waiters]) {
      if (w.uri === uri && w.test(diagnostics)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(diagnostics);
      }
    }
  });
  connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
    logs.push(message);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const folder = pathToFileURL(workspace).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'repository' }],
    capabilities: { workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await connection.sendNotification('initialized', {});
  const diagnostics = (uri: string, test: (d: Diagnostic[]) => boolean) =>
    new Promise<Diagnostic[]>((resolve, reject) => {
      const now = latest.get(uri);
      if (now && test(now)) return resolve(now);
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${WAIT_MS} ms; last: ${JSON.stringify(latest.get(uri)?.map((d) => d.code))}; log: ${logs.join(' | ')}`)), WAIT_MS);
      waiters.push({ uri, test, resolve: (d) => (clearTimeout(timer), resolve(d)) });
    });
  return { connection, child, diagnostics, logs, exited };
}

const codes = (list: Diagnostic[]) => list.map((d) => d.code);
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const has = (code: string) => (list: Diagnostic[]) => list.some((d) => d.code === code);
const lacks = (code: string) => (list: Diagnostic[]) => !list.some((d) => d.code === code);

function open(client: Client, uri: string, languageId: string, text: string, version = 1): Promise<void> {
  return client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

function change(client: Client, uri: string, version: number, text: string): Promise<void> {
  return client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

async function shutdown(client: Client): Promise<number | null> {
  await client.connection.sendRequest('shutdown');
  await client.connection.sendNotification('exit');
  return client.exited;
}

describe('chaimeleon-lint lsp', () => {
  it('publishes the findings of an open Dockerfile with their codes, ranges, severities and docs, then exits cleanly', async () => {
    const dir = tempRepository({ Dockerfile: BAD_DOCKERFILE });
    const client = await startClient(dir);
    const uri = uriOf(dir, 'Dockerfile');
    await open(client, uri, 'dockerfile', BAD_DOCKERFILE);
    const diagnostics = await client.diagnostics(uri, has('CHM110'));
    const d110 = diagnostics.find((d) => d.code === 'CHM110')!;
    // `pip install numpy` on line 2, columns 5 to 22 (exclusive): 0-based line 1, characters 4 to 21.
    expect(d110.range).toEqual({ start: { line: 1, character: 4 }, end: { line: 1, character: 21 } });
    expect(d110).toMatchObject({ severity: 2, source: 'chaimeleon-lint', codeDescription: { href: ruleDocsUrl('CHM110') } });
    // Every finding the CLI's engine reports on the Dockerfile, at the same place, and nothing else.
    const expected = (await lintPath(dir)).filter((f) => f.file === 'Dockerfile' && !f.suppressed);
    expect(diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)}`).sort()).toEqual(expected.map((f) => `${f.code} ${JSON.stringify(toLspRange(f.range))}`).sort());
    expect(await shutdown(client)).toBe(0);
  });

  it('lints the editor text, not the saved file, and lints a Dockerfile again when it changes', async () => {
    const saved = 'FROM ubuntu:22.04\nRUN pip install --no-cache-dir numpy\n';
    const dir = tempRepository({ Dockerfile: saved });
    const client = await startClient(dir);
    const uri = uriOf(dir, 'Dockerfile');
    await open(client, uri, 'dockerfile', BAD_DOCKERFILE);
    const opened = await client.diagnostics(uri, has('CHM110'));
    await change(client, uri, 2, 'FROM ubuntu:22.04\nRUN pip install --no-cache-dir numpy\nRUN pip3 install scipy\n');
    const moved = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'CHM110' && x.range.start.line === 2));
    expect(moved.filter((d) => d.code === 'CHM110')).toHaveLength(1);
    // The repository rules' findings on the Dockerfile (its authorization label, ...) stay until a save.
    const repositoryRules = new Set(ruleSet.rules.filter((r) => r.meta.target === 'project').map((r) => r.meta.code));
    const fromRepository = codes(opened).filter((c) => repositoryRules.has(String(c)));
    expect(fromRepository.length).toBeGreaterThan(0);
    expect(codes(moved)).toEqual(expect.arrayContaining(fromRepository));
    await change(client, uri, 3, saved);
    await client.diagnostics(uri, lacks('CHM110'));
    // Never written to disk.
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(saved);
    expect(await shutdown(client)).toBe(0);
  });

  it('reports repository rules on the scripts the entrypoint runs, with the chain as related information, from unsaved text on save', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chm-lsp-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(ROOT, 'examples', 'image_batch_mistakes'), dir, { recursive: true });
    const script = readFileSync(join(dir, 'init.sh'), 'utf8');
    const client = await startClient(dir);
    const uri = uriOf(dir, 'init.sh');
    await open(client, uri, 'shellscript', script);
    const diagnostics = await client.diagnostics(uri, has('CHM401'));
    const download = diagnostics.find((d) => d.code === 'CHM401' && d.range.start.line === 2)!;
    expect(download, `CHM401 on \`pip install\` (line 3): ${JSON.stringify(diagnostics)}`).toBeDefined();
    // ENTRYPOINT (line 27) and the COPY of the script (line 18) of the Dockerfile.
    expect(download.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]).sort()).toEqual([
      [uriOf(dir, 'Dockerfile'), 17],
      [uriOf(dir, 'Dockerfile'), 26],
    ]);
    // The downloads removed in the editor, then saved by the editor (here: only the notification): the
    // repository rules run on the editor's text.
    const cleaned = script.split('\n').filter((l) => !/^(pip install|git clone)/.test(l)).join('\n');
    await change(client, uri, 2, cleaned);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await client.diagnostics(uri, lacks('CHM401'));
    expect(readFileSync(join(dir, 'init.sh'), 'utf8')).toBe(script);
    expect(await shutdown(client)).toBe(0);
  });

  it('offers the fix of a finding as a code action, and the finding is gone once it is applied (CHM110)', async () => {
    expect(chm110Fix, 'CHM110 carries a safe fix').toMatchObject({ safe: true });
    const dir = tempRepository({ Dockerfile: BAD_DOCKERFILE });
    const client = await startClient(dir);
    const uri = uriOf(dir, 'Dockerfile');
    await open(client, uri, 'dockerfile', BAD_DOCKERFILE);
    const d110 = (await client.diagnostics(uri, has('CHM110'))).find((d) => d.code === 'CHM110')!;
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d110.range, context: { diagnostics: [d110], only: ['quickfix'] } });
    const action = actions.find((a) => a.diagnostics?.some((d) => d.code === 'CHM110'));
    expect(action, JSON.stringify(actions)).toMatchObject({ kind: 'quickfix', title: chm110Fix!.title, isPreferred: chm110Fix!.safe });
    const changes = action!.edit!.documentChanges as TextDocumentEdit[];
    // The edit names the version it was computed from: an editor refuses it on a newer text.
    expect(changes.map((c) => [c.textDocument.uri, c.textDocument.version])).toEqual([[uri, 1]]);
    if (chm110Fix!.safe) {
      const all: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
      expect(all.map((a) => a.kind)).toEqual(['source.fixAll.chaimeleon-lint']);
    }
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, BAD_DOCKERFILE), changes[0].edits as LspTextEdit[]);
    await change(client, uri, 2, fixed);
    const after = await client.diagnostics(uri, lacks('CHM110'));
    expect(codes(after)).not.toContain('CHM110');
    expect(await shutdown(client)).toBe(0);
  });

  it("answers a hover on a finding with the rule's summary and a link to its docs, and nothing elsewhere", async () => {
    const dir = tempRepository({ Dockerfile: BAD_DOCKERFILE });
    const client = await startClient(dir);
    const uri = uriOf(dir, 'Dockerfile');
    await open(client, uri, 'dockerfile', BAD_DOCKERFILE);
    const diagnostics = await client.diagnostics(uri, has('CHM110'));
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 10 } });
    const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    expect(text).toContain('**CHM110** `pip-cache-kept`');
    expect(text).toContain(ruleSet.meta.find((m) => m.code === 'CHM110')!.summary);
    expect(text).toContain(`(${ruleDocsUrl('CHM110')})`);
    // The comment line carries no finding (checked, so that the hover's null means something).
    expect(diagnostics.filter((d) => d.range.start.line <= 2 && d.range.end.line >= 2)).toEqual([]);
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })).toBeNull();
    expect(await shutdown(client)).toBe(0);
  });

  it('reads the configuration again when it changes, and a broken one is a diagnostic, not a crash', async () => {
    const dir = tempRepository({ Dockerfile: BAD_DOCKERFILE });
    const client = await startClient(dir);
    const uri = uriOf(dir, 'Dockerfile');
    const config = join(dir, '.chaimeleon-lint.yaml');
    await open(client, uri, 'dockerfile', BAD_DOCKERFILE);
    const before = await client.diagnostics(uri, has('CHM110'));
    const notify = (type: number) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type }] });
    writeFileSync(config, 'rules:\n  CHM110: off\n');
    await notify(1);
    const off = await client.diagnostics(uri, lacks('CHM110'));
    // Only CHM110 went: the other findings stay.
    expect(codes(off).sort()).toEqual(codes(before).filter((c) => c !== 'CHM110').sort());
    writeFileSync(config, 'rules:\n  CHM110: error\n');
    await notify(2);
    const raised = await client.diagnostics(uri, has('CHM110'));
    expect(raised.find((d) => d.code === 'CHM110')!.severity).toBe(1);
    writeFileSync(config, 'rules:\n  CHM999: off\n');
    await notify(2);
    const broken = await client.diagnostics(uri, (d) => d.some((x) => /did not lint/.test(messageOf(x))));
    expect(messageOf(broken[0])).toMatch(/\.chaimeleon-lint\.yaml.*CHM999/);
    await client.diagnostics(pathToFileURL(config).href, (d) => d.length === 1 && /CHM999/.test(messageOf(d[0])));
    rmSync(config);
    await notify(3);
    await client.diagnostics(uri, (d) => d.some((x) => x.code === 'CHM110' && x.severity === 2));
    // The error shown on the configuration file goes with it.
    await client.diagnostics(pathToFileURL(config).href, (d) => d.length === 0);
    expect(await shutdown(client)).toBe(0);
  });

  it('stays up on bad input: a binary document, an unsaved buffer, a request about an unknown document', async () => {
    const dir = tempRepository({ Dockerfile: 'FROM ubuntu:22.04\n' });
    const client = await startClient(dir);
    const junk = uriOf(dir, 'Dockerfile');
    await open(client, junk, 'dockerfile', '\u0000\u0001\uFFFD'.repeat(1000) + '\nRUN ((((\n');
    await client.diagnostics(junk, (d) => d.length > 0);
    // An `untitled:` buffer is no file: it is linted alone.
    const untitled = 'untitled:Untitled-1';
    await open(client, untitled, 'dockerfile', BAD_DOCKERFILE);
    await client.diagnostics(untitled, has('CHM110'));
    expect(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere/Dockerfile' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).toEqual([]);
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nowhere/Dockerfile' }, position: { line: 0, character: 0 } })).toBeNull();
    expect(client.child.exitCode).toBeNull();
    expect(await shutdown(client)).toBe(0);
  });

  it('answers on the URI the editor gave, however it encodes the path', async () => {
    const dir = tempRepository({ 'img [1]/Dockerfile': BAD_DOCKERFILE });
    const client = await startClient(dir);
    // VS Code encodes brackets, which Node leaves as they are.
    const uri = uriOf(dir, 'img [1]/Dockerfile').replace(/\[/g, '%5B').replace(/\]/g, '%5D');
    expect(uri).toContain('%5B1%5D');
    await open(client, uri, 'dockerfile', BAD_DOCKERFILE);
    await client.diagnostics(uri, has('CHM110'));
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 10 } })).not.toBeNull();
    expect(await shutdown(client)).toBe(0);
  });

  it('refuses an unknown argument with a one-line message and exit code 2', () => {
    const r = spawnSync(process.execPath, [BIN, 'lsp', '--socket=9'], { encoding: 'utf8', input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--socket=9');
  });
});

describe('findings and fixes in LSP terms', () => {
  const finding = (edits: TextEdit[], safe = true): Finding => ({
    code: 'CHM110',
    slug: 'pip-cache-kept',
    severity: 'warning',
    message: 'm',
    file: 'Dockerfile',
    range: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 22 },
    related: [],
    fix: { title: 'Add --no-cache-dir', safe, edits },
  });
  const place = (f: Finding): PlacedFinding => ({ finding: f, uriOf: (file) => `file:///r/${file}`, versionOf: () => 7 });

  it('turns 1-based ranges with an exclusive end into 0-based positions, and edits apply where the finding said (CRLF kept)', () => {
    const text = 'FROM ubuntu:22.04\r\nRUN pip install numpy\r\n';
    const f = finding([{ file: 'Dockerfile', range: { startLine: 2, startColumn: 16, endLine: 2, endColumn: 16 }, text: ' --no-cache-dir' }]);
    const action = quickFix(place(f), f.fix!, true);
    const edits = (action.edit!.documentChanges as TextDocumentEdit[])[0].edits as LspTextEdit[];
    expect(TextDocument.applyEdits(TextDocument.create('file:///r/Dockerfile', 'dockerfile', 7, text), edits)).toBe('FROM ubuntu:22.04\r\nRUN pip install --no-cache-dir numpy\r\n');
    expect(action.isPreferred).toBe(true);
    expect(toWorkspaceEdit(f.fix!.edits, place(f), false)).toEqual({ changes: { 'file:///r/Dockerfile': [{ range: { start: { line: 1, character: 15 }, end: { line: 1, character: 15 } }, newText: ' --no-cache-dir' }] } });
  });

  it('fix-all keeps safe fixes only, and of overlapping edits the first', () => {
    const a = finding([{ file: 'Dockerfile', range: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 8 }, text: 'A' }]);
    const b = finding([{ file: 'Dockerfile', range: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 9 }, text: 'B' }]);
    const c = finding([{ file: 'Dockerfile', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, text: 'C' }], false);
    const action = fixAll([a, b, c].map(place), true)!;
    expect(((action.edit!.documentChanges as TextDocumentEdit[])[0].edits as LspTextEdit[]).map((e) => e.newText)).toEqual(['A']);
    expect(fixAll([place(c)], true)).toBeNull();
    // Two insertions at one point: their order would be a guess, so only the first is kept.
    const at = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    expect(nonOverlapping([{ file: 'x', range: at, text: '1' }, { file: 'x', range: at, text: '2' }, { file: 'y', range: at, text: '3' }]).map((e) => e.text)).toEqual(['1', '3']);
  });
});
