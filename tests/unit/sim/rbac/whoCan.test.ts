// whoCan: subjects allowed to do something, with the binding, role and rule behind each
// (like kubectl-who-can), scoped as the authorizer scopes bindings.
import { describe, expect, it } from 'vitest';
import { authorize, whoCan } from '../../../../lib/sim/rbac';
import { can, cluster, clusterRole, clusterRoleBinding, group, role, roleBinding, sa, user } from './fixtures';

const world = cluster(
  role('dev', 'pod-reader', [
    { apiGroups: [''], resources: ['secrets'], verbs: ['list'] },
    { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
  ]),
  roleBinding('dev', 'read-pods', { kind: 'Role', name: 'pod-reader' }, [user('alice'), sa('builder'), { kind: 'Robot', name: 'r2' }]),
  role('prod', 'pod-reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
  roleBinding('prod', 'read-pods', { kind: 'Role', name: 'pod-reader' }, [user('bob')]),
  clusterRole('view', [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }]),
  clusterRoleBinding('view', 'view', [group('auditors'), sa('agent'), sa('agent', 'kube-system')]),
  clusterRoleBinding('dangling', 'ghost', [user('zed')]),
  clusterRole('metrics', [{ nonResourceURLs: ['/metrics'], verbs: ['get'] }]),
  clusterRoleBinding('metrics', 'metrics', [user('prom')]),
);

const names = (grants: ReturnType<typeof whoCan>) =>
  grants.map((g) => `${g.subject.kind}:${g.subject.namespace ? `${g.subject.namespace}/` : ''}${g.subject.name}@${g.binding?.name ?? '-'}#${g.ruleIndex}`);

describe('whoCan', () => {
  it('lists system:masters, then RoleBindings of the namespace, then ClusterRoleBindings', () => {
    expect(names(whoCan(world, { verb: 'get', resource: 'pods', namespace: 'dev' }))).toEqual([
      'Group:system:masters@-#-1',
      'User:alice@read-pods#1',
      'ServiceAccount:dev/builder@read-pods#1',
      'Group:auditors@view#0',
      'ServiceAccount:kube-system/agent@view#0',
    ]);
  });

  it('a request without namespace only counts ClusterRoleBindings, unless allNamespaces', () => {
    expect(names(whoCan(world, { verb: 'get', resource: 'pods' }))).toEqual([
      'Group:system:masters@-#-1',
      'Group:auditors@view#0',
      'ServiceAccount:kube-system/agent@view#0',
    ]);
    expect(names(whoCan(world, { verb: 'get', resource: 'pods', namespace: '' }, { allNamespaces: true }))).toEqual([
      'Group:system:masters@-#-1',
      'User:alice@read-pods#1',
      'ServiceAccount:dev/builder@read-pods#1',
      'User:bob@read-pods#0',
      'Group:auditors@view#0',
      'ServiceAccount:kube-system/agent@view#0',
    ]);
  });

  it('non-resource URLs', () => {
    expect(names(whoCan(world, { verb: 'get', path: '/metrics' }))).toEqual(['Group:system:masters@-#-1', 'User:prom@metrics#0']);
  });

  it('agrees with authorize for every subject it names', () => {
    for (const grant of whoCan(world, { verb: 'get', resource: 'pods', namespace: 'dev' })) {
      if (grant.via !== 'binding' || grant.subject.kind === 'Group') continue;
      const who = grant.subject.kind === 'User' ? grant.subject.name : `system:serviceaccount:${grant.subject.namespace}:${grant.subject.name}`;
      expect(authorize(world, can(who, 'get', 'pods', 'dev')).allowed).toBe(true);
    }
  });

  it('never throws on junk attributes', () => {
    expect(whoCan(world, null as never)).toEqual([]);
    expect(whoCan(world, { verb: 3 } as never).length).toBeGreaterThanOrEqual(1);
  });
});
