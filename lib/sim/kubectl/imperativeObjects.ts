/**
 * The objects kubectl's imperative generators build (kubectl pkg/cmd/create/create_role.go,
 * create_clusterrole.go, create_rolebinding.go, create_clusterrolebinding.go, create_namespace.go,
 * create_serviceaccount.go, create_configmap.go, create_secret.go, create_deployment.go):
 * one rule per API group, duplicates removed, subjects users → groups → service accounts.
 */
import type { KubeObject } from '../types';
import { resolveResourceType } from '../apiserver/resourceTypes';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const VALID_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
const SPECIAL_VERBS: Record<string, { group: string; resource: string }[]> = {
  use: [
    { group: 'policy', resource: 'podsecuritypolicies' },
    { group: 'extensions', resource: 'podsecuritypolicies' },
  ],
  bind: [
    { group: RBAC_GROUP, resource: 'roles' },
    { group: RBAC_GROUP, resource: 'clusterroles' },
  ],
  escalate: [
    { group: RBAC_GROUP, resource: 'roles' },
    { group: RBAC_GROUP, resource: 'clusterroles' },
  ],
  impersonate: ['users', 'serviceaccounts', 'groups', 'uids']
    .map((resource) => ({ group: '', resource }))
    .concat([{ group: 'authentication.k8s.io', resource: 'userextras' }]),
};

export interface RuleOptions {
  verbs: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

export interface BuiltRules {
  rules: Record<string, unknown>[];
  warnings: string[];
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

interface ResourceRef {
  resource: string;
  group: string;
  subresource: string;
}

function splitResource(text: string): ResourceRef {
  const [main, subresource = ''] = text.split(/\/(.*)/s);
  const dot = main.indexOf('.');
  return { resource: dot < 0 ? main : main.slice(0, dot), group: dot < 0 ? '' : main.slice(dot + 1), subresource };
}

function mapResource(ref: ResourceRef): { resource: string; group: string } | undefined {
  const info = resolveResourceType(ref.group ? `${ref.resource}.${ref.group}` : ref.resource);
  return info ? { resource: info.resource, group: info.group } : undefined;
}

/** Verbs and resources into rules, with kubectl's validation errors (a string) and warnings. */
export function buildPolicyRules(options: RuleOptions): BuiltRules | { error: string; warnings: string[] } {
  const verbs = options.verbs.includes('*') ? ['*'] : unique(options.verbs);
  if (verbs.length === 0) return { error: 'at least one verb must be specified', warnings: [] };
  const warnings = verbs.filter((v) => !VALID_VERBS.includes(v)).map((v) => `Warning: '${v}' is not a standard resource verb`);
  const fail = (error: string) => ({ error, warnings });
  const refs = options.resources.map(splitResource);
  if (refs.length === 0 && options.nonResourceURLs.length === 0) return fail('at least one resource must be specified');
  const byGroup = new Map<string, string[]>();
  const all = refs.find((r) => r.resource === '*' && r.group === '' && r.subresource === '');
  for (const ref of all ? [all] : refs) {
    if (ref.resource === '') return fail('resource must be specified if apiGroup/subresource specified');
    const mapped = ref.resource === '*' ? { resource: '*', group: ref.group } : mapResource(ref);
    if (!mapped) return fail(`no matches for ${ref.group}/, Resource=${ref.resource}`);
    for (const verb of verbs) {
      const special = SPECIAL_VERBS[verb];
      if (special && !special.some((s) => s.group === mapped.group && s.resource === mapped.resource))
        return fail(`can not perform '${verb}' on '${mapped.resource}' in group '${mapped.group}'`);
    }
    const full = ref.subresource ? `${mapped.resource}/${ref.subresource}` : mapped.resource;
    const list = byGroup.get(mapped.group) ?? [];
    if (!list.includes(full)) list.push(full);
    byGroup.set(mapped.group, list);
  }
  const names = unique(options.resourceNames);
  const rules: Record<string, unknown>[] = [...byGroup.keys()]
    .sort()
    .map((group) => ({ apiGroups: [group], resources: byGroup.get(group), verbs, ...(names.length ? { resourceNames: names } : {}) }));
  if (options.nonResourceURLs.length > 0) rules.push({ nonResourceURLs: options.nonResourceURLs, verbs });
  return { rules, warnings };
}

export interface SubjectOptions {
  users: string[];
  groups: string[];
  serviceAccounts: string[];
}

/** Subjects for a binding; a string is kubectl's error. */
export function buildSubjects(options: SubjectOptions): Record<string, unknown>[] | string {
  const subjects: Record<string, unknown>[] = [
    ...options.users.map((name) => ({ apiGroup: RBAC_GROUP, kind: 'User', name })),
    ...options.groups.map((name) => ({ apiGroup: RBAC_GROUP, kind: 'Group', name })),
  ];
  for (const sa of options.serviceAccounts) {
    const parts = sa.split(':');
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return `serviceaccount must be <namespace>:<name>`;
    subjects.push({ kind: 'ServiceAccount', name: parts[1], namespace: parts[0] });
  }
  return subjects;
}

/** A binding object of the given kind. */
export function buildBinding(
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  name: string,
  namespace: string,
  roleRef: { kind: string; name: string },
  subjects: Record<string, unknown>[],
): KubeObject {
  return {
    apiVersion: `${RBAC_GROUP}/v1`,
    kind,
    metadata: { name, ...(kind === 'RoleBinding' ? { namespace } : {}) },
    roleRef: { apiGroup: RBAC_GROUP, kind: roleRef.kind, name: roleRef.name },
    ...(subjects.length > 0 ? { subjects } : {}),
  };
}

/** `--from-literal=key=value` pairs into a map; a string is kubectl's error. */
export function literalData(literals: string[]): Record<string, string> | string {
  const data: Record<string, string> = {};
  for (const literal of literals) {
    const eq = literal.indexOf('=');
    if (eq <= 0) return `invalid literal source ${literal}, expected key=value`;
    data[literal.slice(0, eq)] = literal.slice(eq + 1);
  }
  return data;
}
