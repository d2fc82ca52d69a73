/**
 * spec.services edits for a node set that reads Ceph (DATAPLANE.md §1.4):
 * `ceph-client` before `libvirt` (it copies the Ceph files libvirt reads),
 * and the custom nova service in place of `nova` (services are de-duplicated
 * by edpmServiceType and the first wins, so both would drop the Ceph config).
 * What the tool changed is recorded, so a later run can undo exactly that:
 * the user's own entries and order are never touched.
 */
import { CEPH_CLIENT_SERVICE, LIBVIRT_SERVICE, NOVA_SERVICE } from './computes.js';

/** Services ceph-client goes before (it must precede libvirt, which reads the files it copies). */
const FIRST_COMPUTE_SERVICES = ['ovn', 'neutron-metadata', LIBVIRT_SERVICE, NOVA_SERVICE];

export interface ServicesOwnership {
  /** Services the tool inserted. */
  inserted: string[];
  /** Services the tool put in place of the user's: ours -> theirs. */
  replaced: Record<string, string>;
}

export const noServicesOwnership = (): ServicesOwnership => ({ inserted: [], replaced: {} });

/** The list as the user wrote it: what an earlier run did, undone. */
export function undoServices(list: readonly string[], owned: ServicesOwnership): string[] {
  const out: string[] = [];
  for (const s of list) {
    if (owned.replaced[s] !== undefined) out.push(owned.replaced[s]);
    else if (!owned.inserted.includes(s)) out.push(s);
  }
  return out;
}

/** The user's list with the Ceph services in place, and what that took. */
export function withCephServices(userList: readonly string[], novaService: string): { list: string[]; owned: ServicesOwnership } {
  const list = [...userList];
  const owned = noServicesOwnership();
  if (!list.includes(CEPH_CLIENT_SERVICE)) {
    // Where upstream puts it (architecture va/hci, dt/dcn): after install-certs, before the first compute service.
    const before = [...FIRST_COMPUTE_SERVICES, novaService].map((s) => list.indexOf(s)).filter((i) => i >= 0);
    const at = before.length ? Math.min(...before) : list.length;
    list.splice(at, 0, CEPH_CLIENT_SERVICE);
    owned.inserted.push(CEPH_CLIENT_SERVICE);
  }
  if (!list.includes(novaService)) {
    const nova = list.indexOf(NOVA_SERVICE);
    if (nova >= 0) {
      list[nova] = novaService;
      owned.replaced[novaService] = NOVA_SERVICE;
    } else {
      const libvirt = list.indexOf(LIBVIRT_SERVICE);
      list.splice(libvirt >= 0 ? libvirt + 1 : list.length, 0, novaService);
      owned.inserted.push(novaService);
    }
  }
  return { list, owned };
}
