/** Runs the built CLI (dist/rhoso-backends.cjs, which reads dist/rhoso-backends.program) the way users do: a real process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'rhoso-backends.cjs');
/** The program file the launcher CLI reads from beside its real path: the two ship together. */
export const PROGRAM = path.join(ROOT, 'dist', 'rhoso-backends.program');
/** Upstream CRDs and samples the tests read: a copy kept in the repository (test/data/reference/README.md). */
export const REFERENCE = path.join(ROOT, 'test', 'data', 'reference');
/**
 * The Node.js binary that runs the bundle: RHOSO_TEST_NODE when the runner
 * re-runs the CLI suites on another Node line (scripts/test.mjs), else the
 * Node.js running the tests.
 */
export const NODE = process.env.RHOSO_TEST_NODE || process.execPath;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const res = spawnSync(NODE, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}
