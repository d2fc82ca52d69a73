/**
 * What a catalog template writes by itself: rendered once with every
 * optional part switched on and no user options, its keys are the ones import
 * leaves out of `options` (render writes them back from other fields). The
 * catalog stays the one home of this fact.
 */
import { renderTemplate } from '../catalog/index.js';
import { iniOptions } from '../ini/compare.js';

const SAMPLE_CEPH = { name: 'x', fsid: '00000000-0000-0000-0000-000000000000', user: 'u', pools: { volumes: 'v', images: 'i', backups: 'b' }, confPath: '/etc/ceph/x.conf', isDefaultName: false };
const cache = new Map<string, Map<string, Map<string, string[]>>>();

/** What a template may be told beyond its sample context (a glance store's application credential). */
export interface TemplateVariant {
  applicationCredential?: boolean;
}

/** section -> keys -> values the template writes with a sample context (section `s` for per-back-end templates). */
export function templateOutput(template: string, variant: TemplateVariant = {}): Map<string, Map<string, string[]>> {
  const key = `${template}|${JSON.stringify(variant)}`;
  let out = cache.get(key);
  if (!out) {
    const text = renderTemplate(template, {
      section: 's',
      volumeBackendName: 'v',
      shareBackendName: 'v',
      driverClass: 'c',
      availabilityZone: 'az',
      options: [],
      extraConfig: '',
      ceph: SAMPLE_CEPH,
      name: 's',
      dhss: 'False',
      protocols: 'NFS',
      description: 'd',
      datadir: '/d',
      ...variant,
    });
    out = iniOptions(text);
    cache.set(key, out);
  }
  return out;
}

/** Keys the template writes in section `section` of its output. */
export function templateKeys(template: string, section: string, variant: TemplateVariant = {}): Set<string> {
  return new Set(templateOutput(template, variant).get(section)?.keys() ?? []);
}
