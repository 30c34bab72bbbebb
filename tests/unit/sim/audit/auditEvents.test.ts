import { describe, expect, it } from 'vitest';
import { auditEvents, buildCounterClock, buildCounterIds, formatAuditEvents, type AuditLevel, type AuditRequest } from '@/lib/sim/audit';

const policyAt = (level: AuditLevel, extra: Record<string, unknown> = {}, rule: Record<string, unknown> = {}) => ({
  apiVersion: 'audit.k8s.io/v1',
  kind: 'Policy',
  rules: [{ level, ...rule }],
  ...extra,
});

const pochoclo: AuditRequest = {
  user: 'pochoclo',
  groups: ['group1', 'system:authenticated'],
  resourceAttributes: { verb: 'list', resource: 'secrets', namespace: 'default' },
  sourceIPs: ['192.168.49.1'],
  userAgent: 'kubectl/v1.21.1 (linux/amd64) kubernetes/5e58841',
  authorization: { decision: 'allow', reason: 'RBAC: allowed by RoleBinding "read-secrets/default" of Role "secret-reader" to User "pochoclo"' },
};

const fixed = () => ({ clock: buildCounterClock(Date.UTC(2021, 5, 7, 0, 21, 16, 819)), ids: () => 'ce936ebc-413c-4c34-8a5d-bbc0c6fcdbb6' });

describe("the talk's event (kubectl logs kube-apiserver-minikube | grep pochoclo)", () => {
  it('RequestReceived at Metadata looks like the slide', () => {
    const [received] = auditEvents(policyAt('Metadata'), pochoclo, fixed());
    expect(received).toEqual({
      kind: 'Event',
      apiVersion: 'audit.k8s.io/v1',
      level: 'Metadata',
      auditID: 'ce936ebc-413c-4c34-8a5d-bbc0c6fcdbb6',
      stage: 'RequestReceived',
      requestURI: '/api/v1/namespaces/default/secrets?limit=500',
      verb: 'list',
      user: { username: 'pochoclo', groups: ['group1', 'system:authenticated'] },
      sourceIPs: ['192.168.49.1'],
      userAgent: 'kubectl/v1.21.1 (linux/amd64) kubernetes/5e58841',
      objectRef: { resource: 'secrets', namespace: 'default', apiVersion: 'v1' },
      requestReceivedTimestamp: '2021-06-07T00:21:16.819000Z',
      stageTimestamp: '2021-06-07T00:21:16.819000Z',
    });
    expect(Object.keys(received)).toEqual([
      'kind',
      'apiVersion',
      'level',
      'auditID',
      'stage',
      'requestURI',
      'verb',
      'user',
      'sourceIPs',
      'userAgent',
      'objectRef',
      'requestReceivedTimestamp',
      'stageTimestamp',
    ]);
  });
  it('ResponseComplete adds the status and the authorization annotations', () => {
    const [, complete] = auditEvents(policyAt('Metadata'), pochoclo, fixed());
    expect(complete.stage).toBe('ResponseComplete');
    expect(complete.auditID).toBe('ce936ebc-413c-4c34-8a5d-bbc0c6fcdbb6');
    expect(complete.responseStatus).toEqual({ metadata: {}, code: 200 });
    expect(complete.requestReceivedTimestamp).toBe('2021-06-07T00:21:16.819000Z');
    expect(complete.stageTimestamp).toBe('2021-06-07T00:21:16.820000Z');
    expect(complete.annotations).toEqual({
      'authorization.k8s.io/decision': 'allow',
      'authorization.k8s.io/reason': 'RBAC: allowed by RoleBinding "read-secrets/default" of Role "secret-reader" to User "pochoclo"',
    });
  });
});

describe('3. levels decide what an event contains', () => {
  const create: AuditRequest = {
    user: 'alice',
    groups: ['system:authenticated'],
    resourceAttributes: { verb: 'create', resource: 'pods', namespace: 'dev' },
    requestObject: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'dev' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
    responseObject: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'dev', uid: 'u-1', resourceVersion: '42' } },
    authorization: { decision: 'allow', reason: '' },
  };
  it('None → no events', () => {
    expect(auditEvents(policyAt('None'), create)).toEqual([]);
  });
  it.each([
    ['Metadata', false, false],
    ['Request', true, false],
    ['RequestResponse', true, true],
  ] as const)('%s: requestObject %s, responseObject %s', (level, hasRequest, hasResponse) => {
    const [received, complete] = auditEvents(policyAt(level), create);
    expect(received).not.toHaveProperty('requestObject');
    expect(received).not.toHaveProperty('responseObject');
    expect(complete.requestObject !== undefined).toBe(hasRequest);
    expect(complete.responseObject !== undefined).toBe(hasResponse);
    if (hasRequest) expect(complete.requestObject).toEqual(create.requestObject);
    if (hasResponse) expect(complete.responseObject).toEqual(create.responseObject);
  });
  it('create: 201, URI without the name, objectRef completed from the body after RequestReceived', () => {
    const [received, complete] = auditEvents(policyAt('Metadata'), create);
    expect(received.requestURI).toBe('/api/v1/namespaces/dev/pods');
    expect(received.objectRef).toEqual({ resource: 'pods', namespace: 'dev', apiVersion: 'v1' });
    expect(complete.objectRef).toEqual({ resource: 'pods', namespace: 'dev', name: 'web', apiVersion: 'v1' });
    expect(complete.responseStatus).toEqual({ metadata: {}, code: 201 });
  });
  it('options.response wins over request.responseObject', () => {
    const [, complete] = auditEvents(policyAt('RequestResponse'), create, { response: { kind: 'Pod', metadata: { name: 'other' } } });
    expect(complete.responseObject).toEqual({ kind: 'Pod', metadata: { name: 'other' } });
  });
  it('bodies are copies, not the learner objects', () => {
    const [, complete] = auditEvents(policyAt('RequestResponse'), create);
    expect(complete.requestObject).not.toBe(create.requestObject);
  });
  it('A9: Request level for GET of a secret → no requestObject (no body) and no responseObject', () => {
    const get: AuditRequest = {
      user: 'alice',
      resourceAttributes: { verb: 'get', resource: 'secrets', namespace: 'dev', name: 's' },
      requestObject: { ignored: true },
      responseObject: { kind: 'Secret', data: { password: 'aHVudGVyMg==' } },
    };
    const events = auditEvents(policyAt('Request'), get);
    expect(events.map((e) => e.stage)).toEqual(['RequestReceived', 'ResponseComplete']);
    for (const e of events) {
      expect(e).not.toHaveProperty('requestObject');
      expect(e).not.toHaveProperty('responseObject');
    }
    expect(events[1].requestURI).toBe('/api/v1/namespaces/dev/secrets/s');
  });
  it('RequestResponse on get secrets logs the whole Secret (why secrets stay at Metadata)', () => {
    const secret = { kind: 'Secret', apiVersion: 'v1', metadata: { name: 's' }, data: { password: 'aHVudGVyMg==' } };
    const [, complete] = auditEvents(
      policyAt('RequestResponse'),
      { user: 'a', resourceAttributes: { verb: 'get', resource: 'secrets', namespace: 'dev', name: 's' } },
      { response: secret },
    );
    expect(complete.responseObject).toEqual(secret);
  });
  it('non-resource requests have no objectRef and no bodies even at RequestResponse', () => {
    const events = auditEvents(policyAt('RequestResponse'), {
      user: 'a',
      nonResourceAttributes: { verb: 'GET', path: '/healthz' },
      requestObject: {},
      responseObject: 'ok',
    });
    expect(events.map((e) => [e.verb, e.requestURI, e.objectRef, e.requestObject, e.responseObject])).toEqual([
      ['get', '/healthz', undefined, undefined, undefined],
      ['get', '/healthz', undefined, undefined, undefined],
    ]);
  });
  it('omitManagedFields drops metadata.managedFields from bodies and list items', () => {
    const managed = [{ manager: 'kubectl', operation: 'Update' }];
    const list = { kind: 'PodList', items: [{ metadata: { name: 'a', managedFields: managed } }] };
    const obj = { kind: 'Pod', metadata: { name: 'a', managedFields: managed } };
    const req: AuditRequest = { user: 'a', resourceAttributes: { verb: 'update', resource: 'pods', namespace: 'd', name: 'a' }, requestObject: obj };
    const [, withRule] = auditEvents(policyAt('RequestResponse', {}, { omitManagedFields: true }), req, { response: list });
    expect(withRule.requestObject).toEqual({ kind: 'Pod', metadata: { name: 'a' } });
    expect(withRule.responseObject).toEqual({ kind: 'PodList', items: [{ metadata: { name: 'a' } }] });
    const [, kept] = auditEvents(policyAt('RequestResponse', { omitManagedFields: true }, { omitManagedFields: false }), req);
    expect(kept.requestObject).toEqual(obj);
    const [, fromPolicy] = auditEvents(policyAt('Request', { omitManagedFields: true }), req);
    expect(fromPolicy.requestObject).toEqual({ kind: 'Pod', metadata: { name: 'a' } });
  });
});

describe('4. stages', () => {
  const stagesOf = (policy: unknown, req: AuditRequest) => auditEvents(policy, req).map((e) => e.stage);
  const watch: AuditRequest = { user: 'a', resourceAttributes: { verb: 'watch', resource: 'pods', namespace: 'dev' } };
  it('4.5 a normal get at Metadata: RequestReceived and ResponseComplete with the same auditID', () => {
    const events = auditEvents(policyAt('Metadata'), { user: 'a', resourceAttributes: { verb: 'get', resource: 'pods', namespace: 'dev', name: 'p' } });
    expect(events.map((e) => e.stage)).toEqual(['RequestReceived', 'ResponseComplete']);
    expect(new Set(events.map((e) => e.auditID)).size).toBe(1);
  });
  it.each([
    ['watch', watch],
    ['proxy', { user: 'a', resourceAttributes: { verb: 'get', resource: 'services', namespace: 'dev', name: 's', subresource: 'proxy' } }],
    ['exec', { user: 'a', resourceAttributes: { verb: 'create', resource: 'pods', namespace: 'dev', name: 'p', subresource: 'exec' } }],
    ['attach', { user: 'a', resourceAttributes: { verb: 'create', resource: 'pods', namespace: 'dev', name: 'p', subresource: 'attach' } }],
    ['log', { user: 'a', resourceAttributes: { verb: 'get', resource: 'pods', namespace: 'dev', name: 'p', subresource: 'log' } }],
    ['portforward', { user: 'a', resourceAttributes: { verb: 'create', resource: 'pods', namespace: 'dev', name: 'p', subresource: 'portforward' } }],
  ] as [string, AuditRequest][])('4.2 long-running %s gets ResponseStarted', (_n, req) => {
    expect(stagesOf(policyAt('Metadata'), req)).toEqual(['RequestReceived', 'ResponseStarted', 'ResponseComplete']);
  });
  it.each([
    ['pods/status', { user: 'a', resourceAttributes: { verb: 'get', resource: 'pods', namespace: 'dev', name: 'p', subresource: 'status' } }],
    ['pods/eviction', { user: 'a', resourceAttributes: { verb: 'create', resource: 'pods', namespace: 'dev', name: 'p', subresource: 'eviction' } }],
    ['GET /logs (non-resource)', { user: 'a', nonResourceAttributes: { verb: 'get', path: '/logs' } }],
  ] as [string, AuditRequest][])('4.2 %s is not long-running', (_n, req) => {
    expect(stagesOf(policyAt('Metadata'), req)).toEqual(['RequestReceived', 'ResponseComplete']);
  });
  it('A8: policy omits RequestReceived, rule omits ResponseStarted → a watch logs only ResponseComplete', () => {
    const p = policyAt('Metadata', { omitStages: ['RequestReceived'] }, { omitStages: ['ResponseStarted'] });
    expect(stagesOf(p, watch)).toEqual(['ResponseComplete']);
  });
  it('omitting RequestReceived keeps requestReceivedTimestamp on the other events', () => {
    const [complete] = auditEvents(policyAt('Metadata', { omitStages: ['RequestReceived'] }), watch, { clock: buildCounterClock(0) });
    expect(complete.requestReceivedTimestamp).toBe('1970-01-01T00:00:00.000000Z');
    expect(complete.stageTimestamp).toBe('1970-01-01T00:00:00.001000Z');
  });
  it('watch: ResponseStarted has the status, no response body even at RequestResponse; URI with watch=true', () => {
    const events = auditEvents(policyAt('RequestResponse'), watch, { response: { kind: 'PodList' } });
    expect(events[1]).toMatchObject({ stage: 'ResponseStarted', responseStatus: { code: 200 }, requestURI: '/api/v1/namespaces/dev/pods?watch=true' });
    expect(events.some((e) => e.responseObject !== undefined)).toBe(false);
  });
  it('exec answers 101 Switching Protocols', () => {
    const [, started] = auditEvents(policyAt('Metadata'), {
      user: 'a',
      resourceAttributes: { verb: 'create', resource: 'pods', namespace: 'dev', name: 'p', subresource: 'exec' },
    });
    expect(started.responseStatus).toEqual({ metadata: {}, code: 101 });
    expect(started.requestURI).toBe('/api/v1/namespaces/dev/pods/p/exec');
  });
});

describe('3.3 authorization annotations, forbidden requests and impersonation', () => {
  const denied: AuditRequest = {
    user: 'pochoclo',
    groups: ['system:authenticated'],
    resourceAttributes: { verb: 'get', resource: 'secrets', namespace: 'default', name: 'db' },
    authorization: { decision: 'forbid', reason: '' },
    requestObject: { kind: 'Secret' },
  };
  it('4.5 a forbidden request is still audited: 403 and decision forbid', () => {
    const [received, complete] = auditEvents(policyAt('Metadata'), denied);
    expect(received).not.toHaveProperty('annotations');
    expect(received).not.toHaveProperty('responseStatus');
    expect(complete.annotations).toEqual({ 'authorization.k8s.io/decision': 'forbid', 'authorization.k8s.io/reason': '' });
    // responseStatus copies the Status' details too (k8s.io/apiserver pkg/audit/request.go LogResponseObject;
    // apimachinery pkg/api/errors NewForbidden: name, group, kind = resource).
    expect(complete.responseStatus).toEqual({
      metadata: {},
      status: 'Failure',
      reason: 'Forbidden',
      code: 403,
      details: { name: 'db', kind: 'secrets' },
      message: 'secrets "db" is forbidden: User "pochoclo" cannot get resource "secrets" in API group "" in the namespace "default"',
    });
  });
  it('details: group for API groups, no name for collections, empty for non-resource paths', () => {
    const status = (req: AuditRequest) =>
      auditEvents(policyAt('Metadata'), { ...req, authorization: { decision: 'forbid', reason: '' } })[1].responseStatus?.details;
    expect(status({ user: 'a', resourceAttributes: { verb: 'list', group: 'apps', resource: 'deployments', namespace: 'd' } })).toEqual({
      group: 'apps',
      kind: 'deployments',
    });
    expect(status({ user: 'a', nonResourceAttributes: { verb: 'get', path: '/metrics' } })).toEqual({});
  });
  it('a failure message and reason given by the handler (an admission denial) are kept', () => {
    const [, complete] = auditEvents(policyAt('Metadata'), {
      user: 'a',
      resourceAttributes: { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'd', name: 'x' },
      responseStatus: 422,
      responseMessage: "deployments.apps \"x\" is forbidden: ValidatingAdmissionPolicy 'p' with binding 'b' denied request: no",
      responseReason: 'Invalid',
    });
    expect(complete.responseStatus).toEqual({
      metadata: {},
      status: 'Failure',
      message: "deployments.apps \"x\" is forbidden: ValidatingAdmissionPolicy 'p' with binding 'b' denied request: no",
      reason: 'Invalid',
      details: { name: 'x', group: 'apps', kind: 'deployments' },
      code: 422,
    });
  });
  it('forbidden at RequestResponse: the response is the Status, no request body', () => {
    const [, complete] = auditEvents(policyAt('RequestResponse'), denied);
    expect(complete.requestObject).toBeUndefined();
    expect(complete.responseObject).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'Forbidden', code: 403 });
  });
  it('forbidden messages for cluster scope, API groups and non-resource paths', () => {
    const msg = (req: AuditRequest) =>
      auditEvents(policyAt('Metadata'), { ...req, authorization: { decision: 'forbid', reason: 'no RBAC policy matched' } })[1].responseStatus?.message;
    expect(msg({ user: 'u', resourceAttributes: { verb: 'list', resource: 'nodes' } })).toBe(
      'nodes is forbidden: User "u" cannot list resource "nodes" in API group "" at the cluster scope: no RBAC policy matched',
    );
    expect(
      msg({ user: 'u', resourceAttributes: { verb: 'create', group: 'apps', resource: 'deployments', subresource: 'scale', name: 'w', namespace: 'd' } }),
    ).toBe(
      'deployments.apps "w" is forbidden: User "u" cannot create resource "deployments/scale" in API group "apps" in the namespace "d": no RBAC policy matched',
    );
    expect(msg({ user: 'u', nonResourceAttributes: { verb: 'get', path: '/metrics' } })).toBe(
      'forbidden: User "u" cannot get path "/metrics": no RBAC policy matched',
    );
  });
  it('A6: user is the authenticated alice, impersonatedUser is bob (not on RequestReceived)', () => {
    const req: AuditRequest = {
      user: 'alice',
      groups: ['system:authenticated'],
      impersonate: { user: 'bob', groups: ['devs'] },
      resourceAttributes: { verb: 'get', resource: 'pods', namespace: 'dev' },
      authorization: { decision: 'forbid', reason: '' },
    };
    const [received, complete] = auditEvents(policyAt('Metadata', {}, { users: ['alice'] }), req);
    expect(received.user).toEqual({ username: 'alice', groups: ['system:authenticated'] });
    expect(received).not.toHaveProperty('impersonatedUser');
    expect(complete.user.username).toBe('alice');
    expect(complete.impersonatedUser).toEqual({ username: 'bob', groups: ['devs'] });
    expect(complete.responseStatus?.message).toContain('User "bob" cannot get resource "pods"');
  });
  it('3.3 admission annotations join the authorization ones after RequestReceived, unless forbidden', () => {
    const annotations = {
      'pod-security.kubernetes.io/enforce-policy': 'restricted:latest',
      'pod-security.kubernetes.io/audit-violations': 'would violate PodSecurity "restricted:latest": runAsNonRoot != true',
    };
    const req: AuditRequest = {
      user: 'a',
      resourceAttributes: { verb: 'create', resource: 'pods', namespace: 'dev' },
      authorization: { decision: 'allow', reason: '' },
      annotations,
    };
    const [received, complete] = auditEvents(policyAt('Metadata'), req);
    expect(received).not.toHaveProperty('annotations');
    expect(complete.annotations).toEqual({ 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': '', ...annotations });
    const [, denied] = auditEvents(policyAt('Metadata'), { ...req, authorization: { decision: 'forbid', reason: '' } });
    expect(Object.keys(denied.annotations ?? {})).toEqual(['authorization.k8s.io/decision', 'authorization.k8s.io/reason']);
  });
  it('explicit responseStatus code wins', () => {
    const [, complete] = auditEvents(policyAt('Metadata'), {
      user: 'a',
      resourceAttributes: { verb: 'get', resource: 'pods', namespace: 'd', name: 'x' },
      responseStatus: 404,
    });
    expect(complete.responseStatus).toEqual({
      metadata: {},
      status: 'Failure',
      reason: 'NotFound',
      code: 404,
      message: 'pods "x" not found',
      details: { name: 'x', kind: 'pods' },
    });
  });
});

describe('request URIs derived from the attributes', () => {
  const uri = (resourceAttributes: AuditRequest['resourceAttributes']) => auditEvents(policyAt('Metadata'), { user: 'a', resourceAttributes })[0].requestURI;
  it.each([
    [{ verb: 'list', resource: 'secrets', namespace: 'default' }, '/api/v1/namespaces/default/secrets?limit=500'],
    [{ verb: 'get', resource: 'nodes', name: 'n1' }, '/api/v1/nodes/n1'],
    [{ verb: 'list', group: 'apps', resource: 'deployments' }, '/apis/apps/v1/deployments?limit=500'],
    [{ verb: 'patch', group: 'apps', resource: 'deployments', namespace: 'dev', name: 'web' }, '/apis/apps/v1/namespaces/dev/deployments/web'],
    [
      { verb: 'get', group: 'autoscaling', resource: 'horizontalpodautoscalers', namespace: 'dev', name: 'h' },
      '/apis/autoscaling/v2/namespaces/dev/horizontalpodautoscalers/h',
    ],
    [
      { verb: 'get', group: 'example.com', version: 'v1alpha1', resource: 'widgets', namespace: 'dev', name: 'w' },
      '/apis/example.com/v1alpha1/namespaces/dev/widgets/w',
    ],
    [{ verb: 'get', resource: 'namespaces', name: 'foo' }, '/api/v1/namespaces/foo'],
    [{ verb: 'create', resource: 'namespaces' }, '/api/v1/namespaces'],
    [{ verb: 'deletecollection', resource: 'pods', namespace: 'dev' }, '/api/v1/namespaces/dev/pods'],
    [{ verb: 'watch', resource: 'pods', namespace: 'dev', name: 'p' }, '/api/v1/namespaces/dev/pods?fieldSelector=metadata.name%3Dp&watch=true'],
    [{ verb: 'create', resource: 'serviceaccounts', namespace: 'dev', name: 'sa', subresource: 'token' }, '/api/v1/namespaces/dev/serviceaccounts/sa/token'],
  ] as [AuditRequest['resourceAttributes'], string][])('%j → %s', (attrs, expected) => {
    expect(uri(attrs)).toBe(expected);
  });
  it('a given requestURI is kept', () => {
    expect(
      auditEvents(policyAt('Metadata'), { user: 'a', requestURI: '/api/v1/pods?limit=1', resourceAttributes: { verb: 'list', resource: 'pods' } })[0]
        .requestURI,
    ).toBe('/api/v1/pods?limit=1');
  });
});

describe('determinism', () => {
  const req: AuditRequest = { user: 'a', resourceAttributes: { verb: 'watch', resource: 'pods', namespace: 'dev' } };
  it('default clock and ids are deterministic', () => {
    const a = auditEvents(policyAt('Metadata'), req);
    expect(auditEvents(policyAt('Metadata'), req)).toEqual(a);
    expect(a.map((e) => [e.auditID, e.stageTimestamp])).toEqual([
      ['00000000-0000-4000-8000-000000000001', '2024-01-01T00:00:00.000000Z'],
      ['00000000-0000-4000-8000-000000000001', '2024-01-01T00:00:00.001000Z'],
      ['00000000-0000-4000-8000-000000000001', '2024-01-01T00:00:00.002000Z'],
    ]);
  });
  it('shared clock and ids advance across requests', () => {
    const opts = { clock: buildCounterClock(), ids: buildCounterIds() };
    const first = auditEvents(policyAt('Metadata'), req, opts);
    const second = auditEvents(policyAt('Metadata'), req, opts);
    expect(second[0].auditID).toBe('00000000-0000-4000-8000-000000000002');
    expect(second[0].requestReceivedTimestamp > first[2].stageTimestamp).toBe(true);
  });
  it('a throwing or non-string clock falls back instead of throwing', () => {
    const events = auditEvents(policyAt('Metadata'), req, {
      clock: () => {
        throw new Error('x');
      },
      ids: (() => 7) as unknown as () => string,
    });
    expect(events[0].auditID).toBe('7');
    expect(events[0].requestReceivedTimestamp).toBe('2024-01-01T00:00:00.000000Z');
  });
  it('formatAuditEvents writes one JSON object per line', () => {
    const lines = formatAuditEvents(auditEvents(policyAt('Metadata'), req)).split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]).stage).toBe('ResponseStarted');
  });
});
