// The first matching rule sets the level: https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { evaluate } from '@/lib/lesson/mutate';
import { rulesOverlap } from '@/lib/lesson/mutate/operators/audit';
import { exercise, failedGoals, ids, mutantsOf, text } from '../fixtures';

const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: None
    users: ["system:kube-proxy"]
    verbs: ["watch"]
    resources: [{ group: "", resources: ["endpoints"] }]
  - level: Metadata
    resources: [{ group: "", resources: ["secrets"] }]
  - level: RequestResponse
    resources: [{ group: "", resources: ["pods"] }]
  - level: Metadata
`;

type Level = 'None' | 'Metadata' | 'Request' | 'RequestResponse';
const audit = (id: string, user: string, verb: string, resource: string, level: Level): Goal => ({
  id,
  text,
  kind: 'audit',
  audit: { request: { user, as: user, verb, resource, group: '', namespace: 'shop' } },
  expect: { level },
});

const GOALS: Goal[] = [
  audit('proxy-watch-quiet', 'system:kube-proxy', 'watch', 'endpoints', 'None'),
  audit('others-watching', 'alice', 'watch', 'endpoints', 'Metadata'),
  audit('proxy-get', 'system:kube-proxy', 'get', 'endpoints', 'Metadata'),
  audit('proxy-services', 'system:kube-proxy', 'watch', 'services', 'Metadata'),
  audit('secrets-metadata', 'alice', 'get', 'secrets', 'Metadata'),
  audit('pods-full', 'alice', 'create', 'pods', 'RequestResponse'),
  audit('rest-metadata', 'alice', 'get', 'configmaps', 'Metadata'),
  audit('serviceaccounts-logged', 'system:serviceaccount:shop:api', 'get', 'configmaps', 'Metadata'),
];

describe('audit policy operators', () => {
  const def = exercise({ 'audit-policy.yaml': POLICY }, { goals: GOALS });

  it('the fixture solution passes every goal', () => {
    expect(evaluate(def, { id: 's', description: '', files: def.solution, diff: '' }).failedGoals).toEqual([]);
  });

  it('produces each weakening that changes a level, each recording less (or Secret values)', () => {
    const expected: Record<string, string> = {
      'audit.widen-none:Policy//:rules[0].users': 'others-watching',
      'audit.widen-none:Policy//:rules[0].verbs': 'proxy-get',
      'audit.widen-none:Policy//:rules[0].resources': 'proxy-services',
      'audit.move-last:Policy//:rules[0]': 'proxy-watch-quiet',
      'audit.lower-level:Policy//:rules[1]': 'secrets-metadata',
      'audit.log-secret-values:Policy//:rules[1]': 'secrets-metadata',
      'audit.lower-level:Policy//:rules[2]': 'pods-full',
      'audit.delete-rule:Policy//:rules[2]': 'pods-full',
      'audit.move-last:Policy//:rules[2]': 'pods-full',
      'audit.lower-level:Policy//:rules[3]': 'rest-metadata',
      'audit.delete-rule:Policy//:rules[3]': 'rest-metadata',
      'audit.move-first:Policy//:rules[3]': 'pods-full',
      'audit.none-first:Policy//:rules': 'rest-metadata',
      'audit.none-first-serviceaccounts:Policy//:rules': 'serviceaccounts-logged',
      // One event per stage not omitted: a get with RequestReceived and ResponseComplete omitted writes none.
      'audit.omit-response-complete:Policy//:omitStages': 'rest-metadata',
    };
    const mutants = mutantsOf(def, 'audit.');
    expect(ids(mutants).sort()).toEqual(Object.keys(expected).sort());
    for (const m of mutants) expect(failedGoals(def, m), m.id).toContain(expected[m.id]);
  });

  it('does not delete a rule whose requests fall through to the same level, nor move one past disjoint rules', () => {
    const found = ids(mutantsOf(def, 'audit.'));
    expect(found).not.toContain('audit.delete-rule:Policy//:rules[1]');
    expect(found).not.toContain('audit.move-first:Policy//:rules[1]');
    expect(found).not.toContain('audit.move-first:Policy//:rules[2]');
  });

  it('tells overlapping rules from disjoint ones', () => {
    const secrets = { resources: [{ group: '', resources: ['secrets'] }] };
    expect(rulesOverlap(secrets, { resources: [{ group: '', resources: ['pods'] }] })).toBe(false);
    expect(rulesOverlap(secrets, { resources: [{ group: '' }] })).toBe(true);
    expect(rulesOverlap(secrets, { resources: [{ group: 'apps', resources: ['secrets'] }] })).toBe(false);
    expect(rulesOverlap({ verbs: ['get'] }, { verbs: ['watch'] })).toBe(false);
    expect(rulesOverlap({ nonResourceURLs: ['/healthz'] }, secrets)).toBe(false);
    expect(rulesOverlap({ users: ['a'] }, { users: ['b'] })).toBe(false);
    expect(rulesOverlap({ users: ['a'] }, { userGroups: ['g'] })).toBe(true);
  });

  it('inserts no broad None rule when the policy already starts with one, and omits no stage already omitted', () => {
    const silent = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [ResponseComplete]\nrules:\n  - level: None\n';
    expect(ids(mutantsOf(exercise({ 'p.yaml': silent }), 'audit.'))).toEqual([]);
  });
});
