/** Runs validate over every corpus package (packages.ts) the way `validate PKG` does; one line per finding, `<package>/<file>:line:col: ...`. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validatePaths } from '../../functions/commands/validate.js';
import { formatText } from '../../functions/lib/diagnostics/format.js';
import { corpusPackages } from './packages.js';

export interface PackageRun {
  name: string;
  lines: string[];
  crashed?: string;
}

let cached: Promise<PackageRun[]> | undefined;

export function corpusFindings(): Promise<PackageRun[]> {
  cached ??= run();
  return cached;
}

async function run(): Promise<PackageRun[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-corpus-'));
  const cwd = process.cwd();
  const out: PackageRun[] = [];
  try {
    process.chdir(work);
    for (const pkg of corpusPackages()) {
      fs.mkdirSync(pkg.name);
      for (const [file, text] of Object.entries(pkg.inputs)) fs.writeFileSync(path.join(pkg.name, file), text);
      try {
        const result = await validatePaths([pkg.name], {});
        out.push({ name: pkg.name, lines: result.diagnostics.map(formatText) });
      } catch (err) {
        out.push({ name: pkg.name, lines: [], crashed: (err as Error).stack ?? String(err) });
      }
    }
  } finally {
    process.chdir(cwd);
    fs.rmSync(work, { recursive: true, force: true });
  }
  return out;
}
