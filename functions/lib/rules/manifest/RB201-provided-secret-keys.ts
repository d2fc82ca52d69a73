import { nearest } from '../../diagnostics/did-you-mean.js';
import { describeProvider, findProvider, secretProviders, type ProvidedSecret } from '../../secrets/index.js';
import type { SecretReference } from '../../secrets/references.js';
import type { Report, Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { secretReferencesOf } from './model.js';

export const providedSecretKeys: Rule<ManifestRuleContext> = {
  id: 'RB201',
  name: 'provided-secret-keys',
  severity: 'error',
  summary: 'A Secret provided in the package lacks keys its consumer needs: no key at all for customServiceConfigSecrets, a key a volume selects with items, or `<cluster>.conf` / a keyring for Ceph.',
  why: 'Key names of SealedSecrets (encryptedData), SOPS Secrets and ExternalSecrets are plain text, so a missing key can be seen before the pod fails with "couldn\'t find key" or the driver starts without credentials or Ceph config.',
  fix: 'Seal the missing key into the same SealedSecret (`kubeseal --merge-into sealed/pure.yaml`), add it to the SOPS file with `sops edit`, or add a data entry to the ExternalSecret.',
  check(ctx, report) {
    const providers = secretProviders(ctx.items);
    const done = new Set<string>();
    for (const ref of secretReferencesOf(ctx)) {
      const p = findProvider(providers, ref.name, ref.namespace);
      if (!p?.keys) continue;
      const once = `${ref.use}|${p.name}|${p.namespace ?? ''}|${(ref.items ?? []).join(',')}`;
      if (done.has(once)) continue;
      done.add(once);
      checkKeys(ctx, ref, p, p.keys, report);
    }
  },
};

function checkKeys(ctx: ManifestRuleContext, ref: SecretReference, p: ProvidedSecret, keys: string[], report: Report): void {
  const at = { item: p.item, path: p.keysAt };
  const from = describeProvider(p);
  if (keys.length === 0) {
    report({ ...at, message: `${from} produces Secret ${p.name} with no keys, but the control plane mounts it (${ref.use === 'config' ? 'customServiceConfigSecrets' : 'extraMounts'})`, hint: 'add the keys it must hold (an INI fragment such as pure.conf, or the files the volume mounts)' });
    return;
  }
  for (const key of ref.items ?? []) {
    if (keys.includes(key)) continue;
    const near = nearest(key, keys);
    report({ ...at, message: `${from} produces Secret ${p.name} without key "${key}", which an extraMounts volume selects (the pod would not start)`, hint: near ? `did you mean "${near}"? (keys: ${keys.join(', ')})` : `keys it has: ${keys.join(', ')}` });
  }
  if (ref.use !== 'ceph' || ref.items) return;
  const cluster = ctx.inventory?.ceph.find((c) => c.secretName === p.name);
  const conf = cluster ? `${cluster.name}.conf` : undefined;
  if (conf ? !keys.includes(conf) : !keys.some((k) => k.endsWith('.conf'))) {
    const near = conf ? nearest(conf, keys) : undefined;
    report({ ...at, message: `${from} produces Ceph Secret ${p.name} without ${conf ?? 'a <cluster>.conf key'}; the services cannot find the cluster`, hint: near ? `did you mean "${near}"?` : `add ${conf ?? '<cluster>.conf'} (the cluster's ceph.conf) to it` });
  }
  if (!keys.some((k) => k.endsWith('.keyring'))) {
    report({ ...at, severity: 'warning', message: `${from} produces Ceph Secret ${p.name} without a keyring (*.keyring key); the client cannot authenticate unless ceph.conf points elsewhere`, hint: `add ${cluster ? `${cluster.name}.client.${cluster.user}.keyring` : 'ceph.client.openstack.keyring'}` });
  }
}
