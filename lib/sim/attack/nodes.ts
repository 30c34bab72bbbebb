// Nodes, their Map keys, and how entries and targets (the goal syntax `pod:ns/name`, ...) name them.
import { identityFor, splitServiceAccountUser } from '../rbac';
import { refText, sameRef } from '../objectRef';
import type { Cluster, ObjectRef, PodInfo } from '../types';
import type { AttackNode } from './types';

const SA_PREFIX = 'system:serviceaccount:';

export const INTERNET: AttackNode = { type: 'internet' };
export const CLUSTER_ADMIN: AttackNode = { type: 'clusterAdmin' };

/**
 * A node's key for Maps, Sets, React keys and test hooks (`pod:shop/web`, `secret:shop/db`,
 * `identity:system:serviceaccount:shop:default`, `node:minikube`, `internet`, `cluster-admin`):
 * unique per node (namespaces and names hold no `/`; the cluster's pod map keys the same way),
 * produced here and never parsed back: read the node's fields instead. An identity is keyed by
 * its user name alone (its groups follow from it).
 */
export function attackNodeKey(node: AttackNode): string {
  switch (node.type) {
    case 'internet':
      return 'internet';
    case 'clusterAdmin':
      return 'cluster-admin';
    case 'pod':
    case 'endpoint':
      return `${node.type}:${refText(node.pod)}`;
    case 'secret':
      return `secret:${refText(node.secret)}`;
    case 'identity':
      return `identity:${node.user}`;
    case 'node':
      return `node:${node.name}`;
  }
}

/** Do two nodes stand for the same thing? */
export function sameAttackNode(a: AttackNode, b: AttackNode): boolean {
  return attackNodeKey(a) === attackNodeKey(b);
}

export function podNode(pod: PodInfo): AttackNode {
  return { type: 'pod', pod: { namespace: pod.namespace, name: pod.name } };
}

export function endpointNode(pod: PodInfo): AttackNode {
  return { type: 'endpoint', pod: { namespace: pod.namespace, name: pod.name } };
}

/** Groups of each user name seen (a pure function of the name; a search meets the same few thousand again and again). */
const groupsOfUser = new Map<string, readonly string[]>();

export function identityNode(user: string): AttackNode {
  let groups = groupsOfUser.get(user);
  if (!groups) {
    if (groupsOfUser.size >= 20_000) groupsOfUser.clear();
    groupsOfUser.set(user, (groups = identityFor(user).groups));
  }
  return { type: 'identity', user, groups: [...groups] };
}

export function serviceAccountUser(namespace: string, name: string): string {
  return `${SA_PREFIX}${namespace}:${name}`;
}

export function nodeNode(name: string): AttackNode {
  return { type: 'node', name };
}

export function secretNode(namespace: string, name: string): AttackNode {
  return { type: 'secret', secret: { namespace, name } };
}

/** The namespace and name of a ServiceAccount user name, if it is one (serviceaccount.SplitUsername). */
export function serviceAccountOf(user: string): { namespace: string; name: string } | undefined {
  return splitServiceAccountUser(user) ?? undefined;
}

/**
 * The pods a reference names: the pod itself, or the pods of a workload of that name (a
 * Deployment's pods are `name-<hash>-<suffix>`, owned by `Deployment/name`).
 */
export function resolvePods(cluster: Cluster, ref: ObjectRef): PodInfo[] {
  const exact = cluster.pods.get(`${ref.namespace}/${ref.name}`);
  if (exact) return [exact];
  return [...cluster.pods.values()].filter((p) => p.namespace === ref.namespace && p.owner?.name === ref.name);
}

/** The pods named by `ns/name` as a goal or question writes it (input syntax, read once). */
export function podsNamed(cluster: Cluster, text: string): PodInfo[] {
  const slash = text.indexOf('/');
  return slash < 0 ? [] : resolvePods(cluster, { namespace: text.slice(0, slash), name: text.slice(slash + 1) });
}

/**
 * An entry or target as written in a goal or a view's question (`internet`, `pod:ns/name`,
 * `sa:ns/name`, `user:name`, `secret:ns/name`, `secrets:ns`, `namespace:ns`, `node`,
 * `cluster-admin`): the input syntax, read once here into typed references.
 */
export type AttackRef =
  | { type: 'internet' | 'node' | 'clusterAdmin' }
  | { type: 'pods' | 'serviceAccount' | 'secret'; ref: ObjectRef }
  | { type: 'user'; name: string }
  | { type: 'secrets' | 'namespace'; namespace: string };

/** Reads an entry or target; undefined when it is not one of the forms above. */
export function parseAttackRef(text: string): AttackRef | undefined {
  if (text === 'internet') return { type: 'internet' };
  if (text === 'node') return { type: 'node' };
  if (text === 'cluster-admin') return { type: 'clusterAdmin' };
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const [type, rest] = [text.slice(0, colon), text.slice(colon + 1)];
  if (type === 'user') return rest ? { type: 'user', name: rest } : undefined;
  if (type === 'secrets' || type === 'namespace') return rest ? { type, namespace: rest } : undefined;
  const slash = rest.indexOf('/');
  const ref = { namespace: rest.slice(0, slash), name: rest.slice(slash + 1) };
  if (slash <= 0 || !ref.name) return undefined;
  if (type === 'pod') return { type: 'pods', ref };
  if (type === 'sa') return { type: 'serviceAccount', ref };
  if (type === 'secret') return { type: 'secret', ref };
  return undefined;
}

/** Writes a reference in the entry/target syntax (the inverse of parseAttackRef), e.g. for a view's choices. */
export function formatAttackRef(ref: AttackRef): string {
  switch (ref.type) {
    case 'internet':
    case 'node':
      return ref.type;
    case 'clusterAdmin':
      return 'cluster-admin';
    case 'pods':
      return `pod:${refText(ref.ref)}`;
    case 'serviceAccount':
      return `sa:${refText(ref.ref)}`;
    case 'secret':
      return `secret:${refText(ref.ref)}`;
    case 'user':
      return `user:${ref.name}`;
    case 'secrets':
    case 'namespace':
      return `${ref.type}:${ref.namespace}`;
  }
}

/** The node an entry stands for in words (a workload entry reads as its pod); undefined when it names none. */
export function entryNode(entry: string): AttackNode | undefined {
  const ref = parseAttackRef(String(entry));
  if (ref?.type === 'internet') return INTERNET;
  if (ref?.type === 'pods') return { type: 'pod', pod: ref.ref };
  if (ref?.type === 'serviceAccount') return identityNode(serviceAccountUser(ref.ref.namespace, ref.ref.name));
  if (ref?.type === 'user') return identityNode(ref.name);
  return undefined;
}

/** The graph nodes an entry names (`internet`, `pod:`, `sa:`, `user:`); empty when it names nothing. */
export function resolveEntry(cluster: Cluster, entry: string): AttackNode[] {
  const ref = parseAttackRef(entry);
  if (ref?.type === 'pods') return resolvePods(cluster, ref.ref).map(podNode);
  const node = entryNode(entry);
  return node ? [node] : [];
}

/** A predicate for the nodes a target names. */
export function targetMatcher(cluster: Cluster, target: string): ((node: AttackNode) => boolean) | undefined {
  const ref = parseAttackRef(target);
  switch (ref?.type) {
    case 'node':
    case 'clusterAdmin':
      return (n) => n.type === ref.type;
    case 'secret':
      return (n) => n.type === 'secret' && sameRef(n.secret, ref.ref);
    case 'secrets':
      return (n) => n.type === 'secret' && n.secret.namespace === ref.namespace;
    case 'pods': {
      const keys = new Set(resolvePods(cluster, ref.ref).flatMap((p) => [podNode(p), endpointNode(p)].map(attackNodeKey)));
      return (n) => keys.has(attackNodeKey(n));
    }
    case 'serviceAccount': {
      const user = serviceAccountUser(ref.ref.namespace, ref.ref.name);
      return (n) => n.type === 'identity' && n.user === user;
    }
    case 'namespace':
      return (n) => namespaceOf(n) === ref.namespace;
    default:
      return undefined;
  }
}

export function namespaceOf(node: AttackNode): string | undefined {
  if (node.type === 'pod' || node.type === 'endpoint') return node.pod.namespace;
  if (node.type === 'secret') return node.secret.namespace;
  if (node.type === 'identity') return serviceAccountOf(node.user)?.namespace;
  return undefined;
}
