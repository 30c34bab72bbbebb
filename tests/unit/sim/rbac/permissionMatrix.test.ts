import { describe, expect, it } from 'vitest';
import { createCluster, parseManifests } from '@/lib/sim';
import { worldById } from '@/components/playground/worlds';
import { buildPermissionMatrix, buildWhoCan, knownSubjects, parseResourceText, subjectText } from '@/lib/sim/rbac/permissionMatrix';

const cluster = createCluster(parseManifests(worldById('team')!.text()).objects);

function cell(model: ReturnType<typeof buildPermissionMatrix>, label: string, verb: string) {
  const r = model.rows.findIndex((row) => row.label === label);
  const c = model.verbs.indexOf(verb);
  return model.cells[r]?.[c];
}

describe('permission matrix', () => {
  it('alice in dev: reads pods, may exec (dangerous), cannot delete', () => {
    const model = buildPermissionMatrix(cluster, { kind: 'User', name: 'alice' }, 'dev', { special: false, onlyGranted: false });
    expect(cell(model, 'pods', 'get')?.allowed).toBe(true);
    expect(cell(model, 'pods', 'delete')?.allowed).toBe(false);
    expect(cell(model, 'pods/exec', 'create')?.dangers).toEqual(['exec']);
    expect(cell(model, 'pods', 'get')?.verdict.decidedBy).toMatchObject({
      binding: { kind: 'RoleBinding', namespace: 'dev', name: 'developers' },
      ruleIndex: 0,
    });
  });

  it('the deployer ServiceAccount: wildcard verbs on deployments are flagged', () => {
    const model = buildPermissionMatrix(cluster, { kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' }, 'dev', { special: false, onlyGranted: true });
    expect(model.rows.map((r) => r.label)).toEqual(['deployments.apps']);
    expect(cell(model, 'deployments.apps', 'delete')?.dangers).toContain('wildcard');
  });

  it('bob: secrets everywhere, escalate and bind flagged', () => {
    const model = buildPermissionMatrix(cluster, { kind: 'User', name: 'bob' }, 'dev', { special: true, onlyGranted: true });
    expect(cell(model, 'secrets', 'get')?.dangers).toEqual(['secrets']);
    expect(cell(model, 'roles.rbac.authorization.k8s.io', 'escalate')?.dangers).toEqual(['escalate']);
    expect(cell(model, 'roles.rbac.authorization.k8s.io', 'bind')?.dangers).toEqual(['bind']);
  });

  it('a group member gets the group grants', () => {
    const model = buildPermissionMatrix(cluster, { kind: 'Group', name: 'devs' }, 'dev', { special: false, onlyGranted: true });
    expect(model.rows.map((r) => r.label)).toEqual(['pods', 'pods/exec', 'pods/log']);
  });

  it('known subjects come from bindings, ServiceAccounts and pods', () => {
    expect(knownSubjects(cluster).map(subjectText)).toEqual(['Group devs', 'ServiceAccount ci/deployer', 'User alice', 'User bob']);
  });
});

describe('who can', () => {
  it('lists subjects with the binding behind them', () => {
    const grants = buildWhoCan(cluster, parseResourceText('pods/exec'), 'create', 'dev', false);
    expect(grants.map((g) => subjectText(g.subject))).toEqual(['Group system:masters', 'Group devs', 'User alice']);
  });

  it('parses resource text', () => {
    expect(parseResourceText('deployments.apps/scale')).toMatchObject({
      resource: 'deployments',
      subresource: 'scale',
      group: 'apps',
      label: 'deployments.apps/scale',
    });
    expect(parseResourceText('deployments')).toMatchObject({ group: 'apps' });
    expect(parseResourceText('nodes')).toMatchObject({ namespaced: false });
  });
});

describe('suggestNamespace', () => {
  it('is where the subject is bound', async () => {
    const { suggestNamespace } = await import('@/lib/sim/rbac/permissionMatrix');
    expect(suggestNamespace(cluster, { kind: 'Group', name: 'devs' })).toBe('dev');
    expect(suggestNamespace(cluster, { kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' })).toBe('dev');
    expect(suggestNamespace(cluster, { kind: 'User', name: 'bob' })).toBeUndefined();
  });
});

describe('clusterVocabulary', () => {
  it('adds the resources and verbs roles name, so a lesson about couches shows them', () => {
    const couch = createCluster(
      parseManifests(`apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: couch-sleeper, namespace: depto-a}
rules:
  - apiGroups: [""]
    resources: [couches]
    verbs: [sleep]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: pochoclo-sleeps, namespace: depto-a}
subjects: [{kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io}]
roleRef: {kind: Role, name: couch-sleeper, apiGroup: rbac.authorization.k8s.io}
`).objects,
    );
    const model = buildPermissionMatrix(couch, { kind: 'User', name: 'pochoclo' }, 'depto-a', { special: false, onlyGranted: true });
    expect(model.verbs.at(-1)).toBe('sleep');
    expect(model.rows.map((r) => r.label)).toEqual(['couches']);
    expect(cell(model, 'couches', 'sleep')?.allowed).toBe(true);
    expect(cell(model, 'couches', 'get')?.allowed).toBe(false);
  });
});

// The main thread may not import the simulator, so components/views keeps copies of the verb
// lists and the subject text; they must stay the same as the simulator's.
describe("the main thread's copies", () => {
  it('verbs and subject text agree with lib/sim/rbac', async () => {
    const views = await import('@/components/views/verbs');
    const text = await import('@/components/views/subjectText');
    const sim = await import('@/lib/sim/rbac/permissionMatrix');
    expect(views.STANDARD_VERBS).toEqual(sim.STANDARD_VERBS);
    expect(views.SPECIAL_VERBS).toEqual(sim.SPECIAL_VERBS);
    for (const s of [
      { kind: 'User', name: 'alice' },
      { kind: 'Group', name: 'devs' },
      { kind: 'ServiceAccount', name: 'b', namespace: 'dev' },
      { kind: 'ServiceAccount', name: 'b' },
    ]) {
      expect(text.subjectText(s)).toBe(sim.subjectText(s));
    }
  });
});
