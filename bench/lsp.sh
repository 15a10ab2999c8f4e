#!/usr/bin/env bash
# Start-up and diagnostics latency of `stackgen lsp` on the homelab catalog (1,172 lines, 52 stacks), as an
# editor sees them, measured by the real LSP client of tools/lsp-client (vscode-jsonrpc):
#   bench/lsp.sh [SESSIONS] [EDITS] [SERVER COMMAND...]     (defaults: 5 sessions, 20 edits, bin/stackgen lsp)
# - start-up: from spawning the server to the answer of `initialize` (the JVM's start included);
# - first diagnostics: from didOpen to the first publishDiagnostics (analysed at once, in a JVM still cold);
# - diagnostics: from sending an edit (didChange) to receiving its publishDiagnostics, minus the server's
#   150 ms debounce, i.e. the time the analysis and the round trip take once the user stops typing.
# Each edit alternately breaks and fixes an attribute name, so every analysis reads the whole catalog.
# Goals (issue 24): start-up < 1 s, diagnostics < 300 ms after the debounce.
set -euo pipefail
cd "$(dirname "$0")/.."
sessions="${1:-5}"; edits="${2:-20}"; shift $(( $# < 2 ? $# : 2 ))
server=("$@"); [[ ${#server[@]} -gt 0 ]] || server=(bin/stackgen lsp)
[[ -f tools/lsp-client/node_modules/vscode-jsonrpc/package.json ]] \
  || npm ci --prefix tools/lsp-client --no-audit --no-fund --loglevel=error
bin/stackgen --version >/dev/null # builds the jar and records the start-up archive when needed
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp stacks-fixtures/homelab/stackgen.hcl "$work/stackgen.hcl"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
echo "server: ${server[*]}; catalog: $(wc -l < "$work/stackgen.hcl") lines; $sessions sessions x $edits edits"
for ((i = 0; i < sessions; i++)); do
  node tools/lsp-client/client.mjs bench "$work/stackgen.hcl" "$edits" -- "${server[@]}" >> "$work/runs.jsonl"
done
node - "$work/runs.jsonl" <<'JS'
const runs = require('fs').readFileSync(process.argv[2], 'utf8').trim().split('\n').map(JSON.parse);
const debounce = 150;
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]; };
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; };
const init = runs.map((r) => r.initializeMs);
const open = runs.map((r) => r.openToDiagnosticsMs);
const firstEdit = runs.map((r) => r.editToDiagnosticsMs[0] - debounce);
const all = runs.flatMap((r) => r.editToDiagnosticsMs.map((x) => x - debounce));
const f = (x) => x.toFixed(0);
console.log(`start-up (spawn to initialize answer): median ${f(med(init))} ms, max ${f(Math.max(...init))} ms  (goal < 1000)`);
console.log(`first diagnostics after didOpen (no debounce, a cold JVM): median ${f(med(open))} ms, max ${f(Math.max(...open))} ms`);
console.log(`diagnostics after the debounce, every edit: median ${f(med(all))} ms, p90 ${f(pct(all, 0.9))} ms, max ${f(Math.max(...all))} ms  (goal < 300)`);
console.log(`diagnostics after the debounce, first edit of a session: median ${f(med(firstEdit))} ms, max ${f(Math.max(...firstEdit))} ms`);
JS
