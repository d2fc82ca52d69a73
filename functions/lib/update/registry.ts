/**
 * Asks container registries whether tags exist (plan-update --check-registry),
 * with the OCI distribution API: HEAD /v2/<name>/manifests/<tag>. A 401 with
 * a Bearer challenge is answered the usual way (GET the realm, with Basic
 * credentials from the auth file when there are some, then HEAD again with
 * the token); a Basic challenge gets the credentials directly. Only
 * node:http/https, bounded timeouts, no retries; nothing is cached on disk.
 * Loopback registries (localhost, 127.0.0.1, [::1]) are spoken to over plain
 * HTTP, as Docker and Podman do; every other registry over HTTPS.
 */
import http from 'node:http';
import https from 'node:https';
import { normalizeRepository, parseImage } from '../catalog/images.js';
import { credentialsFor, usesCredentialHelpers, type AuthFiles, type Credentials } from './auth.js';
import type { RegistryResult } from './plan.js';

export interface RegistryOptions {
  auth: AuthFiles;
  /** Per request. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Errors that mean no registry answered (so nothing is known about the tag), as opposed to an answer we could not use. */
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EADDRNOTAVAIL']);
const MAX_REDIRECTS = 3;

/** Manifests a tag may point to: OCI index/manifest, Docker manifest list/v2. */
const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Checks each reference (`registry/path:tag`) once; the map is keyed by the reference as given. */
export async function checkTags(refs: readonly string[], options: RegistryOptions): Promise<Map<string, RegistryResult>> {
  const client = new RegistryClient(options);
  const out = new Map<string, RegistryResult>();
  for (const ref of [...new Set(refs)].sort()) out.set(ref, await client.check(ref));
  return out;
}

class RegistryClient {
  private readonly tokens = new Map<string, string>();
  private readonly timeoutMs: number;

  constructor(private readonly options: RegistryOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async check(ref: string): Promise<RegistryResult> {
    const parsed = parseImage(ref);
    if (!parsed.tag) return { result: 'error', detail: `${ref} has no tag to look up` };
    const full = normalizeRepository(parsed.repository);
    const slash = full.indexOf('/');
    const host = full.slice(0, slash) === 'docker.io' ? 'registry-1.docker.io' : full.slice(0, slash);
    const name = full.slice(slash + 1);
    const url = `${schemeFor(host)}://${host}/v2/${name}/manifests/${encodeURIComponent(parsed.tag)}`;
    const creds = credentialsFor(this.options.auth, full.slice(0, slash), name);
    try {
      let res = await this.request('HEAD', url, {});
      if (res.status === 401) {
        const authorization = await this.answerChallenge(String(res.headers['www-authenticate'] ?? ''), name, creds);
        if (typeof authorization !== 'string') return authorization;
        res = await this.request('HEAD', url, { authorization });
      }
      if (res.status === 200) {
        const digest = res.headers['docker-content-digest'];
        return { result: 'found', digest: typeof digest === 'string' && digest ? digest : undefined };
      }
      if (res.status === 404) return { result: 'missing' };
      if (res.status === 401 || res.status === 403) return { result: 'error', detail: denied(host, creds, this.options.auth) };
      return { result: 'error', detail: `${host} answered HTTP ${res.status}` };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code && UNREACHABLE.has(code)) return { result: 'unreachable', host, detail: `${host}: ${(err as Error).message}` };
      return { result: 'error', host, detail: `${host}: ${(err as Error).message}` };
    }
  }

  /** The Authorization header value for a 401 challenge, or the reason there is none. */
  private async answerChallenge(header: string, name: string, creds: Credentials | undefined): Promise<string | RegistryResult> {
    const challenge = parseChallenge(header);
    if (challenge?.scheme === 'basic') {
      if (!creds) return { result: 'error', detail: 'the registry needs credentials; log in (podman login) or give --authfile' };
      return basic(creds);
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
      return { result: 'error', detail: `the registry answered 401 without a usable challenge (${header ? header.split(' ')[0] : 'no WWW-Authenticate header'})` };
    }
    const { realm, service } = challenge.params;
    const scope = challenge.params.scope ?? `repository:${name}:pull`;
    let realmUrl: URL;
    try {
      realmUrl = new URL(realm);
    } catch {
      return { result: 'error', detail: `the registry's token realm is not a URL: ${realm}` };
    }
    if (realmUrl.protocol !== 'https:' && !(realmUrl.protocol === 'http:' && isLoopback(realmUrl.hostname))) {
      return { result: 'error', detail: `the registry's token realm ${realmUrl.origin} is not HTTPS; refusing to use it` };
    }
    const cacheKey = `${realm}|${service ?? ''}|${scope}|${creds ? creds.source : ''}`;
    let token = this.tokens.get(cacheKey);
    if (!token) {
      if (service) realmUrl.searchParams.set('service', service);
      realmUrl.searchParams.set('scope', scope);
      const res = await this.request('GET', realmUrl.toString(), creds ? { authorization: basic(creds) } : {});
      if (res.status === 401 || res.status === 403) return { result: 'error', detail: denied(realmUrl.host, creds, this.options.auth) };
      if (res.status !== 200) return { result: 'error', detail: `the token service ${realmUrl.host} answered HTTP ${res.status}` };
      try {
        const body = JSON.parse(res.body);
        token = typeof body.token === 'string' ? body.token : typeof body.access_token === 'string' ? body.access_token : undefined;
      } catch {
        token = undefined;
      }
      if (!token) return { result: 'error', detail: `the token service ${realmUrl.host} answered without a token` };
      this.tokens.set(cacheKey, token);
    }
    return `Bearer ${token}`;
  }

  private request(method: 'HEAD' | 'GET', url: string, headers: Record<string, string>, redirects = 0): Promise<Response> {
    return new Promise((resolve, reject) => {
      const target = new URL(url);
      const lib = target.protocol === 'http:' ? http : https;
      const req = lib.request(
        target,
        { method, headers: { accept: ACCEPT, 'user-agent': 'rhoso-backends', ...headers }, timeout: this.timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size <= 1024 * 1024) chunks.push(c); // a token answer is small; ignore the rest
          });
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if ([301, 302, 303, 307, 308].includes(status) && location && redirects < MAX_REDIRECTS) {
              const next = new URL(location, target);
              if (next.protocol !== 'https:' && !(next.protocol === 'http:' && isLoopback(next.hostname))) {
                reject(new Error(`redirected to ${next.origin}, which is not HTTPS`));
                return;
              }
              // Credentials go to the host they were meant for only.
              const keep = next.host === target.host ? headers : Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'authorization'));
              this.request(method, next.toString(), keep, redirects + 1).then(resolve, reject);
              return;
            }
            resolve({ status, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${this.timeoutMs / 1000} s`), { code: 'ETIMEDOUT', timedOut: true })));
      req.on('error', (err: NodeJS.ErrnoException & { timedOut?: boolean }) =>
        reject(Object.assign(new Error(err.code && err.code !== 'ECONNRESET' && !err.timedOut ? `${err.code} (${err.message})` : err.message), { code: err.code })),
      );
      req.end();
    });
  }
}

function schemeFor(host: string): 'http' | 'https' {
  return isLoopback(host.replace(/:[0-9]+$/, '').replace(/^\[(.*)\]$/, '$1')) ? 'http' : 'https';
}

function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127\.[0-9]+\.[0-9]+\.[0-9]+$/.test(h);
}

function basic(creds: Credentials): string {
  return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
}

function denied(host: string, creds: Credentials | undefined, auth: AuthFiles): string {
  if (creds) return `${host} refused the credentials from ${creds.source}`;
  const helpers = usesCredentialHelpers(auth) ? ' (credential helpers are not supported: use podman login --authfile FILE)' : '';
  return `${host} needs credentials and none were found for it${helpers}; log in (podman login) or give --authfile`;
}

/** `Bearer realm="https://auth.example.com/token",service="registry",scope="repository:x:pull"`. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } | undefined {
  const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
  let p: RegExpExecArray | null;
  while ((p = re.exec(m[2]))) params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
  return { scheme: m[1].toLowerCase(), params };
}
