#!/usr/bin/env node
// Batch front-end to the official HCL formatter (hclwrite.Format, via @cdktf/hcl-tools)
// and the official HCL parser (hclsyntax via tmccombs/hcl2json, via @cdktf/hcl2json).
// One node process serves many files, so callers pay the WebAssembly start-up once.
// See README.md for the modes and the JSON shapes.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

// Each package instantiates its Go/WebAssembly runtime when it is first required, so load lazily.
let formatFn;
let parseFn;
function officialFormat(content) {
  formatFn ??= require('@cdktf/hcl-tools').format;
  return formatFn(content);
}
function officialParse(name, content) {
  parseFn ??= require('@cdktf/hcl2json').parse;
  return parseFn(name, content);
}

function readStdin() {
  return readFileSync(0, 'utf8');
}

function readItems() {
  const items = JSON.parse(readStdin());
  if (!Array.isArray(items)) {
    throw new Error('stdin must be a JSON array of {"name": string, "content": string}');
  }
  for (const item of items) {
    if (typeof item?.name !== 'string' || typeof item?.content !== 'string') {
      throw new Error('every stdin item needs string fields "name" and "content"');
    }
  }
  return items;
}

function message(e) {
  return e instanceof Error ? e.message : String(e);
}

async function formatOne(content) {
  try {
    return { formatted: await officialFormat(content) };
  } catch (e) {
    return { error: message(e) };
  }
}

async function parseOne(name, content) {
  try {
    const tree = await officialParse(name, content);
    return { ok: true, json: JSON.stringify(tree) };
  } catch (e) {
    return { ok: false, error: message(e) };
  }
}

// Calls are awaited one at a time: the Go side is single-threaded and the bridges keep no per-call state.
const modes = {
  async format() {
    const out = [];
    for (const { name, content } of readItems()) {
      out.push({ name, ...(await formatOne(content)) });
    }
    return out;
  },
  async parse() {
    const out = [];
    for (const { name, content } of readItems()) {
      out.push({ name, ...(await parseOne(name, content)) });
    }
    return out;
  },
  async both() {
    const out = [];
    for (const { name, content } of readItems()) {
      const f = await formatOne(content);
      const p = await parseOne(name, content);
      out.push({
        name,
        ...(f.error === undefined ? { formatted: f.formatted } : { formatError: f.error }),
        ok: p.ok,
        ...(p.ok ? { json: p.json } : { error: p.error }),
      });
    }
    return out;
  },
};

// File modes mirror `stackgen fmt`: plain text output, exit codes 0/1/2.
async function fmtFiles(args) {
  const check = args[0] === '--check';
  const files = check ? args.slice(1) : args;
  let unformatted = 0;
  for (const file of files) {
    const content = readFileSync(file, 'utf8');
    const formatted = await officialFormat(content);
    if (formatted !== content) {
      unformatted++;
      if (check) {
        process.stdout.write(file + '\n');
      } else {
        writeFileSync(file, formatted);
      }
    }
  }
  return check && unformatted > 0 ? 1 : 0;
}

async function fmtStdin() {
  process.stdout.write(await officialFormat(readStdin()));
  return 0;
}

const usage = `usage: node oracle.mjs MODE
  format           stdin [{name,content}...] -> stdout [{name,formatted}|{name,error}...]
  parse            stdin [{name,content}...] -> stdout [{name,ok:true,json}|{name,ok:false,error}...]
  both             stdin [{name,content}...] -> stdout [{name,formatted|formatError,ok,json|error}...]
  fmt [--check] FILE...   format files in place (--check: list unformatted files, exit 1 if any)
  fmt-stdin        format stdin to stdout
`;

async function main(argv) {
  const [mode, ...rest] = argv;
  if (mode in modes) {
    const result = await modes[mode]();
    process.stdout.write(JSON.stringify(result));
    return 0;
  }
  if (mode === 'fmt') {
    return fmtFiles(rest);
  }
  if (mode === 'fmt-stdin') {
    return fmtStdin();
  }
  process.stderr.write(usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`oracle.mjs: ${message(e)}\n`);
    process.exitCode = 2;
  },
);
