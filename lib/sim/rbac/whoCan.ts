/**
 * `whoCan`: who may do this? Like kubectl-who-can (aquasecurity/kubectl-who-can): every
 * subject of every applicable binding whose role has a rule allowing the action, plus the
 * system:masters group, which the API server always allows.
 */
import type { Cluster, NonResourceAttributes, ResourceAttributes } from '../types';
import { roleOf } from './applicableBindings';
import { compareGo } from './goText';
import { getRbacIndex, type BindingEntry, type RbacIndex } from './rbacIndex';
import { normalizeAttributes } from './requestAttributes';
import { ruleAllows } from './ruleMatches';
import { MASTERS_GROUP, subjectKey } from './subjects';
import type { NormalizedAttributes, SubjectGrant } from './types';

function bindingsInScope(index: RbacIndex, attributes: NormalizedAttributes, allNamespaces: boolean): BindingEntry[] {
  if (attributes.kind !== 'resource') return index.clusterRoleBindings;
  const namespace = attributes.namespace;
  const rbs = index.roleBindings.filter((b) => (allNamespaces && namespace === '') || (namespace !== '' && b.namespace === namespace));
  return [...index.clusterRoleBindings, ...rbs];
}

function compareGrants(a: SubjectGrant, b: SubjectGrant): number {
  const order = (g: SubjectGrant) => (g.via === 'privileged-group' ? 0 : g.binding?.kind === 'RoleBinding' ? 1 : 2);
  return (
    order(a) - order(b) ||
    compareGo(a.binding?.namespace ?? '', b.binding?.namespace ?? '') ||
    compareGo(a.binding?.name ?? '', b.binding?.name ?? '')
  );
}

/**
 * Subjects allowed to perform `attributes`. Scope follows the authorizer: a namespaced request
 * counts ClusterRoleBindings and the RoleBindings of that namespace; a request without
 * namespace (and every non-resource URL) only ClusterRoleBindings, unless
 * `allNamespaces` asks for RoleBindings of every namespace too (`kubectl who-can -A`).
 * Subjects that match nobody (a ServiceAccount without namespace in a ClusterRoleBinding,
 * an unknown kind) are left out. Sorted: system:masters, RoleBindings, ClusterRoleBindings.
 */
export function whoCan(
  cluster: Cluster,
  attributes: ResourceAttributes | NonResourceAttributes,
  options: { allNamespaces?: boolean } = {},
): SubjectGrant[] {
  const normalized = normalizeAttributes(attributes);
  if ('invalid' in normalized) return [];
  const index = getRbacIndex(cluster);
  const grants: SubjectGrant[] = [{ subject: { kind: 'Group', name: MASTERS_GROUP }, via: 'privileged-group', ruleIndex: -1 }];
  for (const binding of bindingsInScope(index, normalized, options?.allNamespaces === true)) {
    const role = roleOf(index, binding);
    if ('error' in role) continue;
    const ruleIndex = role.compiled.findIndex((rule) => ruleAllows(rule, normalized));
    if (ruleIndex < 0) continue;
    binding.subjects.forEach((subject, i) => {
      if (subjectKey(subject) === null) return;
      if (binding.subjects.findIndex((s) => subjectKey(s) === binding.keys[i]) !== i) return;
      grants.push({ subject, via: 'binding', binding: binding.ref, role: binding.role ?? role.ref, ruleIndex });
    });
  }
  return grants.sort(compareGrants);
}
