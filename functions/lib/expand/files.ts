/**
 * Extra files a driver needs (certificates, XML configs, SSH keys), mounted
 * read-only with subPath into one back end's pod only (instance-level
 * propagation `[<backend>]`), so they reach no other pod.
 */
import type { BackendFile, FieldPath, RemoteRef } from '../inventory/model.js';
import { readPackageFile, type ExpandContext } from './context.js';
import { externalSecret } from './credentials.js';
import { CONTENT_LABEL, generatedMetadata, type Expansion, type OwnedEntry } from './plan.js';

export interface FileOwner {
  name: string;
  files: BackendFile[];
  at: FieldPath;
}

interface VolumeGroup {
  secretName: string;
  items: Array<{ key: string; path: string }>;
  mounts: Array<{ mountPath: string; subPath: string }>;
}

/** The Secret the tool generates for a back end's files read from the package (`path`) or from a store (`externalSecret`). */
export function fileSecretName(component: string, owner: string, source: 'path' | 'externalSecret'): string {
  return source === 'path' ? `${component}-${owner}-files` : `${component}-${owner}-secret-files`;
}

/** Returns the extraMounts entry for the back end's files (or undefined when it has none). */
export function expandFiles(ctx: ExpandContext, owner: FileOwner, service: 'cinder' | 'manila', component: string, out: Expansion): OwnedEntry | undefined {
  if (owner.files.length === 0) return undefined;
  const { namespace } = ctx.inventory.controlPlane;
  const labels = { service, component };
  const groups = new Map<string, VolumeGroup>();
  const group = (secretName: string) => {
    let g = groups.get(secretName);
    if (!g) groups.set(secretName, (g = { secretName, items: [], mounts: [] }));
    return g;
  };
  const fromPath: Record<string, string> = {};
  const fromPathBinary: Record<string, string> = {};
  const fromStore: Array<[string, RemoteRef]> = [];
  const pathSecret = fileSecretName(component, owner.name, 'path');
  const storeSecret = fileSecretName(component, owner.name, 'externalSecret');

  owner.files.forEach((f, i) => {
    const at: FieldPath = [...owner.at, 'files', i];
    let secretName: string;
    let key = f.name;
    if (f.secretName) {
      secretName = f.secretName;
      key = f.key ?? f.name;
      out.externalSecrets.push({ name: f.secretName, origin: [...at, 'secretName'] });
    } else if (f.path) {
      secretName = pathSecret;
      const content = readPackageFile(ctx, f.path, [...at, 'path']);
      if (content === undefined) return;
      if (isText(content)) fromPath[f.name] = content.toString('utf8');
      else fromPathBinary[f.name] = content.toString('base64');
    } else {
      secretName = storeSecret;
      fromStore.push([f.name, f.externalSecret!]);
    }
    const g = group(secretName);
    g.items.push({ key, path: f.name });
    g.mounts.push({ mountPath: f.mountPath, subPath: f.name });
  });

  if (Object.keys(fromPath).length + Object.keys(fromPathBinary).length > 0) {
    out.resources.push({
      origin: [...owner.at, 'files'],
      value: {
        apiVersion: 'v1',
        kind: 'Secret',
        // Marked as package files (not credentials): RB140 only guards credential Secrets.
        metadata: generatedMetadata(pathSecret, namespace, ctx.inventory.name, { ...labels, [CONTENT_LABEL]: 'files' }),
        type: 'Opaque',
        ...(Object.keys(fromPathBinary).length ? { data: fromPathBinary } : {}),
        ...(Object.keys(fromPath).length ? { stringData: fromPath } : {}),
      },
    });
  }
  if (fromStore.length > 0) {
    out.resources.push({
      origin: [...owner.at, 'files'],
      value: externalSecret(ctx, storeSecret, labels, ctx.inventory.secrets.store, {}, fromStore),
    });
  }

  const volumes: unknown[] = [];
  const mounts: unknown[] = [];
  [...groups.values()].forEach((g, i) => {
    const volumeName = filesVolumeName(owner.name, i);
    volumes.push({ name: volumeName, secret: { secretName: g.secretName, items: g.items } });
    for (const m of g.mounts) mounts.push({ name: volumeName, mountPath: m.mountPath, subPath: m.subPath, readOnly: true });
  });
  if (volumes.length === 0) return undefined;
  return {
    kind: 'item',
    path: ['spec', service, 'template', 'extraMounts'],
    key: filesVolumeName(owner.name, 0),
    origin: [...owner.at, 'files'],
    value: {
      name: filesVolumeName(owner.name, 0),
      extraVol: [{ propagation: [owner.name], extraVolType: 'Undefined', volumes, mounts }],
    },
  };
}

/** Text files go to stringData (readable in review), anything else to data. */
function isText(buf: Buffer): boolean {
  const s = buf.toString('utf8');
  return Buffer.from(s, 'utf8').equals(buf) && !/[\u0000-\u0008\u000E-\u001F\r]/.test(s);
}

/** The extraMounts entry of an owner's files, and its i-th volume (one per source Secret): <name>-files, <name>-files-2, ... */
export function filesVolumeName(owner: string, i: number): string {
  return i === 0 ? `${owner}-files` : `${owner}-files-${i + 1}`;
}
