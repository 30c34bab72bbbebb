// Small builders for RBAC manifests and requests used by the RBAC unit tests.
import { createCluster } from '../../../../lib/sim/cluster';
import type { AccessRequest, Cluster } from '../../../../lib/sim/types';

const API = 'rbac.authorization.k8s.io/v1';
export type Rule = { apiGroups?: string[]; resources?: string[]; verbs?: string[]; resourceNames?: string[]; nonResourceURLs?: string[] };
export type Subject = { kind: string; name: string; namespace?: string; apiGroup?: string };

export const user = (name: string): Subject => ({ kind: 'User', name, apiGroup: 'rbac.authorization.k8s.io' });
export const group = (name: string): Subject => ({ kind: 'Group', name, apiGroup: 'rbac.authorization.k8s.io' });
export const sa = (name: string, namespace?: string): Subject => (namespace ? { kind: 'ServiceAccount', name, namespace } : { kind: 'ServiceAccount', name });

export function role(namespace: string, name: string, rules: Rule[]) {
  return { apiVersion: API, kind: 'Role', metadata: { namespace, name }, rules };
}

export function clusterRole(name: string, rules: Rule[], extra: { labels?: Record<string, string>; aggregationRule?: unknown } = {}) {
  return {
    apiVersion: API,
    kind: 'ClusterRole',
    metadata: { name, labels: extra.labels },
    rules,
    ...(extra.aggregationRule ? { aggregationRule: extra.aggregationRule } : {}),
  };
}

export function roleBinding(namespace: string, name: string, roleRef: { kind: string; name: string }, subjects: Subject[]) {
  return { apiVersion: API, kind: 'RoleBinding', metadata: { namespace, name }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef }, subjects };
}

export function clusterRoleBinding(name: string, roleName: string, subjects: Subject[]) {
  return {
    apiVersion: API,
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
    subjects,
  };
}

export function cluster(...objects: unknown[]): Cluster {
  return createCluster(objects);
}

/** A resource request: `res` is `resource` or `resource/subresource`; `ns` '' = cluster scope. */
export function can(who: string, verb: string, res: string, ns = '', extra: { group?: string; name?: string; groups?: string[] } = {}): AccessRequest {
  const [resource, subresource] = res.split('/');
  return {
    user: who,
    groups: extra.groups ?? ['system:authenticated'],
    resourceAttributes: { verb, group: extra.group ?? '', resource, subresource: subresource ?? '', namespace: ns, name: extra.name ?? '' },
  };
}

export function canPath(who: string, verb: string, path: string, groups = ['system:authenticated']): AccessRequest {
  return { user: who, groups, nonResourceAttributes: { verb, path } };
}
