/**
 * Volumes and mount paths the operators already give their pods
 * (RHOSO-FIELDS.md 1.4, VENDORS.md section 2). extraMounts must not reuse them.
 */
const COMMON_NAMES = ['etc-machine-id', 'scripts', 'config-data', 'config-data-custom', 'combined-ca-bundle'];
const COMMON_PATHS = ['/etc/machine-id', '/usr/local/bin/container-scripts', '/var/lib/kolla/config_files/config.json'];
/** Paths under which the operators mount their generated configuration. */
export const RESERVED_PATH_PREFIXES = ['/var/lib/config-data'];

const CINDER_HOST_NAMES = ['var-lib-cinder', 'etc-nvme', 'etc-iscsi', 'dev', 'lib-modules', 'run', 'sys', 'var-locks-brick', 'var-locks-cinder'];
const CINDER_HOST_PATHS = ['/var/lib/cinder', '/etc/nvme', '/etc/iscsi', '/dev', '/lib/modules', '/run', '/sys'];

export function builtinVolumeNames(service: string): Set<string> {
  if (service === 'cinder') return new Set([...COMMON_NAMES, ...CINDER_HOST_NAMES]);
  if (service === 'glance') return new Set([...COMMON_NAMES, 'glance-cache', 'logs', 'glance-config-dir']);
  return new Set(COMMON_NAMES);
}

export function builtinMountPaths(service: string, component: string): Set<string> {
  const out = new Set(COMMON_PATHS);
  if (service === 'cinder') out.add('/etc/cinder/cinder.conf.d');
  if (component === 'cinder-volume' || component === 'cinder-backup') for (const p of CINDER_HOST_PATHS) out.add(p);
  return out;
}
