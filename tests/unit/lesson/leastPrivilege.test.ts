import { describe, expect, it } from 'vitest';
import { extraGrants, goalIdentity } from '@/lib/lesson';

const rule = (verbs: string[], resources: string[], apiGroups = [''], resourceNames: string[] = []) => ({
  verbs,
  resources,
  apiGroups,
  resourceNames,
  nonResourceURLs: [],
});

describe('extraGrants', () => {
  it('is empty when every atom is allowed', () => {
    expect(extraGrants([rule(['get', 'list'], ['pods'])], [{ verbs: ['get', 'list', 'watch'], resources: ['pods'] }])).toEqual([]);
  });
  it('lists each extra verb, resource, group and wildcard', () => {
    expect(extraGrants([rule(['get', 'delete'], ['pods', 'secrets'])], [{ verbs: ['get'], resources: ['pods'] }])).toEqual([
      'delete pods',
      'get secrets',
      'delete secrets',
    ]);
    expect(extraGrants([rule(['*'], ['deployments'], ['apps'])], [{ verbs: ['get'], resources: ['deployments'], group: 'apps' }])).toEqual([
      '* deployments.apps',
    ]);
    expect(extraGrants([rule(['get'], ['deployments'], ['apps'])], [{ verbs: ['get'], resources: ['deployments'] }])).toEqual(['get deployments.apps']);
  });
  it('respects resourceNames on both sides and flags non-resource URLs', () => {
    expect(extraGrants([rule(['get'], ['configmaps'], [''], ['app'])], [{ verbs: ['get'], resources: ['configmaps'], resourceNames: ['app'] }])).toEqual([]);
    expect(extraGrants([rule(['get'], ['configmaps'])], [{ verbs: ['get'], resources: ['configmaps'], resourceNames: ['app'] }])).toEqual(['get configmaps']);
    expect(extraGrants([{ verbs: ['get'], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: ['/metrics'] }], [])).toEqual(['get /metrics']);
  });
  // RBAC matches `*`, the exact string, or `*` + `/subresource`; nothing else is a wildcard
  // (pkg/apis/rbac/v1/evaluation_helpers.go ResourceMatches), and a built-in group serves only its
  // own resources (https://kubernetes.io/docs/reference/using-api/#api-groups).
  it('ignores rule strings no request can match: pods/* and a built-in resource under the wrong built-in group', () => {
    const allowed = [
      { verbs: ['get'], resources: ['deployments'], group: 'apps' },
      { verbs: ['get'], resources: ['services'], group: '' },
    ];
    expect(extraGrants([rule(['get'], ['deployments', 'services'], ['', 'apps'])], allowed)).toEqual([]);
    expect(extraGrants([rule(['get'], ['pods/eviction', 'pods/*'])], [{ verbs: ['get'], resources: ['pods/eviction'] }])).toEqual([]);
  });
  it('keeps wildcards, real subresources and names no group serves', () => {
    expect(extraGrants([rule(['get'], ['*/exec', 'pods/exec'])], [])).toEqual(['get */exec', 'get pods/exec']);
    expect(extraGrants([rule(['morder'], ['sillones'])], [{ verbs: ['dormir'], resources: ['sillones'] }])).toEqual(['morder sillones']);
    expect(extraGrants([rule(['get'], ['services'], ['apps', 'extensions'])], [])).toEqual(['get services.extensions']);
  });
});

describe('goalIdentity', () => {
  it('adds the groups an authenticator adds', () => {
    expect(goalIdentity('alice')).toEqual({ user: 'alice', groups: ['system:authenticated'] });
    expect(goalIdentity('system:serviceaccount:shop:api').groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:shop', 'system:authenticated']);
    expect(goalIdentity('system:anonymous').groups).toEqual(['system:unauthenticated']);
    expect(goalIdentity('bob', ['devs']).groups).toEqual(['devs', 'system:authenticated']);
  });
});
