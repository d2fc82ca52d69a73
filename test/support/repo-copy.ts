/**
 * A throw-away copy of the parts of the repository a check needs, with
 * node_modules linked, so a test can break something on purpose (disable a
 * rule, misspell a catalog key) and see the gate that should catch it fail.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './cli.js';

export interface RepoCopy {
  dir: string;
  /** Runs node with `args` in the copy; returns the exit code and both streams together. */
  node(args: string[], env?: NodeJS.ProcessEnv): { code: number; output: string };
  edit(file: string, change: (text: string) => string): void;
  remove(): void;
}

export function copyRepo(parts: string[]): RepoCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-copy-'));
  for (const p of parts) fs.cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    node(args, env = {}) {
      const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env } });
      return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
    },
    edit(file, change) {
      const f = path.join(dir, file);
      const before = fs.readFileSync(f, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`edit of ${file} changed nothing`);
      fs.writeFileSync(f, after);
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
