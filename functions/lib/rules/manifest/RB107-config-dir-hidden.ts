import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { extraVols } from './helpers.js';
import { manifestIndex } from './model.js';

const SERVICE_DIRS = ['/etc/cinder', '/etc/manila', '/etc/glance'];
/** A last path segment that names a file (cert.pem, ssh_key, nfs_shares.conf). */
const FILE_LIKE = /\.(?!d$)[A-Za-z0-9]{1,8}$|(^|[_-])(key|cert|keyring|shares)$/;

export const configDirHidden: Rule<ManifestRuleContext> = {
  id: 'RB107',
  name: 'config-dir-hidden',
  severity: 'error',
  summary: 'A single file is mounted into /etc/cinder, /etc/manila or /etc/glance without `subPath`.',
  why: 'A volume mount replaces the whole target directory: mounting at /etc/cinder hides cinder.conf and the operator\'s config snippets, and mounting at /etc/cinder/ca.pem without subPath creates a directory named ca.pem instead of the file.',
  fix: '`mountPath: /etc/cinder` -> `mountPath: /etc/cinder/ca.pem` with `subPath: ca.pem`',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const ev of extraVols(cp)) {
        ev.mounts.forEach((m, i) => {
          if (typeof m.mountPath !== 'string' || m.subPath || m.subPathExpr) return;
          const p = m.mountPath.length > 1 ? m.mountPath.replace(/\/+$/, '') : m.mountPath;
          const dir = SERVICE_DIRS.find((d) => p === d || p.startsWith(`${d}/`));
          if (!dir) return;
          const base = p.slice(p.lastIndexOf('/') + 1);
          if (p === dir) {
            report({
              item: cp.item,
              path: [...ev.path, 'mounts', i, 'mountPath'],
              message: `mounting a volume at ${dir} hides the whole directory (the service's own configuration)`,
              hint: `mount the file at ${dir}/<file> with subPath: <key>, or use another directory`,
            });
          } else if (p.split('/').length === dir.split('/').length + 1 && FILE_LIKE.test(base)) {
            report({
              item: cp.item,
              path: [...ev.path, 'mounts', i, 'mountPath'],
              message: `${p} looks like a file, but without subPath the volume is mounted as a directory named ${base}`,
              hint: `add subPath: ${base} (the key in the Secret or ConfigMap)`,
            });
          }
        });
      }
    }
  },
};
