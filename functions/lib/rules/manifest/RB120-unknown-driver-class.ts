import { knownClasses } from '../../catalog/index.js';
import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { atIni } from './helpers.js';
import { manifestIndex } from './model.js';

/** The nearest known class: same class name in another module first (wrong module), then by spelling. */
export function nearestClass(value: string, known: readonly string[]): string | undefined {
  const className = value.slice(value.lastIndexOf('.') + 1);
  const sameName = known.filter((k) => k.slice(k.lastIndexOf('.') + 1) === className);
  if (sameName.length > 0) return nearest(value, sameName, Infinity);
  return nearest(value, known, Math.max(3, Math.floor(value.length / 8)));
}

export const unknownDriverClass: Rule<ManifestRuleContext> = {
  id: 'RB120',
  name: 'unknown-driver-class',
  severity: 'warning',
  summary: 'A `volume_driver` / `share_driver` class is not in the catalog of known cinder and manila drivers.',
  why: 'A misspelled class (`netapp.c1ommon.NetAppDriver`, a FC class in the iSCSI module) makes the volume service crash at start-up; the catalog also tells which back ends need a partner image.',
  fix: '`volume_driver = cinder.volume.drivers.netapp.c1ommon.NetAppDriver` -> `volume_driver = cinder.volume.drivers.netapp.common.NetAppDriver`',
  check(ctx, report) {
    const known = { cinder: knownClasses('cinder'), manila: knownClasses('manila') };
    // `driver: custom` in the inventory says "a class the catalog does not know": warn only when it looks like a typo of a known one.
    const custom = {
      cinder: new Set((ctx.inventory?.cinder.backends ?? []).filter((b) => b.driver === 'custom').map((b) => b.name)),
      manila: new Set((ctx.inventory?.manila.backends ?? []).filter((b) => b.driver === 'custom').map((b) => b.name)),
    };
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const b of cp.backends) {
        if (b.service === 'glance') continue;
        for (const entry of b.driverEntries) {
          const list = known[b.service];
          if (list.length === 0 || list.includes(entry.value)) continue;
          const near = nearestClass(entry.value, list);
          if (!near && custom[b.service].has(b.key)) continue;
          report({
            ...atIni(b.config!, entry, entry.valueColumn),
            message: `${entry.key} "${entry.value}" is not a ${b.service} driver class rhoso-backends knows`,
            hint: near ? `did you mean "${near}"?` : 'check the class name against the vendor guide; its options and image needs cannot be checked',
          });
        }
      }
    }
  },
};
