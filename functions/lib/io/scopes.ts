/**
 * Validation scopes: which files `validate` checks together (docs/validate.md
 * "Scope"). A file belongs to the nearest enclosing kpt package (a folder with
 * a Kptfile); else to the nearest kustomization folder, widened to a parent
 * kustomization that lists it under `resources:` / `components:`; else to the
 * nearest folder holding a BackendInventory (what render treats as the
 * package); else to the folder named on the command line, or, for a file named
 * alone, to the files given from its own folder. Each scope is validated on
 * its own, so two packages in one commit never see each other's control
 * planes, Secrets or inventories.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Item } from './resources.js';
import { isDir, readFiles, walk } from './package.js';

export type ScopeKind = 'kpt' | 'kustomize' | 'inventory' | 'folder' | 'files';

export interface Scope {
  kind: ScopeKind;
  /** Absolute directory that item paths are relative to (package-relative paths resolve against it). */
  root: string;
  items: Item[];
  /** Files read (absolute). */
  files: string[];
  /** Files (relative to root) that could not be read or parsed; their items are left out of the checks. */
  broken: Set<string>;
}

export interface ScopesResult {
  scopes: Scope[];
  /** Problems with the inputs themselves (missing paths, syntax errors), paths relative to each scope's root. */
  diagnostics: Array<{ diagnostic: Diagnostic; root: string }>;
  /** Inputs (as given) that hold no YAML document at all. */
  empty: string[];
}

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Reads the inputs and splits them into scopes, in a fixed order (by root, then kind). */
export function readScopes(inputs: readonly string[]): ScopesResult {
  const cwd = process.cwd();
  const diagnostics: ScopesResult['diagnostics'] = [];
  const byKey = new Map<string, { kind: ScopeKind; root: string; files: Set<string> }>();
  const filesOfInput = new Map<string, string[]>();
  const markers = new MarkerCache();
  const add = (kind: ScopeKind, root: string, file: string) => {
    const key = `${root}\0${kind}`;
    const s = byKey.get(key) ?? { kind, root, files: new Set<string>() };
    s.files.add(file);
    byKey.set(key, s);
  };

  for (const input of inputs) {
    const abs = path.resolve(input);
    if (!fs.existsSync(abs)) {
      diagnostics.push({ diagnostic: { severity: 'error', rule: 'io', message: `no such file or directory: ${input}`, file: input }, root: cwd });
      continue;
    }
    const files: string[] = [];
    if (isDir(abs)) walk(abs, files, []);
    else files.push(abs);
    filesOfInput.set(input, files);
    for (const file of files) {
      // A folder named on the command line bounds the search; a file named alone may belong to a package above it, up to the working directory.
      const boundary = isDir(abs) ? abs : isInsideDir(cwd, file) ? cwd : path.dirname(file);
      const marker = markers.scopeOf(path.dirname(file), boundary);
      if (marker) {
        add(marker.kind, marker.dir, file);
        // A file named alone stands for its whole package: cross-references need every file of it.
        if (!isDir(abs)) {
          const all: string[] = [];
          walk(marker.dir, all, []);
          for (const f of all) if (sameScope(markers.scopeOf(path.dirname(f), marker.dir), marker)) add(marker.kind, marker.dir, f);
        }
      } else if (isDir(abs)) add('folder', abs, file);
      else add('files', path.dirname(file), file);
    }
  }

  const scopes: Scope[] = [];
  for (const s of [...byKey.values()].sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : a.kind < b.kind ? -1 : 1))) {
    const files = [...s.files].sort();
    const read = readFiles(files, s.root);
    for (const d of read.diagnostics) diagnostics.push({ diagnostic: d, root: s.root });
    scopes.push({ kind: s.kind, root: s.root, items: read.items, files, broken: read.broken });
  }
  const empty = [...filesOfInput.entries()].filter(([, files]) => !scopes.some((s) => s.items.some((it) => files.includes(path.join(s.root, it.path))))).map(([input]) => input);
  return { scopes, diagnostics, empty };
}

function isInsideDir(dir: string, p: string): boolean {
  const r = path.relative(dir, p);
  return r !== '' && !r.startsWith('..') && !path.isAbsolute(r);
}

interface Marker {
  kind: 'kpt' | 'kustomize' | 'inventory';
  dir: string;
}

function sameScope(a: Marker | undefined, b: Marker): boolean {
  return a !== undefined && a.kind === b.kind && a.dir === b.dir;
}

class MarkerCache {
  private readonly kptfile = new Map<string, boolean>();
  private readonly listed = new Map<string, string[] | undefined>();

  /** The scope marker of a file in `dir`, searching up to `boundary` (inclusive). */
  scopeOf(dir: string, boundary: string): Marker | undefined {
    for (let d = dir; ; d = path.dirname(d)) {
      if (this.hasKptfile(d)) return { kind: 'kpt', dir: d };
      if (d === boundary || !isInsideDir(boundary, d) || path.dirname(d) === d) break;
    }
    for (let d = dir; ; d = path.dirname(d)) {
      if (this.kustomization(d) !== undefined) return { kind: 'kustomize', dir: this.widen(d, boundary) };
      if (d === boundary || !isInsideDir(boundary, d) || path.dirname(d) === d) break;
    }
    for (let d = dir; ; d = path.dirname(d)) {
      if (this.hasInventory(d)) return { kind: 'inventory', dir: d };
      if (d === boundary || !isInsideDir(boundary, d) || path.dirname(d) === d) break;
    }
    return undefined;
  }

  /** Climbs to parent kustomizations that list `dir` (or a folder above it) under resources / components. */
  private widen(dir: string, boundary: string): string {
    let scope = dir;
    for (let d = path.dirname(dir); isInsideDir(boundary, scope) && (d === boundary || isInsideDir(boundary, d)); d = path.dirname(d)) {
      const entries = this.kustomization(d);
      if (entries && entries.some((e) => { const target = path.resolve(d, e); return target === scope || isInsideDir(target, scope); })) scope = d;
      if (d === boundary || path.dirname(d) === d) break;
    }
    return scope;
  }

  private readonly inventory = new Map<string, boolean>();

  /** A folder with a BackendInventory file directly in it (a cheap text test; the inventory loader checks it properly). */
  private hasInventory(dir: string): boolean {
    let v = this.inventory.get(dir);
    if (v === undefined) {
      v = false;
      try {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          if (!e.isFile() || !/\.ya?ml$/.test(e.name) || e.name.startsWith('.')) continue;
          const file = path.join(dir, e.name);
          if (fs.statSync(file).size <= 4 * 1024 * 1024 && /^kind:\s*["']?BackendInventory["']?\s*$/m.test(fs.readFileSync(file, 'utf8'))) {
            v = true;
            break;
          }
        }
      } catch {
        v = false;
      }
      this.inventory.set(dir, v);
    }
    return v;
  }

  private hasKptfile(dir: string): boolean {
    let v = this.kptfile.get(dir);
    if (v === undefined) {
      v = fs.existsSync(path.join(dir, 'Kptfile'));
      this.kptfile.set(dir, v);
    }
    return v;
  }

  /** The resources and components a folder's kustomization lists, or undefined when it has none. */
  private kustomization(dir: string): string[] | undefined {
    if (this.listed.has(dir)) return this.listed.get(dir);
    let entries: string[] | undefined;
    for (const name of KUSTOMIZATION_FILES) {
      const file = path.join(dir, name);
      if (!fs.existsSync(file)) continue;
      entries = [];
      try {
        const k = parse(fs.readFileSync(file, 'utf8'));
        for (const key of ['resources', 'components', 'bases']) {
          if (Array.isArray(k?.[key])) entries.push(...k[key].filter((e: unknown): e is string => typeof e === 'string' && !/^[a-z]+:\/\//.test(e)));
        }
      } catch {
        // An unreadable kustomization still marks its folder as a package; kustomize itself reports the error.
      }
      break;
    }
    this.listed.set(dir, entries);
    return entries;
  }
}
