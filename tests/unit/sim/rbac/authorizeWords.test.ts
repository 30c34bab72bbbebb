// authorize writes a verdict's words on demand (issue 12: the sentences cost more than the
// decision). The words must be the same as written eagerly, and `reason` / `nearestMiss.message`
// must stay ordinary enumerable fields for every reader: spread, JSON, structuredClone (the
// page worker posts verdicts), deep equality, assignment. RBAC semantics:
// https://kubernetes.io/docs/reference/access-authn-authz/rbac/ (plugin/pkg/auth/authorizer/rbac/rbac.go).
import { describe, expect, it } from 'vitest';
import { authorize, describeAuthorization } from '../../../../lib/sim/rbac';
import { describeMissSentence } from '../../../../lib/sim/rbac/describeAuthorization';
import { english } from '../../../../lib/sim/messages/english';
import type { AccessRequest } from '../../../../lib/sim/types';
import { cluster, clusterRole, clusterRoleBinding, role, roleBinding, sa, user } from './fixtures';

const world = cluster(
  role('dev', 'reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
  roleBinding('dev', 'alice-reads', { kind: 'Role', name: 'reader' }, [user('alice'), sa('ci', 'tools')]),
  clusterRole('node-reader', [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }]),
  clusterRoleBinding('nodes', 'node-reader', [user('Bob')]),
);

const requests: AccessRequest[] = [
  { user: 'alice', resourceAttributes: { verb: 'get', resource: 'pods', namespace: 'dev' } },
  { user: 'alice', resourceAttributes: { verb: 'delete', resource: 'pods', namespace: 'dev' } },
  { user: 'bob', resourceAttributes: { verb: 'get', resource: 'nodes' } },
  { user: 'system:serviceaccount:dev:ci', resourceAttributes: { verb: 'get', resource: 'pods', namespace: 'dev' } },
  { user: 'alice', groups: ['system:masters'], resourceAttributes: { verb: 'get', resource: 'pods', namespace: 'dev' } },
  { user: 'alice', nonResourceAttributes: { verb: 'get', path: '/metrics' } },
];

describe('authorize words on demand', () => {
  it.each(requests.map((r) => [JSON.stringify(r), r] as const))('%s: the same words as written eagerly, as plain fields', (_title, request) => {
    const verdict = authorize(world, request);
    expect(verdict.reason).toBe(english(describeAuthorization(verdict)));
    expect(verdict.reason).not.toBe('');
    const plain = JSON.parse(JSON.stringify(verdict)) as typeof verdict;
    expect(plain.reason).toBe(verdict.reason);
    expect(structuredClone(verdict).reason).toBe(verdict.reason);
    expect({ ...verdict }.reason).toBe(verdict.reason);
    expect(Object.keys(verdict).slice(0, 2)).toEqual(['allowed', 'reason']);
    if (verdict.nearestMiss) {
      const sentence = describeMissSentence(verdict);
      expect(sentence).toBeDefined();
      if (sentence) expect(verdict.nearestMiss.message).toBe(english(sentence));
      expect(plain.nearestMiss?.message).toBe(verdict.nearestMiss.message);
      expect(structuredClone(verdict).nearestMiss?.message).toBe(verdict.nearestMiss.message);
    }
  });

  it('the denied requests have a nearest miss with words (the lazy message is exercised)', () => {
    const misses = requests.map((r) => authorize(world, r)).filter((v) => v.nearestMiss);
    expect(misses.length).toBeGreaterThanOrEqual(2);
    for (const v of misses) expect(v.nearestMiss?.message).toMatch(/\w/);
  });

  it('an assigned reason replaces the written one', () => {
    const verdict = authorize(world, requests[1]);
    verdict.reason = 'replaced';
    expect(verdict.reason).toBe('replaced');
    expect(JSON.parse(JSON.stringify(verdict)).reason).toBe('replaced');
  });
});
