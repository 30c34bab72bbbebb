/**
 * `kubectl describe` for Roles, ClusterRoles, RoleBindings and ClusterRoleBindings
 * (describe.go RoleDescriber, RoleBindingDescriber): rules broken down, compacted and sorted
 * exactly as `kubectl auth can-i --list` does, then printed as a table.
 */
import { listPermissions, resolveClusterRoles } from '../rbac';
import { createCluster } from '../cluster';
import type { Cluster, KubeObject } from '../types';
import { arr, rec, str } from '../apiserver/objectData';
import { headLines, level } from './describeText';

/**
 * The role's rules as kubectl prints them, computed by listing the permissions a probe user
 * gets from a cluster holding only this role and one binding to it (same breakdown, compaction
 * and ordering as `can-i --list`).
 */
function ruleRows(cluster: Cluster, role: KubeObject): string[][] {
  const probe = 'kubectl-describe-probe';
  const namespaced = role.kind === 'Role';
  const namespace = namespaced ? str(role.metadata.namespace, 'default') : '';
  const aggregated =
    !namespaced && rec(role.aggregationRule).clusterRoleSelectors !== undefined ? resolveClusterRoles(cluster).get(str(role.metadata.name)) : undefined;
  const roleCopy = {
    ...role,
    kind: namespaced ? 'Role' : 'ClusterRole',
    aggregationRule: undefined,
    ...(aggregated
      ? {
          rules: aggregated.map((r) => ({
            verbs: r.verbs,
            apiGroups: r.apiGroups,
            resources: r.resources,
            resourceNames: r.resourceNames,
            nonResourceURLs: r.nonResourceURLs,
          })),
        }
      : {}),
  };
  const binding = namespaced
    ? {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'probe', namespace },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: str(role.metadata.name) },
        subjects: [{ kind: 'User', name: probe }],
      }
    : {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: 'probe' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: str(role.metadata.name) },
        subjects: [{ kind: 'User', name: probe }],
      };
  const list = listPermissions(createCluster([roleCopy, binding]), { user: probe, groups: [], namespace: namespace || 'default' });
  return list.rows.map((row) => [row.columns.resources, row.columns.nonResourceURLs, row.columns.resourceNames, row.columns.verbs]);
}

/** Describe a Role or ClusterRole. */
export function describeRole(cluster: Cluster, role: KubeObject): string[] {
  const lines = [...headLines(role, false), 'PolicyRule:'];
  lines.push(`${level(1)}Resources\tNon-Resource URLs\tResource Names\tVerbs`, `${level(1)}---------\t-----------------\t--------------\t-----`);
  for (const cells of ruleRows(cluster, role)) lines.push(`${level(1)}${cells.join('\t')}`);
  return lines;
}

/** Describe a RoleBinding or ClusterRoleBinding. */
export function describeBinding(binding: KubeObject): string[] {
  const roleRef = rec(binding.roleRef);
  const lines = [...headLines(binding, false), 'Role:', `${level(1)}Kind:\t${str(roleRef.kind)}`, `${level(1)}Name:\t${str(roleRef.name)}`, 'Subjects:'];
  lines.push(`${level(1)}Kind\tName\tNamespace`, `${level(1)}----\t----\t---------`);
  for (const subject of arr(binding.subjects)) {
    const s = rec(subject);
    lines.push(`${level(1)}${str(s.kind)}\t${str(s.name)}\t${str(s.namespace)}`);
  }
  return lines;
}
