// Aggregated ClusterRoles (semantics/rbac.md §6, E12): rules replaced, selectors ORed,
// chains to a fixed point, never self, dedupe and order, cycles terminate.
import { describe, expect, it } from 'vitest';
import { authorize, resolveClusterRoles } from '../../../../lib/sim/rbac';
import { can, cluster, clusterRole, clusterRoleBinding, user } from './fixtures';

const get = (resource: string) => ({ apiGroups: [''], resources: [resource], verbs: ['get'] });
const agg = (...clusterRoleSelectors: unknown[]) => ({ aggregationRule: { clusterRoleSelectors } });

function resourcesOf(world: ReturnType<typeof cluster>, name: string): string[] {
  return (resolveClusterRoles(world).get(name) ?? []).map((rule) => rule.resources.join(','));
}

describe('aggregation replaces rules', () => {
  it('hand-written rules of an aggregated role are overwritten (E12)', () => {
    const world = cluster(
      clusterRole('monitoring', [get('secrets')], agg({ matchLabels: { agg: 'mon' } })),
      clusterRoleBinding('m', 'monitoring', [user('erin')]),
    );
    expect(resourcesOf(world, 'monitoring')).toEqual([]);
    expect(authorize(world, can('erin', 'get', 'secrets', 'default')).allowed).toBe(false);
  });

  it('picks the rules of labelled roles', () => {
    const world = cluster(
      clusterRole('monitoring', [get('secrets')], agg({ matchLabels: { agg: 'mon' } })),
      clusterRole('svc', [get('services')], { labels: { agg: 'mon' } }),
      clusterRole('other', [get('pods')], { labels: { agg: 'no' } }),
      clusterRoleBinding('m', 'monitoring', [user('erin')]),
    );
    expect(resourcesOf(world, 'monitoring')).toEqual(['services']);
    const verdict = authorize(world, can('erin', 'get', 'services', 'x'));
    expect(verdict.allowed).toBe(true);
    expect(verdict.rule?.aggregatedFrom).toEqual({ clusterRole: 'svc', ruleIndex: 0 });
  });
});

describe('selectors', () => {
  const roles = [
    clusterRole('a', [get('a')], { labels: { team: 'x', tier: 'web' } }),
    clusterRole('b', [get('b')], { labels: { team: 'y' } }),
    clusterRole('c', [get('c')]),
  ];
  const table: [string, unknown[], string[]][] = [
    ['selectors are ORed', [{ matchLabels: { team: 'x' } }, { matchLabels: { team: 'y' } }], ['a', 'b']],
    [
      'matchLabels and matchExpressions are ANDed',
      [{ matchLabels: { team: 'x' }, matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }] }],
      [],
    ],
    ['In', [{ matchExpressions: [{ key: 'team', operator: 'In', values: ['y', 'z'] }] }], ['b']],
    ['NotIn includes roles without the key', [{ matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['x'] }] }], ['b', 'c']],
    ['Exists', [{ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }], ['a']],
    ['DoesNotExist', [{ matchExpressions: [{ key: 'team', operator: 'DoesNotExist' }] }], ['c']],
    ['empty selector picks every other role', [{}], ['a', 'b', 'c']],
    ['invalid operator picks nothing', [{ matchExpressions: [{ key: 'team', operator: 'Like', values: ['x'] }] }], []],
    ['In without values picks nothing', [{ matchExpressions: [{ key: 'team', operator: 'In', values: [] }] }], []],
    ['a non-object selector picks nothing', ['team=x'], []],
  ];
  it.each(table)('%s', (_title, selectors, expected) => {
    const world = cluster(...roles, clusterRole('agg', [get('hand-written')], agg(...selectors)));
    expect(resourcesOf(world, 'agg')).toEqual(expected);
  });

  it('aggregationRule without selectors grants nothing', () => {
    const world = cluster(...roles, clusterRole('agg', [get('hand-written')], { aggregationRule: {} }));
    expect(resourcesOf(world, 'agg')).toEqual([]);
  });
});

describe('order, dedupe, self and chains', () => {
  it('orders by selector, then role name, then rule order; drops duplicates', () => {
    const world = cluster(
      clusterRole('zeta', [get('z1'), get('shared')], { labels: { s: '1' } }),
      clusterRole('alpha', [get('a1'), get('shared')], { labels: { s: '1' } }),
      clusterRole('beta', [get('b1')], { labels: { s: '2' } }),
      clusterRole('agg', [], agg({ matchLabels: { s: '2' } }, { matchLabels: { s: '1' } })),
    );
    expect(resourcesOf(world, 'agg')).toEqual(['b1', 'a1', 'shared', 'z1']);
  });

  it('a role never aggregates itself', () => {
    const world = cluster(clusterRole('self', [get('x')], { labels: { s: '1' }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: { s: '1' } }] } }));
    expect(resourcesOf(world, 'self')).toEqual([]);
  });

  it('follows chains to a fixed point (admin <- edit <- view)', () => {
    const world = cluster(
      clusterRole('admin', [], agg({ matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' } })),
      clusterRole('edit', [], {
        labels: { 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' },
        ...agg({ matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' } }),
      }),
      clusterRole('view', [], {
        labels: { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' },
        ...agg({ matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } }),
      }),
      clusterRole('crd-view', [get('widgets')], { labels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } }),
      clusterRole('crd-edit', [{ apiGroups: [''], resources: ['widgets'], verbs: ['update'] }], {
        labels: { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' },
      }),
      clusterRoleBinding('a', 'admin', [user('ann')]),
    );
    expect(resourcesOf(world, 'view')).toEqual(['widgets']);
    expect(resourcesOf(world, 'edit')).toEqual(['widgets', 'widgets']);
    expect(resourcesOf(world, 'admin')).toEqual(['widgets', 'widgets']);
    const verdict = authorize(world, can('ann', 'get', 'widgets', 'dev'));
    expect(verdict.allowed).toBe(true);
    expect(verdict.rule?.aggregatedFrom).toEqual({ clusterRole: 'crd-view', ruleIndex: 0 });
  });

  it('cycles terminate and hand-written rules never leak through them', () => {
    const world = cluster(
      clusterRole('p', [get('p-hand')], { labels: { to: 'q' }, ...agg({ matchLabels: { to: 'p' } }) }),
      clusterRole('q', [get('q-hand')], { labels: { to: 'p' }, ...agg({ matchLabels: { to: 'q' } }, { matchLabels: { leaf: 'y' } }) }),
      clusterRole('leaf', [get('leaf')], { labels: { leaf: 'y' } }),
    );
    expect(resourcesOf(world, 'p')).toEqual(['leaf']);
    expect(resourcesOf(world, 'q')).toEqual(['leaf']);
  });

  it('Roles do not aggregate', () => {
    const world = cluster({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { namespace: 'd', name: 'r' },
      aggregationRule: { clusterRoleSelectors: [{}] },
      rules: [get('x')],
    });
    expect(resolveClusterRoles(world).size).toBe(0);
  });
});
