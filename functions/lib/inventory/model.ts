/**
 * The typed BackendInventory after schema validation and defaulting.
 * Field docs live in schemas/backend-inventory.schema.json; this file only
 * gives them types. Every optional field with a default is required here.
 */
export type OptionValue = string | number | boolean;
export type Options = Record<string, OptionValue>;
export type OperatorLine = '18-stable' | 'main';
/** INI options by section name (`sections` fields): section -> options. */
export type Sections = Record<string, Options>;

export interface SecretStoreRef {
  name: string;
  kind: 'SecretStore' | 'ClusterSecretStore';
}

export interface RemoteRef {
  key: string;
  property?: string;
  version?: string;
  /** ESO remoteRef.decodingStrategy (schema default None: the value is used as stored). */
  decodingStrategy: 'Auto' | 'Base64' | 'Base64URL' | 'None';
}

export type Credentials =
  | { secretName: string }
  | { values: Options }
  | { externalSecret: { store?: SecretStoreRef; data: Record<string, RemoteRef> } };

export interface BackendFile {
  name: string;
  mountPath: string;
  secretName?: string;
  key?: string;
  path?: string;
  externalSecret?: RemoteRef;
}

/** Where in the inventory a value came from: schema path segments. */
export type FieldPath = (string | number)[];

/** A pod's topologyRef (the Topology that places its replicas), as the CRDs spell it. */
export interface TopologyRef {
  name: string;
  namespace?: string;
}

interface BackendBase {
  /** Path of this entry in the inventory, for diagnostics. */
  at: FieldPath;
  name: string;
  driver: string;
  section: string;
  options: Options;
  credentials?: Credentials;
  image?: string;
  files: BackendFile[];
  networkAttachments?: string[];
  nodeSelector?: Record<string, string>;
  /** The pod's topologyRef, as written. */
  topologyRef?: TopologyRef;
  extraConfig: string;
  cluster?: string;
  /** Options of the back end's pod outside its own section (`sections`). */
  sections: Sections;
}

export interface CinderBackend extends BackendBase {
  volumeDriver?: string;
  volumeBackendName: string;
  replicas: number;
  availabilityZone?: string;
}

export interface ManilaBackend extends BackendBase {
  shareDriver?: string;
  shareBackendName: string;
  driverHandlesShareServers?: boolean;
  protocols?: string[];
  replicas: number;
  availabilityZone?: string;
}

export interface CinderBackup {
  at: FieldPath;
  name: string;
  driver: 'ceph' | 'nfs' | 's3' | 'swift';
  cluster?: string;
  options: Options;
  credentials?: Credentials;
  replicas: number;
  networkAttachments?: string[];
  nodeSelector?: Record<string, string>;
  topologyRef?: TopologyRef;
  availabilityZone?: string;
  deprecatedSingleBackup: boolean;
}

export interface GlanceStore {
  at: FieldPath;
  name: string;
  type: 'rbd' | 'cinder' | 'file' | 'swift' | 's3';
  default: boolean;
  /** Who a swift or cinder store authenticates as (catalog keystoneAuth). */
  auth: 'serviceUser' | 'applicationCredential';
  cluster?: string;
  nfs?: { server: string; path: string };
  options: Options;
  credentials?: Credentials;
}

export interface GlanceApi {
  at: FieldPath;
  name: string;
  type: 'auto' | 'split' | 'single' | 'edge';
  replicas: number;
  networkAttachments: string[];
  nodeSelector?: Record<string, string>;
  topologyRef?: TopologyRef;
  /** Store names this API serves (defaulted to every store). */
  stores: string[];
  /** As written; the default store is resolved by expand/glance.ts. */
  defaultStore?: string;
  /** Options of this API's pods only (`sections`). */
  sections: Sections;
  /** glanceAPIs.<name>.apiTimeout, as written. */
  apiTimeout?: number;
  /** glanceAPIs.<name>.override, as written (the CRD's schema checks it on render, RB190). */
  override?: Record<string, unknown>;
}

export interface CephCluster {
  at: FieldPath;
  name: string;
  /** Only what writes it needs it (expand/ceph.ts fsidReaders; RB080 refuses a cluster they read without one). */
  fsid?: string;
  secretName: string;
  mountPath: string;
  user: string;
  /** Per-service users as written (a service not named uses `user`): expand/ceph.ts cephUser. */
  users: Partial<Record<CephRole, string>>;
  pools: { volumes: string; images: string; backups: string };
  files?: { conf: string; keyring: string; keyrings?: Record<string, string> };
}

/** The services that read a Ceph cluster with a client user of their own. */
export type CephRole = 'cinder' | 'cinderBackup' | 'glance' | 'manila';

export interface Mount {
  at: FieldPath;
  name: string;
  propagation: string[];
  volume: Record<string, unknown>;
  mountPath: string;
  subPath?: string;
  readOnly: boolean;
}

/** spec.hosts: the OpenShift nodes of the storage pods (docs/hosts.md). */
export interface Hosts {
  role: string;
  poolNodeSelector?: Record<string, string>;
  machineConfigs: 'generate' | 'check' | 'external';
  fcNodeSelector?: Record<string, string>;
}

/** spec.dataPlane.nodeSets[]: an OpenStackDataPlaneNodeSet and the storage its computes use. */
export interface NodeSet {
  at: FieldPath;
  name: string;
  cluster?: string;
  ephemeral: { type: 'rbd' | 'local'; pool: string; glanceStore?: string };
  cell: number;
  multipath: boolean;
}

export interface Inventory {
  /** metadata.name */
  name: string;
  /** Package-relative path of the file the inventory came from ('' for a functionConfig given inline). */
  path: string;
  controlPlane: { name: string; namespace: string; uniquePodNames: boolean; secret: string; storageClass: string; databaseInstance: string };
  operatorLine: OperatorLine;
  release?: { version: string; targetVersion?: string; skipCustomImagesValidation: boolean };
  images: { allowedRegistries: string[]; requireDigest: boolean; catalog?: string };
  secrets: { allowPlaintext: boolean; store?: SecretStoreRef; refreshInterval: string };
  ceph: CephCluster[];
  /**
   * backup: spec.cinder.backup as written (single form). backups: every
   * backup service, whichever form it was written in; read this one.
   */
  cinder: { backends: CinderBackend[]; backup?: CinderBackup; backups: CinderBackup[]; sections: Sections };
  /** api.sections: options of the manila-api pods only. */
  manila: { backends: ManilaBackend[]; sections: Sections; api: { sections: Sections } };
  /** apis: spec.glance.api or spec.glance.apis (always at least one API). */
  glance: { stores: GlanceStore[]; apis: GlanceApi[]; sections: Sections };
  mounts: Mount[];
  /** Absent when spec.hosts is: the tool then leaves the OpenShift nodes alone. */
  hosts?: Hosts;
  dataPlane: { nodeSets: NodeSet[] };
}

export const INVENTORY_API_VERSION = 'backends.rhoso.io/v1alpha1';
export const INVENTORY_KIND = 'BackendInventory';
