// RBAC is additive: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#role-and-clusterrole
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { evaluate } from '@/lib/lesson/mutate';
import { exercise, failedGoals, ids, mutantsOf, text } from '../fixtures';

const WORLD = `apiVersion: v1
kind: Namespace
metadata: { name: depto-a }
---
apiVersion: v1
kind: Namespace
metadata: { name: depto-b }
`;

const RBAC = `# the couch, by name
apiVersion: rbac.authorization.k8s.io/v1
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

const can = (
  id: string,
  as: string,
  verb: string,
  resource: string,
  namespace: string,
  expect: 'allow' | 'deny',
  extra: Record<string, string> = {},
): Goal => ({ id, text, kind: 'can', can: { as, verb, resource, namespace, ...extra }, expect });

const GOALS: Goal[] = [
  can('reads-sillon', 'pochoclo', 'get', 'configmaps', 'depto-a', 'allow', { name: 'sillon' }),
  can('no-update', 'pochoclo', 'update', 'configmaps', 'depto-a', 'deny', { name: 'sillon' }),
  can('no-other-configmap', 'pochoclo', 'get', 'configmaps', 'depto-a', 'deny', { name: 'cama' }),
  can('no-pods', 'pochoclo', 'get', 'pods', 'depto-a', 'deny'),
  can('no-deployments', 'pochoclo', 'get', 'deployments', 'depto-a', 'deny', { group: 'apps' }),
  can('no-secrets', 'pochoclo', 'get', 'secrets', 'depto-a', 'deny', { name: 'sillon' }),
  can('not-in-depto-b', 'pochoclo', 'get', 'configmaps', 'depto-b', 'deny', { name: 'sillon' }),
  can('not-anyone', 'someone', 'get', 'configmaps', 'depto-a', 'deny', { name: 'sillon' }),
  can('not-anonymous', 'system:anonymous', 'get', 'configmaps', 'depto-a', 'deny', { name: 'sillon' }),
  can('not-default-sa', 'system:serviceaccount:depto-a:default', 'get', 'configmaps', 'depto-a', 'deny', { name: 'sillon' }),
  can('not-kube-system-sa', 'system:serviceaccount:kube-system:default', 'get', 'configmaps', 'depto-a', 'deny', { name: 'sillon' }),
];

describe('RBAC operators', () => {
  const def = exercise({ 'rbac.yaml': RBAC }, { world: WORLD, goals: GOALS });

  it('the fixture solution passes every goal', () => {
    expect(evaluate(def, { id: 's', description: '', files: def.solution, diff: '' }).passed).toBe(true);
  });

  it('produces each weakening once, and each grants something the solution did not', () => {
    const expected: Record<string, string> = {
      'rbac.verbs-star:Role/depto-a/couch:rules[0]': 'no-update',
      'rbac.resources-star:Role/depto-a/couch:rules[0]': 'no-secrets',
      'rbac.apigroups-star:Role/depto-a/couch:rules[0]': '',
      'rbac.drop-resource-names:Role/depto-a/couch:rules[0]': 'no-other-configmap',
      'rbac.add-secrets:Role/depto-a/couch:rules': 'no-secrets',
      'rbac.subject-authenticated:RoleBinding/depto-a/pochoclo-couch:subjects': 'not-anyone',
      'rbac.subject-anonymous:RoleBinding/depto-a/pochoclo-couch:subjects': 'not-anonymous',
      'rbac.subject-default-sa:RoleBinding/depto-a/pochoclo-couch:subjects': 'not-default-sa',
      'rbac.subject-foreign-sa:RoleBinding/depto-a/pochoclo-couch:subjects': 'not-kube-system-sa',
      'rbac.cluster-wide-binding:RoleBinding/depto-a/pochoclo-couch': 'not-in-depto-b',
      'rbac.wildcard-role:RoleBinding/depto-a/pochoclo-couch:roleRef': 'no-pods',
    };
    const mutants = mutantsOf(def, 'rbac.');
    expect(ids(mutants).sort()).toEqual(Object.keys(expected).sort());
    for (const m of mutants) if (expected[m.id]) expect(failedGoals(def, m), m.id).toContain(expected[m.id]);
  });

  it('apiGroups ["*"] with resources [configmaps] grants configmaps of any group: a goal on the core group cannot see it', () => {
    // Strictly weaker (configmaps in every API group), yet no core request tells: such a survivor is declared, not hidden.
    const m = mutantsOf(def, 'rbac.apigroups-star')[0];
    expect(m.diff).toContain('+  - apiGroups: ["*"]');
    expect(evaluate(def, m).passed).toBe(true);
  });

  it('the diff shows only the change, comments kept', () => {
    const m = mutantsOf(def, 'rbac.drop-resource-names')[0];
    expect(m.diff).toContain('-    resourceNames: [sillon]');
    expect(m.diff.split('\n').filter((l) => /^[+-][^+-]/.test(l))).toEqual(['-    resourceNames: [sillon]']);
    expect(m.files['rbac.yaml']).toContain('# the couch, by name');
  });

  it('does not weaken what is already as wide as it gets', () => {
    const wide = RBAC.replace('verbs: [get]', 'verbs: ["*"]')
      .replace('resources: [configmaps]', 'resources: ["*"]')
      .replace('    resourceNames: [sillon]\n', '');
    const m = ids(mutantsOf(exercise({ 'rbac.yaml': wide }, { world: WORLD })));
    expect(
      m.filter(
        (id) =>
          id.startsWith('rbac.verbs-star') ||
          id.startsWith('rbac.resources-star') ||
          id.startsWith('rbac.drop-resource-names') ||
          id.startsWith('rbac.add-secrets'),
      ),
    ).toEqual([]);
  });

  it('turns a world Role into a ClusterRole copy when the binding goes cluster-wide', () => {
    const [role, binding] = RBAC.split('---\n');
    const def2 = exercise({ 'binding.yaml': binding }, { world: `${WORLD}---\n${role}`, goals: [GOALS[0], GOALS[6]] });
    const m = mutantsOf(def2, 'rbac.cluster-wide-binding')[0];
    expect(m.files['binding.yaml']).toMatch(/kind: ClusterRole\nmetadata:\n {2}name: couch/);
    expect(failedGoals(def2, m)).toEqual(['not-in-depto-b']);
  });

  it('skips subjects already present', () => {
    const open = RBAC.replace('subjects:\n', 'subjects:\n  - { kind: Group, name: system:authenticated, apiGroup: rbac.authorization.k8s.io }\n');
    expect(ids(mutantsOf(exercise({ 'rbac.yaml': open }, { world: WORLD }), 'rbac.subject-authenticated'))).toEqual([]);
  });

  it('binds to a new Role with "*" in the binding\'s namespace, unless the role already grants everything', () => {
    const [m] = mutantsOf(def, 'rbac.wildcard-role');
    expect(m.files['rbac.yaml']).toMatch(
      /kind: Role\nmetadata:\n {2}name: pochoclo-couch-everything\n {2}namespace: depto-a\nrules:\n {2}- apiGroups:\n {6}- "\*"/,
    );
    expect(m.files['rbac.yaml']).toContain('roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: pochoclo-couch-everything }');
    expect(failedGoals(def, m)).toEqual(expect.arrayContaining(['no-update', 'no-pods', 'no-secrets']));
    const everything = RBAC.replace('resources: [configmaps]', 'resources: ["*"]')
      .replace('apiGroups: [""]', 'apiGroups: ["*"]')
      .replace('verbs: [get]', 'verbs: ["*"]');
    expect(ids(mutantsOf(exercise({ 'rbac.yaml': everything }, { world: WORLD }), 'rbac.wildcard-role'))).toEqual([]);
  });
});
