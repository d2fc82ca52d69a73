import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { CUSTOM_IMAGE_FIELDS } from './custom-images.js';
import { asObject, manifestIndex } from './model.js';

export const unknownCustomImageField: Rule<ManifestRuleContext> = {
  id: 'RB132',
  name: 'unknown-custom-image-field',
  severity: 'error',
  summary: 'A field under OpenStackVersion spec.customContainerImages does not exist (`cinderApiImage`, `cinderAPIImages`, `cinderVolumeImage`).',
  why: 'The API server prunes unknown fields, so the custom image is silently not used (kubectl --validate=strict rejects the file instead).',
  fix: '`cinderApiImage:` -> `cinderAPIImage:`',
  check(ctx, report) {
    for (const v of manifestIndex(ctx).versions) {
      const images = asObject(asObject(v.obj.spec).customContainerImages);
      for (const field of Object.keys(images)) {
        if (CUSTOM_IMAGE_FIELDS.includes(field)) continue;
        const near = nearest(field, CUSTOM_IMAGE_FIELDS);
        report({
          item: v.item,
          path: ['spec', 'customContainerImages', field],
          key: true,
          message: `"${field}" is not a customContainerImages field: the image is dropped by the API server`,
          hint: near ? `did you mean "${near}"?` : 'see RHOSO-FIELDS.md 5.1 for the field names',
        });
      }
    }
  },
};
