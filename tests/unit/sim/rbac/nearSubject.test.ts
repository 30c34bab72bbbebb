import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { authorize, createCluster, describeAuthorization } from '@/lib/sim';

const role = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'Role',
  metadata: { namespace: 'depto-a', name: 'malcriada' },
  rules: [{ apiGroups: [''], resources: ['sillones'], verbs: ['dormir'] }],
};
const binding = (subject: Record<string, string>) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'RoleBinding',
  metadata: { namespace: 'depto-a', name: 'rb' },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'malcriada' },
  subjects: [subject],
});
const request = (user: string, groups: string[] = ['system:authenticated']) => ({
  user,
  groups,
  resourceAttributes: { verb: 'dormir', resource: 'sillones', namespace: 'depto-a' },
});

describe('nearest miss: a subject that nearly names the user', () => {
  it('explains a case mismatch in a User subject, in both languages', () => {
    const cluster = createCluster([role, binding({ kind: 'User', name: 'Pochoclo', apiGroup: 'rbac.authorization.k8s.io' })]);
    const verdict = authorize(cluster, request('pochoclo'));
    expect(verdict.allowed).toBe(false);
    expect(verdict.nearestMiss?.binding).toEqual({ kind: 'RoleBinding', namespace: 'depto-a', name: 'rb' });
    expect(render('en', describeAuthorization(verdict))).toMatch(/names are case-sensitive/);
    expect(render('es', describeAuthorization(verdict))).toMatch(/distinguen mayúsculas/);
  });
  it('explains a ServiceAccount subject in another namespace', () => {
    const cluster = createCluster([role, binding({ kind: 'ServiceAccount', name: 'feeder', namespace: 'depto-b' })]);
    const verdict = authorize(
      cluster,
      request('system:serviceaccount:depto-a:feeder', ['system:serviceaccounts', 'system:serviceaccounts:depto-a', 'system:authenticated']),
    );
    expect(verdict.allowed).toBe(false);
    expect(render('en', describeAuthorization(verdict))).toMatch(/ServiceAccount depto-b\/feeder, but the requester is depto-a\/feeder/);
  });
  it('stays silent for an unrelated subject', () => {
    const cluster = createCluster([role, binding({ kind: 'User', name: 'manteca', apiGroup: 'rbac.authorization.k8s.io' })]);
    expect(render('en', describeAuthorization(authorize(cluster, request('pochoclo'))))).not.toMatch(/case-sensitive/);
  });
});
