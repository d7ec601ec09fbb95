// The VS Code client of `chaimeleon-lint lsp`: it starts the server (the build packaged with the
// extension, or the one `chaimeleonLint.serverPath` names) and shows its diagnostics, quick fixes
// and hovers in Dockerfiles, the README and the scripts and Python files the image runs.
import { isAbsolute, join } from 'node:path';
import { commands, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type NodeModule, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function serverOptions(context: ExtensionContext): ServerOptions {
  const settings = workspace.getConfiguration('chaimeleonLint');
  const configured = settings.get<string>('serverPath')?.trim() ?? '';
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  const module = configured === '' ? context.asAbsolutePath(join('server', 'bin', 'chaimeleon-lint.js')) : isAbsolute(configured) || !folder ? configured : join(folder, configured);
  const runtime = settings.get<string>('nodePath')?.trim() || undefined;
  // The client adds `--stdio`: the server is run as `chaimeleon-lint lsp --stdio`.
  const run: NodeModule = { module, args: ['lsp'], transport: TransportKind.stdio, runtime };
  return { run, debug: run };
}

const clientOptions: LanguageClientOptions = {
  documentSelector: [
    { scheme: 'file', language: 'dockerfile' },
    { scheme: 'untitled', language: 'dockerfile' },
    { scheme: 'file', pattern: '**/{Dockerfile,Containerfile,Dockerfile.*,Containerfile.*,*.Dockerfile,*.dockerfile,*.Containerfile}' },
    { scheme: 'file', language: 'markdown' },
    { scheme: 'file', language: 'shellscript' },
    { scheme: 'file', language: 'python' },
  ],
  // The configuration file is re-read when it changes; new or deleted files change what the review sees.
  synchronize: { fileEvents: workspace.createFileSystemWatcher('**/.chaimeleon-lint.{yaml,yml,json}') },
};

async function start(context: ExtensionContext): Promise<void> {
  client = new LanguageClient('chaimeleonLint', 'chaimeleon-lint', serverOptions(context), clientOptions);
  await client.start();
}

async function restart(context: ExtensionContext): Promise<void> {
  const previous = client;
  client = undefined;
  await previous?.stop();
  await start(context);
}

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    commands.registerCommand('chaimeleonLint.restart', () => restart(context)),
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('chaimeleonLint')) void restart(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
