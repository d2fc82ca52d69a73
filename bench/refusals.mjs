// How long the bundle takes to refuse hostile input (the adversarial corpus,
// test/adversarial): refusing must be cheap, e.g. an alias bomb must not be
// expanded and 100,000 levels of nesting must not be walked before the error.
// The tests assert that such input is refused and how; this measures the time.
//
//   node scripts/build.mjs && node bench/refusals.mjs [--runs N]
//
// Prints, per input, the median time of `render` refusing it over the median
// time of `render` of examples/multi-vendor (runs interleaved, same machine),
// and exits 1 when a refusal costs more than GOAL times a normal render.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const CLI = path.join(root, 'dist', 'rhoso-backends.cjs');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? 9) || 9;
const GOAL = 3;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rhoso-bench-refusals-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, RHOSO_BACKENDS_CACHE_DIR: path.join(work, 'cache') };

const INVENTORY = `apiVersion: backends.rhoso.io/v1alpha1
kind: BackendInventory
metadata:
  name: backends
spec:
  cinder:
    backends:
      - name: nfs
        driver: nfs
        credentials:
          secretName: nfs-secrets
`;
// The limits of functions/lib/io/yaml.ts, one step past each.
const generated = {
  'over 16 MiB': { 'inventory.yaml': INVENTORY + `  note: "${'x'.repeat(16 * 1024 * 1024)}"\n` },
  'over 10,000 documents': { 'inventory.yaml': INVENTORY, 'many.yaml': 'a: 1\n---\n'.repeat(10_001) },
  '100,000 levels of nesting': { 'inventory.yaml': INVENTORY, 'deep.yaml': `x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n` },
};

const inputs = [];
for (const [name, files] of Object.entries(generated)) {
  const dir = path.join(work, name.replace(/\W+/g, '-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  inputs.push({ name, dir });
}
const cases = path.join(root, 'test', 'adversarial', 'cases');
for (const name of fs.readdirSync(cases).sort()) {
  const pkg = path.join(cases, name, 'package');
  if (fs.existsSync(pkg)) inputs.push({ name: `corpus ${name}`, dir: pkg });
}

function time(dir) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, 'render', dir], { env, cwd: work, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const example = path.join(root, 'examples', 'multi-vendor');
time(example); // fills the code cache
console.log(`refusal benchmark: node ${process.version}, ${RUNS} interleaved runs, medians; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
let failed = 0;
for (const input of inputs) {
  const refused = [];
  const normal = [];
  for (let i = 0; i < RUNS; i++) {
    const r = time(input.dir);
    if (r.status !== 1) {
      console.log(`${input.name}: render exited ${r.status}, not 1: not a refusal, nothing to measure`);
      failed++;
      break;
    }
    refused.push(r.ms);
    normal.push(time(example).ms);
  }
  if (refused.length < RUNS) continue;
  const ratio = median(refused) / median(normal);
  if (ratio > GOAL) failed++;
  console.log(`${input.name.padEnd(36)} ${ratio.toFixed(2).padStart(6)}   goal <= ${GOAL} ${ratio <= GOAL ? 'PASS' : 'FAIL'}   ${median(refused).toFixed(0)} ms / render of the example ${median(normal).toFixed(0)} ms`);
}
process.exitCode = failed ? 1 : 0;
