#!/usr/bin/env node
// Dev-time: the data-plane CRDs (OpenStackDataPlaneService, -NodeSet, -Deployment) as strict JSON
// Schema subsets in schemas/crd/ (committed), with the same extraction as
// scripts/extract-crd-subsets.mjs: the NodeSet keeps spec.nodeTemplate and spec.services in full
// (the storage fields), the others their whole spec. Compiled at build time by
// scripts/build-steps/host-validators.mjs for RB217.
//
//   node scripts/extract-dataplane-subsets.mjs [--check] [REFERENCE_DIR]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSubset, render, SUBSET_DIR } from './extract-crd-subsets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DATAPLANE_SUBSETS = [
  { out: 'dataplane-service.json', crd: 'dataplane.openstack.org_openstackdataplaneservices.yaml', line: 'main', sections: 'all' },
  { out: 'dataplane-deployment.json', crd: 'dataplane.openstack.org_openstackdataplanedeployments.yaml', line: 'main', sections: 'all' },
  { out: 'dataplane-nodeset-main.json', crd: 'dataplane.openstack.org_openstackdataplanenodesets.yaml', line: 'main', sections: ['nodeTemplate', 'services'] },
  { out: 'dataplane-nodeset-18-stable.json', crd: '18-stable/dataplane.openstack.org_openstackdataplanenodesets.yaml', line: '18-stable', sections: ['nodeTemplate', 'services'] },
];

const check = process.argv.includes('--check');
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const referenceDir = path.resolve(positional[0] ?? path.join(root, '..', 'shared', 'reference', 'crds'));
let stale = 0;
for (const subset of DATAPLANE_SUBSETS) {
  const file = path.join(SUBSET_DIR, subset.out);
  const text = render(extractSubset(referenceDir, subset));
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
  if (check) {
    stale++;
    process.stderr.write(`schemas/crd/${subset.out} differs from a fresh extraction; run node scripts/extract-dataplane-subsets.mjs\n`);
  } else {
    fs.writeFileSync(file, text);
    process.stdout.write(`wrote schemas/crd/${subset.out} (${text.length} bytes)\n`);
  }
}
process.exitCode = stale ? 1 : 0;
