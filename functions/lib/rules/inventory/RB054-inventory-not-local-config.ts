/** RB054: an inventory in a package without config.kubernetes.io/local-config: "true". */
import { LOCAL_CONFIG_ANNOTATION, annotationOf } from '../../io/resources.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const inventoryNotLocalConfig: Rule<InventoryRuleContext> = {
  id: 'RB054',
  name: 'inventory-not-local-config',
  severity: 'warning',
  summary: 'The BackendInventory lacks the annotation config.kubernetes.io/local-config: "true".',
  why: 'kpt live apply, kustomize and Argo CD would try to apply the inventory to the cluster, where no such kind exists: the apply fails (or, with the CRD absent, the sync stays out of sync).',
  fix: 'Add `metadata.annotations: {config.kubernetes.io/local-config: "true"}` to the inventory.',
  check({ inventory, item }, report) {
    if (inventory.path === '') return; // given inline as functionConfig: never applied
    if (annotationOf(item, LOCAL_CONFIG_ANNOTATION) === 'true') return;
    const annotated = item.doc.hasIn(['metadata', 'annotations']);
    report({ item, path: annotated ? ['metadata', 'annotations'] : ['metadata'], message: 'the inventory is not marked local-config, so kpt, kustomize and Argo CD would try to apply it to the cluster', hint: 'add config.kubernetes.io/local-config: "true" under metadata.annotations' });
  },
};
