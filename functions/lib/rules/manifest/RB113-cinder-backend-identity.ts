import type { Rule } from '../rule.js';
import { valuesOf } from '../../ini/parse.js';
import type { ManifestRuleContext } from './context.js';
import { manifestIndex } from './model.js';

const IDENTITY = ['volume_backend_name', 'volume_driver'];

export const cinderBackendIdentity: Rule<ManifestRuleContext> = {
  id: 'RB113',
  name: 'cinder-backend-identity',
  severity: 'error',
  summary: 'A cinderVolumes back end lacks `volume_backend_name` or `volume_driver` in its customServiceConfig (for example because they sit only in a Secret).',
  why: 'cinder-operator fills `enabled_backends` from the sections of customServiceConfig that contain volume_backend_name, and picks LVM mode from volume_driver; it never reads the Secrets for that, so the back end is not enabled.',
  fix: 'Keep `[pure]`, `volume_backend_name = pure` and `volume_driver = ...` in customServiceConfig; put only credentials in customServiceConfigSecrets.',
  check(ctx, report) {
    const index = manifestIndex(ctx);
    for (const cp of index.controlPlanes) {
      for (const b of cp.backends) {
        // replicas: 0 is the upstream way to keep a placeholder back end that is not configured yet.
        if (b.field !== 'cinderVolumes' || b.value.replicas === 0) continue;
        if (!b.config) {
          if (!cp.partial) report({ item: cp.item, path: b.path, key: true, message: `back end "${b.key}" has no customServiceConfig: it has no driver and is never enabled`, hint: 'add customServiceConfig with [section], volume_backend_name and volume_driver' });
          continue;
        }
        const missing = IDENTITY.filter((k) => valuesOf(b.config!.ini, k).length === 0);
        if (missing.length === 0) continue;
        const secrets: string[] = Array.isArray(b.value.customServiceConfigSecrets) ? b.value.customServiceConfigSecrets : [];
        const inSecret = secrets.filter((s) => index.secretIni.get(s)?.docs.some((d) => missing.some((k) => valuesOf(d, k).length > 0)));
        report({
          item: cp.item,
          path: b.config.path,
          message: `back end "${b.key}": ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not in customServiceConfig${inSecret.length ? ` (only in Secret ${inSecret.map((s) => `"${s}"`).join(', ')}, which the operator does not inspect)` : ''}`,
          hint: `add ${missing.map((k) => `${k} = ...`).join(' and ')} to the back end's section in customServiceConfig`,
        });
      }
    }
  },
};
