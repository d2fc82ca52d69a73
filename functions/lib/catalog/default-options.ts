/**
 * Options a service reads only from [DEFAULT] (catalog/default-options/<service>.yaml,
 * generated from the oslo.config option definitions of 2023.1 by
 * scripts/data/extract-default-options.py), each with the source line that defines it.
 */
import { defaultOptions } from '../../../build/generated/reference-data.mjs';

export interface DefaultOnlyOption {
  name: string;
  /** `path:line (list)` in the service's repository at the pinned commit. */
  source: string;
}

const byService = new Map<string, Map<string, DefaultOnlyOption>>(
  Object.entries(defaultOptions).map(([service, options]) => [service, new Map(options.map((o) => [o.name, o]))]),
);

/** The [DEFAULT]-only options of `service` (cinder, manila, glance), by name; empty for an unknown service. */
export function defaultOnlyOptions(service: string): ReadonlyMap<string, DefaultOnlyOption> {
  return byService.get(service) ?? new Map();
}
