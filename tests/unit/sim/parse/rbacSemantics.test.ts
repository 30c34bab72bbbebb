import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../../lib/sim/parse';
import { textOf } from '../../../../lib/i18n/messages';
import { yaml } from './helpers';

const role = (kind: 'Role' | 'ClusterRole', ...rules: string[]) =>
  yaml(
    'apiVersion: rbac.authorization.k8s.io/v1',
    `kind: ${kind}`,
    'metadata: {name: r, namespace: dev}'.replace(kind === 'ClusterRole' ? ', namespace: dev' : '', ''),
    'rules:',
    ...rules,
  );

const binding = (kind: 'RoleBinding' | 'ClusterRoleBinding', roleRef: string, ...subjects: string[]) =>
  yaml(
    'apiVersion: rbac.authorization.k8s.io/v1',
    `kind: ${kind}`,
    `metadata: {name: b${kind === 'RoleBinding' ? ', namespace: dev' : ''}}`,
    `roleRef: ${roleRef}`,
    'subjects:',
    ...subjects,
  );

const OK_REF = '{apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}';

/** Diagnostics produced by this object alone (cross-object ones, like a missing role, left out). */
function own(text: string) {
  return parseManifests(text).diagnostics.filter((d) => d.code !== 'rbac-missing-role' && d.code !== 'namespace-not-declared');
}

describe('RBAC object rules (semantics/rbac.md §5)', () => {
  it.each([
    ['rule without verbs (a required field)', role('Role', '- apiGroups: [""]', '  resources: [pods]'), 'schema-missing-field', 'error', 5, 3],
    ['rule with empty verbs', role('Role', '- apiGroups: [""]', '  resources: [pods]', '  verbs: []'), 'rbac-rule-no-verbs', 'error', 7, 3],
    ['nonResourceURLs in a Role', role('Role', '- nonResourceURLs: [/healthz]', '  verbs: [get]'), 'rbac-non-resource-in-role', 'error', 5, 3],
    [
      'nonResourceURLs mixed with resources',
      role('ClusterRole', '- nonResourceURLs: [/healthz]', '  resources: [pods]', '  verbs: [get]'),
      'rbac-non-resource-mixed',
      'error',
      6,
      3,
    ],
    ['resource rule without apiGroups', role('Role', '- resources: [pods]', '  verbs: [get]'), 'rbac-rule-no-api-groups', 'error', 5, 3],
    ['resource rule without resources', role('Role', '- apiGroups: [""]', '  verbs: [get]'), 'rbac-rule-no-resources', 'error', 5, 3],
    [
      'aggregationRule without selectors',
      yaml('apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata: {name: agg}', 'aggregationRule: {clusterRoleSelectors: []}'),
      'rbac-aggregation-no-selectors',
      'error',
      4,
      1,
    ],
    [
      'aggregated role with its own rules',
      yaml(
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: ClusterRole',
        'metadata: {name: agg}',
        'aggregationRule: {clusterRoleSelectors: [{matchLabels: {agg: mon}}]}',
        'rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]',
      ),
      'rbac-aggregated-rules-overwritten',
      'info',
      5,
      1,
    ],
    [
      'roleRef.kind Role in a ClusterRoleBinding',
      binding(
        'ClusterRoleBinding',
        '{apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}',
        '- {kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}',
      ),
      'rbac-cluster-binding-to-role',
      'error',
      4,
      48,
    ],
    [
      'roleRef.kind not a role kind',
      binding('RoleBinding', '{apiGroup: rbac.authorization.k8s.io, kind: Clusterrole, name: r}', '- {kind: User, name: alice}'),
      'rbac-invalid-role-ref-kind',
      'error',
      4,
      48,
    ],
    [
      'roleRef.apiGroup wrong',
      binding('RoleBinding', '{apiGroup: rbac, kind: ClusterRole, name: view}', '- {kind: User, name: alice}'),
      'rbac-invalid-role-ref-api-group',
      'error',
      4,
      11,
    ],
    [
      'roleRef.apiGroup empty is defaulted',
      binding('RoleBinding', '{kind: ClusterRole, name: view}', '- {kind: User, name: alice}'),
      'rbac-role-ref-api-group-defaulted',
      'info',
      4,
      1,
    ],
    ['subject kind unknown', binding('RoleBinding', OK_REF, '- {kind: Serviceaccount, name: sa}'), 'rbac-invalid-subject-kind', 'error', 6, 4],
    [
      'User subject with another apiGroup',
      binding('RoleBinding', OK_REF, '- {kind: User, name: alice, apiGroup: v1}'),
      'rbac-invalid-subject-api-group',
      'error',
      6,
      29,
    ],
    [
      'ServiceAccount subject with the rbac apiGroup',
      binding('RoleBinding', OK_REF, '- {kind: ServiceAccount, name: sa, namespace: dev, apiGroup: rbac.authorization.k8s.io}'),
      'rbac-invalid-subject-api-group',
      'error',
      6,
      52,
    ],
    [
      'ServiceAccount subject without namespace in a ClusterRoleBinding',
      binding('ClusterRoleBinding', OK_REF, '- kind: ServiceAccount', '  name: builder'),
      'rbac-service-account-namespace-required',
      'error',
      6,
      3,
    ],
    [
      'ServiceAccount subject without namespace in a RoleBinding',
      binding('RoleBinding', OK_REF, '- kind: ServiceAccount', '  name: builder'),
      'rbac-service-account-namespace-defaulted',
      'info',
      6,
      3,
    ],
    [
      'binding without subjects',
      yaml('apiVersion: rbac.authorization.k8s.io/v1', 'kind: RoleBinding', 'metadata: {name: b, namespace: dev}', `roleRef: ${OK_REF}`),
      'rbac-binding-no-subjects',
      'info',
      1,
      1,
    ],
  ])('%s', (_name, text, code, severity, line, column) => {
    expect(own(text)).toEqual([expect.objectContaining({ code, severity, line, column })]);
  });

  it('the defaulted ServiceAccount namespace is named in the message', () => {
    const [d] = own(binding('RoleBinding', OK_REF, '- {kind: ServiceAccount, name: builder}'));
    expect(d.message).toContain('(`dev`)');
    expect(textOf('es', d)).toContain('(`dev`)');
  });

  it('a correct Role, ClusterRole with URLs and bindings give no diagnostics', () => {
    const text = [
      role('Role', '- apiGroups: [""]', '  resources: [pods, pods/log]', '  verbs: [get, list]'),
      role(
        'ClusterRole',
        '- nonResourceURLs: [/healthz, /metrics]',
        '  verbs: [get]',
        '- apiGroups: [apps]',
        '  resources: [deployments, "*/scale"]',
        '  verbs: ["*"]',
      ),
      binding(
        'RoleBinding',
        OK_REF,
        '- {kind: ServiceAccount, name: sa, namespace: dev}',
        '- {kind: Group, name: "system:serviceaccounts:dev", apiGroup: rbac.authorization.k8s.io}',
      ),
      binding('ClusterRoleBinding', OK_REF, '- {kind: User, name: "system:admin", apiGroup: rbac.authorization.k8s.io}'),
      yaml('apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata: {name: "system:controller:x"}', 'rules: []'),
    ].join('---\n');
    expect(own(text)).toEqual([]);
  });
});

describe('RBAC rules that are legal but match nothing the learner meant', () => {
  it.each([
    ['uppercase verb', '- {apiGroups: [""], resources: [pods], verbs: [GET]}', 'rbac-unknown-verb', 'Did you mean `get`?'],
    ['misspelt verb', '- {apiGroups: [""], resources: [pods], verbs: [lsit]}', 'rbac-unknown-verb', 'Did you mean `list`?'],
    ['kind name as resource', '- {apiGroups: [""], resources: [Pod], verbs: [get]}', 'rbac-resource-name', '`pods`, not `Pod`'],
    ['singular resource', '- {apiGroups: [""], resources: [secret], verbs: [get]}', 'rbac-resource-name', '`secrets`'],
    ['group with version', '- {apiGroups: [apps/v1], resources: [deployments], verbs: [get]}', 'rbac-api-group-with-version', '`apps`, not `apps/v1`'],
    ['core written as core', '- {apiGroups: [core], resources: [pods], verbs: [get]}', 'rbac-api-group-core', 'written `""`'],
    ['deployments in the core group', '- {apiGroups: [""], resources: [deployments], verbs: [get]}', 'rbac-resource-wrong-group', 'API group `"apps"`'],
    ['pods/* wildcard', '- {apiGroups: [""], resources: ["pods/*"], verbs: [get]}', 'rbac-subresource-wildcard', 'no `pods/*` wildcard'],
    [
      'resourceNames with list and create',
      '- {apiGroups: [""], resources: [configmaps], resourceNames: [app], verbs: [get, list, create]}',
      'rbac-resource-names-nameless-verb',
      '`list`, `create`',
    ],
  ])('%s', (_name, rule, code, phrase) => {
    const found = own(role('Role', rule));
    expect(found.map((d) => d.code)).toEqual([code]);
    expect(found[0].line).toBe(5);
    expect(found[0].message).toContain(phrase);
  });

  it('custom verbs far from any known verb are accepted silently', () => {
    expect(own(role('ClusterRole', '- {apiGroups: [cats.example.com], resources: [couches], verbs: [sleep]}'))).toEqual([]);
  });
});
