/**
 * A driver profile: everything the tool knows about one driver, as data.
 * One file per driver in drivers/<id>.yaml; see docs/drivers.md.
 */
import type { OptionValue } from '../inventory/model.js';

export interface DriverProfile {
  id: string;
  service: 'cinder' | 'manila';
  vendor: string;
  title: string;
  /** volume_driver / share_driver class. Absent for `custom` (the user gives it). */
  class?: string;
  protocol?: string;
  /** Template name in templates/<name>.hbs. */
  template: string;
  options: {
    /** Always written; implied by the driver id (e.g. netapp_storage_protocol=nfs). Not overridable. */
    fixed?: Record<string, OptionValue>;
    /** Written unless the user sets the option. */
    defaults?: Record<string, OptionValue>;
    /** Must be given, in options or (when visible) in the credentials. */
    required?: string[];
    /** Known further options (used for did-you-mean on typos). */
    optional?: string[];
    /** Options the vendor guide says to leave unset, with the guide's reason (a warning, RB051). */
    discouraged?: Record<string, string>;
  };
  /** Options the vendor guides keep in the credentials Secret. */
  secretKeys: {
    required?: string[];
    optional?: string[];
    /**
     * Keys guides put in either place (e.g. netapp_server_hostname): satisfied
     * by options or credentials, and not flagged when found in options.
     */
    alsoInOptions?: string[];
  };
  /** Default networkAttachments of the pod. */
  networkAttachments: string[];
  partnerImage: {
    required: boolean;
    /** Certified repositories (registry/path, no tag) known for this driver. */
    repositories?: string[];
    /** Repositories seen in the wild that are not certified (warn, suggest the certified one). */
    uncertified?: string[];
  };
  /** The driver reads a Ceph cluster's files (ceph-rbd, cephfs, ...). */
  needsCephCluster?: boolean;
  /** Manila: DHSS default and allowed values; protocols. */
  manila?: {
    driverHandlesShareServers: { default: boolean; allowed: boolean[] };
    protocols: string[];
    /** Credential keys needed only in one DHSS mode (NetApp: netapp_vserver without, netapp_root_volume_aggr with share servers). */
    secretKeysWhenDhss?: { true?: string[]; false?: string[] };
    /** Options needed only in one DHSS mode (NetApp with share servers: a network plugin). */
    optionsWhenDhss?: { true?: string[]; false?: string[] };
  };
  hostPrerequisites?: string[];
  /** Where the facts come from (VENDORS.md rows, upstream samples). */
  sources?: string[];
  notes?: string;
}

/** A glance store type (catalog/glance-stores/<type>.yaml). */
export interface GlanceStoreProfile {
  type: 'rbd' | 'cinder' | 'file' | 'swift' | 's3';
  /** Template name in templates/<name>.hbs. */
  template: string;
  /** Written unless the user sets the option. */
  defaults: Record<string, OptionValue>;
  /** Credential keys the store reads from customServiceConfigSecrets. */
  secretKeys: { required: string[]; optional: string[] };
  /** Known further options (did-you-mean on typos). */
  optional: string[];
}

/** A cinder-backup driver (catalog/backup-drivers/<id>.yaml). */
export interface BackupDriverProfile {
  id: 'ceph' | 'nfs' | 's3' | 'swift';
  /** Template name in templates/<name>.hbs. */
  template: string;
  needsCephCluster?: boolean;
  /** Options that must be set (in options, or in visible credentials). */
  requiredOptions: string[];
  /** Options kept in the credentials Secret (never in customServiceConfig). */
  secretKeys: { required: string[]; optional: string[] };
  /** Known further options (did-you-mean on typos). */
  optionalOptions: string[];
}
