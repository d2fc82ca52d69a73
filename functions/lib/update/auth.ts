/**
 * Registry credentials from a container auth file: Podman/Skopeo
 * (`${XDG_RUNTIME_DIR}/containers/auth.json`) or Docker (`~/.docker/config.json`);
 * both are `{"auths": {"<registry>[/<path>]": {"auth": base64("user:password")}}}`.
 * Read only for --check-registry. Credentials are never printed: only the
 * file they came from is named.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Credentials {
  username: string;
  password: string;
  /** The auth file they came from (for messages). */
  source: string;
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
}

export interface AuthFiles {
  files: Array<{ path: string; auths: Map<string, AuthEntry>; helpers: boolean }>;
}

export class AuthFileError extends Error {}

/**
 * `authfile` (--authfile) is the only file read when given; otherwise the
 * files Podman and Docker use, in Podman's order, those that exist.
 */
export function loadAuthFiles(authfile: string | undefined, env: NodeJS.ProcessEnv): AuthFiles {
  if (authfile) return { files: [readAuthFile(authfile)] };
  const home = env.HOME;
  const candidates = [
    env.REGISTRY_AUTH_FILE,
    env.XDG_RUNTIME_DIR && path.join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'),
    home && path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'containers', 'auth.json'),
    env.DOCKER_CONFIG ? path.join(env.DOCKER_CONFIG, 'config.json') : home && path.join(home, '.docker', 'config.json'),
  ].filter((p): p is string => !!p);
  const files: AuthFiles['files'] = [];
  for (const p of [...new Set(candidates)]) if (fs.existsSync(p)) files.push(readAuthFile(p));
  return { files };
}

function readAuthFile(file: string): AuthFiles['files'][number] {
  let json: any;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AuthFileError(code ? `cannot read auth file ${file}: ${code}` : `auth file ${file} is not valid JSON`);
  }
  if (!json || typeof json !== 'object' || (json.auths !== undefined && (typeof json.auths !== 'object' || json.auths === null))) {
    throw new AuthFileError(`auth file ${file} has no "auths" object (expected {"auths": {"registry.example.com": {"auth": "..."}}})`);
  }
  const auths = new Map<string, AuthEntry>();
  for (const [key, entry] of Object.entries<AuthEntry>(json.auths ?? {})) {
    if (entry && typeof entry === 'object') auths.set(normalizeKey(key), entry);
  }
  return { path: file, auths, helpers: !!(json.credsStore || json.credHelpers) };
}

/** `https://index.docker.io/v1/` -> `docker.io`; `registry.example.com/` -> `registry.example.com`. */
function normalizeKey(key: string): string {
  let k = key.replace(/^[a-z]+:\/\//, '').replace(/\/+$/, '');
  k = k.replace(/\/v[12]$/, '');
  if (k === 'index.docker.io' || k === 'registry-1.docker.io') k = 'docker.io';
  return k;
}

/** The most specific entry for `registry/repositoryPath` (Podman allows per-namespace entries). */
export function credentialsFor(files: AuthFiles, registry: string, repositoryPath: string): Credentials | undefined {
  const host = registry === 'registry-1.docker.io' || registry === 'index.docker.io' ? 'docker.io' : registry;
  const segments = repositoryPath.split('/');
  const keys: string[] = [];
  for (let n = segments.length; n > 0; n--) keys.push(`${host}/${segments.slice(0, n).join('/')}`);
  keys.push(host);
  for (const f of files.files) {
    for (const key of keys) {
      const entry = f.auths.get(key);
      const creds = entry && decode(entry);
      if (creds) return { ...creds, source: f.path };
    }
  }
  return undefined;
}

/** Whether some auth file delegates to a credential helper (not supported: named in the error). */
export function usesCredentialHelpers(files: AuthFiles): boolean {
  return files.files.some((f) => f.helpers);
}

function decode(entry: AuthEntry): { username: string; password: string } | undefined {
  if (typeof entry.auth === 'string' && entry.auth) {
    const text = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon > 0) return { username: text.slice(0, colon), password: text.slice(colon + 1) };
    return undefined;
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string') return { username: entry.username, password: entry.password };
  return undefined;
}
