// Writes the program of dist/rhoso-backends.cjs (the sections of its
// rhoso-backends.program) as plain CommonJS files, for measuring Node's
// own compile cache (`module.enableCompileCache()`, Node >= 22.1) against the
// custom loader of the build (scripts/build-steps/lib/bootstrap.cjs):
//
//   DIR/main.cjs, DIR/chunk_<name>.cjs   the sections, each `module.exports = function (exports, require, module, ...) {...}`
//   DIR/rhoso-backends.cjs               an entry that enables Node's compile cache in $RHOSO_BENCH_COMPILE_CACHE
//                                        (when set) and runs the program the way the loader does
//
// Same program, same chunks; only how the code is read and cached differs.
import fs from 'node:fs';
import path from 'node:path';

export function writePlainVariant(cli, dir) {
  const table = fs.readFileSync(cli, 'latin1').match(/^const SECTIONS = (\{.*\});$/m);
  const text = fs.readFileSync(path.join(path.dirname(cli), 'rhoso-backends.program'), 'latin1');
  if (!table) throw new Error(`plain-variant: no section table in ${cli}`);
  const sections = JSON.parse(table[1]);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const fileOf = (name) => `${name.replace(/[^a-z0-9]+/gi, '_')}.cjs`;
  for (const [name, [start, end, , splits]] of Object.entries(sections)) {
    let code = text.slice(start, end);
    for (const at of splits) code = `${code.slice(0, at)}/${code.slice(at + 1)}`;
    fs.writeFileSync(path.join(dir, fileOf(name)), `module.exports = ${code};\n`, 'latin1');
  }
  const entry = `#!/usr/bin/env node
'use strict';
const cacheDir = process.env.RHOSO_BENCH_COMPILE_CACHE;
if (cacheDir) require('node:module').enableCompileCache?.(cacheDir);
const path = require('node:path');
const files = ${JSON.stringify(Object.fromEntries(Object.keys(sections).map((n) => [n, fileOf(n)])))};
const chunks = new Map();
function programRequire(id) {
  if (typeof id === 'string' && id.startsWith('rhoso-backends:')) {
    const name = id.slice('rhoso-backends:'.length);
    if (!chunks.has(name)) {
      const chunk = { exports: {} };
      chunks.set(name, chunk);
      require(path.join(__dirname, files[name]))(chunk.exports, programRequire, chunk, __filename, __dirname);
    }
    return chunks.get(name).exports;
  }
  return require(id);
}
programRequire.main = require.main;
programRequire.resolve = require.resolve;
programRequire.cache = require.cache;
require(path.join(__dirname, files.main))(exports, programRequire, module, __filename, __dirname);
`;
  fs.writeFileSync(path.join(dir, 'rhoso-backends.cjs'), entry);
  return path.join(dir, 'rhoso-backends.cjs');
}
