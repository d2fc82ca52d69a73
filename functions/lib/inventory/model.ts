/**
 * The typed BackendInventory after schema validation and defaulting.
 * Field docs live in schemas/backend-inventory.schema.json; this file only
 * gives them types. Every optional field with a default is required here.
 */
export type OptionValue = string | number | boolean;
export type Options = Record<string, OptionValue>;
export type OperatorLine = '18-stable' | 'main';

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
  extraConfig: string;
  cluster?: string;
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
  availabilityZone?: string;
  deprecatedSingleBackup: boolean;
}

export interface GlanceStore {
  at: FieldPath;
  name: string;
  type: 'rbd' | 'cinder' | 'file' | 'swift' | 's3';
  default: boolean;
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
  /** Store names this API serves (defaulted to every store). */
  stores: string[];
  /** As written; the default store is resolved by expand/glance.ts. */
  defaultStore?: string;
}

export interface CephCluster {
  at: FieldPath;
  name: string;
  fsid: string;
  secretName: string;
  mountPath: string;
  user: string;
  pools: { volumes: string; images: string; backups: string };
  files?: { conf: string; keyring: string };
}

export interface Mount {
  at: FieldPath;
  name: string;
  propagation: string[];
  volume: Record<string, unknown>;
  mountPath: string;
  subPath?: string;
  readOnly: boolean;
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
  cinder: { backends: CinderBackend[]; backup?: CinderBackup; backups: CinderBackup[] };
  manila: { backends: ManilaBackend[] };
  /** apis: spec.glance.api or spec.glance.apis (always at least one API). */
  glance: { stores: GlanceStore[]; apis: GlanceApi[] };
  mounts: Mount[];
}

export const INVENTORY_API_VERSION = 'backends.rhoso.io/v1alpha1';
export const INVENTORY_KIND = 'BackendInventory';
