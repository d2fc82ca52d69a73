import { knownClasses } from '../../catalog/index.js';
import { inTreeClasses, lookupClass, type ClassList } from '../../catalog/known-classes.js';
import { nearest } from '../../diagnostics/did-you-mean.js';
import { valuesOf, type IniEntry } from '../../ini/parse.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { atIni } from './helpers.js';
import { manifestIndex, type Config } from './model.js';

/** The nearest known class: same class name in another module first (wrong module), then by spelling. */
export function nearestClass(value: string, known: readonly string[]): string | undefined {
  const className = value.slice(value.lastIndexOf('.') + 1);
  const sameName = known.filter((k) => k.slice(k.lastIndexOf('.') + 1) === className);
  if (sameName.length > 0) return nearest(value, sameName, Infinity);
  return nearest(value, known, Math.max(3, Math.floor(value.length / 8)));
}

/** Which driver option each component reads, and which class list checks it. */
const DRIVER_OPTIONS: Array<{ service: 'cinder' | 'manila'; fields: string[]; key: string; list: ClassList }> = [
  { service: 'cinder', fields: ['cinderVolumes'], key: 'volume_driver', list: 'cinder-volume' },
  { service: 'cinder', fields: ['cinderBackup', 'cinderBackups', 'template'], key: 'backup_driver', list: 'cinder-backup' },
  { service: 'manila', fields: ['manilaShares'], key: 'share_driver', list: 'manila-share' },
];

export const unknownDriverClass: Rule<ManifestRuleContext> = {
  id: 'RB120',
  name: 'unknown-driver-class',
  severity: 'warning',
  summary:
    'A `volume_driver`, `backup_driver` or `share_driver` class is not an in-tree driver of cinder / manila 2023.1 (what RHOSO 18 ships) nor in the catalog: an error when its module exists but defines no such class, a warning when the module is unknown (out-of-tree driver or typo) or the path is a deprecated alias.',
  why: 'A class the module does not define (`hpe_3par_iscsi.HPE3PARFCDriver`) makes the service crash at start-up; a misspelt module (`netapp.c1ommon`) is either a typo or a driver RHOSO does not ship; the catalog also tells which back ends need a partner image.',
  fix: '`volume_driver = cinder.volume.drivers.netapp.c1ommon.NetAppDriver` -> `volume_driver = cinder.volume.drivers.netapp.common.NetAppDriver`',
  check(ctx, report) {
    // `driver: custom` in the inventory says "a class the catalog does not know": warn only when it looks like a typo of a known one.
    const custom = {
      cinder: new Set((ctx.inventory?.cinder.backends ?? []).filter((b) => b.driver === 'custom').map((b) => b.name)),
      manila: new Set((ctx.inventory?.manila.backends ?? []).filter((b) => b.driver === 'custom').map((b) => b.name)),
    };
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const c of cp.components) {
        if (!c.config || c.service === 'glance') continue;
        for (const option of DRIVER_OPTIONS) {
          if (option.service !== c.service || !option.fields.includes(c.field)) continue;
          const catalog = option.list === 'cinder-backup' ? [] : knownClasses(c.service);
          for (const entry of valuesOf(c.config.ini, option.key)) {
            if (catalog.includes(entry.value)) continue;
            checkEntry(c.config, entry, option.list, catalog, c.key !== undefined && custom[c.service].has(c.key), report);
          }
        }
      }
    }
  },
};

function checkEntry(config: Config, entry: IniEntry, list: ClassList, catalog: readonly string[], custom: boolean, report: Parameters<Rule<ManifestRuleContext>['check']>[1]): void {
  const at = atIni(config, entry, entry.valueColumn);
  const found = lookupClass(list, entry.value);
  const known = [...new Set([...inTreeClasses(list), ...catalog])].sort();
  switch (found.status) {
    case 'known':
      return;
    case 'deprecated':
      report({ ...at, message: `${entry.key} "${entry.value}" is a deprecated path that ${list.split('-')[0]} maps to "${found.replacement}"`, hint: `write "${found.replacement}"` });
      return;
    case 'missing-class': {
      const near = nearestClass(entry.value, known) ?? nearest(entry.value, found.classes, Infinity);
      report({
        ...at,
        severity: 'error',
        message: `${entry.key} "${entry.value}": module ${found.module} defines no such driver class in ${list.split('-')[0]} 2023.1, so the service fails to start`,
        hint: near ? `did you mean "${near}"?` : `the module defines: ${found.classes.join(', ') || 'no driver class'}`,
      });
      return;
    }
    case 'unknown-module': {
      const near = nearestClass(entry.value, known);
      if (!near && custom) return;
      report({
        ...at,
        message: `${entry.key} "${entry.value}" is not an in-tree ${list.replace('-', ' ')} driver of 2023.1 nor a class rhoso-backends knows`,
        hint: near ? `did you mean "${near}"?` : 'check the class name against the vendor guide; its options and image needs cannot be checked',
      });
    }
  }
}
