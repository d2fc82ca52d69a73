#!/usr/bin/env node
// Makes test/data/reference an exact copy of the shared reference folder again:
// files added, changed and removed upstream are added, changed and removed here.
//
//   node scripts/refresh-reference.mjs [--check] [SOURCE]     (npm run refresh-reference)
//
// With --check nothing is written: it lists every file that differs (changed,
// missing here, or no longer in SOURCE) and exits 1 when there is one
// (test/reference/freshness.test.ts runs this).
// SOURCE defaults to ../shared/reference beside the repository. Its top-level
// engineering notes (*.md directly in SOURCE) are not test input and are not
// copied; every sub-folder is, with its PROVENANCE.md, byte for byte and with
// its file mode. Afterwards run npm test and commit the result.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const check = argv.includes('--check');
const source = path.resolve(argv.find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'reference'));
const target = path.join(root, 'test', 'data', 'reference');

/** Relative paths (posix) of the files in sub-folders of dir: the copied ones (top-level files are notes, or the copy's README). */
function referenceFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      if (e.isDirectory()) walk(abs);
      else if (e.isFile() && rel.includes('/')) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

function main() {
  if (!fs.existsSync(source)) {
    process.stderr.write(`refresh-reference: no reference folder at ${source}\n`);
    return 2;
  }
  const wanted = new Set(referenceFiles(source));
  if (check) {
    const have = new Set(referenceFiles(target));
    const problems = [];
    for (const rel of wanted) {
      if (!have.has(rel)) problems.push(`missing here: ${rel}`);
      else if (!fs.readFileSync(path.join(target, rel)).equals(fs.readFileSync(path.join(source, rel)))) problems.push(`differs: ${rel}`);
    }
    for (const rel of have) if (!wanted.has(rel)) problems.push(`not in ${source}: ${rel}`);
    if (problems.length === 0) {
      process.stdout.write(`refresh-reference: the ${have.size} files of ${path.relative(root, target)} equal ${source}\n`);
      return 0;
    }
    process.stderr.write(`refresh-reference: ${path.relative(root, target)} is not a copy of ${source}; run npm run refresh-reference and commit\n${problems.map((p) => `  ${p}\n`).join('')}`);
    return 1;
  }
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const rel of referenceFiles(target)) {
    if (wanted.has(rel)) continue;
    fs.rmSync(path.join(target, rel));
    removed++;
  }
  for (const rel of wanted) {
    const from = path.join(source, rel);
    const to = path.join(target, rel);
    const exists = fs.existsSync(to);
    if (exists && fs.readFileSync(to).equals(fs.readFileSync(from))) continue;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
    fs.chmodSync(to, fs.statSync(from).mode & 0o777);
    if (exists) changed++;
    else added++;
  }
  // Folders left empty by removed files.
  const prune = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) prune(path.join(d, e.name));
    if (d !== target && fs.readdirSync(d).length === 0) fs.rmdirSync(d);
  };
  prune(target);
  process.stdout.write(`refresh-reference: ${path.relative(root, target)} from ${source}: ${added} added, ${changed} changed, ${removed} removed\n`);
  return 0;
}

process.exitCode = main();
