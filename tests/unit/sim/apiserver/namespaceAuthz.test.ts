// A request on /api/v1/namespaces/{name} is a request in that namespace:
// k8s.io/apiserver pkg/endpoints/request/requestinfo.go (Namespace from the path), so a RoleBinding
// in namespace "team" may allow get/label/delete of namespace "team", and the Forbidden text
// (plugin/pkg/auth/authorizer/rbac) says `in the namespace "x"`.
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '@/lib/sim/shell';

const RBAC = 'rbac.authorization.k8s.io/v1';
const world = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } },
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other' } },
  {
    apiVersion: RBAC,
    kind: 'Role',
    metadata: { name: 'ns', namespace: 'team' },
    rules: [{ apiGroups: [''], resources: ['namespaces'], verbs: ['get', 'patch', 'delete'] }],
  },
  {
    apiVersion: RBAC,
    kind: 'RoleBinding',
    metadata: { name: 'ns', namespace: 'team' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'ns' },
    subjects: [{ kind: 'User', name: 'ana' }],
  },
];
const run = (line: string) => runShellLine(createShellSession({ objects: world, user: 'ana' }), line);

describe('namespace requests by name are authorized in that namespace', () => {
  it('a RoleBinding in the namespace allows get, label and delete of it', () => {
    expect(run('kubectl get ns team -o name')).toMatchObject({ exitCode: 0, output: 'namespace/team' });
    expect(run('kubectl label ns team tier=web')).toMatchObject({ exitCode: 0, output: 'namespace/team labeled' });
    expect(run('kubectl delete ns team')).toMatchObject({ exitCode: 0, output: 'namespace "team" deleted' });
  });
  it.each([
    ['kubectl get ns other', 'get'],
    ['kubectl delete ns other', 'delete'],
    ['kubectl label ns other tier=web', 'get'],
  ])('%s is forbidden in the namespace "other"', (line, verb) => {
    const r = run(line);
    expect(r.exitCode).toBe(1);
    expect(r.output).toBe(
      `Error from server (Forbidden): namespaces "other" is forbidden: User "ana" cannot ${verb} resource "namespaces" in API group "" in the namespace "other"`,
    );
  });
  it('listing namespaces is still a cluster-scope request', () => {
    expect(run('kubectl get ns').output).toBe(
      'Error from server (Forbidden): namespaces is forbidden: User "ana" cannot list resource "namespaces" in API group "" at the cluster scope',
    );
  });
});
