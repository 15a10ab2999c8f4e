// Usage: node dump.mjs FILE...
// Parses each FILE with mermaid's own parser and prints, after a line "F <file>", one line per node
// and per edge, tab-separated:
//   N <id> <label text as displayed, entities decoded> <shape> <classes comma-separated>
//   E <from id> <to id>
// or "X <parser message>" when the file does not parse. Exits 1 if any file did not parse.
import fs from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

// The parser stores entity codes (#quot; #35;) in a private form; undo it as mermaid does when
// rendering, then let the DOM decode the resulting HTML entities.
function displayed(text) {
  const html = text.replace(/\uFB02\u00B0\u00B0/g, '&#').replace(/\uFB02\u00B0/g, '&').replace(/\u00B6\u00DF/g, ';');
  const el = dom.window.document.createElement('span');
  el.innerHTML = html;
  return el.textContent;
}

let failed = false;
const out = [];
for (const file of process.argv.slice(2)) {
  out.push('F\t' + file);
  const text = fs.readFileSync(file, 'utf8');
  try {
    await mermaid.parse(text);
  } catch (e) {
    failed = true;
    out.push('X\t' + e.message.split('\n').join(' | '));
    continue;
  }
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const vertices = diagram.db.getVertices();
  const entries = vertices instanceof Map ? [...vertices.entries()] : Object.entries(vertices);
  for (const [id, v] of entries) {
    out.push(['N', id, displayed(v.text), v.type, (v.classes || []).join(',')].join('\t'));
  }
  for (const e of diagram.db.getEdges()) {
    out.push(['E', e.start, e.end].join('\t'));
  }
}
process.stdout.write(out.join('\n') + '\n');
process.exit(failed ? 1 : 0);
