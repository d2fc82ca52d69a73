/**
 * Plain manifest output (render to stdout, Argo CD, --output-dir): no
 * local-config items, no kpt-internal annotations.
 */
import { Document } from 'yaml';
import { annotationOf, deleteAnnotation, ID_ANNOTATION, INDEX_ANNOTATION, isKrm, isLocalConfig, LEGACY_ID_ANNOTATION, LEGACY_INDEX_ANNOTATION, LEGACY_PATH_ANNOTATION, PATH_ANNOTATION, type Item } from './resources.js';
import { STRINGIFY_OPTIONS } from './yaml.js';

const INTERNAL = [PATH_ANNOTATION, INDEX_ANNOTATION, ID_ANNOTATION, LEGACY_PATH_ANNOTATION, LEGACY_INDEX_ANNOTATION, LEGACY_ID_ANNOTATION, 'internal.config.kubernetes.io/annotations-migration-resource-id', 'internal.config.kubernetes.io/seqindent'];

/** The items a cluster should receive, each as its own clean document. */
export function applyableDocuments(items: Item[]): Document[] {
  return items
    .filter((it) => isKrm(it) && !isLocalConfig(it))
    .map((it) => {
      // Cloning a large control plane costs as much as printing it: only copy what needs cleaning.
      if (!INTERNAL.some((a) => annotationOf(it, a) !== undefined)) return it.doc;
      const copy: Item = { ...it, doc: it.doc.clone() as Document };
      for (const a of INTERNAL) deleteAnnotation(copy, a);
      return copy.doc;
    });
}

export function stringifyStream(docs: Document[]): string {
  return docs.map((d) => d.toString(STRINGIFY_OPTIONS)).join('---\n');
}
