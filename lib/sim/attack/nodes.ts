// Node ids and how entries and targets name them.
import { identityFor, splitServiceAccountUser } from '../rbac';
import type { Cluster, PodInfo } from '../types';
import type { AttackNode } from './types';

const SA_PREFIX = 'system:serviceaccount:';

export const INTERNET: AttackNode = { id: 'internet', type: 'internet' };
export const CLUSTER_ADMIN: AttackNode = { id: 'cluster-admin', type: 'clusterAdmin' };

export function podNode(pod: PodInfo): AttackNode {
  return { id: `pod:${pod.namespace}/${pod.name}`, type: 'pod', namespace: pod.namespace, name: pod.name };
}

export function endpointNode(pod: PodInfo): AttackNode {
  return { id: `endpoint:${pod.namespace}/${pod.name}`, type: 'endpoint', namespace: pod.namespace, name: pod.name };
}

export function identityNode(user: string): AttackNode {
  return { id: `identity:${user}`, type: 'identity', user, groups: identityFor(user).groups };
}

export function serviceAccountUser(namespace: string, name: string): string {
  return `${SA_PREFIX}${namespace}:${name}`;
}

export function nodeNode(name: string): AttackNode {
  return { id: `node:${name}`, type: 'node', name };
}

export function secretNode(namespace: string, name: string): AttackNode {
  return { id: `secret:${namespace}/${name}`, type: 'secret', namespace, name };
}

/** The namespace and name of a ServiceAccount user name, if it is one (serviceaccount.SplitUsername). */
export function serviceAccountOf(user: string): { namespace: string; name: string } | undefined {
  return splitServiceAccountUser(user) ?? undefined;
}

/**
 * Pods named `ns/name`: the pod itself, or the pods of a workload of that name (a Deployment's
 * pods are `name-<hash>-<suffix>`, owned by `Deployment/name`).
 */
export function resolvePods(cluster: Cluster, ref: string): PodInfo[] {
  const exact = cluster.pods.get(ref);
  if (exact) return [exact];
  const slash = ref.indexOf('/');
  if (slash < 0) return [];
  const namespace = ref.slice(0, slash);
  const name = ref.slice(slash + 1);
  return [...cluster.pods.values()].filter((p) => p.namespace === namespace && p.owner?.name === name);
}

/** The graph nodes an entry names (`internet`, `pod:`, `sa:`, `user:`); empty when it names nothing. */
export function resolveEntry(cluster: Cluster, entry: string): AttackNode[] {
  if (entry === 'internet') return [INTERNET];
  const [type, rest] = splitRef(entry);
  if (type === 'pod') return resolvePods(cluster, rest).map(podNode);
  if (type === 'sa') {
    const [namespace, name] = rest.split('/');
    return namespace && name ? [identityNode(serviceAccountUser(namespace, name))] : [];
  }
  if (type === 'user' && rest) return [identityNode(rest)];
  return [];
}

/** A predicate for the nodes a target names. */
export function targetMatcher(cluster: Cluster, target: string): ((node: AttackNode) => boolean) | undefined {
  if (target === 'node') return (n) => n.type === 'node';
  if (target === 'cluster-admin') return (n) => n.type === 'clusterAdmin';
  const [type, rest] = splitRef(target);
  if (type === 'secret') return (n) => n.id === `secret:${rest}`;
  if (type === 'secrets') return (n) => n.type === 'secret' && n.namespace === rest;
  if (type === 'pod') {
    const ids = new Set(resolvePods(cluster, rest).flatMap((p) => [podNode(p).id, endpointNode(p).id]));
    return (n) => ids.has(n.id);
  }
  if (type === 'sa') {
    const [namespace, name] = rest.split('/');
    return (n) => n.id === `identity:${serviceAccountUser(namespace ?? '', name ?? '')}`;
  }
  if (type === 'namespace') return (n) => namespaceOf(n) === rest;
  return undefined;
}

export function namespaceOf(node: AttackNode): string | undefined {
  if (node.type === 'pod' || node.type === 'endpoint' || node.type === 'secret') return node.namespace;
  if (node.type === 'identity') return serviceAccountOf(node.user)?.namespace;
  return undefined;
}

function splitRef(ref: string): [string, string] {
  const colon = ref.indexOf(':');
  return colon < 0 ? [ref, ''] : [ref.slice(0, colon), ref.slice(colon + 1)];
}
