// The ServiceAccount token the API server issues for a pod (a bound token, JWT-shaped; the kubelet mounts it).
// Claims as kubernetes/kubernetes pkg/serviceaccount/claims.go issues them for a pod.
import type { PodInfo } from '../types';
import { hexFrom, utf8Bytes } from './hash';

function base64url(text: string): string {
  const bytes = utf8Bytes(text);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63] + (i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : '') + (i + 2 < bytes.length ? alphabet[n & 63] : '');
  }
  return out;
}

/** A JWT-shaped ServiceAccount token (header and claims real-looking, signature fake). */
export function serviceAccountToken(pod: PodInfo): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', kid: hexFrom('kid', 43) }));
  const claims = base64url(JSON.stringify({
    aud: ['https://kubernetes.default.svc.cluster.local'], exp: 1704071407, iat: 1704067800, iss: 'https://kubernetes.default.svc.cluster.local',
    'kubernetes.io': { namespace: pod.namespace, pod: { name: pod.name }, serviceaccount: { name: pod.serviceAccountName } },
    nbf: 1704067800, sub: `system:serviceaccount:${pod.namespace}:${pod.serviceAccountName}`,
  }));
  return `${header}.${claims}.${base64url(hexFrom(`sig:${pod.namespace}/${pod.name}`, 64))}`;
}
