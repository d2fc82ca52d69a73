/**
 * Which extraVol entries carry a Ceph cluster's files, and which pods read
 * them: the input of the least-privilege rules (RB111, RB173). A pod "uses
 * Ceph" when its visible configuration (its own customServiceConfig and its
 * service template's) has a Ceph driver or store; `undefined` when it cannot
 * be told (the configuration lives in Secrets, or the file is a patch).
 */
import type { Pod } from '../../propagation/simulate.js';
import { valuesOf, type IniDocument } from '../../ini/parse.js';
import { enabledStores } from './glance.js';
import type { ExtraVolRef } from './helpers.js';
import type { Component, ControlPlane } from './model.js';
import { secretsOfVolume } from '../../manifest/volume-references.js';

/** An entry that mounts Ceph files: extraVolType Ceph, a mount at /etc/ceph, or a Secret named like a Ceph one. */
export function isCephEntry(ev: ExtraVolRef): boolean {
  if (ev.vol.extraVolType === 'Ceph') return true;
  if (ev.mounts.some((m) => typeof m.mountPath === 'string' && /^\/etc\/ceph\/?$/.test(m.mountPath))) return true;
  return ev.volumes.flatMap(secretsOfVolume).some((s) => /ceph/i.test(s));
}

const CEPH_DRIVER: Record<string, { key: string; test: RegExp; keyPrefix: string }> = {
  'cinder-volume': { key: 'volume_driver', test: /\.rbd\.RBDDriver$|\.ceph\.rbd_iscsi\./, keyPrefix: 'rbd_' },
  'cinder-backup': { key: 'backup_driver', test: /\.backup\.drivers\.ceph\./, keyPrefix: 'backup_ceph_' },
  'manila-share': { key: 'share_driver', test: /\.cephfs\./, keyPrefix: 'cephfs_' },
};

/**
 * A control plane's components by service and field path, and each service's template: the first of each, as a
 * linear `find` would give. Built once per control plane: a 1,000-back-end one has as many components and pods,
 * and RB111 / RB173 ask about pods for every Ceph entry.
 */
interface ComponentLookup {
  byPath: Map<string, Component>;
  templates: Map<string, Component>;
  /** podUsesCeph per pod, computed once. */
  usesCeph: Map<Pod, boolean | undefined>;
}
const lookups = new WeakMap<ControlPlane, ComponentLookup>();

function lookupOf(cp: ControlPlane): ComponentLookup {
  let l = lookups.get(cp);
  if (!l) {
    l = { byPath: new Map(), templates: new Map(), usesCeph: new Map() };
    for (const c of cp.components) {
      const key = `${c.service}\0${fieldPath(c)}`;
      if (!l.byPath.has(key)) l.byPath.set(key, c);
      if (c.field === 'template' && !l.templates.has(c.service)) l.templates.set(c.service, c);
    }
    lookups.set(cp, l);
  }
  return l;
}

/** The component at the pod's path and its service's template (either may be missing). */
function componentsOf(cp: ControlPlane, pod: Pod): { own?: Component; template?: Component } {
  const l = lookupOf(cp);
  return { own: l.byPath.get(`${pod.service}\0${pod.path.join('.')}`), template: l.templates.get(pod.service) };
}

function configsOf(cp: ControlPlane, pod: Pod): IniDocument[] {
  const { own, template } = componentsOf(cp, pod);
  return [own, template].filter((c): c is Component => c?.config !== undefined).map((c) => c.config!.ini);
}

const fieldPath = (c: Component) => c.path.join('.');

/** true: the pod reads a Ceph cluster's files; false: its configuration shows it does not; undefined: cannot tell. */
export function podUsesCeph(cp: ControlPlane, pod: Pod): boolean | undefined {
  const known = lookupOf(cp).usesCeph;
  if (known.has(pod)) return known.get(pod);
  const uses = usesCeph(cp, pod);
  known.set(pod, uses);
  return uses;
}

function usesCeph(cp: ControlPlane, pod: Pod): boolean | undefined {
  if (pod.component === 'glance-api') {
    const { own: api, template } = componentsOf(cp, pod);
    const stores = (api && enabledStores(api)) ?? (template && enabledStores(template));
    if (stores) return stores.some((s) => s.type === 'rbd');
    return undefined;
  }
  const rule = CEPH_DRIVER[pod.component];
  if (!rule) return undefined;
  const docs = configsOf(cp, pod);
  if (docs.some((d) => d.entries.some((e) => e.key.startsWith(rule.keyPrefix)))) return true;
  const drivers = docs.flatMap((d) => valuesOf(d, rule.key));
  if (drivers.length === 0) return undefined;
  return drivers.some((e) => rule.test.test(e.value));
}
