// The API server's 403 text (semantics/rbac.md §2.3; responsewriters/errors.go + NewForbidden).
import { describe, expect, it } from 'vitest';
import { authorize, forbiddenMessage } from '../../../../lib/sim/rbac';
import type { AccessRequest } from '../../../../lib/sim/types';
import { can, canPath, cluster, roleBinding, user } from './fixtures';

describe('forbiddenMessage', () => {
  it.each([
    [
      'named, namespaced',
      can('alice', 'delete', 'pods', 'dev', { name: 'web' }),
      'pods "web" is forbidden: User "alice" cannot delete resource "pods" in API group "" in the namespace "dev"',
    ],
    ['unnamed', can('alice', 'list', 'pods', 'dev'), 'pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "dev"'],
    ['cluster scope', can('alice', 'list', 'nodes', ''), 'nodes is forbidden: User "alice" cannot list resource "nodes" in API group "" at the cluster scope'],
    [
      'group and subresource',
      can('alice', 'patch', 'deployments/scale', 'dev', { group: 'apps', name: 'api' }),
      'deployments.apps "api" is forbidden: User "alice" cannot patch resource "deployments/scale" in API group "apps" in the namespace "dev"',
    ],
    ['non-resource', canPath('alice', 'get', '/metrics'), 'forbidden: User "alice" cannot get path "/metrics"'],
    [
      'service account user',
      can('system:serviceaccount:dev:ci', 'get', 'secrets', 'dev', { name: 's' }),
      'secrets "s" is forbidden: User "system:serviceaccount:dev:ci" cannot get resource "secrets" in API group "" in the namespace "dev"',
    ],
    [
      'quotes and HTML are escaped',
      can('a"<b>', 'get', 'pods', 'dev'),
      'pods is forbidden: User "a\\"&lt;b&gt;" cannot get resource "pods" in API group "" in the namespace "dev"',
    ],
  ] as [string, AccessRequest, string][])('%s', (_title, request, text) => {
    expect(forbiddenMessage(request)).toBe(text);
  });

  it('appends the RBAC reason when a role was missing', () => {
    const world = cluster(roleBinding('dev', 'b', { kind: 'ClusterRole', name: 'does-not-exist' }, [user('alice')]));
    const request = can('alice', 'get', 'pods', 'dev');
    expect(forbiddenMessage(request, authorize(world, request))).toBe(
      'pods is forbidden: User "alice" cannot get resource "pods" in API group "" in the namespace "dev": RBAC: clusterrole.rbac.authorization.k8s.io "does-not-exist" not found',
    );
  });
});
