// Which peer and which port entry of a NetworkPolicy rule matched (or missed) a connection.
// Peers are ORed, and within one peer podSelector + namespaceSelector are ANDed; port entries
// are ORed: https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors
// (networking/v1 types.go NetworkPolicyPeer, NetworkPolicyPort in kubernetes/kubernetes staging/src/k8s.io/api).
import { describe, expect, it } from 'vitest';
import { evaluateTraffic } from '@/lib/sim/netpol';
import type { NetpolTrafficVerdict } from '@/lib/sim/netpol';
import { policy, world } from './world';

function ask(policies: unknown[], from: string, to: string, port: number): NetpolTrafficVerdict {
  return evaluateTraffic(world(...policies), { from, to, port }) as NetpolTrafficVerdict;
}

describe('rule detail in traffic verdicts', () => {
  it('names the peer and port entry that admitted the connection', () => {
    const p = policy('x', 'api-in', {
      podSelector: { matchLabels: { app: 'api' } },
      ingress: [
        { from: [{ podSelector: { matchLabels: { app: 'db' } } }, { podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 9999 }, { port: 8080 }] },
      ],
    });
    const v = ask([p], 'x/a', 'x/b', 8080);
    expect(v.allowed).toBe(true);
    expect(v.ingress.matched).toEqual([
      {
        policy: { namespace: 'x', name: 'api-in' },
        ruleIndex: 0,
        peerMatches: true,
        portMatches: true,
        peerIndex: 1,
        portIndex: 1,
        peerCount: 2,
        portCount: 2,
      },
    ]);
  });

  it('a denied connection says which half of each rule missed', () => {
    const p = policy('x', 'api-in', {
      podSelector: { matchLabels: { app: 'api' } },
      ingress: [
        { from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 9090 }] },
        { from: [{ podSelector: { matchLabels: { app: 'db' } } }], ports: [{ port: 8080 }] },
      ],
    });
    const v = ask([p], 'x/a', 'x/b', 8080);
    expect(v.allowed).toBe(false);
    expect(v.ingress.checked).toEqual([
      { policy: { namespace: 'x', name: 'api-in' }, ruleIndex: 0, peerMatches: true, portMatches: false, peerIndex: 0, peerCount: 1, portCount: 1 },
      { policy: { namespace: 'x', name: 'api-in' }, ruleIndex: 1, peerMatches: false, portMatches: true, portIndex: 0, peerCount: 1, portCount: 1 },
    ]);
  });

  it('one peer with both selectors is an AND: from another namespace it misses', () => {
    const p = policy('x', 'api-in', {
      podSelector: { matchLabels: { app: 'api' } },
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'alpha' } }, podSelector: { matchLabels: { app: 'web' } } }] }],
    });
    const v = ask([p], 'y/c', 'x/b', 8080);
    expect(v.allowed).toBe(false);
    expect(v.ingress.checked[0]).toMatchObject({ peerMatches: false, portMatches: true, peerCount: 1, portCount: 0 });
    expect(v.ingress.checked[0].peerIndex).toBeUndefined();
  });

  it('a rule without from/ports matches everything and lists no entries', () => {
    const p = policy('x', 'all', { podSelector: {}, ingress: [{}] });
    const v = ask([p], 'y/c', 'x/b', 8080);
    expect(v.ingress.matched).toEqual([
      { policy: { namespace: 'x', name: 'all' }, ruleIndex: 0, peerMatches: true, portMatches: true, peerCount: 0, portCount: 0 },
    ]);
  });
});
