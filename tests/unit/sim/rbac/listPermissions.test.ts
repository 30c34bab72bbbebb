// listPermissions + formatPermissionTable against what `kubectl auth can-i --list` prints
// (kubectl pkg/cmd/auth/cani.go, pkg/util/rbac/rbac.go; semantics/rbac.md §9.7-9.8).
import { describe, expect, it } from 'vitest';
import { combineResourceGroup, formatPermissionTable, listPermissions, permissionListWarning, policyRuleGoString } from '../../../../lib/sim/rbac';
import { cluster, clusterRole, clusterRoleBinding, group, role, roleBinding, user } from './fixtures';

const authenticated = [group('system:authenticated')];

/** The default discovery roles every authenticated user is bound to in a kubeadm cluster. */
const defaults = [
  clusterRole('system:basic-user', [
    { apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'], verbs: ['create'] },
    { apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'], verbs: ['create'] },
  ]),
  clusterRole('system:discovery', [
    {
      nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'],
      verbs: ['get'],
    },
  ]),
  clusterRole('system:public-info-viewer', [{ nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'], verbs: ['get'] }]),
  clusterRoleBinding('system:basic-user', 'system:basic-user', authenticated),
  clusterRoleBinding('system:discovery', 'system:discovery', authenticated),
  clusterRoleBinding('system:public-info-viewer', 'system:public-info-viewer', authenticated),
];

describe('kubectl auth can-i --list output', () => {
  it('prints the default discovery permissions like kubectl (URLs twice where two roles grant them)', () => {
    const list = listPermissions(cluster(...defaults), { user: 'alice', groups: ['system:authenticated'], namespace: 'default' });
    expect(formatPermissionTable(list)).toEqual([
      'Resources                                       Non-Resource URLs   Resource Names   Verbs',
      'selfsubjectreviews.authentication.k8s.io        []                  []               [create]',
      'selfsubjectaccessreviews.authorization.k8s.io   []                  []               [create]',
      'selfsubjectrulesreviews.authorization.k8s.io    []                  []               [create]',
      '                                                [/api/*]            []               [get]',
      '                                                [/api]              []               [get]',
      '                                                [/apis/*]           []               [get]',
      '                                                [/apis]             []               [get]',
      '                                                [/healthz]          []               [get]',
      '                                                [/healthz]          []               [get]',
      '                                                [/livez]            []               [get]',
      '                                                [/livez]            []               [get]',
      '                                                [/openapi/*]        []               [get]',
      '                                                [/openapi]          []               [get]',
      '                                                [/readyz]           []               [get]',
      '                                                [/readyz]           []               [get]',
      '                                                [/version/]         []               [get]',
      '                                                [/version/]         []               [get]',
      '                                                [/version]          []               [get]',
      '                                                [/version]          []               [get]',
    ]);
    expect(list.rows[7].sources.map((s) => s.binding.name)).toEqual(['system:discovery']);
    expect(list.rows[8].sources.map((s) => s.binding.name)).toEqual(['system:public-info-viewer']);
  });

  it('breaks rules down, merges verbs in first-seen order and sorts by the Go string of the rule', () => {
    const world = cluster(
      role('dev', 'r', [
        { apiGroups: ['', 'apps'], resources: ['pods', 'deployments/scale'], verbs: ['get', 'list'] },
        { apiGroups: [''], resources: ['pods'], verbs: ['watch', 'get'] },
        { apiGroups: [''], resources: ['configmaps'], resourceNames: ['b', 'a'], verbs: ['get', 'update'] },
        { apiGroups: ['*'], resources: ['*'], verbs: ['list'] },
      ]),
      roleBinding('dev', 'rb', { kind: 'Role', name: 'r' }, [user('alice')]),
    );
    const list = listPermissions(world, { user: 'alice', namespace: 'dev' });
    expect(formatPermissionTable(list, { noHeaders: true })).toEqual([
      'pods                     []    []    [get list watch]',
      'deployments/scale        []    []    [get list]',
      'deployments.apps/scale   []    []    [get list]',
      'pods.apps                []    []    [get list]',
      'configmaps               []    [a]   [get update]',
      'configmaps               []    [b]   [get update]',
      '*.*                      []    []    [list]',
    ]);
    const pods = list.rows[0];
    expect(pods.rule).toEqual({ verbs: ['get', 'list', 'watch'], apiGroups: [''], resources: ['pods'], resourceNames: [], nonResourceURLs: [] });
    expect(pods.sources.map((s) => [s.ruleIndex, s.verbs])).toEqual([
      [0, ['get', 'list']],
      [1, ['watch', 'get']],
    ]);
    expect(pods.sources[0]).toMatchObject({
      binding: { kind: 'RoleBinding', namespace: 'dev', name: 'rb' },
      role: { kind: 'Role', namespace: 'dev', name: 'r' },
      subject: { kind: 'User', name: 'alice' },
    });
  });

  it('counts RoleBindings only in the asked namespace; "" means cluster-wide only', () => {
    const world = cluster(
      clusterRole('cr', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
      roleBinding('dev', 'rb', { kind: 'ClusterRole', name: 'cr' }, [user('alice')]),
    );
    expect(listPermissions(world, { user: 'alice', namespace: 'dev' }).rows).toHaveLength(1);
    expect(listPermissions(world, { user: 'alice', namespace: 'prod' }).rows).toHaveLength(0);
    expect(listPermissions(world, { user: 'alice' }).rows).toHaveLength(0);
  });

  it('reports missing roles as the evaluation error but not as incomplete (no kubectl warning)', () => {
    const world = cluster(roleBinding('dev', 'rb', { kind: 'ClusterRole', name: 'ghost' }, [user('alice')]));
    const list = listPermissions(world, { user: 'alice', namespace: 'dev' });
    expect(list.evaluationError).toBe('clusterrole.rbac.authorization.k8s.io "ghost" not found');
    expect(list.incomplete).toBe(false);
    expect(permissionListWarning(list)).toBeUndefined();
    expect(formatPermissionTable(list)).toEqual(['Resources   Non-Resource URLs   Resource Names   Verbs']);
  });

  it('marks system:masters as privileged: its power does not show as rows', () => {
    const list = listPermissions(cluster(), { user: 'root', groups: ['system:masters'], namespace: 'default' });
    expect(list.privileged).toBe(true);
    expect(list.rows).toEqual([]);
  });
});

describe('Go formatting helpers', () => {
  it.each([
    [['pods'], [''], 'pods'],
    [['deployments'], ['apps'], 'deployments.apps'],
    [['deployments/scale'], ['apps'], 'deployments.apps/scale'],
    [['*'], ['*'], '*.*'],
    [['*/scale'], ['*'], '*.*/scale'],
    [[], ['apps'], ''],
  ])('CombineResourceGroup(%j, %j) = %s', (resources, groups, text) => {
    expect(combineResourceGroup(resources, groups)).toBe(text);
  });

  it('prints a PolicyRule like its Go String()', () => {
    expect(policyRuleGoString({ verbs: ['get', 'list'], apiGroups: [''], resources: ['pods'], resourceNames: [], nonResourceURLs: [] })).toBe(
      '&PolicyRule{Verbs:[get list],APIGroups:[],Resources:[pods],ResourceNames:[],NonResourceURLs:[],}',
    );
  });
});
