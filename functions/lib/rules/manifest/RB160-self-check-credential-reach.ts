import { fieldPath } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { listPods } from './helpers.js';
import { credentialPromises, explicitlyMounted, listedSecrets, mountedSecrets, renderedControlPlane, unitOf } from './self-check.js';

export const selfCheckCredentialReach: Rule<ManifestRuleContext> = {
  id: 'RB160',
  name: 'self-check-credential-reach',
  severity: 'error',
  summary: 'Render self-check: a back end\'s credentials Secret does not reach exactly that back end\'s pods through customServiceConfigSecrets.',
  why: 'The inventory promises least privilege: array and store credentials reach only the pods of their back end, as an INI fragment. A pod without it cannot log in to its array; any other pod holding it (listed, or mounted as a volume) holds credentials it never needs.',
  fix: 'A bug of rhoso-backends or an input it did not foresee (e.g. a hand-written entry in the package that lists or mounts the Secret): remove the hand-written reference, and report the case.',
  check(ctx, report) {
    const found = renderedControlPlane(ctx);
    if (!found) return;
    const { inv, cp } = found;
    const promises = credentialPromises(inv);
    if (promises.size === 0) return;
    const listed = listedSecrets(cp);
    const componentByUnit = new Map(cp.components.map((c) => [unitOf(c), c]));
    const where = (origins: (string | number)[][]) => [...new Set(origins.map((o) => fieldPath(o)))].join(', ');
    const listingBySecret = new Map<string, Set<string>>();
    for (const l of listed) listingBySecret.set(l.secret, (listingBySecret.get(l.secret) ?? new Set()).add(l.unit));
    for (const p of promises.values()) {
      const listing = listingBySecret.get(p.secret);
      for (const unit of p.units) {
        if (listing?.has(unit)) continue;
        const c = componentByUnit.get(unit);
        report({
          item: cp.item,
          path: c ? [...c.path, 'customServiceConfigSecrets'] : ['spec'],
          message: `self-check: credentials Secret "${p.secret}" (${where(p.origins)}) does not reach ${unit}: ${c ? 'it is not in its customServiceConfigSecrets' : 'the pod is not in the control plane'}`,
          hint: 'the pod would start without its back end\'s credentials; report this render as a bug',
        });
      }
    }
    for (const l of listed) {
      const p = promises.get(l.secret);
      if (!p || p.units.has(l.unit)) continue;
      report({
        item: cp.item,
        path: l.path,
        message: `self-check: credentials Secret "${l.secret}" (${where(p.origins)}) reaches ${l.unit}, which is not its back end's pod`,
        hint: `list "${l.secret}" only in the customServiceConfigSecrets of ${listPods([...p.units])}`,
      });
    }
    // Mounted as a volume: the credentials land as files, in pods the propagation picks.
    const allowed = explicitlyMounted(inv, cp);
    const byMount = new Map<string, { path: (string | number)[]; secret: string; pods: string[] }>();
    for (const m of mountedSecrets(cp)) {
      if (!promises.has(m.secret) || allowed.get(m.secret)?.has(m.unit)) continue;
      const key = `${m.secret}|${m.path.join('/')}`;
      const agg = byMount.get(key) ?? { path: m.path, secret: m.secret, pods: [] };
      agg.pods.push(m.unit);
      byMount.set(key, agg);
    }
    for (const m of byMount.values()) {
      report({
        item: cp.item,
        path: m.path,
        message: `self-check: credentials Secret "${m.secret}" (${where(promises.get(m.secret)!.origins)}) is mounted as a volume in ${listPods(m.pods)}; credentials reach pods only through customServiceConfigSecrets`,
        hint: 'remove this extraMounts volume; the back end already gets its credentials as an INI fragment',
      });
    }
  },
};
