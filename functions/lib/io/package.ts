/**
 * Reads files and directories into items, in a fixed order (sorted paths,
 * document order within a file) so output never depends on readdir order.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeUtf8, parseYamlFile, MAX_INPUT_BYTES } from './yaml.js';
import type { Item } from './resources.js';

const SKIP_DIRS = new Set(['node_modules', '.git']);
const NOT_RESOURCES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization', '.pre-commit-config.yaml', '.pre-commit-hooks.yaml']);

export interface ReadResult {
  items: Item[];
  diagnostics: Diagnostic[];
  /** Absolute directory that package-relative paths (files[].path, ...) resolve against. */
  root: string;
}

export interface ReadOptions {
  /** Absolute paths to leave out (e.g. the --output-dir being written). */
  exclude?: string[];
}

/**
 * `inputs` are files or directories. Paths in items are relative to `root`:
 * the single directory given, or the working directory otherwise.
 */
export function readInputs(inputs: string[], options: ReadOptions = {}): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const cwd = process.cwd();
  const single = inputs.length === 1 ? path.resolve(inputs[0]) : undefined;
  const root = single && isDir(single) ? single : single ? path.dirname(single) : cwd;
  const files: string[] = [];
  const exclude = (options.exclude ?? []).map((p) => path.resolve(p));
  for (const input of inputs) {
    const abs = path.resolve(input);
    if (!fs.existsSync(abs)) {
      diagnostics.push({ severity: 'error', rule: 'io', message: `no such file or directory: ${input}`, file: toPosix(path.relative(root, abs)) || input });
      continue;
    }
    if (isDir(abs)) walk(abs, files, exclude);
    else files.push(abs);
  }
  const read = readFiles([...new Set(files)].sort(), root);
  return { items: read.items, diagnostics: [...diagnostics, ...read.diagnostics], root };
}

/**
 * Reads `files` (absolute, sorted) into items with paths relative to `root`.
 * `broken` lists the files (relative) that had a YAML error: their items are
 * still returned, so callers decide whether to check the rest without them.
 */
export function readFiles(files: readonly string[], root: string): { items: Item[]; diagnostics: Diagnostic[]; broken: Set<string> } {
  const diagnostics: Diagnostic[] = [];
  const broken = new Set<string>();
  const items: Item[] = [];
  for (const abs of files) {
    const rel = toPosix(path.relative(root, abs)) || path.basename(abs);
    let text: string;
    try {
      const st = fs.statSync(abs);
      if (st.size > MAX_INPUT_BYTES) {
        diagnostics.push({ severity: 'error', rule: 'io/size', message: `file is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB input limit`, file: rel, line: 1, column: 1 });
        broken.add(rel);
        continue;
      }
      const decoded = decodeUtf8(rel, fs.readFileSync(abs));
      if (decoded.text === undefined) {
        diagnostics.push(decoded.diagnostic!);
        broken.add(rel);
        continue;
      }
      text = decoded.text;
    } catch (err) {
      diagnostics.push({ severity: 'error', rule: 'io', message: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? err}`, file: rel });
      broken.add(rel);
      continue;
    }
    const parsed = parseYamlFile(rel, text);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.some((d) => d.severity === 'error')) broken.add(rel);
    parsed.file.docs.forEach((doc, index) => items.push({ doc, path: rel, index, file: parsed.file }));
  }
  return { items, diagnostics, broken };
}

export function walk(dir: string, out: string[], exclude: string[]): void {
  if (exclude.some((e) => dir === e || dir.startsWith(e + path.sep))) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) walk(abs, out, exclude);
    else if (e.isFile() && /\.ya?ml$/.test(e.name) && !NOT_RESOURCES.has(e.name)) {
      if (!exclude.some((x) => abs === x || abs.startsWith(x + path.sep))) out.push(abs);
    }
  }
}

export function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
