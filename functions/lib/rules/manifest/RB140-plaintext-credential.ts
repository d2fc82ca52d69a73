import { isTemplated } from '../../ini/parse.js';
import { kindOf, labelOf, toObject } from '../../io/resources.js';
import { CONTENT_LABEL, MANAGED_BY, MANAGED_BY_LABEL } from '../../expand/plan.js';
import type { Rule } from '../rule.js';
import { SECRET_OPTION } from '../inventory/RB008-credential-in-options.js';
import type { ManifestRuleContext } from './context.js';
import { atIni } from './helpers.js';
import { manifestIndex } from './model.js';

export const plaintextCredential: Rule<ManifestRuleContext> = {
  id: 'RB140',
  name: 'plaintext-credential',
  severity: 'error',
  summary: 'A credential (password, token, login, secret key) is written in customServiceConfig, or a generated Secret holds plaintext values without `spec.secrets.allowPlaintext`.',
  why: 'customServiceConfig is part of the OpenStackControlPlane: it is stored in Git, shown by `oc get`, and readable by everyone who can read the control plane.',
  fix: 'Move `san_password = ...` into a Secret listed in customServiceConfigSecrets (SealedSecret, SOPS or ExternalSecret in Git).',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const c of cp.components) {
        if (!c.config) continue;
        for (const e of c.config.ini.entries) {
          if (!SECRET_OPTION.test(e.key) || e.value === '' || isTemplated(e.value)) continue;
          // Never echo the value.
          report({ ...atIni(c.config, e), message: `"${e.key}" is a credential written in plain text in customServiceConfig`, hint: 'put it in a Secret and list that Secret in customServiceConfigSecrets' });
        }
      }
    }
    if (!ctx.inventory || ctx.inventory.secrets.allowPlaintext) return;
    for (const item of ctx.items) {
      if (kindOf(item) !== 'Secret' || labelOf(item, MANAGED_BY_LABEL) !== MANAGED_BY) continue;
      if (labelOf(item, CONTENT_LABEL) === 'files') continue; // non-secret package files; private keys there are RB042's
      const o = toObject(item);
      const field = o.stringData && Object.keys(o.stringData).length ? 'stringData' : o.data && Object.keys(o.data).length ? 'data' : undefined;
      if (field) report({ item, path: [field], key: true, message: 'a generated Secret holds plaintext credentials, but spec.secrets.allowPlaintext is not true', hint: 'use credentials.secretName or credentials.externalSecret' });
    }
  },
};
