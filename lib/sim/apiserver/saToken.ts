// The ServiceAccount token the API server issues for a pod (a bound token, JWT-shaped; the kubelet mounts it).
// Claims as kubernetes/kubernetes pkg/serviceaccount/claims.go issues them for a pod.
import type { PodInfo } from '../types';
import { base64url, hexFrom } from '../support/hash';

/** A JWT-shaped ServiceAccount token (header and claims real-looking, signature fake). */
export function serviceAccountToken(pod: PodInfo): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', kid: hexFrom('kid', 43) }));
  const claims = base64url(
    JSON.stringify({
      aud: ['https://kubernetes.default.svc.cluster.local'],
      exp: 1704071407,
      iat: 1704067800,
      iss: 'https://kubernetes.default.svc.cluster.local',
      'kubernetes.io': { namespace: pod.namespace, pod: { name: pod.name }, serviceaccount: { name: pod.serviceAccountName } },
      nbf: 1704067800,
      sub: `system:serviceaccount:${pod.namespace}:${pod.serviceAccountName}`,
    }),
  );
  return `${header}.${claims}.${base64url(hexFrom(`sig:${pod.namespace}/${pod.name}`, 64))}`;
}
