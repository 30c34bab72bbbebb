// The whole loop on a fake exercise: a hole in the goals shows up as a survivor with its diff.
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { evaluate, killedBy, mutationReport } from '@/lib/lesson/mutate';
import { exercise, text } from './fixtures';

const WORLD = 'apiVersion: v1\nkind: Namespace\nmetadata: { name: depto-a }\n';
const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: couch, namespace: depto-a }
rules:
  - apiGroups: [""]
    resources: [configmaps]
    resourceNames: [sillon]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: pochoclo-couch, namespace: depto-a }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: couch }
subjects:
  - { kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io }
`;

/** Only "may read the couch" and "may not update it": nothing says "only the couch". */
const LEAKY: Goal[] = [
  { id: 'reads', text, kind: 'can', can: { as: 'pochoclo', verb: 'get', resource: 'configmaps', namespace: 'depto-a', name: 'sillon' }, expect: 'allow' },
  { id: 'no-update', text, kind: 'can', can: { as: 'pochoclo', verb: 'update', resource: 'configmaps', namespace: 'depto-a', name: 'sillon' }, expect: 'deny' },
];

describe('mutationReport', () => {
  const def = exercise({ 'role.yaml': RBAC }, { world: WORLD, goals: LEAKY });

  it('reports the survivor of a hole with its diff, and what killed the others', () => {
    const report = mutationReport(def);
    const survivor = report.undeclared.find((m) => m.mutation.id === 'rbac.drop-resource-names:Role/depto-a/couch:rules[0]');
    expect(survivor?.mutation.diff).toContain('-    resourceNames: [sillon]');
    expect(survivor?.mutation.diff).toContain('--- solution/role.yaml');
    const killed = report.mutants.find((m) => m.mutation.id === 'rbac.verbs-star:Role/depto-a/couch:rules[0]');
    expect(killed?.verdict).toBe('goal no-update');
    expect(report.failingRewrites).toEqual([]);
    expect(report.stale).toEqual([]);
  });

  it('says a mutant died by diagnostic when it breaks an editable file but no goal', () => {
    const noGoals = { ...def, goals: [] };
    const broken = { id: 'm', description: 'd', diff: '', files: { 'role.yaml': RBAC.replace('kind: Role\n', 'kind: Role\n  bad: [\n') } };
    const outcome = evaluate(noGoals, broken);
    expect(outcome.passed).toBe(false);
    expect(outcome.failedGoals).toEqual([]);
    expect(killedBy(outcome)).toMatch(/^diagnostic \(role\.yaml:\d+: /);
  });

  it('accepts a declared survivor (by id or by prefix) and keeps the others undeclared', () => {
    const report = mutationReport(def, [{ id: 'rbac.drop-resource-names:Role/depto-a/couch', reason: 'not weaker here: sillon is the only ConfigMap' }]);
    expect(report.declared.map((m) => m.mutation.id)).toEqual(['rbac.drop-resource-names:Role/depto-a/couch:rules[0]']);
    expect(report.declared[0].accepted?.reason).toMatch(/only ConfigMap/);
    expect(report.undeclared.map((m) => m.mutation.id)).not.toContain('rbac.drop-resource-names:Role/depto-a/couch:rules[0]');
    expect(report.undeclared.length).toBeGreaterThan(0);
  });

  it('a declaration that matches no generated mutant is stale', () => {
    const report = mutationReport(def, [{ id: 'netpol.delete-policy:NetworkPolicy/shop/gone', reason: 'was here once' }]);
    expect(report.stale.map((a) => a.id)).toEqual(['netpol.delete-policy:NetworkPolicy/shop/gone']);
  });

  it('a declaration of a mutant that is killed is not stale and accepts nothing', () => {
    const report = mutationReport(def, [{ id: 'rbac.verbs-star', reason: { en: 'x', es: 'x' } }]);
    expect(report.stale).toEqual([]);
    expect(report.declared).toEqual([]);
  });
});
