import { networkNames } from '../../../../build/generated/reference-data.mjs';
import { nearest } from '../../diagnostics/did-you-mean.js';
import { kindOf, nameOf, toObject } from '../../io/resources.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { RFC1123_LABEL } from './helpers.js';
import { asObject, manifestIndex } from './model.js';

/** Network names the package defines: NetConfig spec.networks[].name and NetworkAttachmentDefinition names. */
function packageNetworks(ctx: ManifestRuleContext): Set<string> {
  const out = new Set<string>();
  for (const item of ctx.items) {
    const kind = kindOf(item);
    if (kind === 'NetworkAttachmentDefinition' && nameOf(item)) out.add(nameOf(item)!);
    if (kind === 'NetConfig') {
      const networks = asObject(toObject(item).spec).networks;
      if (Array.isArray(networks)) for (const n of networks) if (typeof asObject(n).name === 'string') out.add(asObject(n).name.toLowerCase());
    }
  }
  return out;
}

export const unknownNetworkAttachment: Rule<ManifestRuleContext> = {
  id: 'RB172',
  name: 'unknown-network-attachment',
  severity: 'warning',
  summary:
    'A `networkAttachments` entry of a cinder, manila or glance component names no network of the package (its NetConfig / NetworkAttachmentDefinitions), or, when the package has none, looks like a misspelling of a network the upstream samples use (`storageMhmt`, `storageMgmt` for `storagemgmt`).',
  why: 'The operator attaches the pod to the NetworkAttachmentDefinition of that name; a name that does not exist keeps the pod from starting, and NetworkAttachmentDefinition names are lower-case, so `storageMgmt` can never match. Without the network definitions in the input, only near misses of the known names (functions/lib/catalog/network-names.yaml, with sources) are reported: other names may be site-specific networks.',
  fix: '`networkAttachments: [storage, storageMhmt]` -> `networkAttachments: [storage, storagemgmt]`',
  check(ctx, report) {
    const defined = packageNetworks(ctx);
    const known = defined.size > 0 ? [...defined].sort() : networkNames;
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const c of cp.components) {
        const list = c.value.networkAttachments;
        if (!Array.isArray(list)) continue;
        list.forEach((name, i) => {
          if (typeof name !== 'string' || known.includes(name)) return;
          const near = nearest(name, known);
          if (defined.size === 0 && !near && RFC1123_LABEL.test(name)) return;
          report({
            item: cp.item,
            path: [...c.path, 'networkAttachments', i],
            message:
              defined.size > 0
                ? `"${name}" is not a network of this package (NetConfig / NetworkAttachmentDefinition: ${known.join(', ')})`
                : `"${name}" is not a network name the RHOSO samples use${RFC1123_LABEL.test(name) ? '' : ', and NetworkAttachmentDefinition names are lower-case'}`,
            hint: near
              ? `did you mean "${near}"?`
              : RFC1123_LABEL.test(name)
                ? `add a NetworkAttachmentDefinition "${name}" to the package, or use one of ${known.map((n) => `"${n}"`).join(', ')}`
                : `use the lower-case name of the NetworkAttachmentDefinition`,
          });
        });
      }
    }
  },
};
