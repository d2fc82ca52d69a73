/**
 * RB044: an unquoted option value that YAML 1.1 (the way Kubernetes and this
 * tool read YAML) turns into something else than its text: `000120001607` is
 * the octal number 20972423, `0443` is 291, `000197900123` loses its zeros,
 * `on`/`yes` are booleans. The INI would get the changed value, so refuse and
 * ask for quotes. Spellings that keep the meaning (`20.0`, `True`, `1e3`)
 * pass. go-yaml v2 reads `1:30` as a string, so it is written as typed.
 */
import type { Document, Scalar } from 'yaml';
import { isMap, isScalar, isSeq } from '../../io/yaml-nodes.js';
import { getDriver } from '../../catalog/index.js';
import type { FieldPath, OptionValue } from '../../inventory/model.js';
import type { Rule } from '../rule.js';
import { sectionsFields } from './sections.js';
import type { InventoryRuleContext } from './context.js';

/** Why the plain scalar `source` does not mean its text once read as `value`, if it does not. */
export function yamlChangedMeaning(source: string, value: unknown, booleanOption: boolean): string | undefined {
  if (typeof value === 'number') {
    const digits = source.replace(/^[-+]/, '');
    if (/^0[xXoObB]/.test(digits)) return `a number in base ${/^0[xX]/.test(digits) ? 16 : /^0[oO]/.test(digits) ? 8 : 2}, i.e. ${value}`;
    if (digits.includes('_')) return `the number ${value} (YAML 1.1 drops "_")`;
    if (/^0[0-9]/.test(digits)) return /^[0-7]+$/.test(digits) ? `the octal number ${value} (a leading 0 means octal)` : `the number ${value} (leading zeros are dropped)`;
    if (/^[0-9]+$/.test(digits) && String(Math.abs(value)) !== digits) return `the number ${value} (too large to keep exactly)`;
    return undefined;
  }
  if (typeof value === 'boolean') {
    if (/^(true|false)$/i.test(source) || booleanOption) return undefined;
    return `the boolean ${value}`;
  }
  return undefined;
}

interface OptionMap {
  at: FieldPath;
  /** Options the catalog gives a boolean value: yes/no/on/off there mean true/false as intended. */
  booleans: Set<string>;
  secret?: boolean;
}

function booleansOf(...maps: Array<Record<string, OptionValue> | undefined>): Set<string> {
  return new Set(maps.flatMap((m) => Object.entries(m ?? {}).filter(([, v]) => typeof v === 'boolean').map(([k]) => k)));
}

/**
 * `doc.getIn(path, true)` with each mapping's keys indexed on first use: getIn copies the rest
 * of the path and scans a mapping's pairs at every step, ≈ 20 ms for the 1,700 look-ups of a
 * 1,000-back-end inventory on a render's first (cold) run. Same answers: the first pair of a
 * key, a sequence index as YAMLSeq.get reads it, nothing below a scalar.
 */
function nodeFinder(doc: Document): (path: readonly (string | number)[]) => unknown {
  const indexes = new Map<unknown, Map<unknown, unknown>>();
  return (path) => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node) && node.items.length <= 8) {
        // A small mapping (a back end's own keys): scanning it is cheaper than indexing it.
        let found: unknown;
        for (const pair of node.items) {
          if (pair.key === key || (isScalar(pair.key) && pair.key.value === key)) {
            found = pair.value;
            break;
          }
        }
        node = found;
      } else if (isMap(node)) {
        let index = indexes.get(node);
        if (!index) {
          index = new Map();
          for (const pair of node.items) {
            const k = isScalar(pair.key) ? pair.key.value : pair.key;
            if (!index.has(k)) index.set(k, pair.value);
          }
          indexes.set(node, index);
        }
        node = index.get(key);
      } else if (isSeq(node)) {
        const i = typeof key === 'string' && key ? Number(key) : key;
        node = typeof i === 'number' && Number.isInteger(i) && i >= 0 ? node.items[i] : undefined;
      } else return undefined;
    }
    return node;
  };
}

export const optionValueChangedByYaml: Rule<InventoryRuleContext> = {
  id: 'RB044',
  name: 'option-value-changed-by-yaml',
  severity: 'error',
  summary: 'An unquoted value under options, sections (or credentials.values) that YAML 1.1 reads as something else than its text: leading zeros or octal (`0443` is 291), hex, `_` in numbers, `yes`/`no`/`on`/`off` for an option that is not boolean.',
  why: 'Kubernetes tools and rhoso-backends read YAML 1.1, so `powermax_array: 000120001607` would reach cinder.conf as `powermax_array = 20972423`: the driver talks to another array, or to none.',
  fix: '`powermax_array: 000120001607` -> `powermax_array: "000120001607"`; `netapp_server_port: 0443` -> `netapp_server_port: 443`',
  check({ inventory, item }, report) {
    const maps: OptionMap[] = [];
    const none = new Set<string>();
    // One set per driver, not per back end (thousands of back ends share a few drivers).
    const booleansByDriver = new Map<string, Set<string>>();
    for (const [service, list] of [['cinder', inventory.cinder.backends], ['manila', inventory.manila.backends]] as const) {
      for (const b of list) {
        let booleans = booleansByDriver.get(`${service}/${b.driver}`);
        if (!booleans) {
          const d = getDriver(b.driver, service);
          booleans = booleansOf(d?.options.defaults, d?.options.fixed);
          booleansByDriver.set(`${service}/${b.driver}`, booleans);
        }
        maps.push({ at: [...b.at, 'options'], booleans });
        maps.push({ at: [...b.at, 'credentials', 'values'], booleans: none, secret: true });
      }
    }
    for (const b of inventory.cinder.backups) {
      maps.push({ at: [...b.at, 'options'], booleans: none });
      maps.push({ at: [...b.at, 'credentials', 'values'], booleans: none, secret: true });
    }
    for (const s of inventory.glance.stores) {
      maps.push({ at: [...s.at, 'options'], booleans: none });
      maps.push({ at: [...s.at, 'credentials', 'values'], booleans: none, secret: true });
    }
    // Every section of every `sections` field (service-wide and per pod) is an options map too.
    for (const field of sectionsFields(inventory)) {
      for (const section of Object.keys(field.sections)) maps.push({ at: [...field.at, section], booleans: none });
    }
    const nodeAt = nodeFinder(item.doc);
    for (const m of maps) {
      const node = nodeAt(m.at);
      if (!isMap(node)) continue;
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
        const v = pair.value as Scalar;
        const source = (v as { source?: unknown }).source;
        if (v.type !== 'PLAIN' || typeof source !== 'string') continue;
        const key = String(pair.key.value);
        const why = yamlChangedMeaning(source, v.value, m.booleans.has(key));
        if (!why) continue;
        report({
          item,
          path: [...m.at, key],
          message: m.secret
            ? `the unquoted value of ${key} is read by YAML 1.1 as a ${typeof v.value === 'boolean' ? 'boolean' : 'changed number'}, not as the text written (value not shown: it is a credential)`
            : `${key}: ${source} is read by YAML 1.1 as ${why}, so the config would get ${key} = ${v.value}`,
          hint: m.secret ? `quote the value: ${key}: "..."` : `quote it: ${key}: "${source}"`,
        });
      }
    }
  },
};
