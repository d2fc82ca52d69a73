/**
 * `import PATH...`: the BackendInventory that renders a hand-written control
 * plane, on stdout (or --output FILE, or --write into the package). The
 * source's findings (validate's), import's notes, what stays in the control
 * plane and the placeholders go to stderr. Nothing is written on errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readInputs } from '../lib/io/package.js';
import { isInventory } from '../lib/inventory/load.js';
import { hasErrors, type Diagnostic } from '../lib/diagnostics/diagnostic.js';
import { importPackage, type ImportResult } from '../lib/import/index.js';
import { COMMANDS } from './options.js';
import { parseArgs, UsageError } from './args.js';
import { displayPaths, EXIT_ERRORS, EXIT_OK, printDiagnostics, processIO, type CommandIO, type Format } from './output.js';

export const importFlags = COMMANDS['import'].options;

/** The file --write creates in the package folder. */
export const WRITTEN_INVENTORY = 'inventory.yaml';

export async function importCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, importFlags);
  const format = (args.flags.format as Format) ?? 'text';
  if (args.positional.length === 0) throw new UsageError('import needs a PATH (the folder or files of the hand-written control plane)');
  const output = args.flags.output as string | undefined;
  const write = Boolean(args.flags.write);
  if (output && write) throw new UsageError('give --output FILE or --write, not both');

  const paths = args.positional;
  const read = readInputs(paths);
  if (hasErrors(read.diagnostics)) {
    printDiagnostics(displayPaths(read.diagnostics, read.root, paths), format, io.stderr);
    return EXIT_ERRORS;
  }
  const target = write ? path.join(read.root, WRITTEN_INVENTORY) : output ? path.resolve(output) : undefined;
  const schemaRef = schemaReference(target ? path.dirname(target) : process.cwd());
  const result = importPackage(read.items, { sourceLabel: paths.join(' '), schemaRef, inventoryPath: target ? path.relative(process.cwd(), target) || target : '<stdout>' });
  const diagnostics = displayPaths([...read.diagnostics, ...result.diagnostics], read.root, paths);
  if (result.diagnostics.some((d) => d.severity === 'error' && d.rule === 'import')) {
    printDiagnostics(diagnostics, format, io.stderr);
    return EXIT_ERRORS;
  }
  if (write) {
    const refusal = refuseOverwrite(read.root, read.items, result.inventoryText);
    if (refusal) {
      printDiagnostics([...diagnostics, ...displayPaths([refusal], read.root, paths)], format, io.stderr);
      return EXIT_ERRORS;
    }
  }
  if (target) writeAtomically(target, result.inventoryText);
  else io.stdout.write(result.inventoryText);
  printDiagnostics(diagnostics, format, io.stderr);
  if (format === 'text') io.stderr.write(report(result, target));
  return EXIT_OK;
}

/** --write never replaces an inventory the package already has, unless it is the same text. */
function refuseOverwrite(root: string, items: ReturnType<typeof readInputs>['items'], text: string): Diagnostic | undefined {
  const file = path.join(root, WRITTEN_INVENTORY);
  const existing = items.find(isInventory);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text && (!existing || existing.path === WRITTEN_INVENTORY)) return undefined;
  if (existing) {
    return { severity: 'error', rule: 'import', message: `the package already has a BackendInventory (${existing.path}); import does not replace it`, file: existing.path, line: 1, column: 1, hint: 'print the import on stdout (without --write) and compare, or remove the old inventory first' };
  }
  if (fs.existsSync(file)) {
    return { severity: 'error', rule: 'import', message: `${WRITTEN_INVENTORY} already exists in the package and is not a BackendInventory; import does not replace it`, file: WRITTEN_INVENTORY, line: 1, column: 1, hint: 'use --output FILE to write it elsewhere' };
  }
  return undefined;
}

function writeAtomically(target: string, text: string): void {
  const temp = `${target}.rhoso-backends-${process.pid}.tmp`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, target);
}

/** The schema shipped beside the bin (dist/../schemas), as a path relative to where the inventory goes. */
function schemaReference(fromDir: string): string {
  const candidates = [path.resolve(__dirname, '..', 'schemas'), path.resolve(__dirname, '..', '..', 'schemas')];
  const dir = candidates.find((d) => fs.existsSync(path.join(d, 'backend-inventory.schema.json'))) ?? candidates[0];
  const rel = path.relative(fromDir, path.join(dir, 'backend-inventory.schema.json')).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function report(result: ImportResult, target: string | undefined): string {
  const spec = result.inventory.spec ?? {};
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const lines = [
    `imported ${count(spec.cinder?.backends?.length ?? 0, 'cinder back end')}, ${count((spec.cinder?.backups?.length ?? 0) + (spec.cinder?.backup ? 1 : 0), 'backup')}, ${count(spec.manila?.backends?.length ?? 0, 'manila back end')}, ${count(spec.glance?.stores?.length ?? 0, 'glance store')}, ${count(spec.ceph?.length ?? 0, 'Ceph cluster')}, ${count(spec.mounts?.length ?? 0, 'mount')}, ${count(spec.dataPlane?.nodeSets?.length ?? 0, 'data-plane node set')}${spec.hosts ? ', hosts (MachineConfigs: check)' : ''}${target ? ` into ${target}` : ''}`,
  ];
  if (result.placeholders.length > 0) {
    lines.push(`${count(result.placeholders.length, 'placeholder')} to fill in before render (render refuses them, RB058):`);
    for (const p of result.placeholders) lines.push(`  ${p.field.join('.')}: ${p.what}`);
  }
  if (result.kept.length > 0) {
    lines.push(`${count(result.kept.length, 'entry')} kept in the hand-written control plane (no inventory field says them):`);
    for (const k of result.kept) lines.push(`  ${k.path}#${k.pointer}: ${k.why}`);
  }
  return lines.join('\n').replace(/entrys/g, 'entries') + '\n';
}
