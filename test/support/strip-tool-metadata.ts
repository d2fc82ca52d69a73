/**
 * A rendered package as if written by hand: copies of the items without the
 * labels and annotations the tool writes to recognise its own output
 * (managed-by, content, inventory, managed-fields, managed-dataplane), so
 * that `import` of a render takes the hand-written path.
 */
import type { Document } from 'yaml';
import { DATAPLANE_OWNED_ANNOTATION } from '../../functions/lib/dataplane/apply.js';
import { CONTENT_LABEL, INVENTORY_ANNOTATION, MANAGED_BY, MANAGED_BY_LABEL, MANAGED_FIELDS_ANNOTATION } from '../../functions/lib/expand/plan.js';
import type { Item } from '../../functions/lib/io/resources.js';

const ANNOTATIONS = [INVENTORY_ANNOTATION, MANAGED_FIELDS_ANNOTATION, DATAPLANE_OWNED_ANNOTATION];

export function stripToolMetadata(items: readonly Item[]): Item[] {
  return items.map((item) => {
    const doc = item.doc.clone() as Document;
    const drop = (p: string[]) => doc.hasIn(p) && doc.deleteIn(p);
    if (doc.getIn(['metadata', 'labels', MANAGED_BY_LABEL]) === MANAGED_BY) drop(['metadata', 'labels', MANAGED_BY_LABEL]);
    drop(['metadata', 'labels', CONTENT_LABEL]);
    for (const a of ANNOTATIONS) drop(['metadata', 'annotations', a]);
    for (const m of ['labels', 'annotations']) {
      const map = doc.getIn(['metadata', m]) as { items?: unknown[] } | undefined;
      if (map?.items?.length === 0) drop(['metadata', m]);
    }
    return { ...item, doc };
  });
}
