import { kindOf, toObject } from '../../io/resources.js';
import { isSopsEncrypted } from '../../secrets/index.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';

const SOPS_VALUE = /^ENC\[[A-Z0-9_]+,data:/;

export const sopsMetadata: Rule<ManifestRuleContext> = {
  id: 'RB202',
  name: 'sops-metadata',
  severity: 'error',
  summary: 'A Secret is half SOPS-encrypted: ENC[...] values without a complete sops block (mac, version), or an encrypted metadata.name/namespace.',
  why: 'Flux decrypts only a Secret with a top-level sops block whose mac is set; otherwise the ciphertext itself is applied as the credential. An encrypted name cannot be matched to the customServiceConfigSecrets that reads it.',
  fix: "Encrypt the file with sops, not by hand, and only its data: `sops --encrypt --encrypted-regex '^(data|stringData)$' --in-place secret.yaml`.",
  check(ctx, report) {
    for (const item of ctx.items) {
      if (kindOf(item) !== 'Secret') continue;
      const o = toObject(item);
      const hasBlock = o.sops !== undefined;
      if (hasBlock && !isSopsEncrypted(o)) {
        report({ item, path: ['sops'], message: 'the sops block has no mac or version, so Flux (and sops) treat the Secret as not encrypted and would apply the ENC[...] text as the credential', hint: 're-encrypt the plaintext with sops --encrypt; do not write or copy the sops block by hand' });
      }
      if (hasBlock) {
        for (const field of ['name', 'namespace'] as const) {
          const v = o.metadata?.[field];
          if (typeof v === 'string' && v.startsWith('ENC[')) {
            report({ item, path: ['metadata', field], message: `metadata.${field} is encrypted; apiVersion, kind and metadata must stay plain text for Flux and for references to it`, hint: "encrypt only the data: sops --encrypt --encrypted-regex '^(data|stringData)$'" });
          }
        }
        continue;
      }
      for (const field of ['data', 'stringData'] as const) {
        const values = o[field] && typeof o[field] === 'object' ? (o[field] as Record<string, unknown>) : {};
        const key = Object.keys(values).find((k) => typeof values[k] === 'string' && SOPS_VALUE.test(values[k] as string));
        if (key !== undefined) {
          report({ item, path: [field, key], key: true, message: `${field} holds SOPS ciphertext (ENC[...]) but the Secret has no sops block: nothing will decrypt it and the cluster gets the ciphertext as the credential`, hint: 'keep the whole file as sops wrote it, including the top-level sops: block' });
        }
      }
    }
  },
};
