import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { mutationReport } from '@/lib/lesson/mutate';
import { mutantDetails, mutationFailed, mutationFailures, mutationTable, mutationWarnings, type MutationCheck } from '@/lib/content/mutationCheck';
import { exercise, text } from '../lesson/mutate/fixtures';

const WORLD = 'apiVersion: v1\nkind: Namespace\nmetadata: { name: depto-a }\n';
const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: couch, namespace: depto-a }
rules:
  - { apiGroups: [""], resources: [configmaps], resourceNames: [sillon], verbs: [get] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: pochoclo-couch, namespace: depto-a }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: couch }
subjects:
  - { kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io }
`;
const reads: Goal = {
  id: 'reads',
  text,
  kind: 'can',
  can: { as: 'pochoclo', verb: 'get', resource: 'configmaps', namespace: 'depto-a', name: 'sillon' },
  expect: 'allow',
};

function check(accepted: { id: string; reason: string }[]): MutationCheck {
  const def = { ...exercise({ 'role.yaml': RBAC }, { world: WORLD, goals: [reads] }), id: 'couch' };
  return { reports: [{ ...mutationReport(def, accepted), where: 'lessons/x/exercises/couch/exercise.yaml' }], unloadable: [] };
}

describe('the mutation check as lessons:check and lessons:mutate print it', () => {
  it('fails on survivors, naming the exercise, the mutant and its diff', () => {
    const c = check([]);
    expect(mutationFailed(c)).toBe(true);
    const failure = mutationFailures(c).find((f) => f.includes('rbac.drop-resource-names:Role/depto-a/couch:rules[0]'));
    expect(failure).toMatch(/^✖ couch: mutant rbac\.drop-resource-names/);
    expect(failure).toContain('lessons/x/exercises/couch/exercise.yaml');
    expect(failure).toContain('-  - { apiGroups: [""], resources: [configmaps], resourceNames: [sillon], verbs: [get] }');
  });

  it('passes when every survivor is declared, and a stale declaration fails it again', () => {
    const declared = check([{ id: 'rbac.', reason: 'fixture | reason' }]);
    expect(mutationFailed(declared)).toBe(false);
    expect(mutantDetails(declared)).toContain('declared survivor: fixture \\| reason');
    const stale = check([
      { id: 'rbac.', reason: 'fixture' },
      { id: 'netpol.delete-policy', reason: 'gone' },
    ]);
    expect(mutationFailed(stale)).toBe(true);
    expect(mutationFailures(stale)).toEqual([
      expect.stringMatching(/declares `netpol\.delete-policy`, which matches no generated mutant \(stale declaration\)/),
    ]);
  });

  it('tabulates killed, survived and declared, with a total row', () => {
    const table = mutationTable(check([{ id: 'rbac.subject-', reason: 'fixture' }]));
    const [row] = table.split('\n').filter((l) => l.startsWith('| couch '));
    const cells = row
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    const [mutants, byGoal, byDiagnostic, survived, declared] = cells.slice(1).map(Number);
    expect(mutants).toBe(byGoal + byDiagnostic + survived + declared);
    // The declared prefix covers the four subject mutants: authenticated, anonymous, default-sa, foreign-sa.
    expect(declared).toBe(4);
    expect(table).toContain('| **total** |');
    expect(mutationWarnings(check([]))).toEqual([]);
  });

  it('says when the solution itself fails, since every mutant then dies for nothing', () => {
    const def = { ...exercise({ 'role.yaml': RBAC.replace('verbs: [get]', 'verbs: [list]') }, { world: WORLD, goals: [reads] }), id: 'couch' };
    const c: MutationCheck = { reports: [{ ...mutationReport(def, [{ id: 'rbac.', reason: 'fixture' }]), where: 'x' }], unloadable: [] };
    expect(mutationFailed(c)).toBe(true);
    expect(mutationFailures(c)[0]).toMatch(/^✖ couch: the solution itself fails \(goal reads fails\)/);
  });
});
