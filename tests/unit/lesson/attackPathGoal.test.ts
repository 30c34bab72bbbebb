// The noAttackPath goal: fails with the path, the link to break and a pointer into the
// learner's file; passes once any link is broken.
import { describe, expect, it } from 'vitest';
import { type ExerciseDefinition, type Goal } from '@/lib/lesson';
import { runLab } from './renderedLab';
import { parseExercise } from '@/lib/lesson/parseExercise';

const text = { en: 'goal', es: 'objetivo' };

const WORLD = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Secret
metadata: { name: db-creds, namespace: shop }
stringData: { password: s3cret }
---
apiVersion: v1
kind: Service
metadata: { name: frontend, namespace: shop }
spec: { type: LoadBalancer, selector: { app: frontend }, ports: [{ port: 80, targetPort: 8080 }] }
`;

const FRONTEND = `apiVersion: apps/v1
kind: Deployment
metadata: { name: frontend, namespace: shop }
spec:
  selector: { matchLabels: { app: frontend } }
  template:
    metadata: { labels: { app: frontend } }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports: [{ containerPort: 8080 }]
`;

const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: forgotten, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: forgotten, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: forgotten }
subjects: [{ kind: ServiceAccount, name: default, namespace: shop }]
`;

const goals: Goal[] = [
  { id: 'no-path', text, kind: 'noAttackPath', noAttackPath: { from: 'internet', to: 'secrets:shop' }, expect: 'pass' },
  { id: 'from-frontend', text, kind: 'noAttackPath', noAttackPath: { from: 'pod:shop/frontend', to: 'secret:shop/db-creds' }, expect: 'pass' },
];

function exercise(): ExerciseDefinition {
  const files = { 'frontend.yaml': FRONTEND, 'rbac.yaml': RBAC };
  return {
    id: 'x',
    title: text,
    description: text,
    world: { file: 'world.yaml', text: WORLD },
    files: Object.keys(files),
    start: files,
    solution: files,
    goals,
    hints: [],
  };
}

describe('noAttackPath goal', () => {
  it("fails with every step of the path in both languages, and points at the first link in the learner's files", () => {
    const result = runLab(exercise(), { 'frontend.yaml': FRONTEND, 'rbac.yaml': RBAC });
    const goal = result.goals[0];
    expect(goal.pass).toBe(false);
    expect(goal.explanation.en).toMatch(/attack path from internet to shop in 3 step/);
    expect(goal.explanation.en).toMatch(/carries the token of ServiceAccount shop\/default/);
    expect(goal.explanation.en).toMatch(/allowed by RoleBinding shop\/forgotten, rule 1 of Role shop\/forgotten/);
    expect(goal.explanation.es).toMatch(/lleva el token de ServiceAccount shop\/default/);
    // The exposure is caused by no policy (nothing to point at); the token by the Deployment's
    // pod template, where automountServiceAccountToken belongs (its \`spec:\`, line 8).
    expect(goal.source).toEqual({ file: 'frontend.yaml', line: 8, column: 5 });
    expect(goal.fix?.en).toMatch(/automountServiceAccountToken: false/);
    expect(goal.fix?.es).toMatch(/automountServiceAccountToken: false/);
  });

  it('passes when the token is not mounted, or when the Role no longer reads Secrets', () => {
    const noToken = FRONTEND.replace('    spec:\n      containers:', '    spec:\n      automountServiceAccountToken: false\n      containers:');
    expect(runLab(exercise(), { 'frontend.yaml': noToken, 'rbac.yaml': RBAC }).goals.map((g) => g.pass)).toEqual([true, true]);
    const noSecrets = RBAC.replace('resources: [secrets]', 'resources: [configmaps]');
    const result = runLab(exercise(), { 'frontend.yaml': FRONTEND, 'rbac.yaml': noSecrets });
    expect(result.goals.map((g) => g.pass)).toEqual([true, true]);
    expect(result.goals[1].explanation.en).toMatch(/No attack path/);
  });

  it("points at the Role when the token link is in the world and the RBAC link is the learner's", () => {
    const ex = exercise();
    const withWorldPod = {
      ...ex,
      world: { file: 'world.yaml', text: `${WORLD}---\n${FRONTEND}` },
      files: ['rbac.yaml'],
      start: { 'rbac.yaml': RBAC },
      solution: { 'rbac.yaml': RBAC },
    };
    const goal = runLab(withWorldPod, { 'rbac.yaml': RBAC }).goals[1];
    expect(goal.pass).toBe(false);
    expect(goal.source?.file).toBe('rbac.yaml');
    expect(goal.fix?.en).toMatch(/resourceNames/);
  });

  it('an entry that names nothing fails (a typo must not pass)', () => {
    const ex = {
      ...exercise(),
      goals: [{ id: 'typo', text, kind: 'noAttackPath', noAttackPath: { from: 'pod:shop/fronted', to: 'node' }, expect: 'pass' } as Goal],
    };
    const goal = runLab(ex, { 'frontend.yaml': FRONTEND, 'rbac.yaml': RBAC }).goals[0];
    expect(goal.pass).toBe(false);
    expect(goal.explanation.en).toMatch(/names nothing/);
  });

  it('parses from exercise.yaml and rejects a missing `to`', () => {
    const yaml = (body: string) =>
      `title: { en: t, es: t }\ndescription: { en: d, es: d }\nfiles: [a.yaml]\ngoals:\n  - id: g\n    text: { en: g, es: g }\n    noAttackPath: ${body}\n    expect: pass\n`;
    const ok = parseExercise({ id: 'x', dir: 'd', yamlText: yaml('{ from: internet, to: node }'), start: { 'a.yaml': '' }, solution: { 'a.yaml': '' } });
    expect(ok.problems).toEqual([]);
    expect(ok.exercise?.goals[0]).toMatchObject({ kind: 'noAttackPath', noAttackPath: { from: 'internet', to: 'node' } });
    const bad = parseExercise({ id: 'x', dir: 'd', yamlText: yaml('{ from: internet }'), start: { 'a.yaml': '' }, solution: { 'a.yaml': '' } });
    expect(bad.problems[0].message).toBe("goals[0].noAttackPath: missing key 'to'");
    expect(bad.problems[0]).toMatchObject({ line: 7, column: 19 });
  });
});
