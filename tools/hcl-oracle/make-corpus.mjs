#!/usr/bin/env node
// (Re)creates the conformance corpus outputs from its inputs with the official tools:
//   src/test/resources/hcl-corpus/NNN-name.in.hcl  --hclwrite.Format-->  NNN-name.out.hcl
// and writes corpus-index.tsv: name, whether the official parser accepts the input, whether it
// accepts the output, whether the output is a fixed point of the formatter, and the input's parse error.
// With --check nothing is written; exit 1 when a committed file differs from what would be written.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { format } = require('@cdktf/hcl-tools');
const { parse } = require('@cdktf/hcl2json');

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '..', '..', 'src', 'test', 'resources', 'hcl-corpus');
const check = process.argv.includes('--check');

function readUtf8(path) {
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    throw new Error(`${path}: not valid UTF-8 (the oracle only sees UTF-8 text)`);
  }
  return text;
}

function oneLine(s) {
  return s.replace(/[\t\r\n]+/g, ' ');
}

async function tryParse(file, content) {
  try {
    await parse(file, content);
    return { ok: true, error: '' };
  } catch (e) {
    return { ok: false, error: oneLine(e.message) };
  }
}

function yesNo(b) {
  return b ? 'yes' : 'no';
}

const stale = [];
function emit(path, content) {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (old === content) {
    return;
  }
  if (check) {
    stale.push(path);
  } else {
    writeFileSync(path, content);
  }
}

const inputs = readdirSync(corpus).filter((f) => f.endsWith('.in.hcl')).sort();
const rows = ['name\tparses\toutput_parses\tfixed_point\terror'];
let parsing = 0;
for (const file of inputs) {
  const name = file.slice(0, -'.in.hcl'.length);
  const input = readUtf8(join(corpus, file));
  const output = await format(input);
  emit(join(corpus, `${name}.out.hcl`), output);
  const again = await format(output);
  const inResult = await tryParse(file, input);
  const outResult = await tryParse(`${name}.out.hcl`, output);
  if (inResult.ok) {
    parsing++;
  }
  rows.push([name, yesNo(inResult.ok), yesNo(outResult.ok), yesNo(again === output),
    inResult.error].join('\t'));
}
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.out.hcl'))) {
  if (!inputs.includes(file.replace(/\.out\.hcl$/, '.in.hcl'))) {
    stale.push(`${join(corpus, file)} (no matching .in.hcl)`);
  }
}
emit(join(corpus, 'corpus-index.tsv'), rows.join('\n') + '\n');

process.stderr.write(`${inputs.length} inputs, ${parsing} accepted by the official parser\n`);
if (stale.length > 0) {
  process.stderr.write(`stale:\n  ${stale.join('\n  ')}\n`);
  process.exitCode = check ? 1 : 0;
}
