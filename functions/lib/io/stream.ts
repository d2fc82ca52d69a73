/**
 * Plain manifest output (render to stdout, Argo CD, --output-dir): no
 * local-config items, no kpt-internal annotations.
 */
import { Document } from 'yaml';
import { KPT_INTERNAL_ANNOTATIONS, PACKAGE_PATH_ANNOTATION } from './kpt-annotations.js';
import { annotationOf, deleteAnnotation, isKrm, isLocalConfig, type Item } from './resources.js';
import { printDocument } from './print.js';
import { STRINGIFY_OPTIONS } from './yaml.js';

// package-path is kept: kpt reads it back; the others are bookkeeping of the run.
const INTERNAL = KPT_INTERNAL_ANNOTATIONS.filter((a) => a !== PACKAGE_PATH_ANNOTATION);

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
  // Generated documents print through io/print.ts (the same text, faster); others through the library.
  return docs.map((d) => printDocument(d, STRINGIFY_OPTIONS) ?? d.toString(STRINGIFY_OPTIONS)).join('---\n');
}
