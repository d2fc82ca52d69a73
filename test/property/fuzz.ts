/**
 * How many cases the property tests run and with which seeds.
 *
 *   FUZZ_RUNS  cases per seed (default 500: 1,000 per property with the two seeds)
 *   FUZZ_SEED  the second seed (default: a fresh one, printed, so any failure can be replayed;
 *              with CI set, one derived from the commit under test, so every commit
 *              explores new cases but its CI run is reproducible)
 *   FUZZ_PATH  with FUZZ_SEED: replay exactly the shrunk counterexample fast-check reported
 *
 * Every property runs once with FIXED_SEED (the same cases on every machine)
 * and once with the second seed (new cases on every run).
 * `npm run fuzz` sets FUZZ_RUNS=20000.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';

export const FIXED_SEED = 20240506;
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 500));
const seedFromEnv = process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== '' ? Number(process.env.FUZZ_SEED) : undefined;
export const RANDOM_SEED = seedFromEnv ?? (process.env.CI ? commitSeed() : undefined) ?? (Math.floor(Math.random() * 0x7fffffff) ^ process.pid) >>> 0;

/** A seed from the commit being tested (undefined outside a git checkout). */
function commitSeed(): number | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^[0-9a-f]{8}/.test(head) ? parseInt(head.slice(0, 8), 16) & 0x7fffffff : undefined;
  } catch {
    return undefined;
  }
}
const replayPath = process.env.FUZZ_PATH || undefined;

let announced = false;
function announce(): void {
  if (announced) return;
  announced = true;
  process.stdout.write(
    `\nproperty tests: ${FUZZ_RUNS} cases per seed; fixed seed ${FIXED_SEED}, random seed ${RANDOM_SEED}\n` +
      `  reproduce: FUZZ_SEED=${RANDOM_SEED} FUZZ_RUNS=${FUZZ_RUNS} node scripts/test.mjs test/property\n`,
  );
}

/**
 * Runs `property` with the fixed seed, then with the random one. A failure
 * names the seed and path to replay; record it in regressions.test.ts.
 */
export async function checkProperty<T>(name: string, arb: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, runs = FUZZ_RUNS): Promise<void> {
  announce();
  const seeds = replayPath ? [RANDOM_SEED] : seedFromEnv !== undefined ? [RANDOM_SEED] : [FIXED_SEED, RANDOM_SEED];
  for (const seed of seeds) {
    const started = Date.now();
    try {
      await fc.assert(fc.asyncProperty(arb, predicate), { seed, path: replayPath, numRuns: replayPath ? 1 : runs, endOnFailure: false });
    } catch (err) {
      const cause = (err as Error & { cause?: unknown }).cause;
      const msg = `${(err as Error).message}${cause instanceof Error ? `\nCause: ${cause.message}` : ''}`;
      throw new Error(`${name}: property failed with seed ${seed}\n  replay: FUZZ_SEED=${seed} FUZZ_PATH=<path below> node scripts/test.mjs test/property\n${msg}`);
    }
    process.stdout.write(`  ${name}: ${replayPath ? 1 : runs} cases, seed ${seed}, ${Date.now() - started} ms\n`);
  }
}

/** Counts outcomes so a property can insist it exercised both the success and the failure path. */
export class Outcomes {
  private readonly counts = new Map<string, number>();
  add(kind: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }
  get(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }
  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  toString(): string {
    return [...this.counts].map(([k, v]) => `${k}=${v}`).join(' ');
  }
}
