// Speaks LSP to `chaimeleon-lint lsp` as an editor would: opens a Dockerfile with a `pip install`
// that keeps its cache (CHM110) in a fresh repository, waits for the diagnostics, asks for the quick
// fix, applies it, and waits for the diagnostics without CHM110. Prints how long each step took.
// Usage: npm run build && node scripts/lsp-smoke.mjs [BIN]   (exit 0 when every step worked; BIN
// defaults to this checkout's bin/chaimeleon-lint.js, e.g. the server/bin/ of an unpacked .vsix)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const bin = process.argv[2] ?? fileURLToPath(new URL('../bin/chaimeleon-lint.js', import.meta.url));
const repo = mkdtempSync(join(tmpdir(), 'chaimeleon-lsp-smoke-'));
mkdirSync(join(repo, '.git'));
const text = 'FROM ubuntu:22.04\nRUN pip install numpy\n';
writeFileSync(join(repo, 'Dockerfile'), text);
const uri = pathToFileURL(join(repo, 'Dockerfile')).href;

const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiters = [];
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  if (params.uri !== uri) return;
  for (const w of [...waiters]) if (w.test(params.diagnostics)) {
    waiters.splice(waiters.indexOf(w), 1);
    w.resolve(params.diagnostics);
  }
});
connection.onNotification('window/logMessage', (m) => process.stderr.write(`server: ${m.message}\n`));
connection.onRequest('client/registerCapability', () => null);
connection.listen();
const diagnostics = (test) => new Promise((resolve) => waiters.push({ test, resolve }));
const has110 = (list) => list.some((d) => d.code === 'CHM110');
const ms = (start) => `${Math.round(performance.now() - start)} ms`;

let ok = true;
const step = (good, message) => {
  console.log(`${good ? 'ok  ' : 'FAIL'} ${message}`);
  ok &&= good;
};
try {
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: { workspace: { workspaceEdit: { documentChanges: true } } }, workspaceFolders: [{ uri: pathToFileURL(repo).href, name: 'smoke' }] });
  connection.sendNotification('initialized', {});
  let start = performance.now();
  const first = diagnostics(has110);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
  const found = await Promise.race([first, new Promise((r) => setTimeout(() => r(null), 10000))]);
  step(found !== null, `diagnostics with CHM110 after opening the Dockerfile: ${found ? ms(start) : 'none within 10 s'}`);
  const d110 = found?.find((d) => d.code === 'CHM110');
  const actions = d110 ? await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d110.range, context: { diagnostics: [d110], only: ['quickfix'] } }) : [];
  const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === 'CHM110'));
  step(!!fix, `a quick fix for CHM110: ${fix ? JSON.stringify(fix.title) : 'none offered'}`);
  if (fix) {
    const doc = TextDocument.create(uri, 'dockerfile', 1, text);
    const edits = fix.edit.documentChanges.filter((c) => c.textDocument.uri === uri).flatMap((c) => c.edits);
    const fixed = TextDocument.applyEdits(doc, edits);
    start = performance.now();
    const after = diagnostics((list) => !has110(list));
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const cleared = await Promise.race([after, new Promise((r) => setTimeout(() => r(null), 10000))]);
    step(cleared !== null, `no CHM110 after applying the fix (${JSON.stringify(fixed.split('\n')[1])}): ${cleared ? ms(start) : 'still there after 10 s'}`);
  }
  await connection.sendRequest('shutdown');
  const exited = new Promise((resolve) => child.on('exit', resolve));
  connection.sendNotification('exit');
  const code = await exited;
  step(code === 0, `the server exited with ${code} after shutdown and exit`);
} catch (e) {
  step(false, `error: ${e?.message ?? e}`);
  child.kill();
} finally {
  connection.dispose();
  rmSync(repo, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
