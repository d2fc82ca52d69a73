/**
 * The computes' generated resources (DATAPLANE.md §2-3): per nova service one
 * ConfigMap with the [libvirt] RBD settings and one OpenStackDataPlaneService
 * replacing the bundled `nova`; and, for a node set whose NodeSet the package
 * does not hold (case c, dataplane/locate.ts), a patch carrying the full
 * services list and the Ceph mount. NodeSet and values edits (cases a, b)
 * are dataplane/apply.ts's, after merge.
 */
import { isSeq } from 'yaml';
import { kindOf, labelOf, nameOf, namespaceOf, toObject, type Item } from '../io/resources.js';
import { objectDifferences, type AdoptedObject } from '../dataplane/adopt-objects.js';
import { computePlans, DEFAULT_SERVICES, NOVA_CONFIG_KEY, novaService, type ComputePlan } from '../dataplane/computes.js';
import { DATAPLANE_API_VERSION, homeOf, NODESET_KIND, PATCH_ANNOTATION, VALUES_SERVICES_PATH } from '../dataplane/locate.js';
import { undoServices, withCephServices } from '../dataplane/services.js';
import { reportAt, type ExpandContext } from './context.js';
import { generatedMetadata, MANAGED_BY, MANAGED_BY_LABEL, type Expansion } from './plan.js';

/** The Ceph mount the architecture layout's edpm-post-ceph component patches in (extra_mounts.yaml). */
const ARCHITECTURE_MOUNT = {
  extraVolType: 'Ceph',
  volumes: [{ name: 'ceph', secret: { secretName: 'ceph-conf-files' } }],
  mounts: [{ name: 'ceph', mountPath: '/etc/ceph', readOnly: true }],
};

/** The compute plans (dataplane/apply.ts applies them after merge) and the resources they generate. */
export interface DataPlaneExpansion {
  plans: ComputePlan[];
  resources: Expansion['resources'];
  /** Hand-written ConfigMaps and services that read the same as the generated ones: kept as written, owned by the inventory. */
  adopted: AdoptedObject[];
}

/** A stage of its own (it reads the package: where each NodeSet lives): returns what it generates, never edits the expansion. */
export function expandDataPlane(ctx: ExpandContext, items: readonly Item[]): DataPlaneExpansion {
  const out: Pick<Expansion, 'resources'> = { resources: [] };
  const inv = ctx.inventory;
  const plans = computePlans(inv);
  const ns = inv.controlPlane.namespace;
  const adopted: AdoptedObject[] = [];
  const done = new Set<string>();
  for (const plan of plans) {
    if (!done.has(plan.serviceName)) {
      done.add(plan.serviceName);
      const generated = [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: generatedMetadata(plan.configMapName, ns, inv.name, { component: 'nova-ceph' }), data: { [NOVA_CONFIG_KEY]: plan.novaConfig } },
        { apiVersion: DATAPLANE_API_VERSION, kind: 'OpenStackDataPlaneService', metadata: generatedMetadata(plan.serviceName, ns, inv.name), spec: novaService(plan) },
      ];
      for (const value of generated) {
        const { kind } = value;
        const name = value.metadata.name;
        const own = items.find((it) => kindOf(it) === kind && nameOf(it) === name && labelOf(it, MANAGED_BY_LABEL) !== MANAGED_BY && (!namespaceOf(it) || namespaceOf(it) === ns));
        if (own) {
          // Adoption (as for control-plane entries): the user's object stays as written when it reads the same.
          const differences = objectDifferences(value, toObject(own));
          if (differences.length === 0) {
            adopted.push({ item: own, kind, name, nodeSet: plan.nodeSet.name });
            continue;
          }
          reportAt(ctx, plan.nodeSet.at, 'error', 'RB214', `the package already has a ${kind} ${name} (${own.path}) written by hand that differs from what the inventory generates for node set ${plan.nodeSet.name}: ${differences.join('; ')}`, `make ${own.path} read the same (then render adopts it), or delete it (the generated one carries the inventory's settings), or remove the node set from spec.dataPlane`);
        }
        out.resources.push({ origin: plan.nodeSet.at, value });
      }
    }
    const home = homeOf(items, inv, plan.nodeSet);
    if (home.kind === 'patch') {
      const metadata = generatedMetadata(plan.nodeSet.name, ns, inv.name);
      // A patch, not a NodeSet: it names what it patches so a later run (and people) can tell.
      Object.assign(metadata.annotations, { [PATCH_ANNOTATION]: `${NODESET_KIND}/${plan.nodeSet.name}` });
      out.resources.push({
        origin: plan.nodeSet.at,
        value: {
          apiVersion: DATAPLANE_API_VERSION,
          kind: NODESET_KIND,
          metadata,
          spec: { nodeTemplate: { extraMounts: [plan.extraMount] }, services: withCephServices(DEFAULT_SERVICES, plan.serviceName).list },
        },
      });
    } else if (home.kind === 'values') {
      checkValues(ctx, home.item, plan);
    } else if (home.kind === 'ambiguous') {
      reportAt(
        ctx,
        [...plan.nodeSet.at, 'name'],
        'error',
        'RB215',
        `the package has no NodeSet ${plan.nodeSet.name} and several values ConfigMaps (${home.candidates.map((c) => c.path).join(', ')}); which one builds it is unclear`,
        `add data.nodeset.name: ${plan.nodeSet.name} to the values ConfigMap that builds it`,
      );
    }
  }
  return { plans, resources: out.resources, adopted };
}

/**
 * Case (b): the NodeSet is built from a values ConfigMap by kustomize replacements at build time,
 * so an edit of the NodeSet would be overwritten, and `render` does not write the (local-config)
 * values file back. The tool checks the values instead and, where they lack the Ceph services or
 * the layout cannot carry the mount, refuses with what to write and where.
 */
function checkValues(ctx: ExpandContext, values: Item, plan: ComputePlan): void {
  const seq = values.doc.getIn(VALUES_SERVICES_PATH, true);
  const current = isSeq(seq) ? seq.items.map((n) => String((n as { value?: unknown }).value ?? '')) : [];
  const wanted = withCephServices(undoServices(current, { inserted: [], replaced: {} }), plan.serviceName).list;
  if (JSON.stringify(wanted) !== JSON.stringify(current)) {
    reportAt(
      ctx,
      plan.nodeSet.at,
      'error',
      'RB215',
      `NodeSet ${plan.nodeSet.name} is built from ${values.path} by kustomize replacements: its ${VALUES_SERVICES_PATH.join('.')} lacks the Ceph services (ceph-client before libvirt, ${plan.serviceName} instead of nova)`,
      `write in ${values.path}, ${VALUES_SERVICES_PATH.join('.')}: [${wanted.join(', ')}]`,
    );
  }
  // The layout has no place for nodeTemplate.extraMounts: its edpm-post-ceph component patches in the upstream mount.
  if (JSON.stringify(plan.extraMount) !== JSON.stringify(ARCHITECTURE_MOUNT)) {
    reportAt(
      ctx,
      plan.nodeSet.at,
      'error',
      'RB215',
      `NodeSet ${plan.nodeSet.name} is built from ${values.path} by kustomize replacements, which carry no nodeTemplate.extraMounts; the architecture component mounts Secret ceph-conf-files at /etc/ceph, not what this node set needs`,
      `add a patch for OpenStackDataPlaneNodeSet ${plan.nodeSet.name} to the kustomization that builds it, with spec.nodeTemplate.extraMounts: ${JSON.stringify([plan.extraMount])}`,
    );
  }
}
