import { apiVersionOf, kindOf } from '../../io/resources.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';

/** The one served version per kind (SECRETS.md: ESO serves only v1 since v0.17.0). */
const SERVED: Record<string, { group: string; version: string; why: string }> = {
  ExternalSecret: { group: 'external-secrets.io', version: 'v1', why: 'External Secrets Operator serves only external-secrets.io/v1 since v0.17.0 (v1beta1 is not served)' },
  SealedSecret: { group: 'bitnami.com', version: 'v1alpha1', why: 'the sealed-secrets controller serves only bitnami.com/v1alpha1' },
};

export const secretApiVersion: Rule<ManifestRuleContext> = {
  id: 'RB203',
  name: 'secret-api-version',
  severity: 'error',
  summary: 'An ExternalSecret or SealedSecret uses an apiVersion its controller does not serve (external-secrets.io/v1beta1).',
  why: 'The API server rejects the object ("no matches for kind"), so the Secret the back end reads is never created.',
  fix: 'Write `apiVersion: external-secrets.io/v1` (the ExternalSecret fields are the same; template engineVersion must be v2).',
  check(ctx, report) {
    for (const item of ctx.items) {
      const kind = kindOf(item);
      const served = kind ? SERVED[kind] : undefined;
      const apiVersion = apiVersionOf(item);
      if (!served || !apiVersion || !apiVersion.startsWith(`${served.group}/`)) continue;
      const want = `${served.group}/${served.version}`;
      if (apiVersion === want) continue;
      report({ item, path: ['apiVersion'], message: `${apiVersion} is not served: ${served.why}`, hint: `write apiVersion: ${want}` });
    }
  },
};
