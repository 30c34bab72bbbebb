import { describe, expect, it } from 'vitest';
import { exerciseWorld, type ExerciseDefinition, type Goal } from '@/lib/lesson';
import { runLab } from './renderedLab';

const text = { en: 'goal', es: 'objetivo' };

function exercise(goals: Goal[], world: string, file = ''): ExerciseDefinition {
  return {
    id: 'x',
    title: text,
    description: text,
    world: { file: 'world.yaml', text: world },
    files: ['main.yaml'],
    start: { 'main.yaml': file },
    solution: { 'main.yaml': file },
    goals,
    hints: [],
  };
}

const RBAC_WORLD = `apiVersion: v1
kind: Namespace
metadata: { name: depto-a }
---
apiVersion: v1
kind: Namespace
metadata: { name: depto-b }
`;
const ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: malcriada, namespace: depto-a }
rules:
  - apiGroups: [""]
    resources: [couches]
    verbs: [sleep]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: pochoclo-malcriada, namespace: depto-a }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: malcriada }
subjects:
  - { kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io }
`;

describe('runLab: can and leastPrivilege goals', () => {
  const goals: Goal[] = [
    { id: 'sleeps', text, kind: 'can', can: { as: 'pochoclo', verb: 'sleep', resource: 'couches', namespace: 'depto-a' }, expect: 'allow' },
    { id: 'not-elsewhere', text, kind: 'can', can: { as: 'pochoclo', verb: 'sleep', resource: 'couches', namespace: 'depto-b' }, expect: 'deny' },
    {
      id: 'least',
      text,
      kind: 'leastPrivilege',
      leastPrivilege: { as: 'pochoclo', namespace: 'depto-a', allowed: [{ verbs: ['sleep'], resources: ['couches'] }] },
      expect: 'pass',
    },
  ];

  it('passes with the Role and RoleBinding, naming the binding and its line', () => {
    const result = runLab(exercise(goals, RBAC_WORLD), { 'main.yaml': ROLE });
    expect(result.goals.map((g) => [g.id, g.pass])).toEqual([
      ['sleeps', true],
      ['not-elsewhere', true],
      ['least', true],
    ]);
    expect(result.passed).toBe(true);
    expect(result.goals[0].explanation.en).toMatch(/RoleBinding depto-a\/pochoclo-malcriada/);
    expect(result.goals[0].explanation.es).toMatch(/RoleBinding depto-a\/pochoclo-malcriada/);
    expect(result.goals[0].source).toEqual({ file: 'main.yaml', line: 9, column: 1 });
  });

  it('fails without the binding, and an over-broad role fails least privilege', () => {
    const empty = runLab(exercise(goals, RBAC_WORLD), { 'main.yaml': '' });
    expect(empty.goals[0].pass).toBe(false);
    expect(empty.passed).toBe(false);
    const broad = runLab(exercise(goals, RBAC_WORLD), { 'main.yaml': ROLE.replace('verbs: [sleep]', 'verbs: ["*"]') });
    expect(broad.goals.find((g) => g.id === 'least')?.pass).toBe(false);
    expect(broad.goals.find((g) => g.id === 'least')?.explanation.en).toMatch(/\* couches/);
  });

  it('asks as the ServiceAccount a pod runs as (asPod)', () => {
    const world = `${RBAC_WORLD}---
apiVersion: v1
kind: Pod
metadata: { name: feeder, namespace: depto-a }
spec:
  serviceAccountName: feeder
  containers: [{ name: c, image: busybox }]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: feeder, namespace: depto-a }
`;
    const sa = ROLE.replace(
      '{ kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io }',
      '{ kind: ServiceAccount, name: feeder, namespace: depto-a }',
    );
    const goal: Goal = {
      id: 'pod-can',
      text,
      kind: 'can',
      can: { asPod: 'depto-a/feeder', verb: 'sleep', resource: 'couches', namespace: 'depto-a' },
      expect: 'allow',
    };
    expect(runLab(exercise([goal], world), { 'main.yaml': sa }).goals[0].pass).toBe(true);
    expect(runLab(exercise([goal], world), { 'main.yaml': ROLE }).goals[0].pass).toBe(false);
  });

  it('reports YAML errors per file and never passes with errors', () => {
    const result = runLab(exercise(goals, RBAC_WORLD), { 'main.yaml': `${ROLE}\n  bad: [` });
    expect(result.diagnostics['main.yaml'].some((d) => d.severity === 'error')).toBe(true);
    expect(result.passed).toBe(false);
  });
});

const NET_WORLD = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Pod
metadata: { name: frontend, namespace: shop, labels: { app: frontend } }
spec: { containers: [{ name: c, image: nginx }] }
---
apiVersion: v1
kind: Pod
metadata: { name: api, namespace: shop, labels: { app: api } }
spec: { containers: [{ name: c, image: nginx, ports: [{ containerPort: 8080 }] }] }
`;

describe('runLab: traffic goals', () => {
  const goals: Goal[] = [
    { id: 'front-to-api', text, kind: 'traffic', traffic: { from: 'shop/frontend', to: 'shop/api', port: 8080 }, expect: 'allow' },
    { id: 'api-to-front', text, kind: 'traffic', traffic: { from: 'shop/api', to: 'shop/frontend', port: 80 }, expect: 'deny' },
  ];
  const policies = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny, namespace: shop }
spec: { podSelector: {} }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api-from-frontend, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  ingress:
    - from: [{ podSelector: { matchLabels: { app: frontend } } }]
      ports: [{ port: 8080 }]
`;
  it('default deny plus one allow rule passes both goals', () => {
    const result = runLab(exercise(goals, NET_WORLD), { 'main.yaml': policies });
    expect(result.goals.map((g) => g.pass)).toEqual([true, true]);
    expect(result.goals[0].explanation.en).toMatch(/api-from-frontend/);
  });
  it('without policies, everything is allowed, so the deny goal fails', () => {
    const result = runLab(exercise(goals, NET_WORLD), { 'main.yaml': '' });
    expect(result.goals.map((g) => g.pass)).toEqual([true, false]);
  });
});

const POD = `apiVersion: v1
kind: Pod
metadata: { name: web, namespace: shop }
spec:
  containers:
    - name: web
      image: nginx:1.27
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        readOnlyRootFilesystem: true
        allowPrivilegeEscalation: false
        capabilities: { drop: [ALL] }
        seccompProfile: { type: RuntimeDefault }
`;

describe('runLab: podSecurity, hardening and admission goals', () => {
  const goals: Goal[] = [
    { id: 'restricted', text, kind: 'podSecurity', podSecurity: { target: 'Pod/shop/web', level: 'restricted' }, expect: 'pass' },
    { id: 'ro-root', text, kind: 'hardening', hardening: { target: 'Pod/shop/web', finding: 'read-only-root-filesystem' }, expect: 'absent' },
    { id: 'admitted', text, kind: 'admission', admission: { object: 'Pod/shop/web' }, expect: 'allow' },
  ];
  const world = `apiVersion: v1
kind: Namespace
metadata: { name: shop, labels: { pod-security.kubernetes.io/enforce: restricted } }
`;
  it('a hardened pod passes all three', () => {
    const result = runLab(exercise(goals, world), { 'main.yaml': POD });
    expect(result.goals.map((g) => [g.id, g.pass])).toEqual([
      ['restricted', true],
      ['ro-root', true],
      ['admitted', true],
    ]);
  });
  it('the plain talk pod fails all three, each saying why', () => {
    const plain = 'apiVersion: v1\nkind: Pod\nmetadata: { name: web, namespace: shop }\nspec:\n  containers: [{ name: web, image: nginx }]\n';
    const result = runLab(exercise(goals, world), { 'main.yaml': plain });
    expect(result.goals.map((g) => g.pass)).toEqual([false, false, false]);
    expect(result.goals[0].explanation.en).toMatch(/allowPrivilegeEscalation/);
    expect(result.goals[1].fix?.en).toMatch(/readOnlyRootFilesystem/);
    expect(result.goals[1].source?.line).toBe(5); // the container, not the object's first line
    expect(result.goals[2].explanation.en).toMatch(/forbidden|violates PodSecurity/i);
  });
  it('an admission goal can check what a mutating webhook changed', () => {
    const check: Goal = {
      id: 'label',
      text,
      kind: 'admission',
      admission: { object: 'Pod/shop/web', check: { path: 'metadata.name', equals: 'web' } },
      expect: 'allow',
    };
    expect(runLab(exercise([check], world), { 'main.yaml': POD }).goals[0].pass).toBe(true);
    const wrong: Goal = { ...check, admission: { ...check.admission, check: { path: 'spec.containers[0].image', equals: 'backup/nginx:1.27' } } } as Goal;
    const result = runLab(exercise([wrong], world), { 'main.yaml': POD });
    expect(result.goals[0].pass).toBe(false);
    expect(result.goals[0].explanation.en).toMatch(/spec.containers\[0\].image is "nginx:1.27"/);
  });
});

describe('runLab: audit and controlPlane goals', () => {
  const policy = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: None
    resources: [{ group: "", resources: [configmaps], resourceNames: [controller-leader] }]
  - level: RequestResponse
    resources: [{ group: "", resources: [pods] }]
  - level: Metadata
    resources: [{ group: "", resources: [secrets, configmaps] }]
`;
  const goals: Goal[] = [
    {
      id: 'pods',
      text,
      kind: 'audit',
      audit: { request: { as: 'pochoclo', verb: 'create', resource: 'pods', namespace: 'default' } },
      expect: { level: 'RequestResponse' },
    },
    {
      id: 'secrets',
      text,
      kind: 'audit',
      audit: { request: { as: 'pochoclo', verb: 'get', resource: 'secrets', namespace: 'default', name: 's' } },
      expect: { level: 'Metadata' },
    },
    {
      id: 'leader',
      text,
      kind: 'audit',
      audit: { request: { as: 'system:kube-controller-manager', verb: 'update', resource: 'configmaps', namespace: 'kube-system', name: 'controller-leader' } },
      expect: { level: 'None' },
    },
  ];
  it('the talk policy logs each request at its level', () => {
    const result = runLab(exercise(goals, ''), { 'main.yaml': policy });
    expect(result.goals.map((g) => g.pass)).toEqual([true, true, true]);
  });
  it('omitStages that drop every stage record nothing: the goal names the omitStages line and what to change, in both languages', () => {
    // One event per stage not omitted (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy):
    // a get goes through RequestReceived and ResponseComplete only, so omitting both writes nothing.
    const omitted = policy.replace('rules:\n', 'omitStages: [RequestReceived, ResponseComplete]\nrules:\n');
    const result = runLab(exercise(goals, ''), { 'main.yaml': omitted });
    expect(result.goals.map((g) => g.pass)).toEqual([false, false, true]);
    expect(result.goals[1].source).toMatchObject({ file: 'main.yaml', line: 3 });
    expect(result.goals[1].explanation.en).toMatch(/no event is written/);
    expect(result.goals[1].fix?.en).toMatch(/ResponseComplete/);
    expect(result.goals[1].fix?.es).toMatch(/Sacá `ResponseComplete`/);
    const requestReceivedOnly = policy.replace('rules:\n', 'omitStages: [RequestReceived]\nrules:\n');
    expect(runLab(exercise(goals, ''), { 'main.yaml': requestReceivedOnly }).goals.map((g) => g.pass)).toEqual([true, true, true]);
  });
  it('no policy: the audit goals fail with a clear reason', () => {
    const result = runLab(exercise(goals, ''), { 'main.yaml': '' });
    expect(result.goals[0].pass).toBe(false);
    expect(result.goals[0].explanation.en).toMatch(/no audit Policy/);
  });
  it('a controlPlane goal follows the apiserver flags', () => {
    const apiserver = (flag: string) => `apiVersion: v1
kind: Pod
metadata: { name: kube-apiserver, namespace: kube-system }
spec:
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.33.0
      command: [kube-apiserver, ${flag}]
`;
    const goal: Goal = { id: 'anon', text, kind: 'controlPlane', controlPlane: { check: 'apiserver-anonymous-auth' }, expect: 'pass' };
    expect(runLab(exercise([goal], ''), { 'main.yaml': apiserver('--anonymous-auth=false') }).goals[0].pass).toBe(true);
    expect(runLab(exercise([goal], ''), { 'main.yaml': apiserver('--anonymous-auth=true') }).goals[0].pass).toBe(false);
  });
});

describe('runLab: cross-object checks see every file', () => {
  it('a binding to a Role declared in the world is not reported missing, and a Namespace in the world is declared', () => {
    const [role, binding] = ROLE.split('---\n');
    const result = runLab(
      exercise(
        [{ id: 'g', text, kind: 'can', can: { as: 'pochoclo', verb: 'sleep', resource: 'couches', namespace: 'depto-a' }, expect: 'allow' }],
        `${RBAC_WORLD}---\n${role}`,
      ),
      { 'main.yaml': binding },
    );
    expect(result.goals[0].pass).toBe(true);
    expect(result.diagnostics['main.yaml']).toEqual([]);
  });
  it('a binding to a Role that exists nowhere is reported in the learner file', () => {
    const [, binding] = ROLE.split('---\n');
    const result = runLab(exercise([], RBAC_WORLD), { 'main.yaml': binding });
    expect(result.diagnostics['main.yaml'].map((d) => d.line)).toContain(4);
  });
});

describe('runLab: what to change', () => {
  it('turns the nearest miss into concrete steps', () => {
    const goal: Goal = { id: 'g', text, kind: 'can', can: { as: 'pochoclo', verb: 'sleep', resource: 'couches', namespace: 'depto-a' }, expect: 'allow' };
    const wrong = ROLE.replace('name: pochoclo,', 'name: Pochoclo,').replace('verbs: [sleep]', 'verbs: [nap]');
    const result = runLab(exercise([goal], RBAC_WORLD), { 'main.yaml': wrong });
    expect(result.goals[0].pass).toBe(false);
    expect(result.goals[0].fix?.en).toMatch(/name pochoclo exactly as a subject/);
    expect(result.goals[0].fix?.en).toMatch(/add the verb `sleep` to rule 1 of Role depto-a\/malcriada/);
    expect(result.goals[0].fix?.es).toMatch(/agregá el verbo `sleep`/);
  });
});

// The exercise's serverVersion is the cluster's: PodSecurity `latest` means that version
// (pod-security-admission policy/registry.go; hostProbesAndHostLifecycle is baseline from 1.34).
describe('runLab: serverVersion', () => {
  const POD = `apiVersion: v1
kind: Pod
metadata: { name: p, namespace: default }
spec:
  containers:
    - name: app
      image: nginx:1.27
      livenessProbe: { httpGet: { host: 10.0.0.1, port: 80 } }
`;
  const goal = { id: 'baseline', kind: 'podSecurity', text, podSecurity: { target: 'Pod/default/p', level: 'baseline' }, expect: 'pass' } as Goal;
  it('1.33 passes baseline latest, the default 1.35 does not', () => {
    const ex = exercise([goal], '', POD);
    expect(runLab({ ...ex, serverVersion: '1.33' }, {}).goals[0].pass).toBe(true);
    expect(runLab(ex, {}).goals[0].pass).toBe(false);
    expect(exerciseWorld(ex, {}).cluster.serverVersion.minor).toBe(35);
  });
});
