import fs from 'node:fs';
import path from 'node:path';
import { resolveInside } from '../../io/package-path.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

/** Markers of secret material in a text file: PEM/OpenSSH/PGP private keys and Ceph keyring secrets. */
const SECRET_MATERIAL: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/, what: 'a private key' },
  { pattern: /-----BEGIN PGP PRIVATE KEY BLOCK-----/, what: 'a PGP private key' },
  { pattern: /^\s*key\s*=\s*AQ[A-Za-z0-9+/]{30,}={0,2}\s*$/m, what: 'a Ceph keyring secret' },
];

/** Files are read only up to this size: secret markers sit at the start of PEM and keyring files. */
const SCAN_BYTES = 1024 * 1024;

export const secretInPackageFile: Rule<InventoryRuleContext> = {
  id: 'RB042',
  name: 'secret-in-package-file',
  severity: 'error',
  summary: 'A `files[].path` file holds secret material (a private key, a Ceph keyring) while spec.secrets.allowPlaintext is not true.',
  why: 'files[].path is for non-secret files: the tool copies the content into a generated Secret manifest, so the key would be in plain text in Git.',
  fix: 'Replace `path: certs/client.pem` with `externalSecret: {key: storage/pure, property: client_pem}` or `secretName: pure-client-cert` (a SealedSecret or SOPS Secret in the package).',
  check({ inventory, item, packageRoot }, report) {
    if (inventory.secrets.allowPlaintext) return;
    const baseDir = path.resolve(packageRoot, path.dirname(inventory.path || '.'));
    for (const b of allBackends(inventory)) {
      b.files.forEach((f, i) => {
        if (!f.path) return;
        const { abs } = resolveInside(packageRoot, baseDir, f.path);
        if (!abs) return; // RB006 reports paths that cannot be read
        const found = SECRET_MATERIAL.find((s) => s.pattern.test(head(abs)));
        if (!found) return;
        report({
          item,
          path: [...b.at, 'files', i, 'path'],
          message: `"${f.path}" holds ${found.what}; it would be copied in plain text into a generated Secret manifest`,
          hint: 'use files[].externalSecret (read from the store) or files[].secretName (a SealedSecret or SOPS Secret); for a lab, set spec.secrets.allowPlaintext: true',
        });
      });
    }
  },
};

function head(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Math.min(SCAN_BYTES, fs.fstatSync(fd).size));
    fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.toString('latin1');
  } finally {
    fs.closeSync(fd);
  }
}
