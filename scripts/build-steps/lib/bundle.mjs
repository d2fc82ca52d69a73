// The CLI bundle: two files, no runtime dependencies.
//
//   dist/rhoso-backends.cjs       the launcher: scripts/build-steps/lib/bootstrap.cjs with the section table filled in
//   dist/rhoso-backends.program   the program, read by the launcher from beside its real path:
//     // rhoso-backends program <build>
//     /*@main ... */                    the program (esbuild bundle of functions/cli.ts)
//     /*@chunk/crd-validators ... */    the generated CRD validators, loaded when RB190 first runs
//     /*@chunk/host-validators ... */   the Ignition and data-plane CRD validators, loaded when RB210 or RB217 first runs
//     /*@chunk/inventory-errors ... */  the inventory validator that reports every error, loaded for an invalid inventory
//     /*@chunk/command-<name> ... */    a command only some runs use (import, adopt, plan-update, explain, completion), loaded by that command
//
// Node reads and scans the whole main script it is given at every start, so
// that file is only the launcher; the launcher reads the section a run needs
// from the program file and compiles it with a V8 code cache. The program file
// is never given to Node; its sections stay block comments (comments never
// nest, so each `*` `/` pair inside a section is split, the `/` stored
// as a space, and the loader restores it from the table).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Modules that become chunks: import path suffix -> section name. */
const CHUNKS = [
  { match: /[\\/]build[\\/]generated[\\/]crd-validators\.mjs$/, filter: /crd-validators\.mjs$/, section: 'chunk/crd-validators', file: 'crd-validators.mjs' },
  // The Ignition and data-plane CRD validators: loaded when RB210 / RB217 meet a hand-written MachineConfig or data-plane object.
  { match: /[\\/]build[\\/]generated[\\/]host-validators\.mjs$/, filter: /host-validators\.mjs$/, section: 'chunk/host-validators', file: 'host-validators.mjs' },
  // The inventory validator that reports every error: loaded only when the fast one finds the inventory invalid.
  { match: /[\\/]build[\\/]generated[\\/]inventory-errors-validator\.mjs$/, filter: /inventory-errors-validator\.mjs$/, section: 'chunk/inventory-errors', file: 'inventory-errors-validator.mjs' },
];

/**
 * Commands whose code (with what only they use) becomes a chunk: render, validate, fn and check
 * never read it. cli.ts imports a command with `import()`, which becomes
 * `require("rhoso-backends:chunk/command-<name>")`. A chunk is its own esbuild bundle; a module
 * it shares with the main section is not copied into it but taken from the main section
 * (`require("rhoso-backends:shared/<path>")`, one instance: classes and module state stay one).
 */
const COMMAND_CHUNKS = ['import', 'adopt', 'plan-update', 'explain', 'completion'].map((name) => ({
  file: path.join('functions', 'commands', `${name}.ts`),
  section: `chunk/command-${name}`,
}));

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

/** Keeps the command chunks out of the main bundle (see COMMAND_CHUNKS). */
function commandChunkPlugin(root) {
  const byFile = new Map(COMMAND_CHUNKS.map((c) => [path.join(root, c.file), c.section]));
  return {
    name: 'rhoso-command-chunks',
    setup(build) {
      // A stand-in module that requires the chunk: an external `import()` would stay a real
      // dynamic import, which code compiled by vm.Script cannot run.
      build.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) => {
        const section = byFile.get(path.join(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
        return section ? { path: section, namespace: 'rhoso-command-chunk' } : undefined;
      });
      build.onResolve({ filter: /^rhoso-backends:chunk\/command-/ }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'rhoso-command-chunk' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`rhoso-backends:${args.path}`)});\n`, loader: 'js' }));
    },
  };
}

/** In a command chunk: a module the main section holds is taken from there, not bundled again. */
function sharedModulesPlugin(root, mainModules, used) {
  return {
    name: 'rhoso-shared-modules',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.path.startsWith('rhoso-backends:')) return { path: args.path, external: true };
        if (args.pluginData?.sharedProbe || args.kind === 'entry-point' || args.namespace !== 'file' || args.path.startsWith('node:')) return undefined;
        const found = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, namespace: args.namespace, pluginData: { sharedProbe: true } });
        if (found.errors.length > 0 || found.external || found.namespace !== 'file') return undefined;
        const rel = path.relative(root, found.path).split(path.sep).join('/');
        if (!mainModules.has(rel)) return undefined;
        used.add(rel);
        // Through a stand-in module, as for the command chunks (an `import()` of it stays a `require`).
        // (`.cjs`: esbuild would take a stand-in named `.mjs` for an ES module.)
        return { path: `${rel}.cjs`, namespace: 'rhoso-shared-module', pluginData: { rel } };
      });
      build.onLoad({ filter: /.*/, namespace: 'rhoso-shared-module' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`rhoso-backends:shared/${args.pluginData.rel}`)});\n`, loader: 'js' }));
    },
  };
}

/**
 * The main section's build: functions/cli.ts without the chunks, plus, when `shared` is given,
 * a table of the modules the command chunks take from it (`__sharedModules`, each a function
 * that initialises the module on first use, as an `import()` would).
 */
async function buildMain(root, shared = [], options = {}) {
  const cli = path.join(root, 'functions', 'cli.ts');
  const table = shared.map((rel) => `  ${JSON.stringify(rel)}: () => require(${JSON.stringify(path.join(root, rel))}),`).join('\n');
  const entry = shared.length === 0 ? { entryPoints: [cli] } : {
    stdin: { contents: `export * from ${JSON.stringify(cli)};\nexport const __sharedModules = {\n${table}\n};\n`, resolveDir: root, sourcefile: 'bundle-main.js', loader: 'js' },
  };
  return esbuild.build({ ...COMMON, ...entry, absWorkingDir: root, metafile: true, outfile: 'out.cjs', ...options, plugins: [chunkPlugin, commandChunkPlugin(root), builtinDefaultsPlugin] });
}

/** The command chunks, and the modules of the main section they use. */
async function buildCommandChunks(root) {
  const first = await buildMain(root);
  const mainModules = new Set(Object.keys(Object.values(first.metafile.outputs)[0].inputs).filter((f) => !f.includes(':')));
  const used = new Set();
  const chunks = [];
  for (const c of COMMAND_CHUNKS) {
    const result = await esbuild.build({ ...COMMON, entryPoints: [path.join(root, c.file)], absWorkingDir: root, outfile: 'out.cjs', plugins: [chunkPlugin, sharedModulesPlugin(root, mainModules, used), builtinDefaultsPlugin] });
    chunks.push([c.section, result.outputFiles[0].text]);
  }
  return { chunks, shared: [...used].sort() };
}

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

/** The subcommand names (keys of the `commands` map in functions/cli.ts): the loader keeps one code cache per command. */
export function commandNames(cliSource) {
  const body = cliSource.match(/\bconst commands\b[^\n]*\{\n([\s\S]*?)\n\};/)?.[1] ?? '';
  const names = [...body.matchAll(/^\s*['"]?([a-z][a-z0-9-]*)['"]?\s*:/gm)].map((m) => m[1]);
  if (!names.includes('render')) throw new Error('bundle: cannot find the commands map in functions/cli.ts');
  return names.sort();
}

/** The main section exactly as the bundle holds it, with esbuild `options` added (bench/profile.mjs: a source map). */
export async function buildMainSection(root, options = {}) {
  const { shared } = await buildCommandChunks(root);
  return buildMain(root, shared, options);
}

/** The program file that goes with a launcher: its name, beside it (the launcher looks for exactly this name). */
export function programFileOf(launcher) {
  return path.join(path.dirname(launcher), 'rhoso-backends.program');
}

export async function bundleCli({ root, outfile }) {
  const programFile = programFileOf(outfile);
  const { chunks, shared } = await buildCommandChunks(root);
  const sections = [['main', (await buildMain(root, shared)).outputFiles[0].text]];
  for (const c of CHUNKS) sections.push([c.section, await bundle(path.join(root, 'build', 'generated', c.file))]);
  sections.push(...chunks);

  const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'latin1') : undefined);
  const current = { launcher: read(outfile), program: read(programFile) };
  // Every section as plain code: the loader reads only the section a run needs, so a chunk
  // costs nothing until it is loaded (stored deflated, it cost loading zlib and inflating, ≈ 3 ms
  // of every validate of a control plane; that saved bytes only when Node read the whole file).
  const stored = sections.map(([name, code]) => ({ name, ...storeable(code) }));
  const build = crypto.createHash('sha256').update(stored.map((s) => s.text).join('\0')).digest('hex').slice(0, 16);
  const loader = fs.readFileSync(path.join(here, 'bootstrap.cjs'), 'utf8');
  const commands = commandNames(fs.readFileSync(path.join(root, 'functions', 'cli.ts'), 'utf8'));

  // The program: its first line names the build (the launcher checks it), then one block comment per section.
  let program = `// rhoso-backends program ${build}\n`;
  const at = [];
  for (const s of stored) {
    const open = `/*@${s.name}\n`;
    const start = program.length + open.length;
    const line = (program + open).split('\n').length - 1;
    program += `${open}${s.text}\n*/\n`;
    at.push({ start, end: start + s.text.length, line });
  }
  const table = `{${stored.map((s, i) => `${JSON.stringify(s.name)}: [${at[i].start}, ${at[i].end}, ${at[i].line}, ${JSON.stringify(s.splits)}]`).join(', ')}}`;
  const launcher = `#!/usr/bin/env node\n${loader.replace('__SECTIONS__', () => table).replace('__BUILD__', () => JSON.stringify(build)).replace('__COMMANDS__', () => JSON.stringify(commands))}`;

  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  if (current.program !== program) fs.writeFileSync(programFile, program, 'latin1');
  fs.chmodSync(programFile, 0o644);
  if (current.launcher !== launcher) fs.writeFileSync(outfile, launcher, 'latin1');
  fs.chmodSync(outfile, 0o755);
  return { build, launcherBytes: launcher.length, programBytes: program.length, sections: stored.map((s) => ({ name: s.name, bytes: s.text.length })) };
}
