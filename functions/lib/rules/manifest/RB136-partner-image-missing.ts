import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { atIni, presenceSeverity } from './helpers.js';
import { asObject, manifestIndex } from './model.js';

export const partnerImageMissing: Rule<ManifestRuleContext> = {
  id: 'RB136',
  name: 'partner-image-missing',
  severity: 'error',
  summary: 'A back end whose driver needs a partner image (per the catalog) has none in OpenStackVersion spec.customContainerImages.',
  why: 'The stock cinder-volume / manila-share image lacks the vendor\'s libraries (purestorage, python-3parclient, ...): the service crashes at start-up.',
  fix: 'Add `spec.customContainerImages.cinderVolumeImages.pure-fc: registry.connect.redhat.com/purestorage/openstack-cinder-volume-pure-18-0:18.0.3` to the OpenStackVersion named like the control plane.',
  check(ctx, report) {
    const index = manifestIndex(ctx);
    for (const cp of index.controlPlanes) {
      const versions = index.versions.filter((v) => v.controlPlanes.includes(cp));
      for (const b of cp.backends) {
        if (b.field !== 'cinderVolumes' && b.field !== 'manilaShares') continue;
        const needing = b.profiles.filter((p) => p.partnerImage.required);
        if (needing.length === 0 || needing.length < b.profiles.length) continue;
        const field = b.field === 'cinderVolumes' ? 'cinderVolumeImages' : 'manilaShareImages';
        if (versions.some((v) => asObject(asObject(asObject(v.obj.spec).customContainerImages)[field])[b.key] !== undefined)) continue;
        const repos = [...new Set(needing.flatMap((p) => p.partnerImage.repositories ?? []))];
        const entry = b.driverEntries.find((e) => needing.some((p) => p.class === e.value))!;
        report({
          ...atIni(b.config!, entry, entry.valueColumn),
          severity: versions.length > 0 ? 'error' : presenceSeverity(ctx),
          message: `back end "${b.key}" uses ${entry.value}, which needs a partner image, but ${
            versions.length > 0 ? `OpenStackVersion "${versions[0].name}" does not set` : `no OpenStackVersion named "${cp.name}" in the input sets`
          } spec.customContainerImages.${field}.${b.key}`,
          hint: repos.length ? `add ${field}.${b.key}: ${repos[0]}:<release>` : `add ${field}.${b.key} with the vendor's certified image`,
        });
      }
    }
  },
};
