import { fieldPath } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { listPods } from './helpers.js';
import { cephPromises, explicitlyMounted, type CephPromise, listedSecrets, mountedSecrets, renderedControlPlane } from './self-check.js';

export const selfCheckCephReach: Rule<ManifestRuleContext> = {
  id: 'RB161',
  name: 'self-check-ceph-reach',
  severity: 'error',
  summary: 'Render self-check: a Ceph cluster\'s Secret does not reach exactly the pods that read that cluster, at the cluster\'s mountPath (a warning where the operators\' propagation cannot do better: every cinder-backup pod gets what any Ceph backup reads).',
  why: 'A pod that reads a cluster without its <name>.conf and keyring cannot start its driver; a pod that does not read it holds a Ceph keyring it never needs. Listed in customServiceConfigSecrets, ceph.conf would be concatenated into the service\'s own config. cinder-backup pods have no per-instance propagation value (RHOSO-FIELDS.md 1.3), so that excess is reported as a warning.',
  fix: 'A bug of rhoso-backends or an input it did not foresee (e.g. a hand-written extraMounts entry in the package that mounts the cluster Secret more widely): narrow or remove the hand-written entry. For the cinder-backup warning: give backups of different clusters one cluster Secret they may all read, or accept it.',
  check(ctx, report) {
    const found = renderedControlPlane(ctx);
    if (!found) return;
    const { inv, cp } = found;
    const { promises, backupForced } = cephPromises(inv);
    const clusterSecrets = new Set(inv.ceph.map((c) => c.secretName));
    if (clusterSecrets.size === 0) return;
    const where = (secret: string) => {
      const origins = promises.get(secret)?.origins ?? [];
      return origins.length ? ` (read by ${[...new Set(origins.map((o) => fieldPath(o)))].join(', ')})` : '';
    };
    const mounted = mountedSecrets(cp).filter((m) => clusterSecrets.has(m.secret));
    const allowed = explicitlyMounted(inv, cp);
    const backupPods = cp.pods.filter((p) => p.component === 'cinder-backup').map((p) => p.id);

    // Directories any backup pod needs a Secret at: every backup pod gets them all.
    const backupKeys = (p: CephPromise, unit: string) => (backupPods.includes(unit) ? new Set([...p.keys].filter(([u]) => backupPods.includes(u)).flatMap(([, k]) => [...k])) : new Set<string>());
    const backupDirs = (p: CephPromise) => new Set([...p.dirs].filter(([u]) => backupPods.includes(u)).flatMap(([, d]) => [...d]));
    const mountedAt = new Map<string, typeof mounted>();
    for (const m of mounted) mountedAt.set(`${m.secret}|${m.unit}`, [...(mountedAt.get(`${m.secret}|${m.unit}`) ?? []), m]);
    const pods = new Map(cp.pods.map((x) => [x.id, x]));
    for (const p of promises.values()) {
      for (const unit of p.units) {
        const here = mountedAt.get(`${p.secret}|${unit}`) ?? [];
        const pod = pods.get(unit);
        const dirs = p.dirs.get(unit) ?? new Set<string>();
        for (const dir of dirs) {
          if (here.some((m) => m.mountPath === dir)) continue;
          report({
            item: cp.item,
            path: pod?.path ?? ['spec'],
            message: `self-check: Ceph Secret "${p.secret}"${where(p.secret)} does not reach ${unit} at ${dir}`,
            hint: 'the pod would not find its cluster\'s config and keyring there; report this render as a bug',
          });
        }
        // Per-service users: the pod mounts the conf and its own keyring, no other keyring of the cluster.
        const keys = p.keys.get(unit);
        if (keys && here.length > 0) {
          const whole = here.find((m) => !m.items);
          const got = new Set(here.flatMap((m) => (m.items ?? []).map((it) => it.key)));
          const missing = [...keys].filter((k) => !got.has(k));
          const foreign = [...got].filter((k) => k.endsWith('.keyring') && !keys.has(k) && ![...backupKeys(p, unit)].includes(k));
          if (whole || missing.length || foreign.length) {
            report({
              item: cp.item,
              path: [...(whole ?? here[0]).path],
              message: whole
                ? `self-check: ${unit} mounts all of Ceph Secret "${p.secret}", the keyrings of every service user included; it reads only ${[...keys].join(', ')}`
                : `self-check: ${unit} mounts ${missing.length ? `Ceph Secret "${p.secret}" without ${missing.join(', ')}` : ''}${missing.length && foreign.length ? ' and ' : ''}${foreign.length ? `the keyring${foreign.length > 1 ? 's' : ''} ${foreign.join(', ')} of another service user` : ''}`,
              hint: `select exactly ${[...keys].join(', ')} with secret items`,
            });
          }
        }
        for (const m of here) {
          if (dirs.has(m.mountPath)) continue;
          if (backupPods.includes(unit) && backupDirs(p).has(m.mountPath)) {
            report({
              item: cp.item,
              path: [...m.path, 'mountPath'],
              severity: 'warning',
              message: `Ceph Secret "${p.secret}" is also mounted in ${unit} at ${m.mountPath}, where another backup reads it: cinder-backup pods cannot be targeted one by one (propagation CinderBackup reaches all of them)`,
              hint: 'a documented operator limit (docs/storage-services.md); nothing to change unless the keyrings must stay apart',
            });
            continue;
          }
          report({
            item: cp.item,
            path: [...m.path, 'mountPath'],
            message: `self-check: Ceph Secret "${p.secret}" is mounted in ${unit} at ${m.mountPath}, not at its cluster's mountPath (${[...dirs].join(', ')})`,
            hint: `mount it at ${[...dirs][0]} (the directory the cluster's conf and keyring are looked up in)`,
          });
        }
      }
    }

    // Pods that receive a cluster Secret they do not read, grouped by the mount that brings it.
    const excess = new Map<string, { path: (string | number)[]; secret: string; forced: string[]; wrong: string[] }>();
    for (const m of mounted) {
      const p = promises.get(m.secret);
      if (p?.units.has(m.unit) || allowed.get(m.secret)?.has(m.unit)) continue;
      const key = `${m.secret}|${m.path.join('/')}`;
      const agg = excess.get(key) ?? { path: m.path, secret: m.secret, forced: [], wrong: [] };
      // Some backup pod reads it: CinderBackup is the narrowest value that reaches it (no per-instance value).
      if (backupForced.has(m.secret) && backupPods.includes(m.unit)) agg.forced.push(m.unit);
      else agg.wrong.push(m.unit);
      excess.set(key, agg);
    }
    for (const e of excess.values()) {
      if (e.wrong.length) {
        report({
          item: cp.item,
          path: e.path,
          message: `self-check: Ceph Secret "${e.secret}"${where(e.secret)} reaches ${listPods(e.wrong)}, which ${e.wrong.length === 1 ? 'does' : 'do'} not read that cluster`,
          hint: 'propagate the cluster Secret only to the pods of the back ends, backups, shares and glance APIs that use the cluster',
        });
      }
      if (e.forced.length) {
        report({
          item: cp.item,
          path: e.path,
          severity: 'warning',
          message: `Ceph Secret "${e.secret}"${where(e.secret)} also reaches ${listPods(e.forced)}, which ${e.forced.length === 1 ? 'does' : 'do'} not read that cluster: cinder-backup pods cannot be targeted one by one (propagation CinderBackup reaches all of them)`,
          hint: 'a documented operator limit (docs/storage-services.md); nothing to change unless the keyrings must stay apart, then run those backups on one cluster',
        });
      }
    }

    for (const l of listedSecrets(cp)) {
      if (!clusterSecrets.has(l.secret)) continue;
      report({
        item: cp.item,
        path: l.path,
        message: `self-check: Ceph Secret "${l.secret}" is listed in customServiceConfigSecrets of ${l.unit}: the operator would concatenate ceph.conf and the keyring into the service's config`,
        hint: 'cluster Secrets are mounted through extraMounts only',
      });
    }
  },
};
