/**
 * cinder-backup. Each backup becomes cinderBackups.<name>, and the deprecated
 * cinderBackup is pinned to `{replicas: 0}`: its replicas default to 1 and the
 * webhook forbids a running cinderBackup next to cinderBackups
 * (RHOSO-FIELDS.md 2.3). With `deprecatedSingleBackup` the one backup is
 * written to cinderBackup instead. Both are owned entries, so transformer
 * mode on a hand-written control plane ends up consistent too.
 */
import { renderTemplate } from '../catalog/index.js';
import type { CinderBackup, Inventory } from '../inventory/model.js';
import { cephTemplateContext } from './cinder.js';
import { resolveCluster } from './ceph.js';
import type { ExpandContext } from './context.js';
import { expandCredentials } from './credentials.js';
import { optionPairs, tidyIni } from './ini.js';
import type { Expansion } from './plan.js';

export interface BackupDriver {
  /** Template name in catalog/templates. */
  template: string;
  needsCephCluster?: boolean;
  /** Options that must be set (in options, or in visible credentials). */
  requiredOptions: string[];
  /** Options kept in the credentials Secret (never in customServiceConfig). */
  secretKeys: { required: string[]; optional: string[] };
  /** Known further options (did-you-mean on typos). */
  optionalOptions: string[];
}

/** What each cinder backup driver needs (cinder's backup driver options; VENDORS.md). */
export const BACKUP_DRIVERS: Record<CinderBackup['driver'], BackupDriver> = {
  ceph: {
    template: 'backup-ceph',
    needsCephCluster: true,
    requiredOptions: [],
    secretKeys: { required: [], optional: [] },
    optionalOptions: ['backup_ceph_chunk_size', 'backup_ceph_stripe_unit', 'backup_ceph_stripe_count', 'restore_discard_excess_bytes', 'backup_ceph_image_journals', 'backup_ceph_max_snapshots', 'backup_compression_algorithm'],
  },
  nfs: {
    template: 'backup-nfs',
    requiredOptions: ['backup_share'],
    secretKeys: { required: [], optional: [] },
    optionalOptions: ['backup_mount_point_base', 'backup_mount_options', 'backup_file_size', 'backup_sha_block_size_bytes', 'backup_enable_progress_timer', 'backup_container', 'backup_compression_algorithm'],
  },
  s3: {
    template: 'backup-s3',
    requiredOptions: ['backup_s3_endpoint_url'],
    secretKeys: { required: ['backup_s3_store_access_key', 'backup_s3_store_secret_key'], optional: ['backup_s3_sse_customer_key'] },
    optionalOptions: [
      'backup_s3_store_bucket',
      'backup_s3_object_size',
      'backup_s3_block_size',
      'backup_s3_enable_progress_timer',
      'backup_s3_http_proxy',
      'backup_s3_https_proxy',
      'backup_s3_timeout',
      'backup_s3_max_pool_connections',
      'backup_s3_retry_max_attempts',
      'backup_s3_retry_mode',
      'backup_s3_verify_ssl',
      'backup_s3_ca_cert_file',
      'backup_s3_md5_validation',
      'backup_s3_sse_customer_algorithm',
      'backup_compression_algorithm',
    ],
  },
  swift: {
    template: 'backup-swift',
    requiredOptions: [],
    secretKeys: { required: [], optional: ['backup_swift_key'] },
    optionalOptions: ['backup_swift_url', 'backup_swift_auth_url', 'backup_swift_auth', 'backup_swift_auth_version', 'backup_swift_tenant', 'backup_swift_user', 'backup_swift_container', 'backup_swift_object_size', 'backup_swift_block_size', 'backup_swift_ca_cert_file', 'backup_swift_auth_insecure', 'backup_swift_project', 'backup_swift_project_domain', 'backup_swift_user_domain', 'backup_compression_algorithm'],
  },
};

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
  out.controlPlane.push({
    kind: 'key',
    path: TEMPLATE,
    key: 'cinderBackup',
    value: { replicas: 0 },
    origin: inv.cinder.backups[0]?.at ?? ['spec', 'cinder'],
  });
  for (const b of inv.cinder.backups) {
    out.controlPlane.push({ kind: 'key', path: [...TEMPLATE, 'cinderBackups'], key: b.name, value: backupService(ctx, b, out), origin: b.at });
  }
}

function backupService(ctx: ExpandContext, b: CinderBackup, out: Expansion): Record<string, unknown> {
  const driver = BACKUP_DRIVERS[b.driver];
  const service: Record<string, unknown> = {};
  service.customServiceConfig = tidyIni(
    renderTemplate(driver.template, {
      availabilityZone: b.availabilityZone,
      ceph: driver.needsCephCluster ? cephTemplateContext(resolveCluster(ctx.inventory, b.cluster)) : undefined,
      options: optionPairs(b.options),
      extraConfig: '',
    }),
  );
  // Backup options live in [DEFAULT], so the credentials fragment does too.
  const secret = expandCredentials(ctx, { component: 'cinder-backup', name: b.name, section: 'DEFAULT', credentials: b.credentials, at: b.at }, out);
  if (secret) service.customServiceConfigSecrets = [secret];
  service.networkAttachments = b.networkAttachments ?? ['storage'];
  if (b.nodeSelector) service.nodeSelector = b.nodeSelector;
  service.replicas = b.replicas;
  return service;
}
