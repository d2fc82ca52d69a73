/**
 * Skipped tests with a reason. uvu counts `test.skip` but prints no reason;
 * each skip is also appended (one JSON line) to the file RHOSO_TEST_SKIP_LOG
 * names, which scripts/test.mjs sets and reads to list the reasons above its
 * closing "N passed, N failed, N skipped" line. Run without that runner, the
 * reason goes to stderr.
 *
 * Tests that drive a real client (kpt, kubectl, pre-commit) register through
 * `needs`: when the client is not on PATH they are skipped locally, naming the
 * install command, and fail when CI is set (CI must run them all).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as uvuTest, type Test } from 'uvu';

type Handler = Parameters<Test>[1];
type Register = (name: string, handler: Handler) => void;

/** External clients tests drive, with how to install them (Debian package names). */
export const CLIENTS = {
  kpt: 'apt-get install google-cloud-cli-kpt (from the Google Cloud CLI apt repository), or a kpt release binary on PATH',
  kubectl: 'apt-get install kubectl (from the Kubernetes apt repository); kubectl kustomize is built in',
  'pre-commit': 'apt-get install pre-commit',
} as const;
export type Client = keyof typeof CLIENTS;

/** True when CI is set the way CI services set it (CI=true, CI=1, ...), not CI=false / CI=0 / empty. */
export const inCi = (env: NodeJS.ProcessEnv = process.env): boolean => !!env.CI && !/^(false|0|no)$/i.test(env.CI);

/** An executable named `command` in a PATH folder (what spawnSync would run). */
export function onPath(command: string, envPath = process.env.PATH ?? ''): boolean {
  return envPath
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        fs.accessSync(path.join(dir, command), fs.constants.X_OK);
        return fs.statSync(path.join(dir, command)).isFile();
      } catch {
        return false;
      }
    });
}

/** Registers `name` as skipped (uvu counts it) and records why. */
export function skip(name: string, reason: string, test: Test = uvuTest): void {
  test.skip(name, () => {});
  const entry = JSON.stringify({ test: name, reason }) + '\n';
  const log = process.env.RHOSO_TEST_SKIP_LOG;
  if (log) fs.appendFileSync(log, entry);
  else process.stderr.write(`skipped: ${name}: ${reason}\n`);
}

/**
 * `test` for cases that drive `clients`: registered as usual when each is on
 * PATH; otherwise skipped with the reason and install command, or, with CI
 * set, registered as a failing test that says what to install.
 */
export function needs(clients: Client[], test: Test = uvuTest): Register {
  const missing = clients.filter((c) => !onPath(c));
  if (missing.length === 0) return (name, handler) => test(name, handler);
  const reason = missing.map((c) => `${c} is not on PATH (install: ${CLIENTS[c]})`).join('; ');
  if (inCi())
    return (name) =>
      test(name, () => {
        throw new Error(`${reason}; with CI set, tests that need it fail instead of being skipped`);
      });
  return (name) => skip(name, reason, test);
}
