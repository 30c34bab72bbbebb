// NetworkPolicy semantics: https://kubernetes.io/docs/concepts/services-networking/network-policies/
// (#behavior-of-to-and-from-selectors for AND vs OR peers).
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { evaluate } from '@/lib/lesson/mutate';
import { exercise, failedGoals, ids, mutantsOf, text } from '../fixtures';

const pod = (ns: string, name: string, app: string) => `apiVersion: v1
kind: Pod
metadata: { name: ${name}, namespace: ${ns}, labels: { app: ${app} } }
spec:
  containers:
    - name: c
      image: nginx:1.27
      ports: [{ containerPort: 8080 }, { containerPort: 9090 }]
`;

const WORLD = [
  'apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n',
  'apiVersion: v1\nkind: Namespace\nmetadata: { name: team-b }\n',
  pod('shop', 'frontend', 'frontend'),
  pod('shop', 'api', 'api'),
  pod('shop', 'batch', 'batch'),
  pod('team-b', 'x', 'frontend'),
].join('---\n');

const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
        - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: shop } }
          podSelector: { matchLabels: { app: frontend } }
      ports: [{ port: 8080 }]
  egress:
    - to:
        - ipBlock: { cidr: 203.0.113.0/24, except: [203.0.113.9/32] }
      ports: [{ port: 443 }]
`;

const traffic = (id: string, from: string | { ip: string }, to: string | { ip: string }, port: number, expect: 'allow' | 'deny'): Goal => ({
  id,
  text,
  kind: 'traffic',
  traffic: { from, to, port },
  expect,
});

const GOALS: Goal[] = [
  traffic('frontend-in', 'shop/frontend', 'shop/api', 8080, 'allow'),
  traffic('other-port-closed', 'shop/frontend', 'shop/api', 9090, 'deny'),
  traffic('batch-out', 'shop/batch', 'shop/api', 8080, 'deny'),
  traffic('team-b-out', 'team-b/x', 'shop/api', 8080, 'deny'),
  traffic('egress-443', 'shop/api', { ip: '203.0.113.7' }, 443, 'allow'),
  traffic('egress-other-port', 'shop/api', { ip: '203.0.113.7' }, 80, 'deny'),
  traffic('egress-except', 'shop/api', { ip: '203.0.113.9' }, 443, 'deny'),
  traffic('egress-elsewhere', 'shop/api', { ip: '198.51.100.1' }, 443, 'deny'),
  traffic('internet-out', { ip: '198.51.100.23' }, 'shop/api', 8080, 'deny'),
];

describe('NetworkPolicy operators', () => {
  const def = exercise({ 'netpol.yaml': POLICY }, { world: WORLD, goals: GOALS });

  it('the fixture solution passes every goal', () => {
    expect(evaluate(def, { id: 's', description: '', files: def.solution, diff: '' }).failedGoals).toEqual([]);
  });

  it('produces each weakening, and each opens a flow the solution closed', () => {
    const expected: Record<string, string> = {
      'netpol.delete-policy:NetworkPolicy/shop/api': 'batch-out',
      'netpol.drop-from:NetworkPolicy/shop/api:spec.ingress[0]': 'batch-out',
      'netpol.drop-ports:NetworkPolicy/shop/api:spec.ingress[0]': 'other-port-closed',
      // Policies add up: a rule from every address outside the pod network lets the internet in.
      'netpol.add-outside-rule:NetworkPolicy/shop/api:spec.ingress': 'internet-out',
      'netpol.split-and-peer:NetworkPolicy/shop/api:spec.ingress[0].from[0]': 'batch-out',
      'netpol.empty-pod-selector:NetworkPolicy/shop/api:spec.ingress[0].from[0]': 'batch-out',
      'netpol.empty-namespace-selector:NetworkPolicy/shop/api:spec.ingress[0].from[0]': 'team-b-out',
      'netpol.drop-to:NetworkPolicy/shop/api:spec.egress[0]': 'egress-elsewhere',
      'netpol.drop-ports:NetworkPolicy/shop/api:spec.egress[0]': 'egress-other-port',
      'netpol.widen-ipblock:NetworkPolicy/shop/api:spec.egress[0].to[0]': 'egress-elsewhere',
      'netpol.drop-ipblock-except:NetworkPolicy/shop/api:spec.egress[0].to[0]': 'egress-except',
      'netpol.drop-policy-type:NetworkPolicy/shop/api:spec.policyTypes.Ingress': 'batch-out',
      'netpol.drop-policy-type:NetworkPolicy/shop/api:spec.policyTypes.Egress': 'egress-elsewhere',
    };
    const mutants = mutantsOf(def, 'netpol.');
    expect(ids(mutants).sort()).toEqual(Object.keys(expected).sort());
    for (const m of mutants) expect(failedGoals(def, m), m.id).toContain(expected[m.id]);
  });

  it('splits an AND peer into two OR peers, keeping the other peers', () => {
    const m = mutantsOf(def, 'netpol.split-and-peer')[0];
    expect(m.files['netpol.yaml']).toMatch(/- namespaceSelector:[^\n]*\n\s+matchLabels:[^\n]*\n[^\n]*\n\s+- podSelector:/);
  });

  it('generates nothing that is not applicable: empty selectors, a /0 block, a single policy type', () => {
    const open = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: open, namespace: shop }
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector: {}
        - ipBlock: { cidr: 0.0.0.0/0 }
`;
    expect(ids(mutantsOf(exercise({ 'p.yaml': open }, { world: WORLD }), 'netpol.'))).toEqual([
      'netpol.delete-policy:NetworkPolicy/shop/open',
      'netpol.drop-from:NetworkPolicy/shop/open:spec.ingress[0]',
    ]);
  });
});
