/**
 * The annotations kpt and kustomize own (where an item lives, which input it
 * was, how its file was formatted). Named once, here: the readers, merge,
 * the ResourceList writer and the plain-manifest writer all use these.
 */
export const PATH_ANNOTATION = 'internal.config.kubernetes.io/path';
export const INDEX_ANNOTATION = 'internal.config.kubernetes.io/index';
export const ID_ANNOTATION = 'internal.config.kubernetes.io/id';
export const LEGACY_PATH_ANNOTATION = 'config.kubernetes.io/path';
export const LEGACY_INDEX_ANNOTATION = 'config.kubernetes.io/index';
export const LEGACY_ID_ANNOTATION = 'config.k8s.io/id';
export const LOCAL_CONFIG_ANNOTATION = 'config.kubernetes.io/local-config';
/** The kpt package (folder) an item belongs to; generated files go to the inventory's. */
export const PACKAGE_PATH_ANNOTATION = 'internal.config.kubernetes.io/package-path';
export const SEQINDENT_ANNOTATION = 'internal.config.kubernetes.io/seqindent';
export const MIGRATION_ID_ANNOTATION = 'internal.config.kubernetes.io/annotations-migration-resource-id';

/** kpt's bookkeeping on an item: never ours to change, and never part of applyable output. */
export const KPT_INTERNAL_ANNOTATIONS: readonly string[] = [
  PATH_ANNOTATION,
  INDEX_ANNOTATION,
  ID_ANNOTATION,
  LEGACY_PATH_ANNOTATION,
  LEGACY_INDEX_ANNOTATION,
  LEGACY_ID_ANNOTATION,
  PACKAGE_PATH_ANNOTATION,
  SEQINDENT_ANNOTATION,
  MIGRATION_ID_ANNOTATION,
];
