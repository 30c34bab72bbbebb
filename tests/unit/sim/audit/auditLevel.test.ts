import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { auditLevel, type AuditRequest } from '@/lib/sim/audit';

const policy = (rules: unknown[], extra: Record<string, unknown> = {}) => ({ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules, ...extra });

const res = (verb: string, resource: string, more: Record<string, string> = {}, user = 'alice', groups: string[] = ['system:authenticated']): AuditRequest => ({
  user,
  groups,
  resourceAttributes: { verb, resource, ...more },
});
const nonRes = (verb: string, path: string, user = 'alice', groups: string[] = ['system:authenticated']): AuditRequest => ({
  user,
  groups,
  nonResourceAttributes: { verb, path },
});

// The talk's policy ("Seguridad en Kubernetes", Verbosity slide), verbatim.
const TALK_POLICY = load(`
apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  # Loguear Request response para 'pods'
  - level: RequestResponse
    resources:
    - group: ""
      resources: ["pods"]
  # Loguear sólo metadata para 'secrets'
  - level: Metadata
    resources:
    - group: ""
      resources: ["secrets"]
  # No loguear nada para configMaps llamados 'controller-leader'
  - level: None
    resources:
    - group: ""
      resources: ["configmaps"]
      resourceNames: ["controller-leader"]
`);

describe('the talk policy', () => {
  const cases: [string, AuditRequest, string, number | null][] = [
    ['pods at RequestResponse', res('get', 'pods', { namespace: 'default', name: 'web' }), 'RequestResponse', 0],
    ['pochoclo listing secrets at Metadata', res('list', 'secrets', { namespace: 'default' }, 'pochoclo', ['group1', 'system:authenticated']), 'Metadata', 1],
    ['controller-leader configmap not logged', res('update', 'configmaps', { namespace: 'kube-system', name: 'controller-leader' }), 'None', 2],
    ['other configmaps: no rule matches', res('update', 'configmaps', { namespace: 'kube-system', name: 'other' }), 'None', null],
    ['listing configmaps (no name) does not match resourceNames', res('list', 'configmaps', { namespace: 'kube-system' }), 'None', null],
    ['pods/log is not "pods" (A3)', res('get', 'pods', { namespace: 'default', name: 'web', subresource: 'log' }), 'None', null],
    ['deployments: no rule matches', res('get', 'deployments', { group: 'apps', namespace: 'default', name: 'web' }), 'None', null],
    ['non-resource /healthz: no rule matches', nonRes('get', '/healthz'), 'None', null],
  ];
  it.each(cases)('%s', (_name, request, level, ruleIndex) => {
    expect(auditLevel(TALK_POLICY, request)).toEqual({ level, omitStages: [], ruleIndex });
  });
});

describe('1. rule selection', () => {
  it('1.1 first matching rule decides, later rules are never consulted', () => {
    const p = policy([
      { level: 'Request', verbs: ['get'] },
      { level: 'RequestResponse', resources: [{ group: '', resources: ['pods'] }] },
    ]);
    expect(auditLevel(p, res('get', 'pods', { namespace: 'dev' }))).toMatchObject({ level: 'Request', ruleIndex: 0 });
    expect(auditLevel(p, res('list', 'pods', { namespace: 'dev' }))).toMatchObject({ level: 'RequestResponse', ruleIndex: 1 });
  });
  it('1.2 no rule matches → None with the policy-level omitStages', () => {
    const p = policy([{ level: 'Metadata', users: ['bob'] }], { omitStages: ['RequestReceived'] });
    expect(auditLevel(p, res('get', 'pods'))).toEqual({ level: 'None', omitStages: ['RequestReceived'], ruleIndex: null });
  });
  it('1.3 an early None rule silences noise, the catch-all logs the rest', () => {
    const p = policy([{ level: 'None', users: ['system:kube-proxy'] }, { level: 'Metadata' }]);
    expect(auditLevel(p, res('watch', 'endpoints', {}, 'system:kube-proxy'))).toEqual({ level: 'None', omitStages: [], ruleIndex: 0 });
    expect(auditLevel(p, res('watch', 'endpoints', {}, 'alice'))).toMatchObject({ level: 'Metadata', ruleIndex: 1 });
  });
  it('1.4 omitStages is the union of policy-level and rule-level stages', () => {
    const p = policy([{ level: 'Metadata', omitStages: ['ResponseStarted', 'RequestReceived'] }], { omitStages: ['RequestReceived', 'Panic'] });
    expect(auditLevel(p, res('get', 'pods')).omitStages).toEqual(['RequestReceived', 'ResponseStarted', 'Panic']);
  });
  it('1.5 users match the authenticated user, not the impersonated one (A6)', () => {
    const p = policy([{ level: 'RequestResponse', users: ['alice'] }]);
    const asBob: AuditRequest = { ...res('get', 'pods', { namespace: 'dev' }), impersonate: { user: 'bob' } };
    expect(auditLevel(p, asBob)).toMatchObject({ level: 'RequestResponse', ruleIndex: 0 });
    const bobHimself = res('get', 'pods', { namespace: 'dev' }, 'bob');
    expect(auditLevel(p, { ...bobHimself, impersonate: { user: 'alice' } })).toMatchObject({ level: 'None', ruleIndex: null });
  });
});

describe('2. does one rule match', () => {
  const cases: [string, unknown[], AuditRequest, number | null][] = [
    ['2.1 users: exact name', [{ level: 'Metadata', users: ['alice'] }], res('get', 'pods'), 0],
    ['2.1 users: other name', [{ level: 'Metadata', users: ['Alice'] }], res('get', 'pods'), null],
    ['2.2 userGroups: one group in common', [{ level: 'Metadata', userGroups: ['x', 'system:authenticated'] }], res('get', 'pods'), 0],
    ['2.2 userGroups: none in common', [{ level: 'Metadata', userGroups: ['system:masters'] }], res('get', 'pods'), null],
    ['2.2 userGroups: no groups at all', [{ level: 'Metadata', userGroups: ['system:authenticated'] }], res('get', 'pods', {}, 'alice', []), null],
    ['2.3 verbs: listed', [{ level: 'Metadata', verbs: ['create', 'update'] }], res('update', 'pods'), 0],
    ['2.3 verbs: "*" is not a wildcard', [{ level: 'Metadata', verbs: ['*'] }], res('get', 'pods'), null],
    ['2.3 verbs: non-resource verb is the lowercase method', [{ level: 'Metadata', verbs: ['post'] }], nonRes('POST', '/api'), 0],
    ['2.4 namespaces: listed namespace', [{ level: 'Metadata', namespaces: ['dev'] }], res('get', 'pods', { namespace: 'dev' }), 0],
    ['2.4 namespaces: "" matches cluster-scoped', [{ level: 'Metadata', namespaces: [''] }], res('get', 'nodes', { name: 'n1' }), 0],
    ['2.4 namespaces: "" matches lists across namespaces', [{ level: 'Metadata', namespaces: [''] }], res('list', 'pods'), 0],
    [
      '2.4 namespaces: the namespace object namespaces/foo has namespace foo',
      [{ level: 'Metadata', namespaces: ['foo'] }],
      res('get', 'namespaces', { name: 'foo' }),
      0,
    ],
    ['2.4 namespaces: a resource rule never matches non-resource requests', [{ level: 'Metadata', namespaces: [''] }], nonRes('get', '/version'), null],
    [
      '2.4 resources: empty list in a rule with namespaces matches any resource',
      [{ level: 'Metadata', namespaces: ['dev'], resources: [] }],
      res('get', 'secrets', { namespace: 'dev' }),
      0,
    ],
    [
      '2.4 resources: "*" matches subresources too',
      [{ level: 'Metadata', resources: [{ group: '', resources: ['*'] }] }],
      res('create', 'pods', { namespace: 'dev', name: 'p', subresource: 'exec' }),
      0,
    ],
    [
      '2.4 resources: exact resource/subresource',
      [{ level: 'Metadata', resources: [{ group: '', resources: ['pods/exec'] }] }],
      res('create', 'pods', { namespace: 'dev', name: 'p', subresource: 'exec' }),
      0,
    ],
    [
      '2.4 resources: pods/exec does not match pods/attach',
      [{ level: 'Metadata', resources: [{ group: '', resources: ['pods/exec'] }] }],
      res('create', 'pods', { namespace: 'dev', name: 'p', subresource: 'attach' }),
      null,
    ],
    [
      '2.4 resources: group must equal the request group',
      [{ level: 'Metadata', resources: [{ group: 'apps', resources: ['pods'] }] }],
      res('get', 'pods'),
      null,
    ],
    [
      '2.4 resources: entries are ORed',
      [
        {
          level: 'Metadata',
          resources: [
            { group: 'apps', resources: ['deployments'] },
            { group: '', resources: ['secrets'] },
          ],
        },
      ],
      res('get', 'secrets'),
      0,
    ],
    [
      '2.4 resourceNames: name listed',
      [{ level: 'Metadata', resources: [{ group: '', resources: ['secrets'], resourceNames: ['db'] }] }],
      res('get', 'secrets', { namespace: 'dev', name: 'db' }),
      0,
    ],
    [
      '2.4 resourceNames: other name',
      [{ level: 'Metadata', resources: [{ group: '', resources: ['secrets'], resourceNames: ['db'] }] }],
      res('get', 'secrets', { namespace: 'dev', name: 'api' }),
      null,
    ],
    [
      '2.4 resourceNames: list (no name)',
      [{ level: 'Metadata', resources: [{ group: '', resources: ['secrets'], resourceNames: ['db'] }] }],
      res('list', 'secrets', { namespace: 'dev' }),
      null,
    ],
    [
      '2.4 namespaces AND resources must both hold',
      [{ level: 'Metadata', namespaces: ['prod'], resources: [{ group: '', resources: ['secrets'] }] }],
      res('get', 'secrets', { namespace: 'dev' }),
      null,
    ],
    ['2.5 nonResourceURLs: exact', [{ level: 'Metadata', nonResourceURLs: ['/version'] }], nonRes('get', '/version'), 0],
    ['2.5 nonResourceURLs: "*" matches every path', [{ level: 'Metadata', nonResourceURLs: ['*'] }], nonRes('get', '/metrics'), 0],
    ['2.5 nonResourceURLs: a resource request never matches', [{ level: 'Metadata', nonResourceURLs: ['*'] }], res('get', 'pods'), null],
    ['2.6 a rule without namespaces, resources or URLs matches resource requests', [{ level: 'Metadata' }], res('get', 'pods'), 0],
    ['2.6 a rule without namespaces, resources or URLs matches non-resource requests', [{ level: 'Metadata' }], nonRes('get', '/healthz'), 0],
    ['2.1+2.3 all conditions must hold (AND)', [{ level: 'Metadata', users: ['alice'], verbs: ['delete'] }], res('get', 'pods'), null],
  ];
  it.each(cases)('%s', (_name, rules, request, ruleIndex) => {
    expect(auditLevel(policy(rules), request).ruleIndex).toBe(ruleIndex);
  });
});

describe('5. edge cases', () => {
  it('A1: order matters: a catch-all Metadata first logs secrets at Metadata', () => {
    const p = policy([{ level: 'Metadata' }, { level: 'None', resources: [{ group: '', resources: ['secrets'] }] }]);
    expect(auditLevel(p, res('get', 'secrets', { namespace: 'dev', name: 's' }))).toEqual({ level: 'Metadata', omitStages: [], ruleIndex: 0 });
  });

  const a2 = policy([{ level: 'Metadata', resources: [{ group: '' }] }]);
  it.each([
    ['pods', res('get', 'pods', { namespace: 'dev', name: 'p' }), 0],
    ['pods/log', res('get', 'pods', { namespace: 'dev', name: 'p', subresource: 'log' }), 0],
    ['nodes (cluster-scoped core)', res('get', 'nodes', { name: 'n' }), 0],
    ['deployments (group apps)', res('get', 'deployments', { group: 'apps', namespace: 'dev', name: 'd' }), null],
  ] as const)('A2: {group: ""} without resources → %s', (_n, request, idx) => {
    expect(auditLevel(a2, request).ruleIndex).toBe(idx);
  });

  const rule = (resources: string[]) => policy([{ level: 'Metadata', resources: [{ group: '', resources }] }]);
  const pod = (subresource?: string) => res('get', 'pods', { namespace: 'dev', name: 'p', ...(subresource ? { subresource } : {}) });
  it.each([
    ['pods', 'pods', undefined, true],
    ['pods', 'pods/log', 'log', false],
    ['pods', 'pods/exec', 'exec', false],
    ['pods/*', 'pods', undefined, true],
    ['pods/*', 'pods/log', 'log', true],
    ['pods/*', 'pods/exec', 'exec', true],
    ['*/exec', 'pods/exec', 'exec', true],
    ['*/exec', 'pods', undefined, false],
    ['*/exec', 'pods/log', 'log', false],
  ] as const)('A3: resource entry %s vs request %s (subresource %s) → matches %s', (entry, _req, sub, matches) => {
    expect(auditLevel(rule([entry]), pod(sub)).ruleIndex).toBe(matches ? 0 : null);
  });
  it('A3: */exec matches exec of any resource', () => {
    expect(auditLevel(rule(['*/exec']), res('create', 'nodes', { name: 'n', subresource: 'exec' })).ruleIndex).toBe(0);
  });

  const a4 = policy([{ level: 'Metadata', namespaces: ['kube-system'] }]);
  it.each([
    ['pods in kube-system', res('get', 'pods', { namespace: 'kube-system', name: 'x' }), 0],
    ['non-resource URL', nonRes('get', '/healthz'), null],
    ['cluster-scoped nodes', res('get', 'nodes', { name: 'n' }), null],
    ['kubectl get pods -A (namespace "")', res('list', 'pods'), null],
  ] as const)('A4: namespaces [kube-system] → %s', (_n, request, idx) => {
    expect(auditLevel(a4, request).ruleIndex).toBe(idx);
  });

  const a5 = policy([{ level: 'Metadata', verbs: ['get'] }]);
  it.each([
    ['get pods/x', res('get', 'pods', { namespace: 'dev', name: 'x' }), 0],
    ['GET /healthz', nonRes('GET', '/healthz'), 0],
    ['list pods', res('list', 'pods', { namespace: 'dev' }), null],
  ] as const)('A5: verbs [get] → %s', (_n, request, idx) => {
    expect(auditLevel(a5, request).ruleIndex).toBe(idx);
  });

  it('A6: users [alice] matches alice running kubectl --as=bob', () => {
    const p = policy([{ level: 'Metadata', users: ['alice'] }]);
    expect(auditLevel(p, { ...res('get', 'pods', { namespace: 'dev' }), impersonate: { user: 'bob', groups: ['devs'] } }).ruleIndex).toBe(0);
  });

  it.each([
    ['system:serviceaccount:dev:builder', ['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated'], 0],
    ['system:serviceaccount:dev:default', ['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated'], 0],
    ['system:serviceaccount:prod:builder', ['system:serviceaccounts', 'system:serviceaccounts:prod', 'system:authenticated'], null],
  ] as const)('A7: userGroups [system:serviceaccounts:dev] → %s', (user, groups, idx) => {
    const p = policy([{ level: 'Metadata', userGroups: ['system:serviceaccounts:dev'] }]);
    expect(auditLevel(p, res('get', 'configmaps', { namespace: 'dev' }, user, [...groups])).ruleIndex).toBe(idx);
  });

  it('A8: policy omits RequestReceived and the rule omits ResponseStarted → both omitted', () => {
    const p = policy([{ level: 'Metadata', omitStages: ['ResponseStarted'] }], { omitStages: ['RequestReceived'] });
    expect(auditLevel(p, res('watch', 'pods', { namespace: 'dev' }))).toEqual({
      level: 'Metadata',
      omitStages: ['RequestReceived', 'ResponseStarted'],
      ruleIndex: 0,
    });
  });

  it('A9: level Request for a get of a secret', () => {
    const p = policy([{ level: 'Request', resources: [{ group: '', resources: ['secrets'] }] }]);
    expect(auditLevel(p, res('get', 'secrets', { namespace: 'dev', name: 's' })).level).toBe('Request');
  });

  it.each([
    ['/healthz*', '/healthz', true],
    ['/healthz*', '/healthz/etcd', true],
    ['/healthz*', '/healthzx', true],
    ['/healthz*', '/livez', false],
    ['/healthz/*', '/healthz', false],
    ['/healthz/*', '/healthz/etcd', true],
    ['/healthz', '/healthz/etcd', false],
  ] as const)('A10: nonResourceURLs [%s] vs %s → %s', (spec, path, matches) => {
    const p = policy([{ level: 'Metadata', nonResourceURLs: [spec] }]);
    expect(auditLevel(p, nonRes('get', path)).ruleIndex).toBe(matches ? 0 : null);
  });
});

describe('policies the API server refuses log nothing', () => {
  it.each([
    ['unknown level', policy([{ level: 'Metdata' }])],
    ['level in lowercase', policy([{ level: 'metadata' }])],
    ['missing level', policy([{ users: ['alice'] }])],
    ['resources and nonResourceURLs together', policy([{ level: 'Metadata', resources: [{ group: '' }], nonResourceURLs: ['/x'] }])],
    ['no rules', policy([])],
    ['old apiVersion', { ...policy([{ level: 'Metadata' }]), apiVersion: 'audit.k8s.io/v1beta1' }],
    ['users not a list', policy([{ level: 'Metadata', users: 'alice' }])],
    ['not an object', 'rules: []'],
  ])('%s → None, no rule', (_name, p) => {
    expect(auditLevel(p, res('get', 'pods'))).toEqual({ level: 'None', omitStages: [], ruleIndex: null });
  });
  it('warnings (unknown fields) do not invalidate the policy', () => {
    expect(auditLevel(policy([{ level: 'Metadata', resource: 'pods' }]), res('get', 'secrets')).ruleIndex).toBe(0);
  });
});

// group "*" in an audit policy rule: accepted and matching every group from v1.36
// (kubernetes/kubernetes#135262, staging/src/k8s.io/apiserver/pkg/audit/policy/checker.go); before,
// validation.go validateResources refuses it as an invalid DNS subdomain, so the policy is not loaded.
describe('group "*" by server version', () => {
  const wildcard = policy([{ level: 'Metadata', resources: [{ group: '*', resources: ['deployments'] }] }]);
  it('v1.36: matches a request in any group', () => {
    expect(auditLevel(wildcard, res('get', 'deployments', { group: 'apps' }), { serverMinor: 36 }).ruleIndex).toBe(0);
    expect(auditLevel(wildcard, res('get', 'deployments', { group: 'extensions' }), { serverMinor: 37 }).level).toBe('Metadata');
  });
  it('v1.35 (the default): the policy is invalid, so nothing is logged', () => {
    expect(auditLevel(wildcard, res('get', 'deployments', { group: 'apps' }), { serverMinor: 35 }).level).toBe('None');
    expect(auditLevel(wildcard, res('get', 'deployments', { group: 'apps' })).level).toBe('None');
  });
});
