// Generates docs/rules.md from the rule metadata (id, name, severity, summary,
// why, fix) that lives next to each check, so the list cannot drift from the code.
// `node scripts/gen-rules-doc.mjs` writes it; `--check` exits 1 when it is stale
// or when a rule id used in functions/ has no documentation.
// Needs build/generated (run `node scripts/build.mjs` first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const target = path.join(root, 'docs', 'rules.md');

// Ids reported outside the rule lists, documented here until they become rule units
// (as RB090 and RB091 did: merge returns the conflicts, rules/merge/ reports them).
const PIPELINE_RULES = [
  {
    id: 'RB214',
    name: 'dataplane-entry-written-by-hand',
    severity: 'error',
    summary: 'A node set in spec.dataPlane, and the package already has by hand what the inventory generates for it, reading differently: the nova ConfigMap or OpenStackDataPlaneService (ceph-nova, nova-custom-ceph), or a Ceph mount (volume `ceph` or /etc/ceph) in the NodeSet\'s nodeTemplate.extraMounts that gives other files. One that reads the same (INI options in any order, the same data sources, the same Secrets at /etc/ceph however spelt) is adopted instead: kept as written, owned by the inventory.',
    why: 'Two sources of truth for the computes\' Ceph settings: one would silently replace the other, or both mounts would reach the ansible jobs and the Job would be rejected for a duplicate volume.',
    fix: 'Make the hand-written object read as the message says (render then adopts it, and the adopt command hands it over), or delete it or the extraMounts item so the inventory owns it (docs/dataplane.md), or remove the node set from spec.dataPlane.',
  },
  {
    id: 'RB215',
    name: 'dataplane-values-cannot-carry',
    severity: 'error',
    summary: 'A node set whose NodeSet is built from a values ConfigMap by kustomize replacements (the architecture layout) needs something that layout cannot carry: a Ceph mount other than the component\'s (Secret ceph-conf-files at /etc/ceph), or it is unclear which of several values ConfigMaps builds it.',
    why: 'An edit of the NodeSet object would be overwritten at build time, and a mount the layout does not carry would silently never reach the computes.',
    fix: 'Add the patch the message prints to the kustomization that builds the NodeSet, or add data.nodeset.name to the right values ConfigMap.',
  },
];

async function loadRules() {
  const result = await esbuild.build({
    stdin: {
      contents: "export { inventoryRules } from './functions/lib/rules/inventory/index.ts';\nexport { manifestRules, selfCheckRules } from './functions/lib/rules/manifest/index.ts';\nexport { mergeRules } from './functions/lib/rules/merge/index.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    logLevel: 'error',
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rb-rules-')), 'rules.cjs');
  fs.writeFileSync(file, result.outputFiles[0].text);
  try {
    return createRequire(import.meta.url)(file);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function section(title, intro, rules) {
  let md = `## ${title}\n\n${intro}\n\n`;
  for (const r of rules) {
    md += `### ${r.id} \`${r.name}\` (${r.severity})\n\n${r.summary}\n\n- **Why:** ${r.why}\n- **Fix:** ${r.fix}\n\n`;
  }
  return md;
}

function render({ inventoryRules, mergeRules, manifestRules, selfCheckRules }) {
  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const merge = [...mergeRules, ...PIPELINE_RULES].sort(byId);
  const inventory = [...inventoryRules].sort(byId);
  const selfCheck = new Set(selfCheckRules.map((r) => r.id));
  const manifest = manifestRules.filter((r) => !selfCheck.has(r.id)).sort(byId);
  const all = [...inventory, ...merge, ...manifestRules].sort(byId);
  let md = '# Rules\n\n';
  md += 'Generated from the rule metadata in `functions/lib/rules/` by `node scripts/gen-rules-doc.mjs`; do not edit by hand.\n';
  md += 'Every diagnostic names its rule (`error[RB100]`), the file, line and column, and the field path. Inventory rules check the\n';
  md += '`BackendInventory`; manifest rules check the rendered output (`render`, `fn`) and hand-written OpenStackControlPlane /\n';
  md += 'OpenStackVersion / Secret files (`validate`). In `validate`, a reference to something that is not in the files given is a\n';
  md += 'warning (such objects usually live elsewhere), and an error with `--strict`.\n\n';
  md += '| id | name | severity | what it catches |\n| --- | --- | --- | --- |\n';
  for (const r of all) md += `| [${r.id}](#${r.id.toLowerCase()}-${r.name}-${r.severity}) | \`${r.name}\` | ${r.severity} | ${cell(r.summary)} |\n`;
  md += '\n';
  md += section('Inventory rules', 'Checked on the `BackendInventory` before anything is generated.', inventory);
  md += section('Merge checks', 'Reported while the generated parts are merged into the package.', merge);
  md += section('Manifest rules', 'Checked on rendered output and on hand-written manifests (`rhoso-backends validate`).', manifest);
  md += section(
    'Render self-check',
    'Run last on every render (`render`, `fn`, `check`, `validate` of a package with an inventory), never on hand-written manifests alone: ' +
      'from the rendered objects alone (customServiceConfig, customServiceConfigSecrets, and the operators\' propagation algorithm), each promise ' +
      'the inventory makes is verified. A finding is a bug of rhoso-backends or an input it did not foresee (often a hand-written entry in the ' +
      'package), never a silent success. See [storage-services.md](storage-services.md#render-self-check).',
    [...selfCheckRules].sort(byId),
  );
  return md.replace(/\n+$/, '\n');
}

/** Rule ids that appear in the sources (`id: 'RB…'`, `rule: 'RB…'`). */
function idsInSources() {
  const ids = new Set();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) for (const m of fs.readFileSync(p, 'utf8').matchAll(/\b(?:id|rule):\s*'(RB\d{3})'/g)) ids.add(m[1]);
    }
  };
  walk(path.join(root, 'functions'));
  return ids;
}

const rules = await loadRules();
const md = render(rules);
const documented = new Set([...rules.inventoryRules, ...rules.manifestRules, ...rules.mergeRules, ...PIPELINE_RULES].map((r) => r.id));
const undocumented = [...idsInSources()].filter((id) => !documented.has(id)).sort();
const incomplete = [...rules.inventoryRules, ...rules.manifestRules].filter((r) => !r.summary || !r.why || !r.fix || !r.name).map((r) => r.id);
if (undocumented.length || incomplete.length) {
  if (undocumented.length) process.stderr.write(`rule ids used in functions/ without documentation: ${undocumented.join(', ')} (register the rule, or add it to PIPELINE_RULES in scripts/gen-rules-doc.mjs)\n`);
  if (incomplete.length) process.stderr.write(`rules without summary/why/fix: ${incomplete.join(', ')}\n`);
  process.exit(1);
}
if (check) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== md) {
    process.stderr.write('docs/rules.md is stale: run node scripts/gen-rules-doc.mjs\n');
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, md);
}
