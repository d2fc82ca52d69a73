/**
 * Issue 15 item 7: the render self-check's share of a render, measured in one
 * process on the TypeScript sources (the bundle does not expose its stages):
 * the whole pipeline, then the self-check rules alone on the rendered items,
 * each the median of several warm runs. Prints `<share> <pipeline ms> <self-check ms>`.
 * Usage: node --import tsx bench/self-check-share.ts <package dir> [runs]
 */
import { readInputs } from '../functions/lib/io/package.js';
import { buildManifestIndex } from '../functions/lib/manifest/manifest-index.js';
import { runPipeline } from '../functions/lib/pipeline/run.js';
import { selfCheckRules } from '../functions/lib/rules/manifest/index.js';
import { runRules } from '../functions/lib/rules/rule.js';

const [dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const read = readInputs([dir]);
const pipeline: number[] = [];
const selfCheck: number[] = [];
for (let i = 0; i <= runs; i++) {
  let t = performance.now();
  const r = runPipeline(read.items, { packageRoot: read.root });
  const whole = performance.now() - t;
  if (!r.ok || !r.inventory) throw new Error(`${dir} does not render`);
  t = performance.now();
  runRules(selfCheckRules, { items: r.items, index: buildManifestIndex(r.items), inventory: r.inventory, mode: 'render', strict: false, operatorLine: r.inventory.operatorLine });
  const own = performance.now() - t;
  // The first run warms the JIT and is not counted.
  if (i > 0) {
    pipeline.push(whole);
    selfCheck.push(own);
  }
}
process.stdout.write(`${median(selfCheck) / median(pipeline)} ${median(pipeline)} ${median(selfCheck)}\n`);
