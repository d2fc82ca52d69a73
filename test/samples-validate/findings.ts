/**
 * Runs `validate` the way a team would over the reference samples: each
 * upstream sample directory (the files of one kustomization, flattened into
 * `<repo>__<dir>__<file>` names) is validated together; each peer file (one
 * rendered kustomization, or one hand-edited input) on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatText } from '../../functions/lib/diagnostics/format.js';
import { readInputs } from '../../functions/lib/io/package.js';
import { check } from '../../functions/commands/validate.js';
import { REFERENCE } from '../support/cli.js';

export const SAMPLES = path.join(REFERENCE, 'samples');

export function sampleGroups(): string[][] {
  const groups = new Map<string, string[]>();
  for (const dir of ['upstream', 'peers']) {
    for (const f of fs.readdirSync(path.join(SAMPLES, dir)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const key = dir === 'peers' ? `peers/${f}` : `upstream/${f.slice(0, f.lastIndexOf('__'))}`;
      groups.set(key, [...(groups.get(key) ?? []), path.join(dir, f)]);
    }
  }
  return [...groups.values()];
}

/** One line per finding: `file:line:col: severity[rule]: field: message (hint)`, paths relative to samples/. */
export async function sampleFindings(): Promise<string[]> {
  const lines: string[] = [];
  for (const group of sampleGroups()) {
    const cwd = process.cwd();
    process.chdir(SAMPLES);
    try {
      const read = readInputs(group);
      const diagnostics = [...read.diagnostics, ...(await check(read.items, {}, read.root))];
      lines.push(...diagnostics.map(formatText));
    } finally {
      process.chdir(cwd);
    }
  }
  return lines.sort();
}
