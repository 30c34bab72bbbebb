// findCounterexamples: intents read from an exercise's goals; witnesses from the simulator.
import { describe, expect, it } from 'vitest';
import { createCluster, parseManifests, type KubeObject } from '@/lib/sim';
import { render } from '@/lib/i18n/messages';
import { COUNTEREXAMPLE_YAML_HEAD, counterexampleYaml, describeCounterexample, findCounterexamples, type Goal } from '@/lib/lesson';

const text = { en: 'g', es: 'g' };
const objects = (yaml: string) => parseManifests(yaml).objects as KubeObject[];

const WORLD = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Pod
metadata: { name: api, namespace: shop, labels: { app: api } }
spec: { containers: [{ name: api, image: api:1.0, ports: [{ containerPort: 8080 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: frontend, namespace: shop, labels: { app: frontend } }
spec: { containers: [{ name: web, image: web:1.0 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: db, namespace: shop, labels: { app: db } }
spec: { containers: [{ name: db, image: db:1.0 }] }
`;
const policy = (from: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api-in, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  policyTypes: [Ingress]
  ingress: [{ from: ${from}, ports: [{ port: 8080 }] }]
`;
const goals: Goal[] = [
  { id: 'frontend-in', text, kind: 'traffic', traffic: { from: 'shop/frontend', to: 'shop/api', port: 8080 }, expect: 'allow' },
  { id: 'db-out', text, kind: 'traffic', traffic: { from: 'shop/db', to: 'shop/api', port: 8080 }, expect: 'deny' },
];

function run(learner: string, g = goals) {
  const learnerObjects = objects(learner);
  return findCounterexamples({ goals: g, cluster: createCluster([...objects(WORLD), ...learnerObjects]), learnerObjects });
}

describe('findCounterexamples', () => {
  it('the goals pass but the policy admits every pod of shop: an unlabelled new pod is the witness, with YAML to add', () => {
    const [found] = run(policy('[{ podSelector: { matchExpressions: [{ key: app, operator: NotIn, values: [db] }] } }]'));
    expect(found).toMatchObject({ kind: 'traffic', direction: 'ingress', from: 'shop/probe', goalIds: ['frontend-in', 'db-out'] });
    expect(render('en', describeCounterexample(found))).toMatch(/a new pod shop\/probe reach shop\/api on 8080\/TCP/);
    expect(render('es', describeCounterexample(found))).toMatch(/un pod nuevo shop\/probe/);
    const yaml = counterexampleYaml(found, render('en', COUNTEREXAMPLE_YAML_HEAD));
    expect(yaml.startsWith('# Added by "Try to break it": delete it when you are done.\n---\n')).toBe(true);
    expect(counterexampleYaml(found, render('es', COUNTEREXAMPLE_YAML_HEAD))).toMatch(/^# Agregado por «Intentá romperlo»/);
    expect(parseManifests(yaml).objects).toEqual([
      expect.objectContaining({ kind: 'Pod', metadata: expect.objectContaining({ name: 'probe', namespace: 'shop' }) }),
    ]);
  });

  it('exactly the frontend: no witness', () => {
    expect(run(policy('[{ podSelector: { matchLabels: { app: frontend } } }]'))).toEqual([]);
  });

  it('no intent without both an allow and a deny goal on the same target, and none where nothing isolates it', () => {
    expect(run(policy('[{ podSelector: {} }]'), goals.slice(0, 1))).toEqual([]);
    expect(run('')).toEqual([]);
  });

  it('a leastPrivilege goal yields the first extra grant', () => {
    const rbac = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: r, namespace: shop }
rules: [{ apiGroups: [""], resources: [configmaps, secrets], verbs: [get] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: r, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }
subjects: [{ kind: User, name: ana }]
`;
    const lp: Goal = {
      id: 'lp',
      text,
      kind: 'leastPrivilege',
      leastPrivilege: { as: 'ana', namespace: 'shop', allowed: [{ verbs: ['get'], resources: ['configmaps'] }] },
      expect: 'pass',
    };
    const [found] = run(rbac, [lp]);
    expect(found).toMatchObject({ kind: 'rbac', user: 'ana', grant: 'get secrets' });
    expect(render('en', describeCounterexample(found))).toMatch(/kubectl auth can-i --list --as ana -n shop/);
  });
});
