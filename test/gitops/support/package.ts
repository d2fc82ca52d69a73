/**
 * Helpers for the GitOps tests: temp copies of packages, whole-tree
 * snapshots and diffs (golden files), and the real clients (kpt, kubectl,
 * pre-commit) run with the built bundle on PATH as `rhoso-backends`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unifiedDiff } from '../../../functions/lib/io/diff.js';
import { CLI } from '../../support/cli.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed when the process exits. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rb-${prefix}-`));
  created.push(dir);
  return dir;
}

/** Copies a folder (a fixture package) into a new temp folder and returns the copy. */
export function copyPackage(src: string, name = path.basename(src)): string {
  const dest = path.join(tempDir(name), name);
  fs.cpSync(src, dest, { recursive: true });
  return dest;
}

let shimDir: string | undefined;
/** A folder holding `rhoso-backends` -> the built bundle, to put first on PATH (how users install it). */
export function binDir(): string {
  if (!shimDir) {
    shimDir = tempDir('bin');
    fs.symlinkSync(CLI, path.join(shimDir, 'rhoso-backends'));
  }
  return shimDir;
}

/** Runs a real client with the bundle on PATH and a clean environment. */
export function runTool(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Run {
  const res = spawnSync(command, args, {
    cwd: opts.cwd,
    input: opts.input,
    encoding: 'utf8',
    env: { PATH: `${binDir()}${path.delimiter}${process.env.PATH}`, HOME: process.env.HOME, ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: res.status ?? -1, stdout: res.stdout ?? '', stderr: (res.stderr ?? '') + (res.error ? String(res.error) : '') };
}

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** Every file under dir (posix relative path -> content), sorted, skipping .git. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === '.git') continue;
      const abs = path.join(d, e.name);
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      if (e.isDirectory()) walk(abs);
      else if (e.isSymbolicLink()) out.set(rel, `<symlink to ${fs.readlinkSync(abs)}>`);
      else if (e.isFile()) out.set(rel, fs.readFileSync(abs, 'utf8'));
      else out.set(rel, '<special file>'); // never read a FIFO: it would block
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Unified diff of two snapshots, file by file ('' when equal). */
export function treeDiff(before: Map<string, string>, after: Map<string, string>): string {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.map((n) => unifiedDiff(`a/${n}`, `b/${n}`, before.get(n), after.get(n))).join('');
}

/** Compares `actual` with the golden file; UPDATE_FIXTURES=1 rewrites it. Returns the expected text. */
export function golden(file: string, actual: string): string {
  if (process.env.UPDATE_FIXTURES === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `<missing golden file ${file}; run with UPDATE_FIXTURES=1>`;
}
