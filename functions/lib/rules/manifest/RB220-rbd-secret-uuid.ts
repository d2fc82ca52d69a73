import { nameOf } from '../../io/resources.js';
import { valuesOf } from '../../ini/parse.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { dataPlaneIndex, novaConfigs, novaServices, textData, type DataPlaneIndex } from './dataplane.js';

const FSID = /^\s*fsid\s*=\s*([0-9a-fA-F-]{36})\s*$/m;

/** The Ceph cluster files the package's Secrets hold: `<cluster>.conf` (with its fsid) and keyrings. */
function cephFiles(idx: DataPlaneIndex): Map<string, { secret: string; fsid?: string; keyrings: string[] }> {
  const out = new Map<string, { secret: string; fsid?: string; keyrings: string[] }>();
  for (const [name, secret] of idx.secrets) {
    const data = textData(secret);
    for (const [key, text] of Object.entries(data)) {
      if (!key.endsWith('.conf')) continue;
      const cluster = key.slice(0, -'.conf'.length);
      out.set(cluster, { secret: name, fsid: text.match(FSID)?.[1], keyrings: Object.keys(data).filter((k) => k.startsWith(`${cluster}.client.`) && k.endsWith('.keyring')) });
    }
  }
  return out;
}

export const rbdSecretUuid: Rule<ManifestRuleContext> = {
  id: 'RB220',
  name: 'rbd-secret-uuid',
  severity: 'error',
  summary:
    'A nova config\'s `[libvirt] rbd_secret_uuid` is not the fsid in the `<cluster>.conf` named by `images_rbd_ceph_conf`, or the Ceph Secret has no `<cluster>.client.<rbd_user>.keyring` (checked when the package holds the Ceph Secret).',
  why:
    'The libvirt service defines one libvirt secret per cluster, with UUID = the fsid of <cluster>.conf and the key from <cluster>.client.<user>.keyring; nova looks it up by rbd_secret_uuid, so another UUID or a missing keyring makes every RBD attach fail with "secret not found" (DATAPLANE.md §1.3, §6 row 7).',
  fix: '`rbd_secret_uuid = <another cluster\'s fsid>` -> the `fsid =` line of the cluster\'s .conf; name the keyring `<cluster>.client.openstack.keyring`',
  check(ctx, report) {
    const idx = dataPlaneIndex(ctx.items);
    const files = cephFiles(idx);
    if (files.size === 0) return;
    for (const service of novaServices(idx)) {
      for (const { configMap, key, ini } of novaConfigs(idx, service)) {
        const conf = valuesOf(ini, 'images_rbd_ceph_conf', 'libvirt')[0]?.value ?? '/etc/ceph/ceph.conf';
        const cluster = conf.replace(/^.*\//, '').replace(/\.conf$/, '');
        const file = files.get(cluster);
        if (!file) continue; // the Secret is not in the package: nothing to compare against
        const uuid = valuesOf(ini, 'rbd_secret_uuid', 'libvirt')[0]?.value;
        if (uuid !== undefined && file.fsid && uuid.toLowerCase() !== file.fsid.toLowerCase()) {
          report({
            item: configMap.item,
            path: ['data', key],
            message: `[libvirt] rbd_secret_uuid = ${uuid} (nova service ${nameOf(service.item)}), but ${cluster}.conf in Secret ${file.secret} has fsid ${file.fsid}`,
            hint: `write rbd_secret_uuid = ${file.fsid}`,
          });
        }
        const user = valuesOf(ini, 'rbd_user', 'libvirt')[0]?.value;
        if (user && !file.keyrings.includes(`${cluster}.client.${user}.keyring`)) {
          report({
            item: configMap.item,
            path: ['data', key],
            message: `[libvirt] rbd_user = ${user}, but Secret ${file.secret} has no ${cluster}.client.${user}.keyring${file.keyrings.length ? ` (it has ${file.keyrings.join(', ')})` : ''}: libvirt defines no secret for this cluster`,
            hint: `name the keyring ${cluster}.client.${user}.keyring`,
          });
        }
      }
    }
  },
};
