/**
 * Placeholders: `CHANGEME: <what>` as `import` writes it where the source
 * lacks a value, and the samples' own `CHANGEME` / `_FSID_` / `_replaced_`. The load stage
 * reports them (RB058) before the schema, so a placeholder fsid is reported
 * as what it is, not as "does not have the expected form".
 */
const PLACEHOLDER = /^\s*(CHANGEME\b|_FSID_\s*$|_replaced_\s*$)/;

/**
 * A value the source marks as not filled in: CHANGEME anywhere (also as an
 * inline `# CHANGEME`, which oslo.config reads as part of the value), the
 * samples' _FSID_, the architecture repo's _replaced_ (what its
 * kustomize replacements overwrite), and the guides' <exported_path>.
 */
export const SOURCE_PLACEHOLDER = /CHANGEME|^\s*_FSID_\s*$|^\s*_replaced_(\s|$)|^\s*<[^<>\n]+>\s*$/;

/** What import writes: render refuses it until someone fills it in. */
export const PLACEHOLDER_PREFIX = 'CHANGEME:';

export function placeholderText(what: string): string {
  return `${PLACEHOLDER_PREFIX} ${what}`;
}

/** Every placeholder value in a plain-data document, with its path and what it stands for ('' when it does not say). */
export function findPlaceholderValues(value: unknown, path: (string | number)[] = []): Array<{ path: (string | number)[]; what: string }> {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [{ path, what: value.trim().startsWith(PLACEHOLDER_PREFIX) ? value.trim().slice(PLACEHOLDER_PREFIX.length).trim() : '' }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholderValues(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findPlaceholderValues(v, [...path, k]));
  return [];
}
