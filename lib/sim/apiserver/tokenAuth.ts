/**
 * `kubectl --token`: the API server's ServiceAccount token authenticator for the tokens it issues
 * and the simulated kubelet mounts (saToken.ts). A bound token is valid while
 * the pod it names still exists and runs as that ServiceAccount with its token mounted (automounted,
 * or projected by hand: serverView.ts holdsApiToken); it
 * authenticates as `system:serviceaccount:<ns>:<name>` with the groups
 * `system:serviceaccounts`, `system:serviceaccounts:<ns>` and `system:authenticated`.
 * Upstream: kubernetes/kubernetes pkg/serviceaccount/claims.go (bound pod checks) and
 * staging/src/k8s.io/apiserver/pkg/authentication/serviceaccount/util.go (username, groups);
 * https://kubernetes.io/docs/reference/access-authn-authz/authentication/#service-account-tokens
 * SIMPLIFICATION(k8s): the signature is checked by re-issuing the token (no keys); expiry is not
 * modelled (the simulated clock stays within the token's hour).
 */
import type { Cluster, PodInfo } from '../types';
import { identityFor } from '../rbac';
import { serviceAccountToken } from './saToken';
import { holdsApiToken } from './serverView';
import { decodeBase64 } from './base64';
import { isRecord, rec, str } from './objectData';
import type { Who } from './types';

/** What kubectl prints when the server answers 401. */
export const UNAUTHORIZED = 'You must be logged in to the server (Unauthorized)';

function claimsOf(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const padded = parts[1].replace(/-/g, '+').replace(/_/g, '/');
  const text = decodeBase64(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function boundPod(cluster: Cluster, claims: Record<string, unknown>): PodInfo | undefined {
  const bound = rec(claims['kubernetes.io']);
  const namespace = str(bound.namespace);
  const pod = cluster.pods.get(`${namespace}/${str(rec(bound.pod).name)}`);
  if (!pod || pod.serviceAccountName !== str(rec(bound.serviceaccount).name)) return undefined;
  return pod;
}

/** The identity a bearer token authenticates as, or undefined (401) when it is not valid. */
export function authenticateBearerToken(cluster: Cluster, token: string): Who | undefined {
  if (typeof token !== 'string' || token.length > 8192) return undefined;
  const claims = claimsOf(token.trim());
  if (!claims) return undefined;
  const pod = boundPod(cluster, claims);
  if (!pod || !holdsApiToken(cluster, pod.object) || serviceAccountToken(pod) !== token.trim()) return undefined;
  const identity = identityFor({ kind: 'ServiceAccount', name: pod.serviceAccountName, namespace: pod.namespace });
  return { user: identity.user, groups: [...identity.groups] };
}
