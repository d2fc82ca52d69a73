#!/usr/bin/env node
// rhoso-backends start-up launcher (scripts/build-steps/lib/bootstrap.cjs; see docs/performance.md).
//
// The program is not in this file but in rhoso-backends.program next to it
// (its real path: Node resolves a symlinked main script), stored in block
// comments: Node reads and scans the whole main script at every start, so the
// file it is given holds only this launcher, which reads just the section a
// run needs. The launcher compiles the program with a V8 code cache kept per user
// ($XDG_CACHE_HOME/rhoso-backends, RHOSO_BACKENDS_CACHE_DIR to move it,
// RHOSO_BACKENDS_CACHE=off to disable): the second and later runs skip
// compiling what earlier runs of the same command already compiled. A missing,
// foreign or stale cache is ignored; output never depends on it.
'use strict';
const SECTIONS = {"main": [51, 980375, 2, [343506,345959,361887,362845,764089,764125]], "chunk/crd-validators": [980403, 1416967, 321, []], "chunk/host-validators": [1416996, 1850806, 326, []], "chunk/inventory-errors": [1850836, 2089193, 331, [34711,36633,37198,230375,230517,230638,233761,233903,234024]], "chunk/command-import": [2089221, 2186637, 336, []], "chunk/command-adopt": [2186664, 2198631, 353, []], "chunk/command-plan-update": [2198664, 2235048, 365, []], "chunk/command-explain": [2235077, 2247985, 380, []], "chunk/command-completion": [2248017, 2252935, 390, []]};
const BUILD = "25bec83e30ef7a77";
const COMMANDS = ["adopt","check","completion","explain","fn","import","plan-update","render","validate"];

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const PROGRAM = path.join(__dirname, 'rhoso-backends.program');
/** The program file's first line: the launcher runs only the program of its own build (the code cache is keyed by it). */
const HEADER = `// rhoso-backends program ${BUILD}\n`;
/** An incomplete installation: the exit code of a run that cannot work at all (docs/cli.md, exit codes), one line, no stack. */
const EXIT_INSTALL = 3;

function installError(problem) {
  const message = `rhoso-backends: ${PROGRAM} ${problem}; install dist/rhoso-backends.cjs and dist/rhoso-backends.program together`;
  if (require.main === module) {
    fs.writeSync(2, `${message}\n`);
    process.exit(EXIT_INSTALL);
  }
  throw new Error(message);
}

let programFd;
/** The program file, opened once and checked against this build (kept open: chunks are read from the file that was checked). */
function program() {
  if (programFd !== undefined) return programFd;
  let fd;
  const head = Buffer.alloc(HEADER.length);
  let n;
  try {
    fd = fs.openSync(PROGRAM, 'r');
    n = fs.readSync(fd, head, 0, head.length, 0);
  } catch (err) {
    installError(err.code === 'ENOENT' ? 'is missing' : `cannot be read (${err.code || err.message})`);
  }
  const text = head.latin1Slice(0, n);
  if (text !== HEADER) {
    fs.closeSync(fd);
    const other = /^\/\/ rhoso-backends program ([0-9a-f]+)/.exec(text)?.[1];
    installError(other ? `is from another build (program ${other}, launcher ${BUILD})` : `is not a rhoso-backends program file (launcher ${BUILD})`);
  }
  programFd = fd;
  return fd;
}

/**
 * The code of one stored section: only its bytes are read (the file is ASCII,
 * so offsets are byte offsets), with the `*` `/` pairs the build had to split
 * restored in the buffer (string surgery on a 1 MB string costs H 10 ms).
 */
function sectionCode(name) {
  const [start, end, line, splits] = SECTIONS[name];
  const fd = program();
  const buf = Buffer.allocUnsafe(end - start);
  let got = 0;
  while (got < buf.length) {
    const n = fs.readSync(fd, buf, got, buf.length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  if (got !== buf.length) installError('is truncated');
  for (const at of splits) buf[at] = 0x2f; // '/'
  return { code: buf.latin1Slice(0, got), line, filename: PROGRAM };
}

function cacheDir() {
  const env = process.env;
  if (/^(0|off|false|no)$/i.test(env.RHOSO_BACKENDS_CACHE ?? '')) return undefined;
  if (env.RHOSO_BACKENDS_CACHE_DIR) return env.RHOSO_BACKENDS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (env.HOME || env.USERPROFILE ? path.join(env.HOME || env.USERPROFILE, '.cache') : undefined);
  return base ? path.join(base, 'rhoso-backends') : undefined;
}

/** V8 rejects a cache made with other flags; keep one file per flag set so runs with different flags do not thrash. */
function flagsTag() {
  const flags = process.execArgv.join(' ');
  let h = 5381;
  for (let i = 0; i < flags.length; i++) h = ((h * 33) ^ flags.charCodeAt(i)) >>> 0;
  return flags ? `-${h.toString(36)}` : '';
}

/** Reads a cache file only if this user owns it and nobody else can write it (it is executable code). */
function readCache(file) {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
    const st = fs.fstatSync(fd);
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
    const data = Buffer.allocUnsafe(st.size);
    return fs.readSync(fd, data, 0, st.size, 0) === st.size ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const pendingWrites = [];
process.once('exit', () => {
  if (pendingWrites.length > 0) removeOtherBuilds(path.dirname(pendingWrites[0][0]));
  for (const [file, script] of pendingWrites) {
    // Written at exit so the cache also holds what this run compiled lazily.
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(tmp, file); // atomic: concurrent runs (pre-commit, tests) never see half a file
    } catch {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* nothing was written */
      }
    }
  }
});

/** Caches of other builds are never read again (the build id is in the name): remove them when writing ours. */
function removeOtherBuilds(dir) {
  try {
    for (const name of fs.readdirSync(dir)) {
      if (/^[0-9a-f]{16}-.*\.v8$/.test(name) && !name.startsWith(`${BUILD}-`)) fs.unlinkSync(path.join(dir, name));
    }
  } catch {
    /* no directory yet, or not ours to clean */
  }
}

/** Compiles a stored section (a CommonJS module wrapper function), from the code cache when there is a usable one. */
function compile(name, variant) {
  const { code, line, filename } = sectionCode(name);
  const dir = cacheDir();
  const file = dir && path.join(dir, `${BUILD}-${process.version}-${process.arch}${flagsTag()}-${variant}.v8`);
  const cachedData = file ? readCache(file) : undefined;
  const script = new vm.Script(code, { filename, lineOffset: line, cachedData });
  if (file && (!cachedData || script.cachedDataRejected)) pendingWrites.push([file, script]);
  return script.runInThisContext();
}

const chunks = new Map();
const shared = new Map();
/**
 * `require` for the program: `rhoso-backends:<section>` loads a stored chunk on first use;
 * `rhoso-backends:shared/<path>` is a module of the main section that a command chunk uses.
 */
function programRequire(id) {
  if (typeof id === 'string' && id.startsWith('rhoso-backends:')) {
    const name = id.slice('rhoso-backends:'.length);
    if (name.startsWith('shared/')) {
      const rel = name.slice('shared/'.length);
      if (!shared.has(rel)) {
        const init = module.exports.__sharedModules?.[rel];
        if (!init) throw new Error(`rhoso-backends: no shared module ${rel}`);
        shared.set(rel, init());
      }
      return shared.get(rel);
    }
    if (!chunks.has(name)) {
      if (!SECTIONS[name]) throw new Error(`rhoso-backends: no built-in module ${name}`);
      const chunk = { exports: {} };
      chunks.set(name, chunk);
      compile(name, name.replace(/[^a-z0-9]+/gi, '_'))(chunk.exports, programRequire, chunk, __filename, __dirname);
    }
    return chunks.get(name).exports;
  }
  return require(id);
}
programRequire.main = require.main;
programRequire.resolve = require.resolve;
programRequire.cache = require.cache;

// One cache per command: each holds what that command's runs compile.
const command = require.main !== module ? 'module' : COMMANDS.includes(process.argv[2]) ? process.argv[2] : 'other';
compile('main', `main-${command}`)(exports, programRequire, module, __filename, __dirname);
