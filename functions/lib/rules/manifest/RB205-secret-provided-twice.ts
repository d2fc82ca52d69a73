import { describeProvider, secretProviders, type ProvidedSecret } from '../../secrets/index.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';

export const secretProvidedTwice: Rule<ManifestRuleContext> = {
  id: 'RB205',
  name: 'secret-provided-twice',
  severity: 'error',
  summary: 'Two objects in the package produce the same Secret (e.g. a SealedSecret and a generated ExternalSecret, or a plain Secret and a SOPS one).',
  why: 'Two controllers then own one Secret: each overwrites the other, or one refuses to ("Resource already exists and is not managed by SealedSecret"); which credentials the back end gets is a race.',
  fix: 'Keep one source: remove the SealedSecret, or use `credentials: {secretName: cinder-volume-pure-secrets}` instead of credentials.externalSecret.',
  check(ctx, report) {
    const earlierOnes: ProvidedSecret[] = [];
    for (const p of secretProviders(ctx.items)) {
      // A provider without a namespace lands wherever the package is applied: it clashes with any namespace.
      const earlier = earlierOnes.find((e) => e.name === p.name && (!e.namespace || !p.namespace || e.namespace === p.namespace));
      earlierOnes.push(p);
      if (!earlier) continue;
      report({
        item: p.item,
        path: ['metadata', 'name'],
        message: `Secret ${p.name} is produced twice: by this ${p.provider === 'SOPS' ? 'SOPS-encrypted Secret' : p.provider} and by the ${describeProvider(earlier)}`,
        hint: 'keep one of them (for inventory credentials: secretName to use the existing one, or remove it to let the tool generate the ExternalSecret)',
      });
    }
  },
};
