/**
 * cinder-backup: cinderBackups.<name> -> spec.cinder.backups[] (one) or
 * spec.cinder.backup, and a configured deprecated cinderBackup -> backup with
 * deprecatedSingleBackup (so render keeps the user's layout). The driver is
 * the catalog backup driver whose template writes the same backup_driver.
 */
import { backupDriverProfiles } from '../catalog/index.js';
import type { Component } from '../manifest/manifest-index.js';
import { iniOptions } from '../ini/compare.js';
import { parseIni } from '../ini/parse.js';
import { clusterOf } from './ceph.js';
import { asObject, importTopologyRef, keep, keptForUnmappedFields, note, type ImportContext } from './context.js';
import { credentialsOf } from './credentials.js';
import { lastValue, remainingOptions } from './backend-config.js';
import { templateOutput } from './template-keys.js';

const MAPPED = new Set(['customServiceConfig', 'customServiceConfigSecrets', 'networkAttachments', 'nodeSelector', 'replicas', 'topologyRef']);

/** The backup driver id whose template writes this backup_driver class. */
export function backupDriverOf(cls: string): string | undefined {
  return Object.values(backupDriverProfiles).find((d) => lastValue(templateOutput(d.template).get('DEFAULT')?.get('backup_driver')) === cls)?.id;
}

export function importBackups(ctx: ImportContext): { backup?: Record<string, unknown>; backups: Record<string, unknown>[] } {
  const cp = ctx.controlPlane;
  if (!cp) return { backups: [] };
  const many = cp.components.filter((c) => c.service === 'cinder' && c.field === 'cinderBackups');
  const single = cp.components.find((c) => c.service === 'cinder' && c.field === 'cinderBackup');
  const out: Record<string, unknown>[] = [];
  for (const c of many) {
    const b = importBackup(ctx, c, c.key!);
    if (b) out.push(b);
  }
  const singleActive = single && (asObject(single.value).replicas ?? 1) > 0 && single.config;
  const stoppedFields = single && !singleActive && asObject(single.value).replicas === 0 ? Object.keys(asObject(single.value)).filter((k) => k !== 'replicas') : [];
  if (single && stoppedFields.length > 0 && many.length > 0) {
    // render leaves a stopped cinderBackup that sets pod fields to the user (expand/backup.ts stoppedWithPodFields).
    keep(ctx, cp.item, single.path, `cinderBackup (replicas: 0 beside cinderBackups): the inventory has no field for ${stoppedFields.join(', ')}`);
    note(ctx, cp.item, single.path, 'info', `cinderBackup stays in the control plane as it is: it is stopped (replicas: 0, as cinderBackups needs) and sets ${stoppedFields.join(', ')}, which the inventory has no field for`);
  }
  if (single && singleActive) {
    if (many.length > 0) keep(ctx, cp.item, single.path, 'cinderBackup next to cinderBackups: the inventory writes one or the other');
    else {
      const b = importBackup(ctx, single, 'backup');
      if (b) return { backup: { ...b, deprecatedSingleBackup: true }, backups: [] };
    }
  }
  // One backup reads best as `backup`; several (DCN) as `backups`.
  if (out.length === 1) return { backup: out[0], backups: [] };
  return { backups: out };
}

function importBackup(ctx: ImportContext, c: Component, name: string): Record<string, unknown> | undefined {
  const item = ctx.controlPlane!.item;
  if (keptForUnmappedFields(ctx, item, c.path, asObject(c.value), MAPPED, `cinder backup "${name}"`)) return undefined;
  const cfgPath = [...c.path, 'customServiceConfig'];
  const text = c.config?.text ?? '';
  const doc = parseIni(text);
  const ini = iniOptions(text);
  const cls = lastValue(ini.get('DEFAULT')?.get('backup_driver'));
  const driver = cls ? backupDriverOf(cls) : undefined;
  const why = !c.config ? 'it has no customServiceConfig' : doc.problems.length > 0 ? 'a line of its customServiceConfig is not a key = value line in a section' : !cls ? 'its [DEFAULT] sets no backup_driver' : !driver ? `the catalog has no backup driver ${cls}` : [...ini.keys()].some((s) => s !== 'DEFAULT') ? 'it has sections besides [DEFAULT], which a backup has no field for' : undefined;
  if (why || !driver) {
    keep(ctx, item, c.path, `cinder backup ${name}: ${why}`);
    note(ctx, item, c.path, 'warning', `cinder backup "${name}" is kept in the control plane: ${why}`);
    return undefined;
  }
  const profile = backupDriverProfiles[driver as keyof typeof backupDriverProfiles];
  const opts = ini.get('DEFAULT')!;
  const entry: Record<string, unknown> = {};
  if (name !== 'backup') entry.name = name;
  entry.driver = driver;
  const written = new Set(templateOutput(profile.template).get('DEFAULT')?.keys() ?? []);
  const az = lastValue(opts.get('storage_availability_zone'));
  if (az !== undefined) entry.availabilityZone = az;
  if (profile.needsCephCluster) {
    const conf = lastValue(opts.get('backup_ceph_conf'));
    const cluster = clusterOf(ctx, conf, { component: 'cinder-backup', instance: c.key, role: 'cinderBackup', user: lastValue(opts.get('backup_ceph_user')), pool: lastValue(opts.get('backup_ceph_pool')), item, path: cfgPath });
    if (!cluster) {
      keep(ctx, item, c.path, `cinder backup ${name}: backup_ceph_conf is not <dir>/<cluster>.conf`);
      return undefined;
    }
    entry.cluster = cluster.name;
    if (conf === undefined) note(ctx, item, cfgPath, 'info', `cinder backup "${name}" sets no backup_ceph_conf: render writes backup_ceph_conf = ${cluster.dir}/${cluster.name}.conf (the driver's default)`);
  }
  const value = asObject(c.value);
  const creds = credentialsOf(ctx, { item, path: c.path, component: 'cinder-backup', name, section: 'DEFAULT', secrets: value.customServiceConfigSecrets });
  const rest = remainingOptions(opts, written, new Set([...(profile.secretKeys.required ?? []), ...(profile.secretKeys.optional ?? [])]));
  if (rest.extraConfig.length > 0) {
    keep(ctx, item, c.path, `cinder backup ${name}: a [DEFAULT] key is repeated`);
    note(ctx, item, c.path, 'warning', `cinder backup "${name}" is kept in the control plane: a [DEFAULT] key is repeated, which backup options cannot say`);
    return undefined;
  }
  if (Object.keys(rest.options).length > 0) entry.options = rest.options;
  if (rest.plaintext.length > 0) creds.plaintext(rest.plaintext, cfgPath);
  if (creds.credentials) entry.credentials = creds.credentials;
  if (typeof value.replicas === 'number' && value.replicas !== 1) entry.replicas = value.replicas;
  const nets = value.networkAttachments;
  if (Array.isArray(nets)) {
    if (JSON.stringify(nets) !== JSON.stringify(['storage'])) entry.networkAttachments = nets;
  } else entry.networkAttachments = [];
  if (value.nodeSelector && typeof value.nodeSelector === 'object') entry.nodeSelector = value.nodeSelector;
  const topologyRef = importTopologyRef(value);
  if (topologyRef) entry.topologyRef = topologyRef;
  return entry;
}
