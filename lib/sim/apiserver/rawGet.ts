/**
 * `kubectl get --raw PATH`: one GET of a non-resource path, authorized like any request
 * (system:public-info-viewer / system:discovery let everyone read the health and version paths;
 * plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go) and printed as the server's body.
 * Upstream: kubectl pkg/cmd/get/get.go (raw), k8s.io/apiserver pkg/server/healthz, routes/version.go.
 * SIMPLIFICATION(k8s): only the health paths, /version and /api answer; other paths are 404.
 */
import { versionInfo } from '../version';
import { apiCall, serverError } from './apiServer';
import type { Env } from '../kubectl/types';

const HEALTH = new Set(['/healthz', '/livez', '/readyz']);

function body(env: Env, path: string): string | undefined {
  if (HEALTH.has(path)) return 'ok';
  if (path === '/version') return JSON.stringify(versionInfo(env.cluster.serverVersion), null, 2);
  if (path === '/api') return '{"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"192.168.49.2:8443"}]}';
  return undefined;
}

/** Run `kubectl get --raw`; `extra` are positional arguments (not allowed with --raw). */
export function runRawGet(env: Env, rawPath: string, extra: string[]): number {
  if (extra.length > 0) { env.out.push('error: arguments may not be passed when --raw is specified'); return 1; }
  if (!rawPath.startsWith('/')) { env.out.push(`error: --raw must be a path, got "${rawPath}"`); return 1; }
  const path = rawPath.split('?')[0];
  const call = apiCall(env, { verb: 'get', path }, () => {
    const text = body(env, path);
    return text === undefined ? { status: 404, value: undefined, failure: { message: 'the server could not find the requested resource', reason: 'NotFound' } } : { status: 200, value: text };
  });
  if (!call.ok) { env.out.push(serverError(call.reason, call.message)); return 1; }
  if (call.value === undefined) { env.out.push(serverError('NotFound', 'the server could not find the requested resource')); return 1; }
  env.out.push(...call.value.split('\n'));
  return 0;
}
