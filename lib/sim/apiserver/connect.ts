/**
 * How kubectl's streaming requests (`exec`, `attach`, `port-forward`) are authorized, by server
 * version (kubectl is the same release as the simulated server; every modelled one is 1.30+):
 * - 1.30 to 1.34 kubectl upgrades a websocket first (a GET, authorized as `get`) and falls back to
 *   SPDY (`create`) when the upgrade is refused: either verb lets it in
 *   (KEP-4006 transition-spdy-to-websockets, kubectl TranslateStreamCloseWebsocketRequests);
 * - from 1.35 the websocket upgrade also needs `create` (AuthorizePodWebsocketUpgradeCreatePermission,
 *   beta and on, kubernetes/kubernetes#134577), so `create` is required and `get` alone is refused.
 * SIMPLIFICATION(k8s): the request that succeeds is the one audited (plus the refused websocket
 * GET on 1.30-1.34 when only `create` is granted is not logged).
 */
import { authorize } from '../rbac';
import { apiCall, effectiveIdentity, type ApiCall } from './apiServer';
import type { RequestContext } from './types';

/** First minor whose API server also requires `create` on the websocket upgrade. */
export const WEBSOCKET_CREATE_CHECK_MINOR = 35;

export interface ConnectTarget {
  subresource: 'exec' | 'attach' | 'portforward';
  namespace: string;
  name: string;
}

function websocketGetAllowed(env: RequestContext, target: ConnectTarget): boolean {
  const minor = env.cluster.serverVersion.minor;
  if (minor >= WEBSOCKET_CREATE_CHECK_MINOR) return false;
  if (env.impersonate) return true; // impersonation is decided inside apiCall
  const who = effectiveIdentity(env);
  const verdict = authorize(env.cluster, {
    user: who.user,
    groups: who.groups,
    resourceAttributes: { verb: 'get', group: '', resource: 'pods', subresource: target.subresource, namespace: target.namespace, name: target.name },
  });
  return verdict.allowed;
}

/** Authorize (and audit) one streaming request to a pod; status 101 (Switching Protocols) when allowed. */
export function connectCall(env: RequestContext, target: ConnectTarget): ApiCall<boolean> {
  const request = { version: 'v1', resource: 'pods', subresource: target.subresource, namespace: target.namespace, name: target.name };
  const handler = (): { status: number; value: boolean } => ({ status: 101, value: true });
  if (websocketGetAllowed(env, target)) {
    const viaGet = apiCall(env, { ...request, verb: 'get' }, handler);
    if (viaGet.ok) return viaGet;
  }
  return apiCall(env, { ...request, verb: 'create' }, handler);
}
