/**
 * The non-resource paths the API server answers (`GET /healthz`, `/version`, `/api`), authorized
 * like any request (system:public-info-viewer / system:discovery let everyone read them;
 * plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go).
 * Upstream: k8s.io/apiserver pkg/server/healthz, pkg/endpoints/discovery, routes/version.go.
 * SIMPLIFICATION(k8s): only the health paths, /version and /api answer; other paths are 404.
 */
import { versionInfo } from '../version';
import type { Cluster } from '../types';
import { status, type Status } from './status';

const HEALTH = new Set(['/healthz', '/livez', '/readyz']);

/** The body the server returns for `path`, if it serves it. */
export function nonResourceBody(cluster: Cluster, path: string): string | undefined {
  if (HEALTH.has(path)) return 'ok';
  if (path === '/version') return JSON.stringify(versionInfo(cluster.serverVersion), null, 2);
  if (path === '/api')
    return '{"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"192.168.49.2:8443"}]}';
  return undefined;
}

/** The 404 for a path nobody serves (errors.NewNotFound with an empty resource: the generic text). */
export function pathNotFound(): Status {
  return status(404, 'NotFound', 'the server could not find the requested resource');
}
