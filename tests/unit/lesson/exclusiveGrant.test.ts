// `can` with `exclusive: true`: every subject of a binding gets everything its role grants
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding),
// so an extra subject in the learner's binding hands the permission to identities no deny goal names.
import { describe, expect, it } from 'vitest';
import { runLab, type ExerciseDefinition, type Goal } from '@/lib/lesson';
import { render } from '@/lib/i18n/messages';

const WORLD = `apiVersion: v1
kind: Namespace
metadata: {name: depto-a}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: world-grant, namespace: depto-a}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
subjects: [{kind: User, name: admin-ana, apiGroup: rbac.authorization.k8s.io}]
`;
const ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: couch, namespace: depto-a}
rules: [{apiGroups: [""], resources: [configmaps], resourceNames: [sillon], verbs: [patch]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: couch, namespace: depto-a}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: couch}
subjects:
  - {kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io}
`;
const text = { en: 'x', es: 'x' };
const goal = (exclusive: boolean): Goal => ({
  id: 'sleeps',
  text,
  kind: 'can',
  can: { as: 'pochoclo', verb: 'patch', resource: 'configmaps', name: 'sillon', namespace: 'depto-a', ...(exclusive ? { exclusive } : {}) },
  expect: 'allow',
});
const exercise = (exclusive = true): ExerciseDefinition => ({
  id: 'x',
  title: text,
  description: text,
  world: { file: 'world.yaml', text: WORLD },
  files: ['role.yaml'],
  start: { 'role.yaml': '' },
  solution: { 'role.yaml': ROLE },
  goals: [goal(exclusive)],
  hints: [],
});
const withSubject = (subject: string) => `${ROLE}  - ${subject}\n`;

describe('can goals with exclusive: true', () => {
  it('pass when the learner binds the role to the subject alone (grants from the world do not count)', () => {
    expect(runLab(exercise(), { 'role.yaml': ROLE }).goals[0].pass).toBe(true);
  });

  it.each([
    ['a ServiceAccount of another namespace', '{kind: ServiceAccount, name: default, namespace: kube-system}', 'ServiceAccount kube-system/default'],
    ['a group', '{kind: Group, name: system:nodes, apiGroup: rbac.authorization.k8s.io}', 'Group system:nodes'],
    ['a group named like the user', '{kind: Group, name: pochoclo, apiGroup: rbac.authorization.k8s.io}', 'Group pochoclo'],
    ['another user', '{kind: User, name: ana, apiGroup: rbac.authorization.k8s.io}', 'User ana'],
  ])('fail when the binding also names %s, naming it, the binding and its line', (_, subject, words) => {
    const result = runLab(exercise(), { 'role.yaml': withSubject(subject) }).goals[0];
    expect(result.pass).toBe(false);
    expect(render('en', result.explanation)).toContain(words);
    expect(render('es', result.explanation)).toContain('RoleBinding depto-a/couch');
    expect(render('en', result.fix!)).toContain(words);
    expect(result.source).toEqual({ file: 'role.yaml', line: 12, column: expect.any(Number) });
  });

  it('without exclusive, the extra subject is not looked at', () => {
    expect(runLab(exercise(false), { 'role.yaml': withSubject('{kind: User, name: ana, apiGroup: rbac.authorization.k8s.io}') }).goals[0].pass).toBe(true);
  });

  it('still fails, as before, when the subject itself may not do it', () => {
    const result = runLab(exercise(), { 'role.yaml': ROLE.replace('name: pochoclo', 'name: manteca') }).goals[0];
    expect(result.pass).toBe(false);
  });
});
