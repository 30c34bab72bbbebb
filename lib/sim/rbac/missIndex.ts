/**
 * Indexes for explaining denials quickly (nearestMiss.ts), built once per RbacIndex. Not
 * Kubernetes behaviour (RBAC only says "no opinion"); they make a denied request touch only
 * the bindings and roles that could be its nearest miss:
 * - bindings by the lower-cased name of their User and ServiceAccount subjects (the "nearly
 *   names the user" typo search: `Pochoclo` for `pochoclo`, a ServiceAccount's other namespace),
 *   ClusterRoleBindings apart from each namespace's RoleBindings, so a request looks only at
 *   the bindings in its scope;
 * - roles by scope (ClusterRoles, each namespace's Roles) and (resource string, verb) of each
 *   rule, `*` included, so the search for a role that would allow the request skips roles
 *   whose rules cannot, and Roles of other namespaces.
 */
import type { BindingEntry, RbacIndex, RoleEntry } from './rbacIndex';
import type { NormalizedAttributes } from './types';

interface MissIndex {
  /** Key `<namespace or ''>\0<kind>\0<lower-cased name>`: ClusterRoleBindings under '', RoleBindings under their namespace. */
  nearSubjects: Map<string, BindingEntry[]>;
  byResourceVerb: Map<string, RoleEntry[]>;
  /** Position of each role in the index's role order. */
  position: Map<RoleEntry, number>;
  /** Resource strings each role's rules name. */
  resources: Map<RoleEntry, Set<string>>;
}

const cache = new WeakMap<RbacIndex, MissIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(index: RbacIndex): MissIndex {
  const nearSubjects = new Map<string, BindingEntry[]>();
  for (const binding of [...index.clusterRoleBindings, ...index.roleBindings]) {
    const keys = new Set<string>();
    const scope = binding.ref.kind === 'ClusterRoleBinding' ? '' : binding.namespace;
    for (const subject of binding.subjects) {
      if (subject.kind === 'User' || subject.kind === 'ServiceAccount') keys.add(`${scope}\u0000${subject.kind}\u0000${subject.name.toLowerCase()}`);
    }
    for (const key of keys) push(nearSubjects, key, binding);
  }
  const byResourceVerb = new Map<string, RoleEntry[]>();
  const position = new Map<RoleEntry, number>();
  const resources = new Map<RoleEntry, Set<string>>();
  for (const role of index.roles.values()) {
    position.set(role, position.size);
    resources.set(role, new Set(role.rules.flatMap((rule) => rule.resources)));
    const pairs = new Set<string>();
    const scope = role.ref.kind === 'Role' ? (role.ref.namespace ?? '') : '';
    for (const rule of role.rules) for (const resource of rule.resources) for (const verb of rule.verbs) pairs.add(`${scope}\u0000${resource}\u0000${verb}`);
    for (const pair of pairs) push(byResourceVerb, pair, role);
  }
  return { nearSubjects, byResourceVerb, position, resources };
}

function missIndex(index: RbacIndex): MissIndex {
  let built = cache.get(index);
  if (!built) cache.set(index, (built = build(index)));
  return built;
}

/**
 * Bindings in the scope of a request in `namespace` ('' for cluster-wide requests: only
 * ClusterRoleBindings) with a User or ServiceAccount subject whose name equals `name`
 * ignoring case, in evaluation order (ClusterRoleBindings, then the namespace's RoleBindings).
 */
export function bindingsNearlyNamingInScope(index: RbacIndex, kind: 'User' | 'ServiceAccount', name: string, namespace: string): BindingEntry[] {
  const { nearSubjects } = missIndex(index);
  const key = `\u0000${kind}\u0000${name.toLowerCase()}`;
  const crbs = nearSubjects.get(key) ?? [];
  const rbs = namespace === '' ? undefined : nearSubjects.get(namespace + key);
  return rbs ? crbs.concat(rbs) : crbs;
}

/**
 * The roles of rolesMentioning (same order: by resource string — exact, `*`, `*\/sub` — then
 * role order) that may be used in the request's scope (ClusterRoles, and Roles of the
 * request's namespace) and have a rule naming both one of those resource strings and the verb
 * (or `*`): the only roles that can allow the request there.
 */
export function rolesThatMayAllow(index: RbacIndex, attributes: Extract<NormalizedAttributes, { kind: 'resource' }>): RoleEntry[] {
  const { byResourceVerb, position, resources } = missIndex(index);
  const combined = attributes.subresource ? `${attributes.resource}/${attributes.subresource}` : attributes.resource;
  const tokens = attributes.subresource ? [combined, '*', `*/${attributes.subresource}`] : [combined, '*'];
  const scopes = attributes.namespace === '' ? [''] : ['', attributes.namespace];
  const found = new Set<RoleEntry>();
  for (const scope of scopes) {
    for (const token of tokens) {
      for (const verb of [attributes.verb, '*']) for (const role of byResourceVerb.get(`${scope}\u0000${token}\u0000${verb}`) ?? []) found.add(role);
    }
  }
  if (found.size === 0) return [];
  const firstToken = (role: RoleEntry) => tokens.findIndex((token) => resources.get(role)?.has(token));
  return [...found]
    .map((role) => ({ role, token: firstToken(role), at: position.get(role) ?? 0 }))
    .sort((a, b) => a.token - b.token || a.at - b.at)
    .map((entry) => entry.role);
}
