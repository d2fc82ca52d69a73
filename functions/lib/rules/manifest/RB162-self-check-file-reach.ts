import { fieldPath } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { listPods } from './helpers.js';
import { explicitlyMounted, filePromises, mountedSecrets, normalizeDir, renderedControlPlane } from './self-check.js';

export const selfCheckFileReach: Rule<ManifestRuleContext> = {
  id: 'RB162',
  name: 'self-check-file-reach',
  severity: 'error',
  summary: 'Render self-check: a back end\'s driver file is not mounted in that back end\'s pod at its mountPath from its Secret, something else is mounted there, or its Secret reaches another pod.',
  why: 'The driver reads the file at the path its options name (a CA bundle, an XML config): missing or replaced, the driver fails or trusts the wrong thing; in another pod it is a file that pod never needs.',
  fix: 'A bug of rhoso-backends or an input it did not foresee (e.g. a hand-written extraMounts entry in the package mounting at the same path or mounting the file Secret elsewhere): remove the hand-written entry.',
  check(ctx, report) {
    const found = renderedControlPlane(ctx);
    if (!found) return;
    const { inv, cp } = found;
    const promises = filePromises(inv);
    if (promises.length === 0) return;
    const mounted = mountedSecrets(cp);
    const mountedByUnit = new Map<string, typeof mounted>();
    for (const m of mounted) mountedByUnit.set(m.unit, [...(mountedByUnit.get(m.unit) ?? []), m]);
    // Every mount of the pods that have files (not of every pod): path of its mountPath, and the directory.
    const units = new Set(promises.map((f) => f.unit));
    const mountsByPod = new Map<string, Array<{ value: string; path: (string | number)[] }>>();
    for (const { pod, takes } of cp.mounts) {
      if (!units.has(pod.id)) continue;
      mountsByPod.set(
        pod.id,
        takes.flatMap((t) => t.mounts.map((m, i) => ({ value: normalizeDir(String(m?.mountPath ?? '')), path: [...t.path, 'mounts', i, 'mountPath'] }))),
      );
    }
    const pods = new Map(cp.pods.map((p) => [p.id, p]));

    for (const f of promises) {
      const path = normalizeDir(`${f.mountPath}`);
      const atPath = (mountsByPod.get(f.unit) ?? []).filter((r) => r.value === path);
      const ours = (mountedByUnit.get(f.unit) ?? []).filter((m) => m.mountPath === path && m.secret === f.secret && (m.subPath ?? '') === f.name);
      const keyOk = ours.some((m) => !m.items || m.items.some((it) => it.path === f.name && it.key === f.key));
      if (ours.length === 0 || !keyOk) {
        report({
          item: cp.item,
          path: pods.get(f.unit)?.path ?? ['spec'],
          message: `self-check: file "${f.name}" (${fieldPath(f.at)}) is not mounted in ${f.unit} at ${path} from key "${f.key}" of Secret "${f.secret}"`,
          hint: 'the driver would not find the file its options point at; report this render as a bug',
        });
      }
      for (const other of atPath) {
        if (ours.some((m) => [...m.path, 'mountPath'].join('/') === other.path.join('/'))) continue;
        report({
          item: cp.item,
          path: other.path,
          message: `self-check: something else is mounted at ${path} in ${f.unit}, where file "${f.name}" (${fieldPath(f.at)}) belongs`,
          hint: 'remove the other mount, or give the file another mountPath',
        });
      }
    }

    // A file Secret may reach only the pods whose back ends name it (or an inventory mount's pods).
    const expected = new Map<string, Set<string>>();
    for (const f of promises) expected.set(f.secret, new Set([...(expected.get(f.secret) ?? []), f.unit]));
    const allowed = explicitlyMounted(inv, cp);
    const excess = new Map<string, { path: (string | number)[]; secret: string; pods: string[] }>();
    for (const m of mounted) {
      const units = expected.get(m.secret);
      if (!units || units.has(m.unit) || allowed.get(m.secret)?.has(m.unit)) continue;
      const key = `${m.secret}|${m.path.join('/')}`;
      const agg = excess.get(key) ?? { path: m.path, secret: m.secret, pods: [] };
      agg.pods.push(m.unit);
      excess.set(key, agg);
    }
    for (const e of excess.values()) {
      report({
        item: cp.item,
        path: e.path,
        message: `self-check: driver file Secret "${e.secret}" reaches ${listPods(e.pods)}, not only ${listPods([...expected.get(e.secret)!])}`,
        hint: 'driver files reach only their back end\'s pod (propagation [<back end>])',
      });
    }
  },
};
