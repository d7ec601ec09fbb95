// `chaimeleon-lint lsp`: the Language Server Protocol over standard input and output, so that
// findings and fixes appear in the editor while the partner types. Dockerfile rules run on each
// change (debounced), every rule on open and save; the open documents are linted from memory.
// Loaded only for `lsp` (the CLI imports it dynamically): a normal run does not pay for it.
import { basename, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, DidChangeWatchedFilesNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection, type Diagnostic, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILES } from '../config.js';
import { errorLine } from '../lint.js';
import type { Finding } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import { covers, FIX_ALL, fixAll, hoverFor, intersects, QUICK_FIX, quickFix, SOURCE, toDiagnostic, toLspRange, wanted, type PlacedFinding } from './convert.js';
import { byFile, ConfigError, isDockerfileDocument, LintSession, type Place, type SessionLint } from './lint-session.js';

/** Typing pauses this long before a Dockerfile is linted again. */
const CHANGE_DELAY_MS = 250;
/** Opening several documents at once starts one repository lint. */
const OPEN_DELAY_MS = 50;

export interface ServerStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** The findings of one repository's last full lint, and those of its Dockerfiles linted since on a change. */
interface RepositoryState {
  full: SessionLint | null;
  /** Dockerfile-rule findings of a Dockerfile changed since the full lint, with the version they were computed at. */
  changed: Map<string, { lint: SessionLint; version: number }>;
  /** URIs that were given diagnostics, to clear those that have none now. */
  uris: Set<string>;
}

export function startLanguageServer(streams: ServerStreams): Connection {
  const connection = createConnection(ProposedFeatures.all, streams.input, streams.output);
  // Anything written to standard output would corrupt the protocol: the console goes to the client's log.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = console.error = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));

  const documents = new TextDocuments(TextDocument);
  const session = new LintSession([], () => openTexts());
  const repositories = new Map<string, RepositoryState>();
  /** What is shown for each URI, to answer hovers and code actions from the same findings. */
  const shown = new Map<string, PlacedFinding[]>();
  const openVersion = new Map<string, number>();
  /** The configuration file shown with an error, by the repository (or lone document) that could not be linted. */
  const configErrors = new Map<string, string>();
  let versionedEdits = false;

  function* openTexts() {
    for (const doc of documents.all()) {
      const path = filePath(doc.uri);
      if (path !== null) yield { path, version: doc.version, text: doc.getText() };
    }
  }

  // One job at a time per key (a repository or a document), the last request of a burst only.
  const timers = new Map<string, NodeJS.Timeout>();
  const queues = new Map<string, Promise<void>>();
  const schedule = (key: string, delay: number, job: () => Promise<void>) => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        const next = (queues.get(key) ?? Promise.resolve()).then(job).catch((e) => connection.console.error(`chaimeleon-lint: ${errorLine(e)}`));
        queues.set(key, next);
      }, delay),
    );
  };

  const placeOf = (doc: TextDocument) => session.place(filePath(doc.uri), nameOf(doc.uri));

  /** Lints what a document belongs to: its repository (every rule, or the Dockerfile rules on a change), or the document alone. */
  async function lintDocument(uri: string, change: boolean): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const place = await placeOf(doc);
    if (place.kind === 'alone') {
      if (!isDockerfileDocument(place.file, doc.languageId)) return;
      return schedule(uri, change ? CHANGE_DELAY_MS : OPEN_DELAY_MS, () => lintAlone(uri, place));
    }
    const { root, file } = place;
    if (!change) return schedule(root, OPEN_DELAY_MS, () => lintRepository(root, uri));
    if (isDockerfileDocument(basename(file), doc.languageId)) schedule(`${root}\0${file}`, CHANGE_DELAY_MS, () => lintChanged(root, file, uri));
  }

  async function lintAlone(uri: string, place: Extract<Place, { kind: 'alone' }>): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    await guarded(uri, () => [uri], () => {}, async () => {
      const result = await session.lintAlone(place.file, place.folder, doc.getText());
      logIncomplete(result.internalErrors);
      const placed = result.findings.filter((f) => !f.suppressed).map((finding) => ({ finding, uriOf: () => uri, versionOf: () => version }));
      publish(uri, placed);
    });
  }

  /** The open documents of a repository: a configuration error is shown on each. */
  const openIn = (root: string) => documents.all().map((d) => d.uri).filter((uri) => filePath(uri)?.startsWith(root + sep));
  /** A repository that could not be linted shows no findings of an older lint. */
  const forget = (root: string) => () => {
    const state = stateOf(root);
    for (const uri of state.uris) send(uri, [], []);
    repositories.delete(root);
  };

  async function lintRepository(root: string, trigger: string): Promise<void> {
    await guarded(root, () => [...new Set([trigger, ...openIn(root)])], forget(root), async () => {
      const lint = await session.lintRepository(root);
      logIncomplete(lint.result.internalErrors);
      const state = stateOf(root);
      state.full = lint;
      // A change linted before this full lint saw its text is now part of it.
      for (const [file, changed] of state.changed) if (changed.version <= (lint.versions.get(file) ?? -1)) state.changed.delete(file);
      publishRepository(root);
    });
  }

  async function lintChanged(root: string, file: string, trigger: string): Promise<void> {
    await guarded(root, () => [...new Set([trigger, ...openIn(root)])], forget(root), async () => {
      const lint = await session.lintDockerfiles(root);
      const version = lint.versions.get(file);
      const state = stateOf(root);
      if (version === undefined || version <= (state.full?.versions.get(file) ?? -1)) return;
      logIncomplete(lint.result.internalErrors);
      state.changed.set(file, { lint, version });
      publishRepository(root);
    });
  }

  /** Runs a lint; a failure becomes a diagnostic on the documents that asked for it, never the end of the server. */
  async function guarded(key: string, uris: () => string[], clear: () => void, job: () => Promise<void>): Promise<void> {
    try {
      await job();
      // The configuration is readable again: its error goes.
      const configUri = configErrors.get(key);
      if (configUri !== undefined) {
        configErrors.delete(key);
        if (![...configErrors.values()].includes(configUri)) send(configUri, [], []);
      }
    } catch (e) {
      clear();
      const config = e instanceof ConfigError;
      const message = config ? `chaimeleon-lint did not lint this file: ${e.message}` : `chaimeleon-lint failed on this file: ${errorLine(e)}`;
      connection.console.error(message);
      const diagnostic: Diagnostic = { range: toLspRange({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }), severity: 1, source: SOURCE, message };
      for (const uri of uris()) send(uri, [diagnostic], []);
      if (config && e.file) {
        const configUri = pathToFileURL(e.file).href;
        configErrors.set(key, configUri);
        send(configUri, [{ ...diagnostic, message: e.message }], []);
      }
    }
  }

  function stateOf(root: string): RepositoryState {
    let state = repositories.get(root);
    if (!state) repositories.set(root, (state = { full: null, changed: new Map(), uris: new Set() }));
    return state;
  }

  /** Publishes a repository's findings: each Dockerfile changed since the last full lint with its new Dockerfile-rule findings and the repository-rule findings of the full lint. */
  function publishRepository(root: string): void {
    const state = stateOf(root);
    // An open document keeps the URI its editor gave it (editors encode paths in their own way).
    const openUris = new Map(documents.all().map((d) => [filePath(d.uri), d.uri]));
    const uriOf = (file: string) => {
      const path = join(root, ...file.split('/'));
      return openUris.get(path) ?? pathToFileURL(path).href;
    };
    const placer = (lint: SessionLint) => (finding: Finding): PlacedFinding => ({ finding, uriOf, versionOf: (f) => lint.versions.get(f) ?? null });
    const perFile = new Map<string, PlacedFinding[]>();
    const skipped = new Map<string, string>();
    if (state.full) {
      for (const [file, findings] of byFile(state.full.result.findings)) perFile.set(file, findings.map(placer(state.full)));
      for (const s of state.full.result.skipped) skipped.set(s.path, s.reason);
    }
    for (const [file, { lint }] of state.changed) {
      // The repository rules (and the unused ignore comments, which need every rule) keep their last full result until a save.
      const kept = (perFile.get(file) ?? []).filter((p) => p.finding.code === 'CHM002' || isRepositoryRule(p.finding.code));
      const fresh = (byFile(lint.result.findings).get(file) ?? []).filter((f) => f.code !== 'CHM002').map(placer(lint));
      perFile.set(file, [...fresh, ...kept]);
      const skip = lint.result.skipped.find((s) => s.path === file);
      if (skip) skipped.set(file, skip.reason);
      else skipped.delete(file);
    }
    const uris = new Set<string>();
    for (const [file, placed] of perFile) {
      const uri = uriOf(file);
      uris.add(uri);
      publish(uri, placed, skipped.get(file));
      skipped.delete(file);
    }
    for (const [file, reason] of skipped) {
      const uri = uriOf(file);
      uris.add(uri);
      publish(uri, [], reason);
    }
    for (const uri of state.uris) if (!uris.has(uri)) publish(uri, []);
    state.uris = uris;
  }

  const repositoryRules = new Set(session.ruleSet.rules.filter((r) => r.meta.target === 'project').map((r) => r.meta.code));
  const isRepositoryRule = (code: string) => repositoryRules.has(code);

  function publish(uri: string, placed: PlacedFinding[], skippedReason?: string): void {
    const diagnostics = placed.map(toDiagnostic);
    // A Dockerfile the review leaves out is said so, never shown as clean.
    if (skippedReason) diagnostics.push({ range: toLspRange({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }), severity: 3, source: SOURCE, message: `chaimeleon-lint does not review this Dockerfile as an image: ${skippedReason}.` });
    send(uri, diagnostics, placed);
  }

  function send(uri: string, diagnostics: Diagnostic[], placed: PlacedFinding[]): void {
    shown.set(uri, placed);
    // No `version`: the findings of a repository's files may come from lints of different versions.
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  function logIncomplete(errors: string[]): void {
    for (const line of errors) connection.console.warn(`chaimeleon-lint: ${line}`);
  }

  /** Every repository and lone document with an open document, linted again (the configuration or the files changed). */
  async function lintEverything(): Promise<void> {
    const roots = new Set<string>();
    for (const doc of documents.all()) {
      const place = await placeOf(doc).catch(() => null);
      if (place?.kind === 'repository') {
        if (!roots.has(place.root)) schedule(place.root, OPEN_DELAY_MS, () => lintRepository(place.root, doc.uri));
        roots.add(place.root);
      } else if (place) await lintDocument(doc.uri, false);
    }
  }

  /** The findings shown for a document that still describe its current text. */
  function current(uri: string): PlacedFinding[] {
    const version = documents.get(uri)?.version;
    return (shown.get(uri) ?? []).filter((p) => version === undefined || p.versionOf(p.finding.file) === null || p.versionOf(p.finding.file) === version);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders ?? []).map((f) => filePath(f.uri)).filter((p): p is string => p !== null);
    const rootUri = params.rootUri ? filePath(params.rootUri) : null;
    session.setWorkspaceFolders(folders.length > 0 ? folders : rootUri ? [rootUri] : []);
    versionedEdits = !!params.capabilities.workspace?.workspaceEdit?.documentChanges;
    watchDynamically = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    foldersChange = !!params.capabilities.workspace?.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [QUICK_FIX, FIX_ALL] },
        hoverProvider: true,
        ...(foldersChange ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'chaimeleon-lint', version: TOOL_VERSION },
    };
  });
  let watchDynamically = false;
  let foldersChange = false;

  connection.onInitialized(() => {
    // The configuration files, and files created or deleted (a new script, a removed README), are watched when the client lets the server ask.
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${CONFIG_FILES.join(',')}}` }, { globPattern: '**/*', kind: 1 | 4 }],
      });
    }
    if (foldersChange) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
        session.setWorkspaceFolders(folders.map((f) => filePath(f.uri)).filter((p): p is string => p !== null));
        await lintEverything();
      });
    }
  });

  documents.onDidOpen(({ document }) => {
    openVersion.set(document.uri, document.version);
    void lintDocument(document.uri, false).catch(logError);
  });
  documents.onDidChangeContent(({ document }) => {
    // Opening a document reports a change too: the open already lints it.
    if (openVersion.get(document.uri) === document.version) return;
    void lintDocument(document.uri, true).catch(logError);
  });
  documents.onDidSave(({ document }) => {
    if (CONFIG_FILES.includes(nameOf(document.uri))) {
      session.configChanged();
      void lintEverything().catch(logError);
    } else void lintDocument(document.uri, false).catch(logError);
  });
  documents.onDidClose(({ document }) => {
    openVersion.delete(document.uri);
    void (async () => {
      const place = await placeOf(document);
      if (place.kind === 'alone') return send(document.uri, [], []);
      // The saved text is what counts again.
      stateOf(place.root).changed.delete(place.file);
      const other = documents.all().find((d) => d.uri !== document.uri);
      schedule(place.root, OPEN_DELAY_MS, () => lintRepository(place.root, other?.uri ?? document.uri));
    })().catch(logError);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((c) => CONFIG_FILES.includes(nameOf(c.uri)))) session.configChanged();
    if (changes.some((c) => c.type !== 2)) session.filesChanged();
    void lintEverything().catch(logError);
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    try {
      const placed = current(textDocument.uri).filter((p) => p.finding.fix);
      const actions: CodeAction[] = [];
      if (wanted(context.only, QUICK_FIX)) {
        for (const p of placed) if (intersects(toLspRange(p.finding.range), range)) actions.push(quickFix(p, p.finding.fix!, versionedEdits));
      }
      if (wanted(context.only, FIX_ALL)) {
        const all = fixAll(placed, versionedEdits);
        if (all) actions.push(all);
      }
      return actions;
    } catch (e) {
      logError(e);
      return [];
    }
  });

  connection.onHover(({ textDocument, position }) => {
    try {
      const here = current(textDocument.uri).filter((p) => covers(toLspRange(p.finding.range), position));
      if (here.length === 0) return null;
      return hoverFor(
        here.map((p) => p.finding),
        session.ruleSet.meta,
        toLspRange(here[0].finding.range),
      );
    } catch (e) {
      logError(e);
      return null;
    }
  });

  function logError(e: unknown): void {
    connection.console.error(`chaimeleon-lint: ${errorLine(e)}`);
  }

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** The path of a `file:` URI; null for any other (an unsaved `untitled:` buffer), linted alone. */
function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function nameOf(uri: string): string {
  const path = uri.split(/[?#]/)[0];
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'Dockerfile';
  } catch {
    return 'Dockerfile';
  }
}

/**
 * The `lsp` command: `--stdio` (what editors pass) is the only transport and may be left out. The
 * promise settles only if the connection ends without the client's `exit` (the library exits the
 * process on `exit`, with 0 after a `shutdown`).
 */
export async function runLanguageServer(argv: string[], streams: ServerStreams | undefined, io: { stdout: (text: string) => void; stderr: (text: string) => void }): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout('Usage: chaimeleon-lint lsp [--stdio]\n\nThe language server for editors, over standard input and output: diagnostics, quick fixes and hovers\nfor Dockerfiles, the README and the scripts the entrypoint runs. See the README, section Editors.\n');
    return 0;
  }
  // Editors may also pass the id of their process (`--clientProcessId N`): the library watches it.
  const unknown = argv.filter((a, i) => a !== '--stdio' && !a.startsWith('--clientProcessId') && argv[i - 1] !== '--clientProcessId');
  if (unknown.length > 0) {
    io.stderr(`chaimeleon-lint: lsp: unknown argument ${unknown[0]} (the server speaks over standard input and output; --stdio is accepted)\n`);
    return 2;
  }
  if (!streams) {
    io.stderr('chaimeleon-lint: lsp: this run has no standard input and output to speak over\n');
    return 2;
  }
  // A failure outside a request (a timer, a stream) is logged; the server stays up for the editor.
  const connection = startLanguageServer(streams);
  process.on('uncaughtException', (e) => connection.console.error(`chaimeleon-lint: ${errorLine(e)}`));
  process.on('unhandledRejection', (e) => connection.console.error(`chaimeleon-lint: ${errorLine(e)}`));
  return new Promise<number>(() => {});
}
