// Counterexamples for audit: a neighbouring request recorded at another level (first matching
// rule wins: k8s.io/apiserver pkg/audit/policy/checker.go).
import { describe, expect, it } from 'vitest';
import { findAuditCounterexample } from '../../../../lib/sim/counterexample';

const policy = (rules: unknown[]) => ({ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules });
const getSecret = {
  user: 'system:serviceaccount:shop:api',
  groups: ['system:serviceaccounts', 'system:authenticated'],
  resourceAttributes: { verb: 'get', group: '', resource: 'secrets', namespace: 'shop', name: 'db' },
};

describe('findAuditCounterexample', () => {
  it('a rule for `get` only leaves `list` of Secrets unrecorded', () => {
    const p = policy([{ level: 'Metadata', verbs: ['get'], resources: [{ group: '', resources: ['secrets'] }] }]);
    const found = findAuditCounterexample(p, getSecret, 'Metadata');
    expect(found?.request.resourceAttributes?.verb).toBe('list');
    expect(found?.decision.level).toBe('None');
  });

  it('all reads of Secrets at Metadata: no neighbour differs', () => {
    const p = policy([{ level: 'Metadata', resources: [{ group: '', resources: ['secrets'] }] }, { level: 'RequestResponse' }]);
    expect(findAuditCounterexample(p, getSecret, 'Metadata')).toBeUndefined();
  });

  it('a namespaced rule misses Secrets read in another namespace, a catch-all RequestResponse logs their values', () => {
    const p = policy([{ level: 'Metadata', namespaces: ['shop'], resources: [{ group: '', resources: ['secrets'] }] }, { level: 'RequestResponse' }]);
    const found = findAuditCounterexample(p, getSecret, 'Metadata');
    expect(found?.request.resourceAttributes?.namespace).toBe('shop-other');
    expect(found?.decision.level).toBe('RequestResponse');
  });
});
