import { nameOf } from '../../io/resources.js';
import { valuesOf } from '../../ini/parse.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { dataPlaneIndex, novaConfigs, serviceType, servicesOf } from './dataplane.js';

export const cephClientOrder: Rule<ManifestRuleContext> = {
  id: 'RB222',
  name: 'ceph-client-order',
  severity: 'error',
  summary: 'A NodeSet runs ceph-client after libvirt, or not at all while its nova service uses RBD (`[libvirt] images_type = rbd` or `rbd_secret_uuid`).',
  why:
    'ceph-client copies the Ceph files to the compute and libvirt reads them to define the cluster secret (DATAPLANE.md §1.3): after libvirt, or without ceph-client, no libvirt secret exists and RBD disks fail to attach.',
  fix: '`[..., libvirt, ceph-client, nova-custom-ceph]` -> `[..., ceph-client, libvirt, nova-custom-ceph]`',
  check(ctx, report) {
    const idx = dataPlaneIndex(ctx.items);
    for (const ns of idx.nodeSets) {
      const services = servicesOf(ns);
      const types = services.map((s) => serviceType(idx, s));
      const client = types.indexOf('ceph-client');
      const libvirt = types.indexOf('libvirt');
      if (client >= 0 && libvirt >= 0 && client > libvirt) {
        report({ item: ns.item, path: ['spec', 'services', client], message: `${services[client]} runs after ${services[libvirt]}, which reads the Ceph files it copies`, hint: `move ${services[client]} before ${services[libvirt]}` });
        continue;
      }
      if (client >= 0) continue;
      const nova = types.indexOf('nova');
      const service = nova >= 0 ? idx.services.get(services[nova]) : undefined;
      if (!service) continue;
      const rbd = novaConfigs(idx, service).find(({ ini }) => valuesOf(ini, 'images_type', 'libvirt')[0]?.value === 'rbd' || valuesOf(ini, 'rbd_secret_uuid', 'libvirt').length > 0);
      if (!rbd) continue;
      report({ item: ns.item, path: ['spec', 'services'], message: `nova service ${nameOf(service.item)} uses RBD (${rbd.configMap.obj.metadata.name}: ${rbd.key}) but the NodeSet does not run ceph-client`, hint: `add ceph-client before ${libvirt >= 0 ? services[libvirt] : 'libvirt'}` });
    }
  },
};
