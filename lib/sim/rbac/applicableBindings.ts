/**
 * Which bindings apply to a user in a namespace (k8s `pkg/registry/rbac/validation/rule.go`
 * VisitRulesFor): every ClusterRoleBinding whose subjects match, plus — only when the
 * namespace is not empty — the matching RoleBindings of that namespace. Missing roles are
 * reported as the API server words them.
 */
import type { BindingEntry, RbacIndex, RoleEntry, SubjectIndex } from './rbacIndex';
import { goQuote } from '../support/goText';
import type { Identity } from './types';

function mergeByOrdinal(lists: BindingEntry[][]): BindingEntry[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0];
  const all = lists.flat().sort((a, b) => a.ordinal - b.ordinal);
  return all.filter((binding, i) => i === 0 || all[i - 1] !== binding);
}

function bucketsFor(index: SubjectIndex | undefined, identity: Identity, out: BindingEntry[][]): void {
  if (!index) return;
  const own = index.users.get(identity.user);
  if (own) out.push(own);
  if (index.groups.size === 0) return;
  for (const group of identity.groups) {
    const list = index.groups.get(group);
    if (list) out.push(list);
  }
}

/**
 * The subject buckets (each sorted by evaluation order) holding the bindings that name the
 * user or one of its groups: ClusterRoleBindings plus the RoleBindings of `namespace`
 * (none when it is ''), or of every namespace when `namespace` is null. A binding may sit
 * in several buckets. Cheaper than a merged list for the hot path.
 */
export function subjectBuckets(index: RbacIndex, identity: Identity, namespace: string | null): BindingEntry[][] {
  const lists: BindingEntry[][] = [];
  bucketsFor(index.crbBySubject, identity, lists);
  if (namespace === null) bucketsFor(index.rbBySubject, identity, lists);
  else if (namespace !== '') bucketsFor(index.rbByNamespaceSubject.get(namespace), identity, lists);
  return lists;
}

/** Applicable bindings in evaluation order (ClusterRoleBindings, then RoleBindings). */
export function applicableBindings(index: RbacIndex, identity: Identity, namespace: string): BindingEntry[] {
  const crbLists: BindingEntry[][] = [];
  bucketsFor(index.crbBySubject, identity, crbLists);
  const rbLists: BindingEntry[][] = [];
  if (namespace !== '') bucketsFor(index.rbByNamespaceSubject.get(namespace), identity, rbLists);
  const crbs = mergeByOrdinal(crbLists);
  if (rbLists.length === 0) return crbs;
  const rbs = mergeByOrdinal(rbLists);
  return crbs.length === 0 ? rbs : [...crbs, ...rbs];
}

/** Index of the first subject of the binding that matches the user (appliesTo). */
export function matchingSubjectIndex(binding: BindingEntry, identity: Identity): number {
  const userKey = `u:${identity.user}`;
  return binding.keys.findIndex((key) => key !== null && (key === userKey || (key.startsWith('g:') && identity.groups.includes(key.slice(2)))));
}

/**
 * The role a binding uses, or the error recorded: `role.rbac.authorization.k8s.io "x" not found`
 * as the authorizer's informer listers word it, `roles.rbac...` as the storage-backed resolver
 * of the escalation check does; or an unsupported roleRef kind.
 */
export function roleOf(index: RbacIndex, binding: BindingEntry, wording: 'lister' | 'storage' = 'lister'): RoleEntry | { error: string } {
  if (!binding.role) return { error: `unsupported role reference kind: ${goQuote(binding.roleRef.kind)}` };
  const role = binding.resolved ?? index.roles.get(binding.roleKey);
  if (role) return role;
  const plural = wording === 'storage' ? 's' : '';
  const resource = `${binding.role.kind === 'Role' ? 'role' : 'clusterrole'}${plural}`;
  return { error: `${resource}.rbac.authorization.k8s.io ${goQuote(binding.role.name)} not found` };
}

/** The errors of bindings (in any of the buckets) whose role cannot be resolved, in evaluation order. */
export function roleErrors(index: RbacIndex, lists: readonly BindingEntry[][]): string[] {
  const broken = new Set<BindingEntry>();
  for (const list of lists) for (const binding of list) if (!binding.resolved) broken.add(binding);
  if (broken.size === 0) return [];
  return [...broken]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((binding) => {
      const role = roleOf(index, binding);
      return 'error' in role ? role.error : '';
    });
}

/** utilerrors.NewAggregate(...).Error(): one message as is, several as `[a, b]`, duplicates once. */
export function aggregateErrors(messages: readonly string[]): string {
  const unique = [...new Set(messages)];
  if (messages.length === 1 || unique.length === 1) return unique[0] ?? '';
  return `[${unique.join(', ')}]`;
}
