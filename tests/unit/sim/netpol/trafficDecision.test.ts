// trafficDecision (attack paths read only the decision) must decide exactly as evaluateTraffic:
// `allowed`, and `allowedBy`/`isolated` of the pair each direction explains
// (semantics/networkpolicy.md; upstream networking/v1 types.go and
// https://kubernetes.io/docs/concepts/services-networking/network-policies/).
import { describe, expect, it } from 'vitest';
import { evaluateTraffic } from '@/lib/sim/netpol';
import { trafficDecision } from '@/lib/sim/netpol/evaluateTraffic';
import { clearSharedMemos } from '@/lib/sim';
import type { Traffic } from '@/lib/sim/types';
import { policy, world } from './world';

const cluster = world(
  policy('x', 'web-in', {
    podSelector: { matchLabels: { app: 'web' } },
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ podSelector: { matchLabels: { app: 'api' } } }], ports: [{ port: 80 }] }],
  }),
  policy('x', 'api-out', {
    podSelector: { matchLabels: { app: 'api' } },
    policyTypes: ['Egress'],
    egress: [{ to: [{ namespaceSelector: {} }] }, { ports: [{ port: 53, protocol: 'UDP' }] }],
  }),
);

const ENDPOINTS: Traffic['from'][] = ['x/a', 'x/b', 'y/c', 'x/h', { ip: '203.0.113.10' }, { node: 'n1' }, 'x/missing'];
const PORTS: Traffic['port'][] = [80, 8080, 53, 9090, 'http', 'dns', 0];
const PROTOCOLS: (Traffic['protocol'] | undefined)[] = [undefined, 'TCP', 'UDP'];

describe('trafficDecision', () => {
  it('decides every question like evaluateTraffic (pods, host network, nodes, addresses, unknown ends, named and bad ports)', () => {
    let allowed = 0;
    let questions = 0;
    for (const from of ENDPOINTS)
      for (const to of [...ENDPOINTS, { service: 'x/none' }])
        for (const port of PORTS)
          for (const protocol of PROTOCOLS) {
            const traffic = { from, to, port, ...(protocol ? { protocol } : {}) } as Traffic;
            clearSharedMemos();
            const verdict = evaluateTraffic(cluster, traffic);
            const decision = trafficDecision(cluster, traffic);
            const label = JSON.stringify(traffic);
            expect(decision.allowed, label).toBe(verdict.allowed);
            for (const direction of ['egress', 'ingress'] as const) {
              expect(decision[direction].allowedBy, label).toEqual(verdict[direction].allowedBy);
              expect(decision[direction].isolated, label).toBe(verdict[direction].isolated);
            }
            questions++;
            if (verdict.allowed) allowed++;
          }
    // Both answers occur, so the comparison is not vacuous.
    expect(allowed).toBeGreaterThan(0);
    expect(allowed).toBeLessThan(questions);
  });
});
