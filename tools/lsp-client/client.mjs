// A real LSP client for `stackgen lsp`, on Microsoft's vscode-jsonrpc (the JSON-RPC layer of VS Code's
// language client). It spawns the server command given after `--`, opens a copy of a catalog and runs one
// of two plans, printing one JSON object on stdout:
//
//   node client.mjs scenario CATALOG -- java -jar target/stackgen.jar lsp
//     types a misspelled attribute, asks for completion, definition, formatting, a preview and the code
//     lenses; prints what the server answered (the Java test StackgenLspClientTest checks it)
//   node client.mjs bench CATALOG ROUNDS -- java -jar target/stackgen.jar lsp
//     the initialize round trip (process start included) and, ROUNDS times, the time from an edit to its
//     diagnostics; prints the times in milliseconds (bench/lsp.sh)
//
// CATALOG must be a stackgen.hcl inside a folder the client may read (the server reads drop-ins beside it).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as rpc from 'vscode-jsonrpc/node.js';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
if (dash < 0 || args.length < 3) {
  console.error('usage: node client.mjs scenario|bench CATALOG [ROUNDS] -- SERVER COMMAND...');
  process.exit(2);
}
const [mode, catalog, roundsArg] = args.slice(0, dash);
const command = args.slice(dash + 1);
const uri = pathToFileURL(catalog).href;
let text = readFileSync(catalog, 'utf8');

const started = performance.now();
const server = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = rpc.createMessageConnection(
  new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));

const waiting = [];
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const at = performance.now();
  for (let i = 0; i < waiting.length; i++) {
    if (waiting[i].uri === params.uri) {
      const w = waiting.splice(i, 1)[0];
      w.resolve({ params, at });
      return;
    }
  }
});
connection.onRequest('workspace/configuration', () => []);
connection.onRequest('client/registerCapability', () => null);
connection.listen();

function nextDiagnostics() {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics within 30 s')), 30000);
    waiting.push({ uri, resolve: (v) => { clearTimeout(timer); resolve(v); } });
  });
}

/** Offset → LSP position (UTF-16 code units, as JavaScript strings count). */
function position(offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

let version = 1;
function edit(offset, length, insert) {
  const range = { start: position(offset), end: position(offset + length) };
  text = text.slice(0, offset) + insert + text.slice(offset + length);
  connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: ++version },
    contentChanges: [{ range, text: insert }],
  });
}

function find(needle) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error('not in the catalog: ' + needle);
  return i;
}

const init = await connection.sendRequest('initialize', {
  processId: process.pid, rootUri: null, capabilities: {
    textDocument: { synchronization: { didSave: true }, publishDiagnostics: { relatedInformation: false } },
  },
});
const initializeMs = performance.now() - started;
connection.sendNotification('initialized', {});
const first = nextDiagnostics();
const opened = performance.now();
connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'hcl', version, text } });
const openToDiagnosticsMs = (await first).at - opened;

const out = { initializeMs, openToDiagnosticsMs, capabilities: Object.keys(init.capabilities).sort() };
if (mode === 'bench') {
  const rounds = Number(roundsArg || 20);
  const latencies = [];
  const anchor = 'stack "webmail" {\n  tier';
  for (let i = 0; i < rounds; i++) {
    // alternately break and fix one attribute name: every round's diagnostics differ
    const at = find(anchor) + anchor.length;
    const next = nextDiagnostics();
    const sent = performance.now();
    if (i % 2 === 0) edit(at, 0, 'r'); else edit(at, 1, '');
    const { at: got } = await next;
    latencies.push(got - sent);
  }
  out.rounds = rounds;
  out.editToDiagnosticsMs = latencies;
} else {
  // 1. type a misspelled attribute: "tier" of the webmail stack becomes "tierr"
  const anchor = 'stack "webmail" {\n  tier';
  const typed = find(anchor) + anchor.length;
  const diagnosed = nextDiagnostics();
  edit(typed, 0, 'r');
  out.typo = { position: position(typed), diagnostics: (await diagnosed).params.diagnostics };
  const error = out.typo.diagnostics.find((d) => d.severity === 1);
  out.typo.actions = error ? await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri }, range: error.range, context: { diagnostics: [error] },
  }) : [];
  const fixed = nextDiagnostics();
  edit(typed, 1, '');
  out.fixedDiagnostics = (await fixed).params.diagnostics;
  // 2. completion on a new line inside the webmail stack block
  const inside = find('stack "webmail" {\n') + 'stack "webmail" {\n'.length;
  const completion = await connection.sendRequest('textDocument/completion', {
    textDocument: { uri }, position: position(inside),
  });
  out.completion = (Array.isArray(completion) ? completion : completion.items).map((i) => i.label);
  // 3. go to definition on a dependency label
  const label = find('dependency "mailserver"') + 'dependency "m'.length;
  out.definition = { from: position(label), result: await connection.sendRequest('textDocument/definition', {
    textDocument: { uri }, position: position(label),
  }) };
  out.stackLabel = position(find('stack "mailserver"') + 'stack "'.length);
  // 4. format
  out.formatting = await connection.sendRequest('textDocument/formatting', {
    textDocument: { uri }, options: { tabSize: 2, insertSpaces: true },
  });
  out.text = text;
  // 5. preview and code lenses
  out.preview = await connection.sendRequest('workspace/executeCommand', {
    command: 'stackgen.preview', arguments: ['mailserver', uri],
  });
  out.codeLens = await connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
  out.hover = await connection.sendRequest('textDocument/hover', {
    textDocument: { uri }, position: position(find('  state = "pg"') + 3),
  });
}

await connection.sendRequest('shutdown');
connection.sendNotification('exit');
const code = await new Promise((resolve) => server.on('exit', (c) => resolve(c)));
out.exitCode = code;
connection.dispose();
// exit only once the report is written: stdout to a pipe is asynchronous, and exiting earlier cuts it
process.stdout.write(JSON.stringify(out) + '\n', () => process.exit(0));
