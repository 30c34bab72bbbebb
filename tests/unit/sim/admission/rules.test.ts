import { describe, expect, it } from 'vitest';
import { buildAttributes, resourceMatches, rulesMatch, scopeMatches, type RequestAttributes } from '../../../../lib/sim/admission';

function attrs(request: Record<string, unknown>): RequestAttributes {
  const built = buildAttributes({ user: 'u', ...request });
  if (!built.ok) throw new Error(built.message);
  return built.attributes;
}

describe('resourceMatches: resources entries with subresources and wildcards', () => {
  it.each([
    [['pods'], 'pods', '', true],
    [['pods'], 'pods', 'exec', false],
    [['pods'], 'pods', 'status', false],
    [['pods'], 'pods', 'ephemeralcontainers', false],
    [['*'], 'pods', '', true],
    [['*'], 'pods', 'exec', false],
    [['*'], 'deployments', 'scale', false],
    [['pods/*'], 'pods', '', true],
    [['pods/*'], 'pods', 'exec', true],
    [['pods/*'], 'services', '', false],
    [['*/scale'], 'deployments', 'scale', true],
    [['*/scale'], 'deployments', '', false],
    [['*/*'], 'pods', 'exec', true],
    [['*/*'], 'configmaps', '', true],
    [['pods/exec'], 'pods', 'exec', true],
    [['pods/exec'], 'pods', 'attach', false],
    [['deployments', 'pods/exec'], 'pods', 'exec', true],
    [[], 'pods', '', false],
  ])('%j vs %s/%s → %s', (entries, resource, sub, expected) => {
    expect(resourceMatches(entries, resource, sub)).toBe(expected);
  });
});

describe('scopeMatches', () => {
  const ns = attrs({ operation: 'CREATE', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } } });
  const podA = attrs({ operation: 'CREATE', object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'a' } } });
  const crb = attrs({ operation: 'CREATE', object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'c' } } });
  it.each([
    ['Namespaced', podA, true], ['Namespaced', crb, false], ['Namespaced', ns, false],
    ['Cluster', podA, false], ['Cluster', crb, true], ['Cluster', ns, true],
    ['*', podA, true], [undefined, crb, true],
  ] as const)('scope %s', (scope, a, expected) => {
    expect(scopeMatches(scope, a)).toBe(expected);
  });
});

describe('rulesMatch: operations, groups, versions and matchPolicy', () => {
  const deploy = attrs({ operation: 'CREATE', object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'x' } } });
  const rule = (extra: Record<string, unknown>) => [{ operations: ['CREATE'], apiGroups: ['apps'], apiVersions: ['v1'], resources: ['deployments'], ...extra }];
  it.each([
    ['exact rule', rule({}), undefined, true],
    ['operation *', rule({ operations: ['*'] }), undefined, true],
    ['only UPDATE', rule({ operations: ['UPDATE'] }), undefined, false],
    ['core group', rule({ apiGroups: [''] }), undefined, false],
    ['group *', rule({ apiGroups: ['*'] }), undefined, true],
    ['version v1beta1, Equivalent (default)', rule({ apiVersions: ['v1beta1'] }), undefined, true],
    ['version v1beta1, Exact', rule({ apiVersions: ['v1beta1'] }), 'Exact', false],
    ['extensions/v1beta1, Equivalent', rule({ apiGroups: ['extensions'], apiVersions: ['v1beta1'] }), 'Equivalent', true],
    ['extensions/v1beta1, Exact', rule({ apiGroups: ['extensions'], apiVersions: ['v1beta1'] }), 'Exact', false],
    ['replicasets only', rule({ resources: ['replicasets'] }), undefined, false],
  ])('%s', (_name, rules, matchPolicy, expected) => {
    expect(rulesMatch(rules, deploy, matchPolicy).matched).toBe(expected);
  });

  it('reports the equivalent group/version that matched', () => {
    const r = rulesMatch(rule({ apiGroups: ['extensions'], apiVersions: ['v1beta1'] }), deploy, 'Equivalent');
    expect(r.viaEquivalent).toEqual({ group: 'extensions', version: 'v1beta1' });
  });
});

describe('buildAttributes', () => {
  it.each([
    [{ operation: 'CREATE', object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } } }, { resource: 'pods', namespace: 'default', name: 'p', group: '' }],
    [{ operation: 'CREATE', object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'x' } } }, { resource: 'deployments', group: 'apps', version: 'v1', namespace: 'x' }],
    [{ operation: 'CREATE', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' } } }, { resource: 'namespaces', namespace: '', name: 'n' }],
    [{ operation: 'DELETE', oldObject: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'a' } } }, { resource: 'pods', namespace: 'a', object: null }],
    [{ operation: 'CONNECT', subresource: 'exec', name: 'web', namespace: 'a', object: { kind: 'PodExecOptions', apiVersion: 'v1', command: ['sh'] } }, { resource: 'pods', subresource: 'exec', name: 'web', namespace: 'a' }],
    [{ operation: 'UPDATE', subresource: 'scale', namespace: 'a', object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' } }, oldObject: {} }, { resource: 'deployments', subresource: 'scale' }],
    [{ operation: 'CREATE', object: { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } } }, { resource: 'widgets', group: 'example.com' }],
  ])('%j', (request, expected) => {
    expect(attrs(request)).toMatchObject(expected);
  });

  it.each([
    [{ operation: 'GET', object: {} }],
    [{ operation: 'CREATE' }],
    [null],
    [{ operation: 'DELETE' }],
  ])('rejects %j with a reason', (request) => {
    const built = buildAttributes(request);
    expect(built.ok).toBe(false);
  });
});
