import { nearest } from '../../diagnostics/did-you-mean.js';
import { volumeReferences } from '../../manifest/volume-references.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import type { Origin } from '../../io/resources.js';
import { extraVols } from './helpers.js';
import { externalNames, manifestIndex, type Path } from './model.js';

interface Reference {
  kind: 'Secret' | 'ConfigMap';
  name: string;
  path: Path;
}

export const missingReference: Rule<ManifestRuleContext> = {
  id: 'RB108',
  name: 'missing-referenced-secret',
  severity: 'error',
  summary: 'A Secret or ConfigMap referenced by an extraMounts volume or by customServiceConfigSecrets is neither in the package nor declared external.',
  why: 'The pod waits for the missing object (ContainerCreating) or the operator stops reconciling; a typo in the name (`…-secrets-1`) shows up only in the cluster. An error for references render generates; a warning for references written by hand (their objects usually live elsewhere), an error with --strict.',
  fix: 'Add the Secret (SealedSecret, SOPS or ExternalSecret) to the package, fix the name, or declare it: `--external NAME` or the annotation `backends.rhoso.io/external-secrets: NAME` on the control plane; in an inventory, reference it with credentials.secretName.',
  check(ctx, report) {
    const index = manifestIndex(ctx);
    const secretNames = [...index.secrets.keys()];
    for (const cp of index.controlPlanes) {
      const external = externalNames(ctx, cp);
      const refs: Reference[] = [];
      for (const ev of extraVols(cp)) {
        ev.volumes.forEach((v, i) => {
          const at: Path = [...ev.path, 'volumes', i];
          for (const r of volumeReferences(v)) if (!r.optional) refs.push({ kind: r.kind, name: r.name, path: [...at, ...r.path] });
        });
      }
      for (const c of cp.components) {
        const list = c.value.customServiceConfigSecrets;
        if (!Array.isArray(list)) continue;
        list.forEach((name, i) => typeof name === 'string' && refs.push({ kind: 'Secret', name, path: [...c.path, 'customServiceConfigSecrets', i] }));
      }
      for (const r of refs) {
        if (external.has(r.name)) continue;
        if (r.kind === 'Secret' ? index.secrets.has(r.name) : index.configMaps.has(r.name)) continue;
        const near = r.kind === 'Secret' ? nearest(r.name, secretNames, 3) : nearest(r.name, index.configMaps, 3);
        // What render generated must be complete; references written by hand keep the validate behaviour.
        const generated = ctx.mode === 'render' && isGenerated(cp.item.origins, r.path);
        report({
          item: cp.item,
          path: r.path,
          severity: generated ? 'error' : ctx.strict ? 'error' : 'warning',
          message: `${r.kind} "${r.name}" is not in the ${ctx.mode === 'render' ? 'package' : 'files given'} and not declared external`,
          hint: near
            ? `did you mean "${near}"?`
            : generated
              ? `add it to the package, or reference it from the inventory (credentials.secretName) so it is expected in the cluster`
              : `add it, or declare it with the annotation backends.rhoso.io/external-secrets on the control plane${ctx.mode === 'validate' ? ` or --external ${r.name}` : ''}`,
        });
      }
    }
  },
};

/** Is `path` inside a part of the item that render generated (an origin covers it)? */
function isGenerated(origins: readonly Origin[] | undefined, path: Path): boolean {
  return (origins ?? []).some((o) => o.path.length <= path.length && o.path.every((seg, i) => String(seg) === String(path[i])));
}
