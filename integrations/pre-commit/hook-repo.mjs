#!/usr/bin/env node
// Assembles the pre-commit hook repository: what `repo:` in a user's
// .pre-commit-config.yaml points at.
//
//   node integrations/pre-commit/hook-repo.mjs OUT_DIR
//
// Why a separate tree: pre-commit installs `language: node` hooks with
// `npm install --dev --prod` in the repository root, which installs
// devDependencies (the build and test toolchain) and so needs the network.
// The hook repository therefore carries a package.json with no dependencies
// of any kind and no scripts, the committed bundle (launcher and program file), the schemas and
// .pre-commit-hooks.yaml: installing it is a local `npm pack` + `npm install -g`.
// Publish OUT_DIR as its own repository (or an orphan branch) and tag it
// with the release, e.g. v0.1.0.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node integrations/pre-commit/hook-repo.mjs OUT_DIR\n');
  process.exit(2);
}
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
// The launcher and the program file it reads from beside it: one bundle, shipped together.
const bundle = ['rhoso-backends.cjs', 'rhoso-backends.program'];
for (const f of bundle) {
  if (!fs.existsSync(path.join(root, 'dist', f))) {
    process.stderr.write(`dist/${f} is missing; run \`node scripts/build.mjs\` first\n`);
    process.exit(1);
  }
}

const manifest = {
  name: pkg.name,
  version: pkg.version,
  description: pkg.description,
  license: pkg.license,
  private: true,
  bin: pkg.bin,
  files: pkg.files,
  engines: pkg.engines,
};
fs.mkdirSync(path.join(out, 'dist'), { recursive: true });
fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
for (const f of bundle) fs.copyFileSync(path.join(root, 'dist', f), path.join(out, 'dist', f));
fs.chmodSync(path.join(out, 'dist', 'rhoso-backends.cjs'), 0o755);
fs.copyFileSync(path.join(root, '.pre-commit-hooks.yaml'), path.join(out, '.pre-commit-hooks.yaml'));
fs.rmSync(path.join(out, 'schemas'), { recursive: true, force: true });
fs.cpSync(path.join(root, 'schemas'), path.join(out, 'schemas'), { recursive: true });
for (const f of ['LICENSE', 'README.md']) {
  if (fs.existsSync(path.join(root, f))) fs.copyFileSync(path.join(root, f), path.join(out, f));
}
process.stdout.write(`hook repository written to ${out}\n`);
