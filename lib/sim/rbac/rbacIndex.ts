/**
 * The RBAC state of a cluster, indexed once per Cluster snapshot (WeakMap): bindings by
 * subject and namespace, roles with their resolved (aggregated) rules compiled for matching,
 * and reverse indexes used to explain denials quickly.
 *
 * SIMPLIFICATION(k8s): objects the API server would reject as a whole (a ClusterRoleBinding
 * with a namespace-less ServiceAccount subject, a Role with nonResourceURLs, an unknown
 * subject kind) are kept and evaluated part by part, the way the authorizer reads each
 * subject and rule; the parse/cluster layer reports the validation error to the learner.
 * Defaulting applied here: a namespaced object without namespace is in `default`; a
 * repeated object (same kind, namespace, name) replaces the earlier one, like a second apply.
 */
import { isBootstrapObject } from './bootstrap';
import { sharedIndex } from './sharedIndex';
import type { BindingRef, Cluster, KubeObject, RoleRef } from '../types';
import { readClusterRole, type ClusterRoleSource } from './aggregation';
import { buildResolvedClusterRoles } from './aggregationGraph';
import { isRecord, readMeta, readPolicyRules, readString } from './read';
import { buildCompiledRule, type CompiledRule } from './ruleMatches';
import { readSubject, subjectKey } from './subjects';
import type { NormalizedAttributes, ResolvedRule, SubjectRef } from './types';

export interface RoleEntry {
  key: string;
  ref: RoleRef;
  /** A ClusterRole with an aggregationRule (its rules come from other ClusterRoles). */
  aggregated: boolean;
  rules: readonly ResolvedRule[];
  compiled: readonly CompiledRule[];
}

export interface BindingEntry {
  /** Position in evaluation order: ClusterRoleBindings first, then RoleBindings. */
  ordinal: number;
  ref: BindingRef;
  /** '' for ClusterRoleBindings. */
  namespace: string;
  roleRef: { kind: string; name: string };
  /** The role this binding points at, as the authorizer resolves it. */
  role: RoleRef | null;
  roleKey: string;
  subjects: SubjectRef[];
  /** subjectKey of each subject (null: matches nobody). */
  keys: (string | null)[];
  /** The role entry, resolved once the index is built (null: missing or unsupported kind). */
  resolved: RoleEntry | null;
  /** Part of the bootstrap policy (label `kubernetes.io/bootstrapping: rbac-defaults`). */
  bootstrap?: boolean;
}

/** Bindings by the user name and by the group their subjects name (each list in evaluation order). */
export interface SubjectIndex {
  users: Map<string, BindingEntry[]>;
  groups: Map<string, BindingEntry[]>;
}

export interface RbacIndex {
  clusterRoleBindings: BindingEntry[];
  roleBindings: BindingEntry[];
  crbBySubject: SubjectIndex;
  rbByNamespaceSubject: Map<string, SubjectIndex>;
  /** RoleBindings of every namespace by subject (to explain namespace misses). */
  rbBySubject: SubjectIndex;
  roles: Map<string, RoleEntry>;
  clusterRoles: ReadonlyMap<string, readonly ResolvedRule[]>;
  /** Roles having a rule that lists this resource string (`pods`, `pods/log`, `*`, `*\/scale`). */
  rolesByResource: Map<string, RoleEntry[]>;
  rolesWithURLs: RoleEntry[];
  /** Namespaces holding a Role of each name (to explain a RoleBinding to a Role elsewhere). */
  roleNamespacesByName: Map<string, string[]>;
  /** Bindings pointing at each role key: ClusterRoleBindings and RoleBindings by namespace. */
  bindingsByRole: Map<string, { crbs: BindingEntry[]; rbsByNamespace: Map<string, BindingEntry[]> }>;
}

/** Map key of a role: ClusterRoles by name, Roles by namespace and name (as the API stores them). */
export function roleKeyOf(ref: RoleRef): string {
  return ref.kind === 'Role' ? `Role\u0000${ref.namespace ?? ''}\u0000${ref.name}` : `ClusterRole\u0000${ref.name}`;
}

function objectsOf(cluster: Cluster, kind: string): readonly KubeObject[] {
  const byKind: unknown = isRecord(cluster) ? cluster.byKind : undefined;
  const list = byKind instanceof Map ? byKind.get(kind) : undefined;
  return Array.isArray(list) ? list : [];
}

/** Last object wins for a repeated key, as successive `kubectl apply`s would leave it. */
function lastByKey<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    map.delete(key);
    map.set(key, item);
  }
  return [...map.values()];
}

/** A namespaced object without namespace lands in `default`, as `kubectl apply` puts it. */
function namespaceOf(object: unknown): string {
  return readMeta(object).namespace || 'default';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Aggregated roles share their rule objects with the roles they pick: each is compiled once. */
const compiledRules = new WeakMap<ResolvedRule, CompiledRule>();

function compiledOnce(rule: ResolvedRule): CompiledRule {
  let compiled = compiledRules.get(rule);
  if (!compiled) compiledRules.set(rule, (compiled = buildCompiledRule(rule)));
  return compiled;
}

function buildRoleEntry(ref: RoleRef, rules: readonly ResolvedRule[], aggregated = false): RoleEntry {
  return { key: roleKeyOf(ref), ref, aggregated, rules, compiled: rules.map(compiledOnce) };
}

function buildRoles(cluster: Cluster): { roles: Map<string, RoleEntry>; clusterRoles: Map<string, ResolvedRule[]> } {
  const sources = new Map<string, ClusterRoleSource>();
  for (const object of objectsOf(cluster, 'ClusterRole')) {
    const source = readClusterRole(object);
    sources.delete(source.name);
    sources.set(source.name, source);
  }
  const clusterRoles = buildResolvedClusterRoles(sources);
  const roles = new Map<string, RoleEntry>();
  for (const [name, rules] of clusterRoles) {
    const entry = buildRoleEntry({ kind: 'ClusterRole', name }, rules, sources.get(name)?.selectors != null);
    roles.set(entry.key, entry);
  }
  for (const object of objectsOf(cluster, 'Role')) {
    const body: Record<string, unknown> = isRecord(object) ? object : {};
    const ref: RoleRef = { kind: 'Role', namespace: namespaceOf(object), name: readMeta(object).name };
    const entry = buildRoleEntry(ref, readPolicyRules(body.rules));
    roles.delete(entry.key);
    roles.set(entry.key, entry);
  }
  return { roles, clusterRoles };
}

/**
 * How the authorizer resolves a roleRef (rule.go GetRoleReferenceRules): `Role` in the
 * binding's own namespace (a ClusterRoleBinding has none, so it finds nothing), `ClusterRole`
 * by name; any other kind is unsupported.
 */
function resolveRoleRef(kind: string, name: string, namespace: string): RoleRef | null {
  if (kind === 'ClusterRole') return { kind, name };
  if (kind === 'Role') return { kind, namespace, name };
  return null;
}

function readBinding(object: unknown, kind: BindingRef['kind'], ordinal: number): BindingEntry {
  const body: Record<string, unknown> = isRecord(object) ? object : {};
  const meta = readMeta(object);
  const namespace = kind === 'RoleBinding' ? namespaceOf(object) : '';
  const roleRefBody = isRecord(body.roleRef) ? body.roleRef : {};
  const roleRef = { kind: readString(roleRefBody.kind), name: readString(roleRefBody.name) };
  const role = resolveRoleRef(roleRef.kind, roleRef.name, namespace);
  const subjects = Array.isArray(body.subjects) ? body.subjects.map((s) => readSubject(s, namespace)) : [];
  const ref: BindingRef = kind === 'RoleBinding' ? { kind, namespace, name: meta.name } : { kind, name: meta.name };
  const bootstrap = isBootstrapObject(object);
  return { ordinal, ref, namespace, roleRef, role, roleKey: role ? roleKeyOf(role) : '', subjects, keys: subjects.map(subjectKey), resolved: null, bootstrap };
}

function readBindings(cluster: Cluster): { crbs: BindingEntry[]; rbs: BindingEntry[] } {
  const crbObjects = lastByKey(objectsOf(cluster, 'ClusterRoleBinding'), (o) => readMeta(o).name);
  const rbObjects = lastByKey(objectsOf(cluster, 'RoleBinding'), (o) => `${namespaceOf(o)}/${readMeta(o).name}`);
  const crbs = crbObjects.map((o, i) => readBinding(o, 'ClusterRoleBinding', i));
  const rbs = rbObjects.map((o, i) => readBinding(o, 'RoleBinding', crbs.length + i));
  return { crbs, rbs };
}

function newSubjectIndex(): SubjectIndex {
  return { users: new Map(), groups: new Map() };
}

function addToSubjectIndex(index: SubjectIndex, key: string, binding: BindingEntry): void {
  push(key.startsWith('u:') ? index.users : index.groups, key.slice(2), binding);
}

/** Each binding once per distinct subject key. */
function indexBySubject(bindings: readonly BindingEntry[], add: (key: string, binding: BindingEntry) => void): void {
  for (const binding of bindings) {
    const seen = new Set<string>();
    for (const key of binding.keys) {
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      add(key, binding);
    }
  }
}

function indexRolesByResource(roles: Map<string, RoleEntry>): { byResource: Map<string, RoleEntry[]>; withURLs: RoleEntry[] } {
  const byResource = new Map<string, RoleEntry[]>();
  const withURLs: RoleEntry[] = [];
  for (const role of roles.values()) {
    const resources = new Set<string>();
    for (const rule of role.rules) for (const resource of rule.resources) resources.add(resource);
    for (const resource of resources) push(byResource, resource, role);
    if (role.rules.some((rule) => rule.nonResourceURLs.length > 0)) withURLs.push(role);
  }
  return { byResource, withURLs };
}

function indexBindingsByRole(crbs: BindingEntry[], rbs: BindingEntry[]): RbacIndex['bindingsByRole'] {
  const out: RbacIndex['bindingsByRole'] = new Map();
  const slot = (key: string) => {
    let entry = out.get(key);
    if (!entry) out.set(key, (entry = { crbs: [], rbsByNamespace: new Map() }));
    return entry;
  };
  for (const binding of crbs) if (binding.role) slot(binding.roleKey).crbs.push(binding);
  for (const binding of rbs) if (binding.role) push(slot(binding.roleKey).rbsByNamespace, binding.namespace, binding);
  return out;
}

/** Roles with a rule naming the request's resource (`*`, exact, `*\/<sub>`), or any URL rule. */
export function rolesMentioning(index: RbacIndex, attributes: NormalizedAttributes): RoleEntry[] {
  if (attributes.kind === 'nonResource') return index.rolesWithURLs;
  const combined = attributes.subresource ? `${attributes.resource}/${attributes.subresource}` : attributes.resource;
  const out = new Set<RoleEntry>();
  const tokens = attributes.subresource ? [combined, '*', `*/${attributes.subresource}`] : [combined, '*'];
  for (const token of tokens) for (const role of index.rolesByResource.get(token) ?? []) out.add(role);
  return [...out];
}

/** Build the index of one cluster (see getRbacIndex for the cached version). */
export function buildRbacIndex(cluster: Cluster): RbacIndex {
  const { roles, clusterRoles } = buildRoles(cluster);
  const { crbs, rbs } = readBindings(cluster);
  for (const binding of [...crbs, ...rbs]) binding.resolved = binding.role ? (roles.get(binding.roleKey) ?? null) : null;
  const roleNamespacesByName = new Map<string, string[]>();
  for (const role of roles.values()) if (role.ref.kind === 'Role') push(roleNamespacesByName, role.ref.name, role.ref.namespace ?? '');
  const crbBySubject = newSubjectIndex();
  const rbBySubject = newSubjectIndex();
  const rbByNamespaceSubject = new Map<string, SubjectIndex>();
  indexBySubject(crbs, (key, b) => addToSubjectIndex(crbBySubject, key, b));
  indexBySubject(rbs, (key, b) => {
    addToSubjectIndex(rbBySubject, key, b);
    let perNamespace = rbByNamespaceSubject.get(b.namespace);
    if (!perNamespace) rbByNamespaceSubject.set(b.namespace, (perNamespace = newSubjectIndex()));
    addToSubjectIndex(perNamespace, key, b);
  });
  const { byResource, withURLs } = indexRolesByResource(roles);
  return {
    clusterRoleBindings: crbs,
    roleBindings: rbs,
    crbBySubject,
    rbByNamespaceSubject,
    rbBySubject,
    roles,
    clusterRoles,
    rolesByResource: byResource,
    rolesWithURLs: withURLs,
    roleNamespacesByName,
    bindingsByRole: indexBindingsByRole(crbs, rbs),
  };
}

const cache = new WeakMap<object, RbacIndex>();

const RBAC_KINDS = ['ClusterRole', 'Role', 'ClusterRoleBinding', 'RoleBinding'] as const;

/** The index of the four RBAC kinds' objects, shared with earlier snapshots holding the same ones (sharedIndex.ts). */
function indexByContent(cluster: Cluster): RbacIndex {
  return sharedIndex(
    RBAC_KINDS.map((kind) => objectsOf(cluster, kind)),
    () => buildRbacIndex(cluster),
  );
}

/**
 * `next` holds the same RBAC objects as `known` (its builder knows from their inputs:
 * lib/sim/world/sameInputs.ts): it shares `known`'s index, if built, without a content key.
 */
export function shareRbacIndex(known: Cluster, next: Cluster): void {
  const index = cache.get(known);
  if (index && !cache.has(next)) cache.set(next, index);
}

/** The index of a cluster, built on first use and kept as long as the cluster lives. */
export function getRbacIndex(cluster: Cluster): RbacIndex {
  if (typeof cluster !== 'object' || cluster === null) return buildRbacIndex(cluster);
  let index = cache.get(cluster);
  if (!index) {
    index = indexByContent(cluster);
    cache.set(cluster, index);
  }
  return index;
}
