import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

/** Volume sources extraMounts accepts (RHOSO-FIELDS.md 1.1): main, plus what the 18 line still has. */
export const VOLUME_SOURCES = {
  main: ['secret', 'configMap', 'projected', 'emptyDir', 'nfs', 'persistentVolumeClaim', 'csi'],
  '18-stable': ['secret', 'configMap', 'projected', 'emptyDir', 'nfs', 'persistentVolumeClaim', 'csi', 'hostPath', 'iscsi', 'fc', 'cephfs', 'downwardAPI', 'scaleIO', 'storageos'],
} as const;

export const mountVolumeSource: Rule<InventoryRuleContext> = {
  id: 'RB029',
  name: 'mount-volume-source',
  severity: 'error',
  summary: 'A mount\'s volume does not have exactly one volume source the operator line accepts, or uses the wrong key inside it (secret.name instead of secretName).',
  why: 'The API server prunes unknown fields, so the volume arrives without a source and the pod is rejected; main dropped hostPath, iscsi, fc and cephfs (lib-common #729).',
  fix: '`volume: {secret: {name: ca}}` -> `volume: {secret: {secretName: ca}}`; `volume: {hostPath: ...}` on main -> an nfs, csi or persistentVolumeClaim source.',
  check({ inventory, item }, report) {
    const line = inventory.operatorLine;
    const accepted: readonly string[] = VOLUME_SOURCES[line];
    const all: readonly string[] = VOLUME_SOURCES['18-stable'];
    for (const m of inventory.mounts) {
      const at = [...m.at, 'volume'];
      const keys = Object.keys(m.volume);
      if (keys.length !== 1) {
        report({ item, path: at, message: keys.length === 0 ? 'the volume has no source' : `the volume has ${keys.length} sources (${keys.join(', ')}); a volume has exactly one`, hint: `write one of: ${accepted.join(', ')}` });
        continue;
      }
      const [kind] = keys;
      if (!accepted.includes(kind)) {
        const known = all.includes(kind);
        report({
          item,
          path: [...at, kind],
          key: true,
          message: known ? `volume source ${kind} is not accepted by the ${line} operators` : `"${kind}" is not a volume source`,
          hint: known ? `use one of: ${accepted.join(', ')}` : didYouMean(kind, accepted) || `write one of: ${accepted.join(', ')}`,
        });
        continue;
      }
      const body = m.volume[kind] as Record<string, unknown> | null;
      if (kind === 'secret' && body && typeof body === 'object' && 'name' in body && !('secretName' in body)) {
        report({ item, path: [...at, 'secret', 'name'], key: true, message: 'a secret volume names its Secret with secretName, not name', hint: 'write secretName: <Secret>' });
      }
    }
  },
};
