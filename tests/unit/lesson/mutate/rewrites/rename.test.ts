// A binding names its role and subjects by name (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects);
// a pod names its ServiceAccount (https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/).
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { evaluate, generateRewrites, goalOnlyNames } from '@/lib/lesson/mutate';
import { exercise, ids, text } from '../fixtures';

const WORLD = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: api-config, namespace: shop }
`;

const RBAC = `apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: shop }
rules:
  - { apiGroups: [""], resources: [configmaps], resourceNames: [api-config], verbs: [get] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: api-reads, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
subjects:
  - { kind: ServiceAccount, name: api, namespace: shop }
`;

const APP = `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      serviceAccountName: api
      containers:
        - name: api
          image: ghcr.io/example/api:1.0
          volumeMounts: [{ name: config, mountPath: /etc/api }]
      volumes:
        - name: config
          configMap: { name: api-config }
`;

/** The goal follows the workload's identity (asPod), so no ServiceAccount name is fixed. */
const GOALS: Goal[] = [
  {
    id: 'api-reads',
    text,
    kind: 'can',
    can: { asPod: 'shop/api', verb: 'get', resource: 'configmaps', namespace: 'shop', name: 'api-config' },
    expect: 'allow',
  },
  { id: 'api-no-list', text, kind: 'can', can: { asPod: 'shop/api', verb: 'list', resource: 'configmaps', namespace: 'shop' }, expect: 'deny' },
];

describe('rename rewrites', () => {
  // The learner gets the Deployment without a ServiceAccount: naming one is up to them.
  const start = { 'rbac.yaml': '', 'app.yaml': APP.replace('      serviceAccountName: api\n', '') };
  const def = exercise({ 'rbac.yaml': RBAC, 'app.yaml': APP }, { world: WORLD, goals: GOALS, start });
  const rewrites = generateRewrites(def);

  it('renames every free name, not the ones the start files and the world fix', () => {
    expect(ids(rewrites).filter((id) => id.startsWith('rewrite.rename:'))).toEqual([
      'rewrite.rename:ServiceAccount/shop/api',
      'rewrite.rename:Role/shop/reader',
      'rewrite.rename:RoleBinding/shop/api-reads',
    ]);
  });

  it('a renamed ServiceAccount is followed by the binding subject and the pod template, and still grants', () => {
    const m = rewrites.find((r) => r.id === 'rewrite.rename:ServiceAccount/shop/api')!;
    expect(m.files['rbac.yaml']).toContain('name: api-renamed, namespace: shop }');
    expect(m.files['rbac.yaml']).toContain('- { kind: ServiceAccount, name: api-renamed, namespace: shop }');
    expect(m.files['app.yaml']).toContain('serviceAccountName: api-renamed');
    expect(evaluate(def, m).passed).toBe(true);
  });

  it('a renamed Role is followed by the roleRef, and still grants', () => {
    const m = rewrites.find((r) => r.id === 'rewrite.rename:Role/shop/reader')!;
    expect(m.files['rbac.yaml']).toContain('kind: Role, name: reader-renamed }');
    expect(evaluate(def, m).passed).toBe(true);
  });

  it('a rename that misses a reference is caught: the binding no longer grants', () => {
    const m = rewrites.find((r) => r.id === 'rewrite.rename:Role/shop/reader')!;
    const broken = { ...m, files: { ...m.files, 'rbac.yaml': m.files['rbac.yaml'].replace('name: reader-renamed }', 'name: reader }') } };
    expect(evaluate(def, broken).failedGoals).toContain('api-reads');
  });

  it('renames a volume with its mounts, and all names at once', () => {
    const vol = rewrites.find((r) => r.id === 'rewrite.rename-volume:Deployment/shop/api:config')!;
    expect(vol.files['app.yaml']).toContain('name: config-renamed, mountPath: /etc/api');
    expect(vol.files['app.yaml']).toContain('- name: config-renamed');
    const all = rewrites.find((r) => r.id === 'rewrite.rename-all')!;
    expect(evaluate(def, all).passed).toBe(true);
  });

  it('a goal that hard-codes a name the brief never gives fails the rename: the rewrite reports it', () => {
    const hardCoded: Goal = {
      id: 'sa-reads',
      text,
      kind: 'can',
      can: { as: 'system:serviceaccount:shop:api', verb: 'get', resource: 'configmaps', namespace: 'shop', name: 'api-config' },
      expect: 'allow',
    };
    const def2 = exercise({ 'rbac.yaml': RBAC, 'app.yaml': APP }, { world: WORLD, goals: [hardCoded], start });
    // The goal names the ServiceAccount, so that name is fixed and not renamed...
    expect(ids(generateRewrites(def2))).not.toContain('rewrite.rename:ServiceAccount/shop/api');
    // ...and a name given in the description (in code) is fixed too.
    const def3 = exercise({ 'rbac.yaml': RBAC, 'app.yaml': APP }, { world: WORLD, goals: GOALS, start, description: 'Bind the Role `reader`.' });
    expect(ids(generateRewrites(def3))).not.toContain('rewrite.rename:Role/shop/reader');
  });

  it('warns about a name only a goal gives, and not when the goal follows the workload', () => {
    const hardCoded: Goal = {
      id: 'sa-reads',
      text,
      kind: 'can',
      can: { as: 'system:serviceaccount:shop:api', verb: 'get', resource: 'configmaps', namespace: 'shop', name: 'api-config' },
      expect: 'allow',
    };
    expect(goalOnlyNames(exercise({ 'rbac.yaml': RBAC, 'app.yaml': APP }, { world: WORLD, goals: [hardCoded], start }))).toEqual(['ServiceAccount/shop/api']);
    expect(goalOnlyNames(def)).toEqual([]);
    const named = exercise(
      { 'rbac.yaml': RBAC, 'app.yaml': APP },
      { world: WORLD, goals: [hardCoded], start, description: 'Run the api as the ServiceAccount `api`.' },
    );
    expect(goalOnlyNames(named)).toEqual([]);
  });
});
