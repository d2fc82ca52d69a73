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

/** Whether a string value is a placeholder (what findPlaceholderValues reports). */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

/** Every placeholder value in a plain-data document, with its path and what it stands for ('' when it does not say). */
export function findPlaceholderValues(value: unknown, path: (string | number)[] = []): Array<{ path: (string | number)[]; what: string }> {
  const found: Array<{ path: (string | number)[]; what: string }> = [];
  // One path stack, copied only for a placeholder (a 1,000-back-end inventory has ≈ 100,000 values).
  const at = [...path];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (PLACEHOLDER.test(v)) found.push({ path: [...at], what: v.trim().startsWith(PLACEHOLDER_PREFIX) ? v.trim().slice(PLACEHOLDER_PREFIX.length).trim() : '' });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        walk(v[i]);
        at.pop();
      }
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        at.push(k);
        walk((v as Record<string, unknown>)[k]);
        at.pop();
      }
    }
  };
  walk(value);
  return found;
}
