// One cluster, one answer: the checker (runLab) and the terminal (kubectl session) hold the
// same built-in objects, and objects the API server would reject make the goals that depend
// on them fail with that reason.
// Upstream: plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go (bootstrap roles),
// plugin/pkg/admission/serviceaccount/admission.go (`error looking up service account`).
import { describe, expect, it } from 'vitest';
import { exerciseWorld, type ExerciseDefinition, type Goal } from '@/lib/lesson';
import { runLab } from './renderedLab';
import { createShellSession, parseManifests, runShellLine } from '@/lib/sim';

const text = { en: 'goal', es: 'objetivo' };

function exercise(goals: Goal[], world: string): ExerciseDefinition {
  return {
    id: 'x',
    title: text,
    description: text,
    world: { file: 'world.yaml', text: world },
    files: ['main.yaml'],
    start: { 'main.yaml': '' },
    solution: { 'main.yaml': '' },
    goals,
    hints: [],
  };
}

const WORLD = `apiVersion: v1
kind: Namespace
metadata: { name: app }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: worker, namespace: app }
`;

const binding = (role: string, subject = '{ kind: User, name: ana }') => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ana-${role}, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${role} }
subjects: [${subject}]
`;

function workload(kind: string, account: string): string {
  const template = `{ metadata: { labels: { app: w } }, spec: { serviceAccountName: ${account}, restartPolicy: ${kind === 'Job' || kind === 'CronJob' ? 'Never' : 'Always'}, containers: [{ name: c, image: busybox:1.36 }] } }`;
  const api = kind === 'Job' || kind === 'CronJob' ? 'batch/v1' : 'apps/v1';
  if (kind === 'Pod')
    return `apiVersion: v1\nkind: Pod\nmetadata: { name: w, namespace: app }\nspec: { serviceAccountName: ${account}, containers: [{ name: c, image: busybox:1.36 }] }\n`;
  if (kind === 'CronJob')
    return `apiVersion: ${api}\nkind: CronJob\nmetadata: { name: w, namespace: app }\nspec: { schedule: "* * * * *", jobTemplate: { spec: { template: ${template} } } }\n`;
  const selector = (kind === 'Job' ? '' : 'selector: { matchLabels: { app: w } }, ') + (kind === 'StatefulSet' ? 'serviceName: w, ' : '');
  return `apiVersion: ${api}\nkind: ${kind}\nmetadata: { name: w, namespace: app }\nspec: { ${selector}template: ${template} }\n`;
}

describe('one cluster: built-in ClusterRoles exist for the checker as for the terminal', () => {
  const goal: Goal = {
    id: 'edit',
    text,
    kind: 'can',
    can: { as: 'ana', verb: 'update', resource: 'deployments', group: 'apps', namespace: 'app' },
    expect: 'allow',
  };

  it('a RoleBinding to ClusterRole edit grants edit (aggregated from system:aggregate-to-edit) and warns about nothing', () => {
    const result = runLab(exercise([goal], WORLD), { 'main.yaml': binding('edit') });
    expect(result.goals[0].pass).toBe(true);
    expect(result.diagnostics['main.yaml'].filter((d) => d.code === 'rbac-missing-role')).toEqual([]);
    const session = createShellSession({ objects: parseManifests(WORLD).objects });
    expect(runShellLine(session, 'kubectl get clusterrole edit').output).toMatch(/^edit\s/m);
  });

  it('view does not grant secrets or writes; admin adds roles and rolebindings', () => {
    const can = (verb: string, resource: string, group = ''): Goal => ({
      id: `${verb}-${resource}`,
      text,
      kind: 'can',
      can: { as: 'ana', verb, resource, group, namespace: 'app' },
      expect: 'allow',
    });
    const view = runLab(exercise([can('list', 'pods'), can('get', 'secrets'), can('update', 'pods')], WORLD), { 'main.yaml': binding('view') });
    expect(view.goals.map((g) => g.pass)).toEqual([true, false, false]);
    const admin = runLab(exercise([can('create', 'rolebindings', 'rbac.authorization.k8s.io'), can('get', 'secrets')], WORLD), {
      'main.yaml': binding('admin'),
    });
    expect(admin.goals.map((g) => g.pass)).toEqual([true, true]);
  });

  it('the checker and the terminal answer can-i the same way', () => {
    const files = { 'main.yaml': binding('edit') };
    const result = runLab(exercise([goal], WORLD), files);
    let session = createShellSession({ objects: parseManifests(WORLD).objects, files });
    session = runShellLine(session, 'kubectl apply -f main.yaml').session;
    const answer = runShellLine(session, 'kubectl auth can-i update deployments.apps -n app --as ana').output.trim();
    expect(answer).toBe('yes');
    expect(result.goals[0].pass).toBe(true);
  });

  it('a denied request never suggests editing a bootstrap binding', () => {
    const deny: Goal = { id: 'nope', text, kind: 'can', can: { as: 'ana', verb: 'get', resource: 'secrets', namespace: 'app' }, expect: 'allow' };
    const result = runLab(exercise([deny], WORLD), { 'main.yaml': '' });
    expect(result.goals[0].pass).toBe(false);
    expect(`${result.goals[0].explanation.en} ${result.goals[0].fix?.en ?? ''}`).not.toMatch(/cluster-admin|system:basic-user|system:discovery/);
  });

  it('least privilege does not count what every identity gets from the bootstrap policy', () => {
    const least: Goal = {
      id: 'least',
      text,
      kind: 'leastPrivilege',
      leastPrivilege: { asPod: 'app/w', namespace: 'app', allowed: [{ verbs: ['get'], resources: ['configmaps'] }] },
      expect: 'pass',
    };
    const role = `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: r, namespace: app }\nrules: [{ apiGroups: [""], resources: [configmaps], verbs: [get] }]\n---\n${binding('r', '{ kind: ServiceAccount, name: worker, namespace: app }').replace('kind: ClusterRole, name: r', 'kind: Role, name: r')}---\n${workload('Deployment', 'worker')}`;
    expect(runLab(exercise([least], WORLD), { 'main.yaml': role }).goals[0].pass).toBe(true);
    const wider = role.replace('verbs: [get]', 'verbs: [get, list]');
    const result = runLab(exercise([least], WORLD), { 'main.yaml': wider });
    expect(result.goals[0].pass).toBe(false);
    expect(result.goals[0].explanation.en).toMatch(/list configmaps/);
  });
});

describe('goals follow identity: asPod for every workload kind', () => {
  const role = `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: r, namespace: app }\nrules: [{ apiGroups: [""], resources: [configmaps], verbs: [get] }]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: rb, namespace: app }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }\nsubjects: [{ kind: ServiceAccount, name: worker, namespace: app }]\n---\n`;
  for (const kind of ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']) {
    it(`${kind}: asks as the account its pods run as, and fails with the API error when it does not exist`, () => {
      const goal: Goal = { id: 'g', text, kind: 'can', can: { asPod: 'app/w', verb: 'get', resource: 'configmaps', namespace: 'app' }, expect: 'allow' };
      expect(runLab(exercise([goal], WORLD), { 'main.yaml': role + workload(kind, 'worker') }).goals[0].pass).toBe(true);
      const other = runLab(exercise([goal], WORLD), { 'main.yaml': role + workload(kind, 'default') });
      expect(other.goals[0].pass).toBe(false);
      const missing = runLab(exercise([goal], WORLD), { 'main.yaml': role + workload(kind, 'ghost') });
      expect(missing.goals[0].pass).toBe(false);
      expect(missing.goals[0].explanation.en).toContain('error looking up service account app/ghost: serviceaccount "ghost" not found');
      expect(missing.goals[0].explanation.es).toContain('error looking up service account app/ghost');
      expect(missing.goals[0].explanation.en).toMatch(kind === 'Pod' ? /rejects/ : /never created/);
      expect(missing.passed).toBe(false);
    });
  }
});

describe('asPod names a pod a workload really created', () => {
  it("the generated pod name asks as the template's ServiceAccount", () => {
    const role =
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: r, namespace: app }\nrules: [{ apiGroups: [""], resources: [configmaps], verbs: [get] }]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: rb, namespace: app }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }\nsubjects: [{ kind: ServiceAccount, name: worker, namespace: app }]\n---\n';
    const files = { 'main.yaml': role + workload('Deployment', 'worker') };
    const first = exerciseWorld(exercise([], WORLD), files);
    const generated = [...first.cluster.pods.values()].find((p) => p.owner?.kind === 'Deployment' && p.owner.name === 'w');
    expect(generated?.name).toMatch(/^w-[a-z0-9]+-[a-z0-9]{5}$/);
    const goal: Goal = {
      id: 'g',
      text,
      kind: 'can',
      can: { asPod: `app/${generated?.name}`, verb: 'get', resource: 'configmaps', namespace: 'app' },
      expect: 'allow',
    };
    expect(runLab(exercise([goal], WORLD), files).goals[0].pass).toBe(true);
    const kindQualified: Goal = { ...goal, can: { ...goal.can, asPod: 'Deployment/app/w' } };
    expect(runLab(exercise([kindQualified], WORLD), files).goals[0].pass).toBe(true);
  });
});

describe('objects the API server rejects', () => {
  it('a traffic goal to pods that are never created fails, whatever it expects', () => {
    const world = `${WORLD}---\n${workload('Deployment', 'ghost')}---\napiVersion: v1\nkind: Pod\nmetadata: { name: client, namespace: app }\nspec: { containers: [{ name: c, image: busybox:1.36 }] }\n`;
    const goal: Goal = { id: 't', text, kind: 'traffic', traffic: { from: 'app/client', to: 'app/w', port: 80 }, expect: 'deny' };
    const result = runLab(exercise([goal], world), { 'main.yaml': '' });
    expect(result.goals[0].pass).toBe(false);
    expect(result.goals[0].explanation.en).toContain('never created');
  });

  it('a RoleBinding with an invalid label value is rejected: it grants nothing, and the goal says why', () => {
    const goal: Goal = { id: 'edit', text, kind: 'can', can: { as: 'ana', verb: 'list', resource: 'pods', namespace: 'app' }, expect: 'allow' };
    const bad = binding('view').replace(
      'metadata: { name: ana-view, namespace: app }',
      'metadata: { name: ana-view, namespace: app, labels: { team: "a b" } }',
    );
    const result = runLab(exercise([goal], WORLD), { 'main.yaml': bad });
    expect(result.goals[0].pass).toBe(false);
    expect(result.goals[0].explanation.en).toMatch(/rejects RoleBinding app\/ana-view/);
    expect(result.goals[0].explanation.es).toMatch(/rechaza RoleBinding app\/ana-view/);
  });

  it('a RoleBinding to a missing Role is accepted and grants nothing (no invented rejection)', () => {
    const goal: Goal = { id: 'g', text, kind: 'can', can: { as: 'ana', verb: 'list', resource: 'pods', namespace: 'app' }, expect: 'allow' };
    const result = runLab(exercise([goal], WORLD), { 'main.yaml': binding('nothing-here') });
    expect(result.goals[0].pass).toBe(false);
    expect(result.goals[0].explanation.en).not.toMatch(/rejects/);
    expect(result.diagnostics['main.yaml'].find((d) => d.code === 'rbac-missing-role')?.severity).toBe('warning');
  });

  it('a pod with an invalid name fails the goals about it with the reason', () => {
    const goal: Goal = { id: 'ps', text, kind: 'podSecurity', podSecurity: { target: 'Pod/app/Web_1', level: 'baseline' }, expect: 'pass' };
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: { name: Web_1, namespace: app }\nspec: { containers: [{ name: c, image: busybox:1.36 }] }\n';
    const result = runLab(exercise([goal], WORLD), { 'main.yaml': pod });
    expect(result.goals[0].pass).toBe(false);
    expect(result.goals[0].explanation.en).toMatch(/rejects Pod app\/Web_1/);
    expect(result.goals[0].source).toMatchObject({ file: 'main.yaml', line: 3 });
  });
});

describe('the terminal rejects a pod whose ServiceAccount does not exist', () => {
  it('kubectl apply prints the admission error and creates nothing', () => {
    const files = { 'pod.yaml': workload('Pod', 'ghost') };
    const session = createShellSession({ objects: [], files });
    const nsDone = runShellLine(session, 'kubectl create namespace app').session;
    const result = runShellLine(nsDone, 'kubectl apply -f pod.yaml');
    expect(result.output).toContain(
      'Error from server (Forbidden): error when creating "pod.yaml": pods "w" is forbidden: error looking up service account app/ghost: serviceaccount "ghost" not found',
    );
    expect(runShellLine(result.session, 'kubectl get pods -n app').output).toMatch(/No resources found/);
  });
});
