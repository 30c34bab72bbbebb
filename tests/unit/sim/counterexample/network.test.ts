// Counterexamples for NetworkPolicies: the smallest new peer that gets through although the
// brief names other peers only (semantics/networkpolicy.md: peers, AND vs OR, ipBlock except).
import { describe, expect, it } from 'vitest';
import { createCluster, parseManifests } from '../../../../lib/sim';
import { findTrafficCounterexample } from '../../../../lib/sim/counterexample';

const cluster = (yaml: string) => createCluster(parseManifests(yaml).objects);

const BASE = `
apiVersion: v1
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
`;
const policy = (from: string) => `${BASE}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api-in, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  policyTypes: [Ingress]
  ingress: [{ from: ${from}, ports: [{ port: 8080 }] }]
`;
const intent = { direction: 'ingress' as const, target: 'shop/api', port: 8080, intended: ['shop/frontend'] };

describe('findTrafficCounterexample (ingress)', () => {
  it('no counterexample when only frontend-labelled pods of shop get in', () => {
    expect(findTrafficCounterexample(cluster(policy('[{ podSelector: { matchLabels: { app: frontend } } }]')), intent)).toBeUndefined();
  });

  it('a typed intent (ObjectRef target and peers, as the playground asks) finds the same witness as the goal text', () => {
    for (const from of ['[{ podSelector: {} }]', '[{ podSelector: { matchLabels: { app: frontend } } }]', '[{ namespaceSelector: {} }]']) {
      const c = cluster(policy(from));
      const typed = { ...intent, target: { namespace: 'shop', name: 'api' }, intended: [{ namespace: 'shop', name: 'frontend' }] };
      expect(findTrafficCounterexample(c, typed), from).toEqual(findTrafficCounterexample(c, intent));
    }
    // A typed intended peer counts as intended: frontend itself is never the witness.
    const open = cluster(policy('[{ podSelector: {} }]'));
    expect(findTrafficCounterexample(open, { ...intent, target: { namespace: 'shop', name: 'api' }, intended: [] })?.peer).toBe('shop/frontend');
  });

  it('allowing the whole namespace: an unlabelled pod in shop gets in', () => {
    const found = findTrafficCounterexample(cluster(policy('[{ podSelector: {} }]')), intent);
    expect(found).toMatchObject({ peer: 'shop/probe', from: 'shop/probe', to: 'shop/api' });
    expect(found?.objects).toEqual([expect.objectContaining({ kind: 'Pod', metadata: expect.objectContaining({ namespace: 'shop', labels: {} }) })]);
    expect(found?.verdict.allowed).toBe(true);
  });

  it('namespaceSelector OR podSelector (two peers): a frontend-labelled pod in any labelled namespace gets in', () => {
    const or = policy('[{ namespaceSelector: { matchLabels: { team: shop } } }, { podSelector: { matchLabels: { app: frontend } } }]');
    const found = findTrafficCounterexample(cluster(or), intent);
    expect(found?.objects[0]).toMatchObject({ kind: 'Namespace', metadata: { labels: { team: 'shop' } } });
    // AND (one peer) closes it
    const and = policy('[{ namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: shop } }, podSelector: { matchLabels: { app: frontend } } }]');
    expect(findTrafficCounterexample(cluster(and), intent)).toBeUndefined();
  });

  it('no policy at all: an existing pod is the first counterexample, nothing to add', () => {
    const open = `${BASE}---\napiVersion: v1\nkind: Pod\nmetadata: { name: stranger, namespace: shop }\nspec: { containers: [{ name: s, image: s:1 }] }\n`;
    expect(findTrafficCounterexample(cluster(open), intent)).toMatchObject({ peer: 'shop/stranger', objects: [] });
  });
});

describe('findTrafficCounterexample (egress)', () => {
  const DNS = `${BASE}---
apiVersion: v1
kind: Pod
metadata: { name: coredns, namespace: kube-system, labels: { k8s-app: kube-dns } }
spec: { containers: [{ name: dns, image: coredns:1.11, ports: [{ containerPort: 53, protocol: UDP }] }] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api-out, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  policyTypes: [Egress]
  egress: [{ to: TO, ports: [{ port: 53, protocol: UDP }] }]
`;
  const dns = { direction: 'egress' as const, target: 'shop/api', port: 53, protocol: 'UDP' as const, intended: ['kube-system/coredns'] };

  it('ipBlock 0.0.0.0/0 except 8.8.8.8/32 lets DNS go to any other server on the internet', () => {
    const found = findTrafficCounterexample(cluster(DNS.replace('TO', '[{ ipBlock: { cidr: 0.0.0.0/0, except: [8.8.8.8/32] } }]')), dns);
    expect(found).toBeDefined();
    expect(found?.verdict.allowed).toBe(true);
  });

  it('namespaceSelector AND podSelector for kube-dns: nothing else answers on 53', () => {
    const and = DNS.replace(
      'TO',
      '[{ namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } }, podSelector: { matchLabels: { k8s-app: kube-dns } } }]',
    );
    expect(findTrafficCounterexample(cluster(and), dns)).toBeUndefined();
    const or = DNS.replace(
      'TO',
      '[{ namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } } }, { podSelector: { matchLabels: { k8s-app: kube-dns } } }]',
    );
    const found = findTrafficCounterexample(cluster(or), dns);
    expect(found?.to).toMatch(/probe/);
  });
});
