// The CLI bundle: ONE file, dist/rhoso-backends.cjs, no runtime dependencies.
//
// Layout (see docs/performance.md for the measurements behind it):
//   #!/usr/bin/env node
//   <loader: scripts/build-steps/lib/bootstrap.cjs, with the section table filled in>
//   /*@main ... */                    the program (esbuild bundle of functions/cli.ts)
//   /*@chunk/crd-validators ... */    the generated CRD validators, loaded when RB190 first runs (deflated, base64)
//   /*@chunk/host-validators ... */   the Ignition and data-plane CRD validators, loaded when RB210 or RB217 first runs (deflated, base64)
//
// The sections are block comments, so starting the file costs a comment scan,
// not a parse; the loader compiles a section when it is needed, with a V8
// code cache. Comments never nest, so each `*` `/` pair inside the main section
// is split (the `/` stored as a space) and the loader restores it from the table.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Modules that become chunks: import path suffix -> section name. */
const CHUNKS = [
  { match: /[\\/]build[\\/]generated[\\/]crd-validators\.mjs$/, filter: /crd-validators\.mjs$/, section: 'chunk/crd-validators', file: 'crd-validators.mjs' },
  // The Ignition and data-plane CRD validators: loaded when RB210 / RB217 meet a hand-written MachineConfig or data-plane object.
  { match: /[\\/]build[\\/]generated[\\/]host-validators\.mjs$/, filter: /host-validators\.mjs$/, section: 'chunk/host-validators', file: 'host-validators.mjs' },
];

/** esbuild options of every section of the bundle (bench/profile.mjs rebuilds the main one with a source map). */
export const COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Whitespace and syntax only: function names stay, so RHOSO_BACKENDS_DEBUG stacks stay readable.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  charset: 'ascii',
  write: false,
  logLevel: 'warning',
};

/** Keeps chunk modules out of the main bundle: they become `require("rhoso-backends:<section>")`. */
export const chunkPlugin = {
  name: 'rhoso-chunks',
  setup(build) {
    for (const c of CHUNKS) {
      build.onResolve({ filter: c.filter }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path);
        return c.match.test(resolved) ? { path: `rhoso-backends:${c.section}`, external: true } : undefined;
      });
    }
  },
};

/**
 * `import fs from 'node:fs'` compiles to `__toESM(require("node:fs"))` in every
 * module that writes it, and each call copies every property of the module
 * onto a new object (25 copies of fs and path, ≈ 1 ms of every start). Here
 * each such built-in goes through one small ES module that imports it once.
 */
export const builtinDefaultsPlugin = {
  name: 'rhoso-builtin-defaults',
  setup(build) {
    build.onResolve({ filter: /^node:(fs|path)$/ }, (args) => (args.namespace === 'rhoso-builtin-default' ? undefined : { path: args.path, namespace: 'rhoso-builtin-default' }));
    build.onLoad({ filter: /.*/, namespace: 'rhoso-builtin-default' }, (args) => ({ contents: `import m from ${JSON.stringify(args.path)};\nexport default m;\n`, loader: 'js', resolveDir: process.cwd() }));
  },
};

async function bundle(entry, plugins = []) {
  const result = await esbuild.build({ ...COMMON, entryPoints: [entry], outfile: 'out.cjs', plugins: [...plugins, builtinDefaultsPlugin] });
  return result.outputFiles[0].text;
}

/** Module code as a CommonJS module function, ASCII only. */
function wrapped(code) {
  // ASCII only, so Node and the loader read the file on the fast (Latin-1) path. esbuild
  // already escapes strings; what is left (regular expression literals) means the
  // same with \u escapes.
  const ascii = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `(function (exports, require, module, __filename, __dirname) {${ascii}\n})`;
}

/** Wraps module code as a CommonJS module function and records where `*` `/` pairs were split. */
function storeable(code) {
  const splits = [];
  let text = wrapped(code);
  for (let at = text.indexOf('*/'); at !== -1; at = text.indexOf('*/', at + 1)) splits.push(at + 1);
  for (const at of splits) text = `${text.slice(0, at)} ${text.slice(at + 1)}`;
  if (/[^\x00-\x7f]/.test(text)) throw new Error('bundle: a section is still not ASCII');
  return { text, splits };
}

/**
 * A chunk, stored deflated and base64-encoded (no `*` in base64, so nothing to
 * split): Node reads and scans the whole file at every start, and the chunks,
 * which most runs never load, were half of it (870 of 1,830 KB; ≈ 100 KB this
 * way). The loader inflates a chunk when a run first needs it (≈ 1.5 ms).
 */
function deflated(code, previous) {
  const plain = wrapped(code);
  // zlib builds may deflate the same input to other (equally valid) bytes: keep the bytes of the
  // file already built when they inflate to this very code, so a rebuild elsewhere stays identical.
  const text = previous !== undefined && inflated(previous) === plain ? previous : zlib.deflateRawSync(Buffer.from(plain, 'latin1'), { level: 9 }).toString('base64');
  return { text, splits: [], encoding: 'deflate' };
}

function inflated(base64) {
  try {
    return zlib.inflateRawSync(Buffer.from(base64, 'base64')).toString('latin1');
  } catch {
    return undefined;
  }
}

/** The stored text of each deflated section of an existing build of the file, by name. */
function deflatedSections(text) {
  const table = text?.match(/^const SECTIONS = (.*);$/m)?.[1];
  if (!table) return new Map();
  try {
    const sections = JSON.parse(table);
    return new Map(Object.entries(sections).filter(([, s]) => s[4] === 'deflate').map(([name, [start, end]]) => [name, text.slice(start, end)]));
  } catch {
    return new Map();
  }
}

/** The subcommand names (keys of the `commands` map in functions/cli.ts): the loader keeps one code cache per command. */
export function commandNames(cliSource) {
  const body = cliSource.match(/\bconst commands\b[^\n]*\{\n([\s\S]*?)\n\};/)?.[1] ?? '';
  const names = [...body.matchAll(/^\s*['"]?([a-z][a-z0-9-]*)['"]?\s*:/gm)].map((m) => m[1]);
  if (!names.includes('render')) throw new Error('bundle: cannot find the commands map in functions/cli.ts');
  return names.sort();
}

export async function bundleCli({ root, outfile }) {
  const sections = [['main', await bundle(path.join(root, 'functions', 'cli.ts'), [chunkPlugin])]];
  for (const c of CHUNKS) sections.push([c.section, await bundle(path.join(root, 'build', 'generated', c.file))]);

  const current = fs.existsSync(outfile) ? fs.readFileSync(outfile, 'latin1') : undefined;
  const previous = deflatedSections(current);
  const stored = sections.map(([name, code]) => (name === 'main' ? { name, ...storeable(code) } : { name, ...deflated(code, previous.get(name)) }));
  const build = crypto.createHash('sha256').update(stored.map((s) => s.text).join('\0')).digest('hex').slice(0, 16);
  const loader = fs.readFileSync(path.join(here, 'bootstrap.cjs'), 'utf8');
  const commands = commandNames(fs.readFileSync(path.join(root, 'functions', 'cli.ts'), 'utf8'));

  // Offsets depend on the header's length, which depends on the offsets: fixed-width numbers break the cycle.
  const pad = (n) => String(n).padStart(9, ' ');
  const table = (found) =>
    `{${stored.map((s, i) => `${JSON.stringify(s.name)}: [${pad(found[i].start)}, ${pad(found[i].end)}, ${pad(found[i].line)}, ${JSON.stringify(s.splits)}${s.encoding ? `, ${JSON.stringify(s.encoding)}` : ''}]`).join(', ')}}`;
  const assemble = (found) => {
    const header = `#!/usr/bin/env node\n${loader.replace('__SECTIONS__', () => table(found)).replace('__BUILD__', () => JSON.stringify(build)).replace('__COMMANDS__', () => JSON.stringify(commands))}`;
    let text = header;
    const at = [];
    for (const s of stored) {
      const open = `\n/*@${s.name}\n`;
      const start = text.length + open.length;
      const line = (text + open).split('\n').length - 1;
      text += `${open}${s.text}\n*/\n`;
      at.push({ start, end: start + s.text.length, line });
    }
    return { text, at };
  };
  const first = assemble(stored.map(() => ({ start: 0, end: 0, line: 0 })));
  const final = assemble(first.at);
  if (JSON.stringify(final.at) !== JSON.stringify(first.at)) throw new Error('bundle: section offsets did not settle');
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  if (current !== final.text) fs.writeFileSync(outfile, final.text, 'latin1');
  fs.chmodSync(outfile, 0o755);
  return { build, bytes: final.text.length, sections: stored.map((s) => ({ name: s.name, bytes: s.text.length })) };
}
