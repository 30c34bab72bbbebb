// One target syntax for every goal kind: Kind/namespace/name (docs/lesson-format.md), the
// (kind, namespace, name) triple the API names objects by (kubectl's TYPE/NAME,
// https://kubernetes.io/docs/reference/kubectl/#resource-types).
import { describe, expect, it } from 'vitest';
import { attackRef, modernTarget, namespacedName, oldTargetMessage, simEndpoint, targetParts, targetRef } from '@/lib/lesson/goalTarget';
import { runLab, type ExerciseDefinition, type Goal } from '@/lib/lesson';

describe('goal targets', () => {
  it('splits Kind/namespace/name, Kind/name and namespace/name', () => {
    expect(targetParts('Deployment/shop/api')).toEqual({ kind: 'Deployment', namespace: 'shop', name: 'api' });
    expect(targetParts('ClusterRole/system:node')).toEqual({ kind: 'ClusterRole', name: 'system:node' });
    expect(targetParts('shop/api')).toEqual({ namespace: 'shop', name: 'api' });
    expect(namespacedName('StatefulSet/shop/db')).toBe('shop/db');
    expect(targetRef('StatefulSet/shop/db')).toEqual({ namespace: 'shop', name: 'db' });
    expect(targetRef('web')).toEqual({ namespace: 'default', name: 'web' });
  });

  it("turns a kinded traffic endpoint into the simulator's form and leaves the rest alone", () => {
    expect(simEndpoint('Deployment/shop/api')).toBe('shop/deployment/api');
    expect(simEndpoint('Service/shop/api')).toBe('shop/service/api');
    expect(simEndpoint('shop/api')).toBe('shop/api');
    expect(simEndpoint({ ip: '203.0.113.9' })).toEqual({ ip: '203.0.113.9' });
  });

  it('names attack graph nodes', () => {
    expect(attackRef('Pod/shop/web')).toBe('pod:shop/web');
    expect(attackRef('Deployment/shop/web')).toBe('pod:shop/web');
    expect(attackRef('Secret/shop/*')).toBe('secrets:shop');
    expect(attackRef('Secret/shop/db')).toBe('secret:shop/db');
    expect(attackRef('ServiceAccount/shop/api')).toBe('sa:shop/api');
    expect(attackRef('Namespace/payments')).toBe('namespace:payments');
    expect(attackRef('User/mallory')).toBe('user:mallory');
    expect(attackRef('internet')).toBe('internet');
    expect(attackRef('node')).toBe('node');
  });

  it('recognizes the old forms and says what to write instead', () => {
    expect(modernTarget('shop/deploy/api')).toBe('Deployment/shop/api');
    expect(modernTarget('shop/svc/api')).toBe('Service/shop/api');
    expect(modernTarget('pod:shop/web')).toBe('Pod/shop/web');
    expect(modernTarget('secrets:shop')).toBe('Secret/shop/*');
    expect(modernTarget('shop/api')).toBeUndefined();
    expect(modernTarget('shop/unknownkind/api')).toBeUndefined();
    expect(oldTargetMessage('sa:shop/api')).toBe(
      "'sa:shop/api' is the old target form, no longer read: write 'ServiceAccount/shop/api' (Kind/namespace/name, docs/lesson-format.md)",
    );
  });
});

// A Deployment `api` and a lone Pod `api-debug`; a NetworkPolicy lets only app=web reach app=api.
// Upstream semantics: https://kubernetes.io/docs/concepts/services-networking/network-policies/
const WORLD = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec: { containers: [{ name: c, image: nginx:1.27, ports: [{ containerPort: 8080 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: shop, labels: { app: web } }
spec: { containers: [{ name: c, image: nginx:1.27 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: other, namespace: shop, labels: { app: other } }
spec: { containers: [{ name: c, image: nginx:1.27 }] }
`;

const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api-from-web, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  policyTypes: [Ingress]
  ingress: [{ from: [{ podSelector: { matchLabels: { app: web } } }] }]
`;

const text = { en: 'goal', es: 'objetivo' };

function lab(goals: Goal[]): boolean[] {
  const exercise: ExerciseDefinition = {
    id: 'x',
    title: text,
    description: text,
    world: { file: 'world.yaml', text: WORLD },
    files: ['np.yaml'],
    start: { 'np.yaml': '' },
    solution: { 'np.yaml': POLICY },
    goals,
    hints: [],
  };
  return runLab(exercise, { 'np.yaml': POLICY }).goals.map((g) => g.pass);
}

const traffic = (from: string, to: string, expect: 'allow' | 'deny'): Goal => ({
  id: `${from}-${to}`,
  text,
  kind: 'traffic',
  traffic: { from, to, port: 8080 },
  expect,
});

describe('traffic goals with Kind/namespace/name', () => {
  it("asks about the workload's pods when the kind is written", () => {
    expect(lab([traffic('shop/web', 'Deployment/shop/api', 'allow'), traffic('Pod/shop/other', 'Deployment/shop/api', 'deny')])).toEqual([true, true]);
  });

  it('does not find a Pod called api: the kind is honoured, not guessed', () => {
    expect(lab([traffic('shop/web', 'Pod/shop/api', 'allow')])).toEqual([false]);
    expect(lab([traffic('shop/web', 'StatefulSet/shop/api', 'allow')])).toEqual([false]);
  });
});
