/**
 * `whoCan`: who may do this? Like kubectl-who-can (aquasecurity/kubectl-who-can): every
 * subject of every applicable binding whose role has a rule allowing the action, plus the
 * system:masters group, which the API server always allows.
 */
import type { Cluster, NonResourceAttributes, ResourceAttributes } from '../types';
import { compareGo } from '../support/goText';
import { getRbacIndex, rolesMentioning, type BindingEntry, type RbacIndex, type RoleEntry } from './rbacIndex';
import { isRecord } from './read';
import { normalizeAttributes } from './requestAttributes';
import { ruleAllows } from './ruleMatches';
import { MASTERS_GROUP } from './subjects';
import type { NormalizedAttributes, SubjectGrant } from './types';

/** Bindings of a role that apply to the request's scope. */
function bindingsInScope(index: RbacIndex, role: RoleEntry, attributes: NormalizedAttributes, allNamespaces: boolean): BindingEntry[] {
  const bound = index.bindingsByRole.get(role.key);
  if (!bound) return [];
  if (attributes.kind !== 'resource') return bound.crbs;
  if (attributes.namespace !== '') return [...bound.crbs, ...(bound.rbsByNamespace.get(attributes.namespace) ?? [])];
  return allNamespaces ? [...bound.crbs, ...[...bound.rbsByNamespace.values()].flat()] : bound.crbs;
}

type OrderedGrant = SubjectGrant & { subjectIndex?: number };

function kindOrder(grant: SubjectGrant): number {
  return grant.via === 'privileged-group' ? 0 : grant.binding?.kind === 'RoleBinding' ? 1 : 2;
}

function compareGrants(a: OrderedGrant, b: OrderedGrant): number {
  return (
    kindOrder(a) - kindOrder(b) ||
    compareGo(a.binding?.namespace ?? '', b.binding?.namespace ?? '') ||
    compareGo(a.binding?.name ?? '', b.binding?.name ?? '') ||
    (a.subjectIndex ?? 0) - (b.subjectIndex ?? 0)
  );
}

function stripOrder(grant: OrderedGrant): SubjectGrant {
  const { subjectIndex: _subjectIndex, ...rest } = grant;
  return rest;
}

/**
 * Subjects allowed to perform `attributes`. Scope follows the authorizer: a namespaced request
 * counts ClusterRoleBindings and the RoleBindings of that namespace; a request without
 * namespace (and every non-resource URL) only ClusterRoleBindings, unless
 * `allNamespaces` asks for RoleBindings of every namespace too (`kubectl who-can -A`).
 * Subjects that match nobody (a ServiceAccount without namespace in a ClusterRoleBinding,
 * an unknown kind) are left out. Sorted: system:masters, RoleBindings, ClusterRoleBindings.
 */
export function whoCan(cluster: Cluster, attributes: ResourceAttributes | NonResourceAttributes, options: { allNamespaces?: boolean } = {}): SubjectGrant[] {
  const normalized = normalizeAttributes(attributes);
  if ('invalid' in normalized) return [];
  const index = getRbacIndex(cluster);
  const grants: OrderedGrant[] = [{ subject: { kind: 'Group', name: MASTERS_GROUP }, via: 'privileged-group', ruleIndex: -1 }];
  const allNamespaces = isRecord(options) && options.allNamespaces === true;
  for (const role of rolesMentioning(index, normalized)) {
    const ruleIndex = role.compiled.findIndex((rule) => ruleAllows(rule, normalized));
    if (ruleIndex < 0) continue;
    for (const binding of bindingsInScope(index, role, normalized, allNamespaces)) {
      binding.subjects.forEach((subject, i) => {
        const key = binding.keys[i];
        if (key === null || binding.keys.indexOf(key) !== i) return;
        grants.push({ subject, via: 'binding', binding: binding.ref, role: binding.role ?? role.ref, ruleIndex, subjectIndex: i });
      });
    }
  }
  return grants.sort(compareGrants).map(stripOrder);
}
