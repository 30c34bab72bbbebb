// The set-based trafficMatrix (matrixSets.ts, matrixCells.ts) against the pair-by-pair
// reference and against evaluateTraffic, on random worlds: distinct and shared labels, named
// ports, endPort ranges, ipBlocks with except (pod IPs and node IPs), hostNetwork pods,
// namespace AND pod selectors, protocols. Semantics: semantics/networkpolicy.md §4-§6;
// upstream networking/v1 types.go (NetworkPolicyPeer, NetworkPolicyPort) and
// https://kubernetes.io/docs/concepts/services-networking/network-policies/.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCluster } from '@/lib/sim/cluster';
import { evaluateTraffic, matrixCellFor, trafficMatrix } from '@/lib/sim/netpol';
import { trafficMatrixPairwise } from '@/lib/sim/netpol/trafficMatrix';
import type { Protocol } from '@/lib/sim/types';
import { refText } from '@/lib/sim/objectRef';
import { namespace, node, policy } from './world';

// A fixed seed keeps CI reproducible; PROPERTY_SEED explores others (and replays a failure).
const SEED = Number(process.env.PROPERTY_SEED ?? 20261207);
console.log(`matrixSets property seed: ${SEED} (rerun with PROPERTY_SEED=${SEED})`);

const app = fc.constantFrom('web', 'api', 'db', 'p0', 'p1', 'p2', 'p3');
const selector = fc.oneof(
  fc.constant({}),
  fc.record({ matchLabels: fc.record({ app }) }),
  fc.record({ matchLabels: fc.record({ app, tier: fc.constantFrom('1', '2') }) }),
  fc.record({ matchExpressions: fc.constant([{ key: 'tier', operator: 'In', values: ['1'] }]) }),
  fc.record({ matchLabels: fc.record({ team: fc.constantFrom('a', 'b') }) }),
  fc.record({ matchLabels: fc.record({ 'kubernetes.io/metadata.name': fc.constantFrom('a', 'b', 'c') }) }),
);
const cidr = fc.constantFrom(
  '10.244.0.0/16',
  '10.244.0.0/24',
  '10.244.1.0/24',
  '10.244.0.2/32',
  '10.244.0.4/30',
  '192.168.49.0/24',
  '10.0.0.0/8',
  '0.0.0.0/0',
  '::/0',
);
const ipBlock = fc.oneof(
  fc.record({ cidr }),
  fc.record({ cidr: fc.constant('10.244.0.0/16'), except: fc.subarray(['10.244.0.0/30', '10.244.1.0/24', '10.244.0.2/31', '10.244.0.0/25']) }),
  fc.record({ cidr: fc.constant('0.0.0.0/0'), except: fc.subarray(['10.0.0.0/8', '192.168.49.3/32', '10.244.1.4/30']) }),
);
const peer = fc.oneof(
  fc.record({ podSelector: selector }),
  fc.record({ namespaceSelector: selector }),
  fc.record({ podSelector: selector, namespaceSelector: selector }),
  fc.record({ ipBlock }),
  fc.constant({}),
);
const port = fc.oneof(
  fc.record({ port: fc.constantFrom(80, 8080, 53, 9090, 'http', 'dns', 'metrics', 'nope') }),
  fc.record({ port: fc.constantFrom(80, 8080, 53, 'http', 'dns'), protocol: fc.constantFrom('TCP', 'UDP', 'SCTP') }),
  fc.record({ port: fc.constantFrom(50, 80, 8000), endPort: fc.constantFrom(79, 90, 8090, 9100) }),
  fc.record({ protocol: fc.constantFrom('UDP', 'TCP') }),
);
const rule = (field: 'from' | 'to') => fc.record({ [field]: fc.array(peer, { maxLength: 3 }), ports: fc.array(port, { maxLength: 3 }) }, { requiredKeys: [] });
const policyArb = fc.record({
  namespace: fc.constantFrom('a', 'b', 'c'),
  podSelector: selector,
  policyTypes: fc.option(fc.subarray(['Ingress', 'Egress'], { minLength: 1 }), { nil: undefined }),
  ingress: fc.option(fc.array(rule('from'), { maxLength: 3 }), { nil: undefined }),
  egress: fc.option(fc.array(rule('to'), { maxLength: 3 }), { nil: undefined }),
});
const containerPorts = fc
  .subarray([
    { name: 'http', containerPort: 80, protocol: 'TCP' },
    { name: 'http', containerPort: 8080, protocol: 'TCP' },
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
    { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    { containerPort: 8085, protocol: 'TCP' },
  ])
  .map((ports) => ports.filter((p, i) => p.name === undefined || ports.findIndex((q) => q.name === p.name) === i));
const podArb = fc.record({
  namespace: fc.constantFrom('a', 'b', 'c'),
  labels: fc.record({ app, tier: fc.constantFrom('1', '2') }, { requiredKeys: [] }),
  node: fc.constantFrom('n1', 'n2'),
  /** 0: hostNetwork (about one pod in twelve). */
  host: fc.integer({ min: 0, max: 11 }),
  ports: containerPorts,
});
const question = fc.oneof(
  fc.constant<{ port?: number | string; protocol?: Protocol }>({}),
  fc.constantFrom<{ port?: number | string; protocol?: Protocol }>(
    { port: 80 },
    { port: 8080 },
    { port: 53, protocol: 'UDP' },
    { port: 'http' },
    { port: 'dns' },
    { protocol: 'UDP' },
    { port: 8085 },
  ),
);

type PodSpec = typeof podArb extends fc.Arbitrary<infer T> ? T : never;
type PolicySpec = typeof policyArb extends fc.Arbitrary<infer T> ? T : never;

function randomWorld(pods: PodSpec[], policies: PolicySpec[]) {
  return createCluster([
    namespace('a', { team: 'a' }),
    namespace('b', { team: 'b' }),
    namespace('c', { team: 'a' }),
    node('n1', '192.168.49.2'),
    node('n2', '192.168.49.3'),
    ...pods.map((p, i) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { namespace: p.namespace, name: `p${i}`, labels: p.labels },
      spec: { nodeName: p.node, hostNetwork: p.host === 0, containers: [{ name: 'c', image: 'x:1', ports: p.ports }] },
    })),
    ...policies.map((p, i) =>
      policy(p.namespace, `np${i}`, {
        podSelector: p.podSelector,
        ...(p.policyTypes ? { policyTypes: p.policyTypes } : {}),
        ...(p.ingress ? { ingress: p.ingress } : {}),
        ...(p.egress ? { egress: p.egress } : {}),
      }),
    ),
  ]);
}

describe('set-based trafficMatrix', () => {
  it('equals the pair-by-pair matrix cell for cell (every field) on random worlds', () => {
    fc.assert(
      fc.property(fc.array(podArb, { minLength: 1, maxLength: 12 }), fc.array(policyArb, { maxLength: 6 }), question, (pods, policies, options) => {
        const cluster = randomWorld(pods, policies);
        expect(trafficMatrix(cluster, options)).toEqual(trafficMatrixPairwise(cluster, options));
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('equals evaluateTraffic for every pod pair (allowed, direction codes, admitting rules)', () => {
    fc.assert(
      fc.property(
        fc.array(podArb, { minLength: 1, maxLength: 8 }),
        fc.array(policyArb, { maxLength: 5 }),
        fc.constantFrom<[number, Protocol]>([80, 'TCP'], [8080, 'TCP'], [53, 'UDP'], [8085, 'TCP'], [60, 'SCTP']),
        (pods, policies, [port, protocol]) => {
          const cluster = randomWorld(pods, policies);
          const matrix = trafficMatrix(cluster, { port, protocol });
          for (const from of matrix.pods) {
            for (const to of matrix.pods) {
              const cell = matrixCellFor(matrix, from, to);
              const verdict = evaluateTraffic(cluster, { from: { pod: from }, to: { pod: to }, port, protocol });
              expect(cell?.allowed, `${refText(from)} -> ${refText(to)}: ${verdict.reason} / ${cell?.reason}`).toBe(verdict.allowed);
              expect([cell?.egress, cell?.ingress]).toEqual([verdict.egress.code, verdict.ingress.code]);
              const first = [verdict.egress.allowedBy[0], verdict.ingress.allowedBy[0]].filter((r) => r !== undefined);
              expect(cell?.allowedBy).toEqual(first);
            }
          }
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  });
});
