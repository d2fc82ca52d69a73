import { findProvider, secretProviders, type ProvidedSecret } from '../../secrets/index.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { secretReferencesOf } from './model.js';

export const providedSecretNamespace: Rule<ManifestRuleContext> = {
  id: 'RB200',
  name: 'provided-secret-namespace',
  severity: 'error',
  summary: 'A Secret the control plane reads is provided in the package (SealedSecret, SOPS Secret, ExternalSecret, Secret) but in another namespace; or a SealedSecret it reads has no namespace.',
  why: 'Pods only mount Secrets of their own namespace. A strict or namespace-wide SealedSecret is also bound by its ciphertext to the namespace it was sealed for: moving it makes the controller fail with "no key could decrypt secret".',
  fix: 'Re-seal for the control plane namespace: `kubeseal --namespace openstack --name cinder-volume-pure-secrets`; for a cluster-wide SealedSecret, SOPS Secret or ExternalSecret, set `metadata.namespace: openstack`.',
  check(ctx, report) {
    const providers = secretProviders(ctx.items);
    const seen = new Set<ProvidedSecret>();
    for (const ref of secretReferencesOf(ctx)) {
      if (!ref.namespace) continue;
      const fitting = findProvider(providers, ref.name, ref.namespace);
      if (fitting?.provider === 'SealedSecret' && !fitting.namespace && fitting.scope !== 'cluster-wide' && !seen.has(fitting)) {
        seen.add(fitting);
        report({
          item: fitting.item,
          path: ['metadata', 'name'],
          severity: 'warning',
          message: `SealedSecret ${fitting.name} (${fitting.scope} scope) has no metadata.namespace; its ciphertext only decrypts in the namespace kubeseal sealed it for, and the control plane reads it in ${ref.namespace}`,
          hint: `write metadata.namespace: ${ref.namespace} (kubeseal --namespace ${ref.namespace}) so a wrong binding shows in review`,
        });
      }
      if (fitting) continue;
      for (const p of providers) {
        if (p.name !== ref.name || !p.namespace || p.namespace === ref.namespace || seen.has(p)) continue;
        seen.add(p);
        const rebind = p.provider === 'SealedSecret' && p.scope !== 'cluster-wide';
        report({
          item: p.item,
          path: ['metadata', 'namespace'],
          message: `${p.provider === 'SOPS' ? 'SOPS-encrypted Secret' : p.provider} ${p.name} produces its Secret in namespace ${p.namespace}, but the control plane reads it in ${ref.namespace}`,
          hint: rebind
            ? `re-seal it for ${ref.namespace} (kubeseal --namespace ${ref.namespace} --name ${p.name}); changing metadata.namespace alone breaks decryption in ${p.scope} scope`
            : `set metadata.namespace: ${ref.namespace}`,
        });
      }
    }
  },
};
