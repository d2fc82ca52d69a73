/**
 * What "reproduces the storage sections of a sample" means, as data a test
 * can compare: the pods that exist, the driver each one runs, the stores
 * each glance API serves, what each pod receives through extraMounts (by
 * simulating the operators' matching algorithm), and the OpenStackVersion
 * image keys. INI text, comments and volume names are deliberately not
 * compared: two renders that differ only there deploy the same thing.
 */
import { podsOf } from '../../functions/lib/propagation/simulate.js';
import { sourceReachByPod } from '../support/reach.js';

type Obj = Record<string, any>;

const iniValue = (text: unknown, key: string): string | undefined => {
  if (typeof text !== 'string') return undefined;
  const m = text.match(new RegExp(`^\\s*${key}\\s*=\\s*(.*?)\\s*$`, 'm'));
  return m ? m[1].replace(/^"(.*)"$/, '$1') : undefined;
};

/** Pod id -> the driver facts that matter (driver class, protocol helper, backup driver, glance stores). */
export function driversByPod(oscp: Obj): Record<string, string> {
  const spec = oscp.spec ?? {};
  const out: Record<string, string> = {};
  for (const pod of podsOf(oscp)) {
    const at = pod.path.reduce((o: any, k) => (o == null ? undefined : o[k]), oscp) ?? {};
    // Services read their own config, falling back to the template's (manila, glance samples put it there).
    const own = at.customServiceConfig;
    const tpl = spec[pod.service]?.template?.customServiceConfig;
    const read = (key: string) => iniValue(own, key) ?? iniValue(tpl, key);
    if (pod.component === 'cinder-volume') out[pod.id] = read('volume_driver') ?? 'none';
    else if (pod.component === 'cinder-backup') out[pod.id] = read('backup_driver') ?? 'none';
    else if (pod.component === 'manila-share') out[pod.id] = [read('share_driver'), read('cephfs_protocol_helper_type'), read('driver_handles_share_servers')?.toLowerCase()].filter(Boolean).join(' ');
    else if (pod.component === 'glance-api') {
      const cfg = own && iniValue(own, 'enabled_backends') !== undefined ? own : tpl;
      const stores = (iniValue(cfg, 'enabled_backends') ?? '').split(',').map((s) => s.trim()).filter(Boolean).sort();
      out[pod.id] = `${stores.join(',')} default=${iniValue(cfg, 'default_backend')} type=${at.type ?? 'split'}`;
    }
  }
  return out;
}

/** Pod id -> what it receives through extraMounts, with projected volumes flattened into their Secrets. */
export function reachByPod(oscp: Obj): Record<string, string[]> {
  return sourceReachByPod(oscp);
}

/** The OpenStackVersion's per-back-end image keys. */
export function imageKeys(osv: Obj | undefined): { cinderVolumeImages: string[]; manilaShareImages: string[] } {
  const c = osv?.spec?.customContainerImages ?? {};
  return { cinderVolumeImages: Object.keys(c.cinderVolumeImages ?? {}).sort(), manilaShareImages: Object.keys(c.manilaShareImages ?? {}).sort() };
}
