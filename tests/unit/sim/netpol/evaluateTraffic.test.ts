import { describe, expect, it } from 'vitest';
import { evaluateTraffic } from '@/lib/sim/netpol';
import type { NetpolTrafficVerdict } from '@/lib/sim/netpol';
import type { Endpoint, Protocol } from '@/lib/sim/types';
import { policy, world } from './world';

interface Case {
  title: string;
  policies: unknown[];
  from: Endpoint;
  to: Endpoint;
  port: number | string;
  protocol?: Protocol;
  allowed: boolean;
  check?: (v: NetpolTrafficVerdict) => void;
}

const denyIngressX = policy('x', 'deny-in', { podSelector: {}, policyTypes: ['Ingress'] });
const denyEgressX = policy('x', 'deny-out', { podSelector: {}, policyTypes: ['Egress'] });
const toB = (rule: Record<string, unknown>) => policy('x', 'to-b', { podSelector: { matchLabels: { app: 'api' } }, ingress: [rule] });
const fromA = (rule: Record<string, unknown>) =>
  policy('x', 'from-a', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'], egress: [rule] });

const isolation: Case[] = [
  {
    title: 'no policy: allowed, nobody isolated',
    policies: [],
    from: 'x/a',
    to: 'x/b',
    port: 8080,
    allowed: true,
    check: (v) => {
      expect([v.egress.code, v.ingress.code]).toEqual(['not-isolated', 'not-isolated']);
      expect(v.egress.isolated || v.ingress.isolated).toBe(false);
    },
  },
  {
    title: 'default deny ingress denies and suggests the rule',
    policies: [denyIngressX],
    from: 'x/a',
    to: 'x/b',
    port: 8080,
    allowed: false,
    check: (v) => {
      expect(v.ingress).toMatchObject({ code: 'denied', isolated: true, policies: [{ namespace: 'x', name: 'deny-in' }], allowedBy: [] });
      expect(v.ingress.suggestion).toEqual({
        direction: 'ingress',
        namespace: 'x',
        pod: { namespace: 'x', name: 'b' },
        peer: { podSelector: { app: 'web' } },
        port: 8080,
        protocol: 'TCP',
      });
      expect(v.egress.code).toBe('not-isolated');
      expect(v.reason).toContain('add an ingress rule with from: podSelector app=web and ports: TCP 8080');
      expect(v.reason).toContain('in a NetworkPolicy of x that selects x/b');
    },
  },
  { title: 'default deny ingress leaves egress alone', policies: [denyIngressX], from: 'x/a', to: 'y/c', port: 9090, allowed: true },
  {
    title: 'default deny egress',
    policies: [denyEgressX],
    from: 'x/a',
    to: 'y/c',
    port: 9090,
    allowed: false,
    check: (v) => {
      expect(v.egress.code).toBe('denied');
      expect(v.egress.suggestion?.peer).toEqual({ podSelector: { app: 'web' }, namespaceSelector: { 'kubernetes.io/metadata.name': 'y' } });
    },
  },
  {
    title: 'egress rules without policyTypes also deny ingress (N2)',
    policies: [policy('x', 'n2', { podSelector: {}, egress: [{ to: [{ podSelector: {} }] }] })],
    from: 'x/a',
    to: 'x/b',
    port: 8080,
    allowed: false,
    check: (v) => {
      expect(v.egress.code).toBe('allowed');
      expect(v.ingress.code).toBe('denied');
    },
  },
  {
    title: 'egress: [] without policyTypes is ingress-only',
    policies: [policy('x', 'p', { podSelector: {}, egress: [] })],
    from: 'x/a',
    to: 'y/c',
    port: 9090,
    allowed: true,
  },
  {
    title: 'policyTypes [Egress] ignores an ingress section (N11)',
    policies: [policy('x', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [{}], ingress: [] })],
    from: 'y/c',
    to: 'x/a',
    port: 80,
    allowed: true,
  },
  { title: 'a policy for other pods does not isolate this one', policies: [toB({ from: [] })], from: 'y/c', to: 'x/a', port: 80, allowed: true },
  {
    title: 'allow-all rule wins over deny-all (union, N3)',
    policies: [denyIngressX, policy('x', 'all', { podSelector: {}, ingress: [{}] })],
    from: 'y/c',
    to: 'x/b',
    port: 8080,
    allowed: true,
    check: (v) => {
      expect(v.ingress.allowedBy).toEqual([{ policy: { namespace: 'x', name: 'all' }, ruleIndex: 0 }]);
      expect(v.ingress.policies).toEqual([
        { namespace: 'x', name: 'deny-in' },
        { namespace: 'x', name: 'all' },
      ]);
    },
  },
  {
    title: 'both allowing rules are reported',
    policies: [toB({ from: [{ podSelector: {} }] }), policy('x', 'two', { podSelector: {}, ingress: [{ ports: [{ port: 1 }] }, { ports: [{ port: 8080 }] }] })],
    from: 'x/a',
    to: 'x/b',
    port: 8080,
    allowed: true,
    check: (v) => {
      expect(v.ingress.allowedBy).toEqual([
        { policy: { namespace: 'x', name: 'to-b' }, ruleIndex: 0 },
        { policy: { namespace: 'x', name: 'two' }, ruleIndex: 1 },
      ]);
    },
  },
  {
    title: 'source egress AND destination ingress must allow (N10)',
    policies: [fromA({ to: [{ namespaceSelector: { matchLabels: { team: 'beta' } } }] }), toB({})],
    from: 'x/a',
    to: 'x/b',
    port: 8080,
    allowed: false,
    check: (v) => {
      expect(v.egress.code).toBe('denied');
      expect(v.ingress.code).toBe('allowed');
    },
  },
];

const peers: Case[] = [
  {
    title: 'podSelector peer means the policy namespace (N13)',
    policies: [toB({ from: [{ podSelector: { matchLabels: { app: 'web' } } }] })],
    from: 'y/c',
    to: 'x/b',
    port: 8080,
    allowed: false,
  },
  {
    title: 'podSelector peer matches in its namespace',
    policies: [toB({ from: [{ podSelector: { matchLabels: { app: 'web' } } }] })],
    from: 'x/a',
    to: 'x/b',
    port: 8080,
    allowed: true,
  },
  {
    title: 'namespaceSelector peer',
    policies: [toB({ from: [{ namespaceSelector: { matchLabels: { team: 'beta' } } }] })],
    from: 'y/c',
    to: 'x/b',
    port: 8080,
    allowed: true,
  },
  {
    title: 'namespaceSelector by metadata.name',
    policies: [toB({ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'y' } } }] })],
    from: 'y/c',
    to: 'x/b',
    port: 8080,
    allowed: true,
  },
  {
    title: 'AND in one peer (N4)',
    policies: [toB({ from: [{ namespaceSelector: { matchLabels: { team: 'beta' } }, podSelector: { matchLabels: { app: 'api' } } }] })],
    from: 'y/c',
    to: 'x/b',
    port: 8080,
    allowed: false,
  },
  {
    title: 'OR across peers',
    policies: [toB({ from: [{ namespaceSelector: { matchLabels: { team: 'gamma' } } }, { podSelector: { matchLabels: { app: 'web' } } }] })],
    from: 'x/a',
    to: 'x/b',
    port: 8080,
    allowed: true,
  },
  {
    title: 'namespaceSelector {} is every pod (N5)',
    policies: [toB({ from: [{ namespaceSelector: {} }] })],
    from: 'y/c',
    to: 'x/b',
    port: 8080,
    allowed: true,
  },
  {
    title: 'namespaceSelector {} is not external IPs (N5)',
    policies: [toB({ from: [{ namespaceSelector: {} }] })],
    from: { ip: '203.0.113.5' },
    to: 'x/b',
    port: 8080,
    allowed: false,
  },
  { title: 'an empty peer is invalid and admits nothing', policies: [toB({ from: [{}] })], from: 'x/a', to: 'x/b', port: 8080, allowed: false },
  {
    title: 'ipBlock mixed with a selector is invalid and admits nothing',
    policies: [toB({ from: [{ ipBlock: { cidr: '0.0.0.0/0' }, podSelector: {} }] })],
    from: 'x/a',
    to: 'x/b',
    port: 8080,
    allowed: false,
  },
  {
    title: 'ipBlock admits an external client',
    policies: [toB({ from: [{ ipBlock: { cidr: '203.0.113.0/24' } }] })],
    from: { ip: '203.0.113.5' },
    to: 'x/b',
    port: 8080,
    allowed: true,
  },
  {
    title: 'ipBlock except removes a range (N6)',
    policies: [fromA({ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.2.0.0/16'] } }] })],
    from: 'x/a',
    to: 'y/c',
    port: 9090,
    allowed: false,
  },
  {
    title: 'another rule re-allows an excepted address (N6)',
    policies: [
      fromA({ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.2.0.0/16'] } }] }),
      policy('x', 'more', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '10.2.0.3/32' } }] }] }),
    ],
    from: 'x/a',
    to: 'y/c',
    port: 9090,
    allowed: true,
  },
  { title: 'ipBlock matches pod IPs', policies: [fromA({ to: [{ ipBlock: { cidr: '10.1.0.2/32' } }] })], from: 'x/a', to: 'x/b', port: 8080, allowed: true },
  {
    title: 'a non-canonical CIDR is read as its network',
    policies: [toB({ from: [{ ipBlock: { cidr: '203.0.113.77/24' } }] })],
    from: { ip: '203.0.113.5' },
    to: 'x/b',
    port: 8080,
    allowed: true,
  },
  {
    title: 'IPv6 blocks never match IPv4',
    policies: [toB({ from: [{ ipBlock: { cidr: '::/0' } }] })],
    from: { ip: '203.0.113.5' },
    to: 'x/b',
    port: 8080,
    allowed: false,
  },
];

const ports: Case[] = [
  { title: 'numeric port', policies: [toB({ ports: [{ port: 8080 }] })], from: 'x/a', to: 'x/b', port: 8080, allowed: true },
  {
    title: 'other numeric port',
    policies: [toB({ ports: [{ port: 8080 }] })],
    from: 'x/a',
    to: 'x/b',
    port: 8081,
    allowed: false,
    check: (v) => {
      expect(v.ingress.checked).toEqual([
        { policy: { namespace: 'x', name: 'to-b' }, ruleIndex: 0, peerMatches: true, portMatches: false, peerCount: 0, portCount: 1 },
      ]);
      expect(v.reason).toContain('admits x/a but not on TCP 8081');
    },
  },
  { title: 'port without protocol is TCP (N9)', policies: [toB({ ports: [{ port: 53 }] })], from: 'x/a', to: 'x/b', port: 53, protocol: 'UDP', allowed: false },
  {
    title: 'UDP entry does not allow TCP (N8)',
    policies: [toB({ ports: [{ port: 53, protocol: 'UDP' }] })],
    from: 'x/a',
    to: 'x/b',
    port: 53,
    protocol: 'TCP',
    allowed: false,
  },
  {
    title: 'protocol-only entry allows every port of it',
    policies: [toB({ ports: [{ protocol: 'UDP' }] })],
    from: 'x/a',
    to: 'x/b',
    port: 5353,
    protocol: 'UDP',
    allowed: true,
  },
  {
    title: 'named port resolves on the selected pod (ingress)',
    policies: [toB({ ports: [{ port: 'http' }] })],
    from: 'x/a',
    to: 'x/b',
    port: 8080,
    allowed: true,
  },
  { title: 'named port with the wrong number', policies: [toB({ ports: [{ port: 'http' }] })], from: 'x/a', to: 'x/b', port: 80, allowed: false },
  {
    title: 'named port resolves on each destination (egress, N7)',
    policies: [fromA({ ports: [{ port: 'http' }] })],
    from: 'x/a',
    to: 'y/c',
    port: 9090,
    allowed: true,
  },
  {
    title: 'named egress port never matches an IP (N7)',
    policies: [fromA({ ports: [{ port: 'http' }] })],
    from: 'x/a',
    to: { ip: '8.8.8.8' },
    port: 80,
    allowed: false,
  },
  { title: 'endPort lower bound (N12)', policies: [toB({ ports: [{ port: 32000, endPort: 32768 }] })], from: 'x/a', to: 'x/b', port: 32000, allowed: true },
  { title: 'endPort upper bound (N12)', policies: [toB({ ports: [{ port: 32000, endPort: 32768 }] })], from: 'x/a', to: 'x/b', port: 32768, allowed: true },
  { title: 'past endPort (N12)', policies: [toB({ ports: [{ port: 32000, endPort: 32768 }] })], from: 'x/a', to: 'x/b', port: 32769, allowed: false },
  { title: 'empty ports list means all ports', policies: [toB({ ports: [] })], from: 'x/a', to: 'x/b', port: 12345, protocol: 'SCTP', allowed: true },
  {
    title: 'asking with a port name uses the container port',
    policies: [toB({ ports: [{ port: 8080 }] })],
    from: 'x/a',
    to: 'x/b',
    port: 'http',
    allowed: true,
    check: (v) => expect(v.targetPort).toBe(8080),
  },
  {
    title: 'asking with a UDP port name takes its protocol',
    policies: [toB({ ports: [{ port: 53, protocol: 'UDP' }] })],
    from: 'x/a',
    to: 'x/b',
    port: 'dns',
    allowed: true,
    check: (v) => expect(v.protocol).toBe('UDP'),
  },
];

const nodes: Case[] = [
  {
    title: 'a pod always reaches itself',
    policies: [denyIngressX, denyEgressX],
    from: 'x/a',
    to: 'x/a',
    port: 80,
    allowed: true,
    check: (v) => expect([v.egress.code, v.ingress.code]).toEqual(['self', 'self']),
  },
  {
    title: 'its own node always reaches a pod',
    policies: [denyIngressX],
    from: { node: 'n1' },
    to: 'x/a',
    port: 80,
    allowed: true,
    check: (v) => {
      expect(v.ingress).toMatchObject({ code: 'node-local', node: 'n1', isolated: true });
      expect(v.egress.code).toBe('not-a-pod');
    },
  },
  { title: 'another node is ordinary traffic', policies: [denyIngressX], from: { node: 'n2' }, to: 'x/a', port: 80, allowed: false },
  { title: 'a node IP resolves to the node', policies: [denyIngressX], from: { ip: '10.0.0.1' }, to: 'x/a', port: 80, allowed: true },
  {
    title: 'a hostNetwork pod is never isolated',
    policies: [denyIngressX],
    from: 'y/c',
    to: 'x/h',
    port: 9100,
    allowed: true,
    check: (v) => expect(v.ingress.code).toBe('host-network'),
  },
  {
    title: 'a hostNetwork pod is not matched by pod selectors',
    policies: [toB({ from: [{ namespaceSelector: {} }] })],
    from: 'x/h',
    to: 'x/b',
    port: 8080,
    allowed: false,
  },
  {
    title: 'a hostNetwork pod is matched by ipBlock on its node IP',
    policies: [toB({ from: [{ ipBlock: { cidr: '10.0.0.0/24' } }] })],
    from: 'x/h',
    to: 'x/b',
    port: 8080,
    allowed: true,
  },
  { title: 'a hostNetwork pod on the same node is node-local', policies: [denyIngressX], from: 'x/h', to: 'y/c', port: 9090, allowed: true },
  {
    title: 'egress to a hostNetwork pod is egress to its node IP',
    policies: [fromA({ to: [{ podSelector: {} }] })],
    from: 'x/a',
    to: 'x/h',
    port: 9100,
    allowed: false,
  },
  {
    title: 'an IP that is a pod IP is that pod',
    policies: [denyIngressX],
    from: 'y/c',
    to: { ip: '10.1.0.2' },
    port: 8080,
    allowed: false,
    check: (v) => expect(v.to).toMatchObject({ kind: 'pod', name: 'x/b' }),
  },
];

describe('evaluateTraffic', () => {
  for (const [area, cases] of Object.entries({ isolation, peers, ports, nodes })) {
    describe(area, () => {
      for (const c of cases) {
        it(c.title, () => {
          const v = evaluateTraffic(world(...c.policies), { from: c.from, to: c.to, port: c.port, ...(c.protocol ? { protocol: c.protocol } : {}) });
          expect(v.code, v.reason).toBe('evaluated');
          expect(v.allowed, v.reason).toBe(c.allowed);
          expect(v.allowed).toBe(v.egress.allowed && v.ingress.allowed);
          expect(v.egress.reason.length).toBeGreaterThan(0);
          expect(v.ingress.reason.length).toBeGreaterThan(0);
          c.check?.(v);
        });
      }
    });
  }
});
