// The permission matrix (rakkess-style: resources × verbs for one subject) and who-can answers,
// built from the simulator's own RBAC decisions (authorize, listPermissions, whoCan).
// Moved here from components/views (issue 15): the RBAC logic lives in lib/sim/rbac.
import type { Cluster } from '../types';
import { RESOURCES } from '../admission/resources';
import { authorize } from './authorize';
import { listPermissions } from './listPermissions';
import { describeSubjectRef, identityFor } from './subjects';
import { whoCan } from './whoCan';
import type { Identity, PermissionList, SubjectGrant } from './types';

/** The verbs rakkess shows by default; the special ones are opt-in (components/views/verbs.ts mirrors them for the main thread). */
export const STANDARD_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];
export const SPECIAL_VERBS = ['escalate', 'bind', 'impersonate'];

/** `User alice`, `Group devs`, `ServiceAccount dev/builder`. */
export function subjectText(subject: { kind: string; name: string; namespace?: string }): string {
  return describeSubjectRef(subject as Parameters<typeof describeSubjectRef>[0]);
}

export type SubjectKind = 'User' | 'Group' | 'ServiceAccount';

/** A subject as an RBAC binding names it. */
export interface SubjectChoice {
  kind: SubjectKind;
  name: string;
  /** ServiceAccount only. */
  namespace?: string;
}

/** One row of the permission matrix: a resource (maybe with a subresource) of an API group. */
export interface ResourceRow {
  resource: string;
  subresource: string;
  group: string;
  namespaced: boolean;
  /** `pods`, `pods/exec`, `deployments.apps`. */
  label: string;
}

export type Danger = 'secrets' | 'wildcard' | 'escalate' | 'bind' | 'impersonate' | 'exec' | 'privileged';
export type AuthorizationResult = ReturnType<typeof authorize>;

export interface PermissionCell {
  allowed: boolean;
  verdict: AuthorizationResult;
  dangers: Danger[];
}

export interface PermissionMatrixModel {
  identity: Identity;
  namespace: string;
  rows: ResourceRow[];
  verbs: string[];
  cells: PermissionCell[][];
  list: PermissionList;
}

const DEFAULT_ROWS: [string, string][] = [
  ['', 'pods'],
  ['', 'pods/exec'],
  ['', 'pods/log'],
  ['', 'services'],
  ['', 'configmaps'],
  ['', 'secrets'],
  ['', 'serviceaccounts'],
  ['apps', 'deployments'],
  ['networking.k8s.io', 'networkpolicies'],
  ['rbac.authorization.k8s.io', 'roles'],
  ['rbac.authorization.k8s.io', 'rolebindings'],
  ['rbac.authorization.k8s.io', 'clusterroles'],
  ['rbac.authorization.k8s.io', 'clusterrolebindings'],
  ['', 'namespaces'],
  ['', 'nodes'],
];
const IMPERSONATION_ROWS: [string, string][] = [
  ['', 'users'],
  ['', 'groups'],
];

/** The identity an authenticator gives the subject (implicit groups included). */
export function subjectIdentity(subject: SubjectChoice): Identity {
  return identityFor(
    subject.kind === 'ServiceAccount'
      ? { kind: 'ServiceAccount', name: subject.name, namespace: subject.namespace || 'default' }
      : { kind: subject.kind, name: subject.name },
  );
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Subjects named by bindings, ServiceAccounts and the accounts pods run as: the picker's suggestions. */
export function knownSubjects(cluster: Cluster): SubjectChoice[] {
  const found = new Map<string, SubjectChoice>();
  const add = (s: SubjectChoice) => {
    if (s.name) found.set(subjectText(s), s);
  };
  for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
    for (const binding of cluster.byKind.get(kind) ?? []) {
      const subjects = Array.isArray(binding.subjects) ? binding.subjects : [];
      for (const raw of subjects.map(record)) {
        const k = raw.kind;
        if (k !== 'User' && k !== 'Group' && k !== 'ServiceAccount') continue;
        const namespace = k === 'ServiceAccount' ? String(raw.namespace ?? binding.metadata.namespace ?? 'default') : undefined;
        add({ kind: k, name: String(raw.name ?? ''), ...(namespace ? { namespace } : {}) });
      }
    }
  }
  for (const sa of cluster.declared.filter((o) => o.kind === 'ServiceAccount'))
    add({ kind: 'ServiceAccount', name: sa.metadata.name ?? '', namespace: sa.metadata.namespace ?? 'default' });
  for (const pod of cluster.pods.values()) add({ kind: 'ServiceAccount', name: pod.serviceAccountName, namespace: pod.namespace });
  return [...found.values()].sort((a, b) => subjectText(a).localeCompare(subjectText(b)));
}

function toRow(group: string, resourceText: string): ResourceRow {
  const [resource, subresource = ''] = resourceText.split('/');
  const info = RESOURCES.find((r) => r.resource === resource && (r.group === group || group === ''));
  const realGroup = info && group === '' ? info.group : group;
  const namespaced = resource === 'users' || resource === 'groups' ? false : (info?.namespaced ?? true);
  const label = `${resource}${realGroup ? `.${realGroup}` : ''}${subresource ? `/${subresource}` : ''}`;
  return { resource, subresource, group: realGroup, namespaced, label };
}

/** Resources and verbs the cluster's roles name (besides the usual ones), e.g. a lesson's `couches` and `sleep`. */
export interface Vocabulary {
  resources: [string, string][];
  verbs: string[];
}

/** What the Roles and ClusterRoles of the cluster mention, `*` left out. */
export function clusterVocabulary(cluster: Cluster): Vocabulary {
  const resources: [string, string][] = [];
  const verbs = new Set<string>();
  for (const kind of ['Role', 'ClusterRole']) {
    for (const role of cluster.byKind.get(kind) ?? []) {
      for (const rule of (Array.isArray(role.rules) ? role.rules : []).map(record)) {
        const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !x.includes('*')) : []);
        const group = strings(rule.apiGroups)[0] ?? '';
        for (const resource of strings(rule.resources)) resources.push([group, resource]);
        for (const verb of strings(rule.verbs)) verbs.add(verb);
      }
    }
  }
  return { resources, verbs: [...verbs].filter((v) => !STANDARD_VERBS.includes(v) && !SPECIAL_VERBS.includes(v)).sort() };
}

/** Matrix rows: the usual resources, then every other resource the subject's rules or `extra` name (not `*`). */
export function permissionRows(list: PermissionList, special: boolean, extra: [string, string][] = []): ResourceRow[] {
  const rows = new Map<string, ResourceRow>();
  const add = (row: ResourceRow) => {
    if (!rows.has(row.label)) rows.set(row.label, row);
  };
  for (const [group, resource] of [...DEFAULT_ROWS, ...(special ? IMPERSONATION_ROWS : [])]) add(toRow(group, resource));
  const more: ResourceRow[] = [];
  const named: [string, string][] = list.rows.flatMap((row) =>
    row.rule.resources.map((r): [string, string] => [row.rule.apiGroups.find((g) => g !== '*') ?? '', r]),
  );
  for (const [group, resource] of [...named, ...extra]) {
    if (resource.includes('*') || resource === '') continue;
    const candidate = toRow(group, resource);
    if (!rows.has(candidate.label) && !more.some((m) => m.label === candidate.label)) more.push(candidate);
  }
  more.sort((a, b) => a.label.localeCompare(b.label)).forEach(add);
  return [...rows.values()];
}

/** Dangers of the action itself, whoever holds it (Secrets, exec, escalate, bind, impersonate). */
export function actionDangers(row: ResourceRow, verb: string): Danger[] {
  const dangers: Danger[] = [];
  if (row.resource === 'secrets') dangers.push('secrets');
  if (row.resource === 'pods' && (row.subresource === 'exec' || row.subresource === 'attach')) dangers.push('exec');
  if (verb === 'escalate' || verb === 'bind' || verb === 'impersonate') dangers.push(verb);
  return dangers;
}

/** Why an allowed cell deserves attention (none when denied): the action, or a `*` / system:masters grant. */
export function dangersOf(row: ResourceRow, verb: string, verdict: AuthorizationResult): Danger[] {
  if (!verdict.allowed) return [];
  const dangers: Danger[] = [];
  if (verdict.decidedBy && 'privilegedGroup' in verdict.decidedBy) dangers.push('privileged');
  if (verdict.rule && [verdict.rule.verbs, verdict.rule.resources, verdict.rule.apiGroups].some((list) => list.includes('*'))) dangers.push('wildcard');
  return [...dangers, ...actionDangers(row, verb)];
}

/**
 * The resources × verbs matrix of a subject in a namespace, like rakkess: each cell is an
 * `authorize` verdict (RBAC as the API server decides it, docs:
 * reference/access-authn-authz/rbac/), so it names the binding and rule behind it.
 * Cluster-scoped resources are asked without namespace.
 */
export function buildPermissionMatrix(
  cluster: Cluster,
  subject: SubjectChoice,
  namespace: string,
  options: { special: boolean; onlyGranted: boolean; extra?: Vocabulary },
): PermissionMatrixModel {
  const identity = subjectIdentity(subject);
  const list = listPermissions(cluster, { ...identity, namespace });
  const vocabulary = clusterVocabulary(cluster);
  const extraVerbs = [...vocabulary.verbs, ...(options.extra?.verbs ?? [])].filter((v) => !STANDARD_VERBS.includes(v) && !SPECIAL_VERBS.includes(v));
  const verbs = [...STANDARD_VERBS, ...(options.special ? SPECIAL_VERBS : []), ...new Set(extraVerbs)];
  let rows = permissionRows(list, options.special, [...vocabulary.resources, ...(options.extra?.resources ?? [])]);
  let cells = rows.map((row) => verbs.map((verb) => cellFor(cluster, identity, row, verb, namespace)));
  if (options.onlyGranted) {
    const keep = cells.map((line) => line.some((c) => c.allowed));
    rows = rows.filter((_, i) => keep[i]);
    cells = cells.filter((_, i) => keep[i]);
  }
  return { identity, namespace, rows, verbs, cells, list };
}

function cellFor(cluster: Cluster, identity: Identity, row: ResourceRow, verb: string, namespace: string): PermissionCell {
  const verdict = authorize(cluster, {
    ...identity,
    resourceAttributes: { verb, group: row.group, resource: row.resource, subresource: row.subresource, namespace: row.namespaced ? namespace : '' },
  });
  return { allowed: verdict.allowed, verdict, dangers: dangersOf(row, verb, verdict) };
}

/** Parse `pods/exec` or `deployments.apps` as typed in the who-can form. */
export function parseResourceText(text: string, group?: string): ResourceRow {
  const trimmed = text.trim();
  const [head, subresource = ''] = trimmed.split('/');
  const dot = head.indexOf('.');
  const resource = dot < 0 ? head : head.slice(0, dot);
  const fromText = dot < 0 ? '' : head.slice(dot + 1);
  return toRow(group?.trim() || fromText, subresource ? `${resource}/${subresource}` : resource);
}

/**
 * Who may do this (kubectl-who-can): `whoCan` over the resource, verb and namespace; a
 * cluster-scoped resource is asked without namespace.
 */
export function buildWhoCan(cluster: Cluster, row: ResourceRow, verb: string, namespace: string, allNamespaces: boolean): SubjectGrant[] {
  return whoCan(
    cluster,
    { verb, group: row.group, resource: row.resource, subresource: row.subresource, namespace: row.namespaced ? namespace : '' },
    { allNamespaces },
  );
}

/** The namespace of the first RoleBinding naming the subject (where its grants are), if any. */
export function suggestNamespace(cluster: Cluster, subject: SubjectChoice): string | undefined {
  for (const binding of cluster.byKind.get('RoleBinding') ?? []) {
    const subjects = Array.isArray(binding.subjects) ? binding.subjects.map(record) : [];
    const names = subjects.some(
      (raw) =>
        raw.kind === subject.kind &&
        raw.name === subject.name &&
        (subject.kind !== 'ServiceAccount' || String(raw.namespace ?? binding.metadata.namespace) === (subject.namespace ?? 'default')),
    );
    if (names && binding.metadata.namespace) return binding.metadata.namespace;
  }
  return undefined;
}
