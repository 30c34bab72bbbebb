import { describe, expect, it } from 'vitest';
import { render } from '../../../../lib/i18n/messages';
import { buildAttributes, resourceMatches, rulesMatch, scopeMatches, type RequestAttributes } from '../../../../lib/sim/admission';

function attrs(request: Record<string, unknown>): RequestAttributes {
  const built = buildAttributes({ user: 'u', ...request });
  if (!built.ok) throw new Error(render('en', built.text));
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
    ['Namespaced', podA, true],
    ['Namespaced', crb, false],
    ['Namespaced', ns, false],
    ['Cluster', podA, false],
    ['Cluster', crb, true],
    ['Cluster', ns, true],
    ['*', podA, true],
    [undefined, crb, true],
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
    // Equivalent only finds versions the server still serves: apps/v1beta1, apps/v1beta2 and
    // extensions/v1beta1 Deployments are gone since 1.16 (deprecation-guide), so they never match.
    ['version v1beta1, Equivalent (default): not served since 1.16', rule({ apiVersions: ['v1beta1'] }), undefined, false],
    ['version v1beta1, Exact', rule({ apiVersions: ['v1beta1'] }), 'Exact', false],
    ['extensions/v1beta1, Equivalent: not served since 1.16', rule({ apiGroups: ['extensions'], apiVersions: ['v1beta1'] }), 'Equivalent', false],
    ['extensions/v1beta1, Exact', rule({ apiGroups: ['extensions'], apiVersions: ['v1beta1'] }), 'Exact', false],
    ['replicasets only', rule({ resources: ['replicasets'] }), undefined, false],
  ])('%s', (_name, rules, matchPolicy, expected) => {
    expect(rulesMatch(rules, deploy, matchPolicy).matched).toBe(expected);
  });

  // An HPA autoscaling/v2 request matches a rule for autoscaling/v1, which every modelled server
  // serves (webhook/generic/webhook.go converts the object to the matched version).
  const hpa = attrs({
    operation: 'CREATE',
    object: { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h', namespace: 'x' } },
  });
  const hpaRule = (version: string) => [
    { operations: ['CREATE'], apiGroups: ['autoscaling'], apiVersions: [version], resources: ['horizontalpodautoscalers'] },
  ];
  it('reports the equivalent group/version that matched', () => {
    const r = rulesMatch(hpaRule('v1'), hpa, 'Equivalent');
    expect(r.viaEquivalent).toEqual({ group: 'autoscaling', version: 'v1' });
    expect(rulesMatch(hpaRule('v1'), hpa, 'Exact').matched).toBe(false);
  });
  it('autoscaling/v2beta2 stopped being served in 1.26, v2beta1 in 1.25 (deprecation-guide)', () => {
    expect(rulesMatch(hpaRule('v2beta2'), { ...hpa, serverMinor: 35 }, 'Equivalent').matched).toBe(false);
    expect(rulesMatch(hpaRule('v2beta2'), { ...hpa, serverMinor: 30 }, 'Equivalent').matched).toBe(false);
    expect(rulesMatch(hpaRule('v2beta2'), { ...hpa, serverMinor: 25 }, 'Equivalent').matched).toBe(true);
    expect(rulesMatch(hpaRule('v2beta1'), { ...hpa, serverMinor: 25 }, 'Equivalent').matched).toBe(false);
    expect(rulesMatch(hpaRule('v2beta1'), { ...hpa, serverMinor: 24 }, 'Equivalent').matched).toBe(true);
  });
  it('batch/v1beta1 CronJobs are not served since 1.25; apps/v1beta2 Deployments since 1.16', () => {
    const cj = attrs({ operation: 'CREATE', object: { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c', namespace: 'x' } } });
    const cjRule = [{ operations: ['CREATE'], apiGroups: ['batch'], apiVersions: ['v1beta1'], resources: ['cronjobs'] }];
    expect(rulesMatch(cjRule, { ...cj, serverMinor: 25 }, 'Equivalent').matched).toBe(false);
    expect(rulesMatch(cjRule, { ...cj, serverMinor: 24 }, 'Equivalent').matched).toBe(true);
    expect(rulesMatch(rule({ apiVersions: ['v1beta2'] }), { ...deploy, serverMinor: 16 }, 'Equivalent').matched).toBe(false);
    expect(rulesMatch(rule({ apiVersions: ['v1beta2'] }), { ...deploy, serverMinor: 15 }, 'Equivalent').matched).toBe(true);
  });
});

describe('buildAttributes', () => {
  it.each([
    [
      { operation: 'CREATE', object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } } },
      { resource: 'pods', namespace: 'default', name: 'p', group: '' },
    ],
    [
      { operation: 'CREATE', object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'x' } } },
      { resource: 'deployments', group: 'apps', version: 'v1', namespace: 'x' },
    ],
    [
      { operation: 'CREATE', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' } } },
      { resource: 'namespaces', namespace: '', name: 'n' },
    ],
    [
      { operation: 'DELETE', oldObject: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'a' } } },
      { resource: 'pods', namespace: 'a', object: null },
    ],
    [
      { operation: 'CONNECT', subresource: 'exec', name: 'web', namespace: 'a', object: { kind: 'PodExecOptions', apiVersion: 'v1', command: ['sh'] } },
      { resource: 'pods', subresource: 'exec', name: 'web', namespace: 'a' },
    ],
    [
      {
        operation: 'UPDATE',
        subresource: 'scale',
        namespace: 'a',
        object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' } },
        oldObject: {},
      },
      { resource: 'deployments', subresource: 'scale' },
    ],
    [
      { operation: 'CREATE', object: { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } } },
      { resource: 'widgets', group: 'example.com' },
    ],
  ])('%j', (request, expected) => {
    expect(attrs(request)).toMatchObject(expected);
  });

  it.each([[{ operation: 'GET', object: {} }], [{ operation: 'CREATE' }], [null], [{ operation: 'DELETE' }]])('rejects %j with a reason', (request) => {
    const built = buildAttributes(request);
    expect(built.ok).toBe(false);
  });
});
