/** Helpers shared by every place that turns ajv errors into diagnostics (inventory, image catalog, CRD subsets). */
export type FieldSegments = (string | number)[];

/** ajv's instancePath (`/spec/cinder/backends/0`) as field path segments. */
export function pathOf(instancePath: string): FieldSegments {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
}

/** What kind of YAML value this is, for "must be a string, not a list" messages. */
export const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `a ${typeof v}`);
