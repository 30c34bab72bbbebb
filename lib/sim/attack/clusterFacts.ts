// Facts an attack search reads again for every identity it walks, computed once per cluster
// snapshot (a WeakMap): ServiceAccounts by namespace and name, the pods whose token is mounted
// by namespace, the users named in bindings, and every resourceName some RBAC rule lists.
// Before, each identity scanned every ServiceAccount and pod again (quadratic in a world of
// 2,000 ServiceAccounts, bench/outsiderWorlds.ts serviceAccountsWorld).
import type { Cluster, KubeObject, PodInfo } from '../types';
import { getRbacIndex } from '../rbac/rbacIndex';

interface Facts {
  accounts: Map<string, KubeObject>;
  accountNames: Map<string, string[]>;
  tokenPods?: Map<string, PodInfo[]>;
  users?: string[];
  names?: Set<string>;
}

const memo = new WeakMap<Cluster, Facts>();

function factsOf(cluster: Cluster): Facts {
  let facts = memo.get(cluster);
  if (!facts) {
    const accounts = new Map<string, KubeObject>();
    const names = new Map<string, Set<string>>();
    for (const sa of cluster.byKind.get('ServiceAccount') ?? []) {
      const namespace = sa.metadata.namespace ?? 'default';
      const key = `${sa.metadata.namespace}/${sa.metadata.name}`;
      if (!accounts.has(key)) accounts.set(key, sa); // the first, as Array.find read it
      if (sa.metadata.name) (names.get(namespace) ?? names.set(namespace, new Set()).get(namespace)!).add(sa.metadata.name);
    }
    const accountNames = new Map([...names].map(([namespace, set]) => [namespace, [...new Set(['default', ...set])].sort()]));
    facts = { accounts, accountNames };
    memo.set(cluster, facts);
  }
  return facts;
}

/** The ServiceAccount object `namespace/name` (the first declared), if any. */
export function serviceAccountObject(cluster: Cluster, namespace: string, name: string): KubeObject | undefined {
  return factsOf(cluster).accounts.get(`${namespace}/${name}`);
}

/** Names of the ServiceAccounts of a namespace, `default` included, sorted. */
export function serviceAccountsIn(cluster: Cluster, namespace: string): string[] {
  return factsOf(cluster).accountNames.get(namespace) ?? ['default'];
}

/** Pods of a namespace whose token is mounted (`hasToken` decides), in the cluster's order. */
export function tokenPodsIn(cluster: Cluster, namespace: string, hasToken: (pod: PodInfo) => boolean): PodInfo[] {
  const facts = factsOf(cluster);
  if (!facts.tokenPods) {
    facts.tokenPods = new Map();
    for (const pod of cluster.pods.values()) {
      if (!hasToken(pod)) continue;
      const list = facts.tokenPods.get(pod.namespace);
      if (list) list.push(pod);
      else facts.tokenPods.set(pod.namespace, [pod]);
    }
  }
  return facts.tokenPods.get(namespace) ?? [];
}

/** Users named as subjects of RoleBindings and ClusterRoleBindings, sorted. */
export function boundUsers(cluster: Cluster): string[] {
  const facts = factsOf(cluster);
  if (!facts.users) {
    const users = new Set<string>();
    for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
      for (const binding of cluster.byKind.get(kind) ?? []) {
        for (const s of Array.isArray(binding.subjects) ? binding.subjects : []) {
          if (s && typeof s === 'object' && (s as { kind?: unknown }).kind === 'User' && typeof (s as { name?: unknown }).name === 'string')
            users.add((s as { name: string }).name);
        }
      }
    }
    facts.users = [...users].sort();
  }
  return facts.users;
}

/**
 * Every resourceName some rule of some role lists. A request for a named object that its
 * unnamed form is denied can only be allowed by a rule listing that name: a rule without
 * resourceNames matches both forms (upstream pkg/apis/rbac/v1/evaluation_helpers.go
 * ResourceNameMatches: an empty list matches every name, a non-empty one only its names, and
 * never the empty name of an unnamed request).
 */
export function namedInRules(cluster: Cluster): Set<string> {
  const facts = factsOf(cluster);
  if (!facts.names) {
    facts.names = new Set();
    for (const role of getRbacIndex(cluster).roles.values()) for (const rule of role.rules) for (const name of rule.resourceNames) facts.names.add(name);
  }
  return facts.names;
}
