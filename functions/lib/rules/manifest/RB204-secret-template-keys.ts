import { nearest } from '../../diagnostics/did-you-mean.js';
import { kindOf, toObject } from '../../io/resources.js';
import { templateRefs } from '../../secrets/template-refs.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';

export const secretTemplateKeys: Rule<ManifestRuleContext> = {
  id: 'RB204',
  name: 'secret-template-keys',
  severity: 'error',
  summary: 'An ExternalSecret or SealedSecret template reads a key its data does not provide, or reads a key with "-" as a field (`.san-login`).',
  why: 'ESO renders templates with missingkey=error: the Secret is not produced ("map has no entry for key"). `.san-login` does not even parse ("bad character U+002D").',
  fix: 'Use the secretKey exactly as written in spec.data (`{{ .san_login }}`), and `{{ index . "san-login" }}` for keys with "-" or ".".',
  check(ctx, report) {
    for (const item of ctx.items) {
      const kind = kindOf(item);
      if (kind !== 'ExternalSecret' && kind !== 'SealedSecret') continue;
      const spec = toObject(item).spec ?? {};
      const template = kind === 'ExternalSecret' ? spec.target?.template : spec.template;
      const tdata = template?.data;
      if (!tdata || typeof tdata !== 'object') continue;
      let provided: string[];
      if (kind === 'ExternalSecret') {
        if (Array.isArray(spec.dataFrom) && spec.dataFrom.length > 0) continue; // keys come from the store at run time
        provided = (Array.isArray(spec.data) ? spec.data : []).map((d: { secretKey?: unknown } | null) => d?.secretKey).filter((k: unknown): k is string => typeof k === 'string');
      } else {
        provided = Object.keys(spec.encryptedData ?? {});
      }
      const source = kind === 'ExternalSecret' ? 'spec.data[].secretKey' : 'spec.encryptedData';
      for (const [outKey, text] of Object.entries(tdata as Record<string, unknown>)) {
        if (typeof text !== 'string') continue;
        const refs = templateRefs(text);
        if (!refs) continue;
        const path = [...(kind === 'ExternalSecret' ? ['spec', 'target', 'template', 'data'] : ['spec', 'template', 'data']), outKey];
        for (const bad of refs.badFields) {
          report({ item, path, message: `template "${outKey}" reads ${bad.written}: Go templates cannot read a key with "-" as a field`, hint: `write {{ index . ${JSON.stringify(bad.field)} }}` });
        }
        for (const key of refs.keys) {
          if (provided.includes(key)) continue;
          const near = nearest(key, provided);
          report({
            item,
            path,
            message: `template "${outKey}" reads "${key}", which no ${source} provides${kind === 'ExternalSecret' ? ' (ESO fails: map has no entry for key)' : ''}`,
            hint: near ? `did you mean "${near}"?` : `add "${key}" to ${source}${provided.length ? ` (it has: ${provided.join(', ')})` : ''}`,
          });
        }
      }
    }
  },
};
