import type { OperatorLine } from '../../inventory/model.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { extraVols } from './helpers.js';
import { manifestIndex } from './model.js';

/** Volume sources the extraMounts schema accepts per operator line (RHOSO-FIELDS.md 1.1, lib-common PR #729). */
const ACCEPTED_MAIN = ['secret', 'configMap', 'projected', 'emptyDir', 'nfs', 'persistentVolumeClaim', 'csi'];
const ACCEPTED: Record<OperatorLine, Set<string>> = {
  main: new Set(ACCEPTED_MAIN),
  '18-stable': new Set([...ACCEPTED_MAIN, 'hostPath', 'iscsi', 'fc', 'cephfs', 'downwardAPI', 'scaleIO', 'storageos']),
};
/** Every volume source of a Kubernetes Pod; unknown keys are left to the CRD schema check. */
const KUBERNETES_SOURCES = new Set([
  ...ACCEPTED['18-stable'],
  'awsElasticBlockStore', 'azureDisk', 'azureFile', 'cinder', 'ephemeral', 'flexVolume', 'flocker', 'gcePersistentDisk',
  'gitRepo', 'glusterfs', 'image', 'photonPersistentDisk', 'portworxVolume', 'quobyte', 'rbd', 'vsphereVolume',
]);

export const volumeTypeNotAccepted: Rule<ManifestRuleContext> = {
  id: 'RB105',
  name: 'volume-type-not-accepted',
  severity: 'error',
  summary: 'An extraMounts volume uses a source type the target operator line does not accept (hostPath, iscsi, fc, cephfs, ... on main).',
  why: 'The extraMounts volume schema is a subset of a Pod volume: on `main` only secret, configMap, projected, emptyDir, nfs, persistentVolumeClaim and csi remain (lib-common PR #729); the API server prunes other sources and the volume arrives without one.',
  fix: '`hostPath: {path: /etc/pki/vendor}` -> a `secret:` or `configMap:` volume with the file, or target the 18-stable line (--operator-line 18-stable / spec.operatorLine)',
  check(ctx, report) {
    const accepted = ACCEPTED[ctx.operatorLine];
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const ev of extraVols(cp)) {
        ev.volumes.forEach((vol, i) => {
          for (const source of Object.keys(vol)) {
            if (source === 'name' || !KUBERNETES_SOURCES.has(source) || accepted.has(source)) continue;
            const elsewhere = ACCEPTED['18-stable'].has(source);
            report({
              item: cp.item,
              path: [...ev.path, 'volumes', i, source],
              key: true,
              message: elsewhere
                ? `"${source}" volumes are not accepted by the ${ctx.operatorLine} operator line (only by 18-stable): the API server drops the source`
                : `"${source}" volumes are not accepted in extraMounts on any operator line`,
              hint: `use one of ${[...accepted].join(', ')}`,
            });
          }
        });
      }
    }
  },
};
