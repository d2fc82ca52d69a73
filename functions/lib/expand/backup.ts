/**
 * cinder-backup. Each backup becomes cinderBackups.<name>, and the deprecated
 * cinderBackup is pinned to `{replicas: 0}`: its replicas default to 1 and the
 * webhook forbids a running cinderBackup next to cinderBackups
 * (RHOSO-FIELDS.md 2.3). With `deprecatedSingleBackup` the one backup is
 * written to cinderBackup instead.
 *
 * The tool owns only what the inventory names: cinderBackup is owned when the
 * inventory declares backups, when the tool writes the control plane
 * (generator mode, or one an earlier render generated), or when an earlier
 * render already owned it. A hand-written control plane that configures its
 * own cinderBackup (upstream samples: Ceph backup) keeps it as it is, and so
 * does one already stopped that sets pod fields (stoppedWithPodFields).
 */
import { backupDriverProfiles, renderTemplate, type BackupContext, type BackupDriverProfile } from '../catalog/index.js';
import { isMap, isScalar } from 'yaml';
import { annotationOf, labelOf } from '../io/resources.js';
import type { CinderBackup, Inventory } from '../inventory/model.js';
import { pointerOf } from '../pipeline/owned-fields.js';
import { cephTemplateContext } from './cinder.js';
import { resolveCluster } from './ceph.js';
import { backupNodeSelector } from '../hosts/placement.js';
import type { ExpandContext } from './context.js';
import { expandCredentials } from './credentials.js';
import { optionPairs, tidyIni } from './ini.js';
import { MANAGED_BY, MANAGED_BY_LABEL, MANAGED_FIELDS_ANNOTATION, type Expansion } from './plan.js';

export type BackupDriver = BackupDriverProfile;

/** What each cinder backup driver needs: data in catalog/backup-drivers/<id>.yaml. */
export const BACKUP_DRIVERS = backupDriverProfiles;

const TEMPLATE = ['spec', 'cinder', 'template'];

/** True when the inventory says anything about cinder (so the tool owns cinderBackup). */
export function hasCinder(inv: Inventory): boolean {
  return inv.cinder.backends.length > 0 || inv.cinder.backups.length > 0;
}

export function expandBackup(ctx: ExpandContext, out: Expansion): void {
  const inv = ctx.inventory;
  if (!hasCinder(inv)) return;
  const single = inv.cinder.backups.length === 1 && inv.cinder.backups[0].deprecatedSingleBackup ? inv.cinder.backups[0] : undefined;
  if (single) {
    out.controlPlane.push({ kind: 'key', path: TEMPLATE, key: 'cinderBackup', value: backupService(ctx, single, out), origin: single.at });
    return;
  }
  if (ownsCinderBackup(ctx)) {
    out.controlPlane.push({
      kind: 'key',
      path: TEMPLATE,
      key: 'cinderBackup',
      value: { replicas: 0 },
      origin: inv.cinder.backups[0]?.at ?? ['spec', 'cinder'],
    });
  }
  for (const b of inv.cinder.backups) {
    out.controlPlane.push({ kind: 'key', path: [...TEMPLATE, 'cinderBackups'], key: b.name, value: backupService(ctx, b, out), origin: b.at });
  }
}

function ownsCinderBackup(ctx: ExpandContext): boolean {
  const cp = ctx.controlPlane;
  if (!cp) return true;
  if (labelOf(cp, MANAGED_BY_LABEL) === MANAGED_BY) return true;
  const owned = annotationOf(cp, MANAGED_FIELDS_ANNOTATION) ?? '';
  if (owned.includes(JSON.stringify(pointerOf({ kind: 'key', path: TEMPLATE, key: 'cinderBackup' })))) return true;
  if (ctx.inventory.cinder.backups.length === 0) return false;
  return !stoppedWithPodFields(cp.doc.getIn([...TEMPLATE, 'cinderBackup']));
}

/**
 * A hand-written cinderBackup already stopped (replicas: 0, what the pin
 * writes) that also sets pod fields (the architecture DCN examples'
 * networkAttachments): it stays the user's. Owning it would refuse it on
 * adoption, or drop those fields once `adopt` hands it over.
 */
function stoppedWithPodFields(node: unknown): boolean {
  if (!isMap(node) || node.get('replicas') !== 0) return false;
  return node.items.some((pair) => !(isScalar(pair.key) && pair.key.value === 'replicas'));
}

function backupService(ctx: ExpandContext, b: CinderBackup, out: Expansion): Record<string, unknown> {
  const driver = BACKUP_DRIVERS[b.driver];
  const service: Record<string, unknown> = {};
  service.customServiceConfig = tidyIni(
    renderTemplate(driver.template, {
      availabilityZone: b.availabilityZone,
      ceph: driver.needsCephCluster ? cephTemplateContext(resolveCluster(ctx.inventory, b.cluster), 'cinderBackup') : undefined,
      options: optionPairs(b.options),
      extraConfig: '',
    } satisfies BackupContext),
  );
  // Backup options live in [DEFAULT], so the credentials fragment does too.
  const secret = expandCredentials(ctx, { component: 'cinder-backup', name: b.name, section: 'DEFAULT', credentials: b.credentials, at: b.at }, out);
  if (secret) service.customServiceConfigSecrets = [secret];
  service.networkAttachments = b.networkAttachments ?? ['storage'];
  const nodeSelector = backupNodeSelector(ctx.inventory, b);
  if (nodeSelector) service.nodeSelector = nodeSelector;
  if (b.topologyRef) service.topologyRef = b.topologyRef;
  service.replicas = b.replicas;
  return service;
}
