// Typed references between objects (issue 15): `{ namespace, name }`, never a string to split.
import { describe, expect, it } from 'vitest';
import { refText, sameRef } from '../../../lib/sim/objectRef';
import { createCluster, evaluateTraffic } from '../../../lib/sim';
import { parseManifests } from '../../../lib/sim/parse';

describe('object references', () => {
  it('refText is the words kubectl uses (ns/name); sameRef compares both parts', () => {
    expect(refText({ namespace: 'shop', name: 'deny' })).toBe('shop/deny');
    expect(sameRef({ namespace: 'a', name: 'b/c' }, { namespace: 'a/b', name: 'c' })).toBe(false);
    expect(sameRef({ namespace: 'a', name: 'b' }, { namespace: 'a', name: 'b' })).toBe(true);
  });

  it('traffic verdicts name policies by reference', () => {
    const cluster = createCluster(
      parseManifests(`
apiVersion: v1
kind: Pod
metadata: { name: a, namespace: x, labels: { app: a } }
spec: { containers: [{ name: c, image: nginx }] }
---
apiVersion: v1
kind: Pod
metadata: { name: b, namespace: x, labels: { app: b } }
spec: { containers: [{ name: c, image: nginx, ports: [{ containerPort: 80 }] }] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: to-b, namespace: x }
spec:
  podSelector: { matchLabels: { app: b } }
  ingress: [{ from: [{ podSelector: { matchLabels: { app: a } } }] }]
`).objects,
    );
    const verdict = evaluateTraffic(cluster, { from: 'x/a', to: 'x/b', port: 80 });
    expect(verdict.ingress.policies).toEqual([{ namespace: 'x', name: 'to-b' }]);
    expect(verdict.ingress.allowedBy).toEqual([{ policy: { namespace: 'x', name: 'to-b' }, ruleIndex: 0 }]);
  });
});
