import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCluster } from '@/lib/sim/cluster';
import { evaluateTraffic, matrixCellFor, trafficMatrix } from '@/lib/sim/netpol';
import type { ObjectRef, Protocol } from '@/lib/sim/types';
import { refText } from '@/lib/sim/objectRef';

/** A pod reference from test shorthand `ns/name` (the tests' own notation). */
function ref(text: string): ObjectRef {
  const [namespace, name] = text.split('/');
  return { namespace, name };
}
import { namespace, node, pod, policy, world } from './world';

describe('trafficMatrix', () => {
  it('groups pods that share namespace, labels and ports', () => {
    const replicas = [1, 2, 3].map((i) => pod('x', `web-${i}`, { app: 'front' }, `10.5.0.${i}`, 'n1', [{ name: 'http', containerPort: 80 }]));
    const m = trafficMatrix(world(...replicas), { namespaces: ['x'], port: 80 });
    const web = m.groups.find((g) => g.pods.some((p) => p.name === 'web-1'));
    expect(web?.pods).toEqual([ref('x/web-1'), ref('x/web-2'), ref('x/web-3')]);
    expect(m.groups.find((g) => g.pods.some((p) => p.name === 'a'))?.pods).toEqual([ref('x/a')]);
    expect(m.pods).toEqual(['x/a', 'x/b', 'x/h', 'x/web-1', 'x/web-2', 'x/web-3'].map(ref));
    // groupOf[i] is the group of pods[i]: a typed index, no `ns/name` key to look up.
    m.pods.forEach((pod, i) => expect(m.groups[m.groupOf[i]].pods, refText(pod)).toContainEqual(pod));
    expect(m.groupOf).toHaveLength(m.pods.length);
    expect(m.cells).toHaveLength(m.groups.length);
  });

  it('answers self, other group members and named ports', () => {
    const replicas = [1, 2].map((i) => pod('x', `web-${i}`, { app: 'web2' }, `10.5.0.${i}`, 'n1', [{ name: 'http', containerPort: 80 }]));
    const m = trafficMatrix(world(...replicas, policy('x', 'deny', { podSelector: {} })), { port: 'http' });
    expect(matrixCellFor(m, ref('x/web-1'), ref('x/web-1'))).toMatchObject({ allowed: true, egress: 'self' });
    expect(matrixCellFor(m, ref('x/web-1'), ref('x/web-2'))).toMatchObject({ allowed: false, ingress: 'denied' });
    expect(matrixCellFor(m, ref('x/a'), ref('y/c'))).toMatchObject({ allowed: true, probes: [{ port: 9090, protocol: 'TCP', allowed: true }] });
    expect(matrixCellFor(m, ref('x/a'), ref('x/h'))).toMatchObject({ allowed: false, missingPort: 'http' });
    expect(matrixCellFor(m, ref('x/a'), ref('nope/x'))).toBeUndefined();
  });

  it('probes every declared port when no port is given, and 80/TCP when none is declared', () => {
    const bare = pod('y', 'bare', { app: 'bare' }, '10.2.0.9', 'n2', []);
    const m = trafficMatrix(world(bare, policy('x', 'b-tcp', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ ports: [{ port: 8080 }] }] })));
    const toB = matrixCellFor(m, ref('x/a'), ref('x/b'));
    expect(toB?.probes).toEqual([
      { port: 8080, protocol: 'TCP', allowed: true },
      { port: 53, protocol: 'UDP', allowed: false },
    ]);
    expect(toB?.allowed).toBe(false);
    expect(matrixCellFor(m, ref('x/a'), ref('y/bare'))).toMatchObject({
      allowed: true,
      assumedPort: true,
      probes: [{ port: 80, protocol: 'TCP', allowed: true }],
    });
  });

  it('gives a short reason per cell', () => {
    const m = trafficMatrix(world(policy('x', 'deny', { podSelector: {} })), { port: 80 });
    expect(matrixCellFor(m, ref('y/c'), ref('x/a'))?.reason).toBe('denied: ingress denied: no rule of x/deny admits it');
    expect(matrixCellFor(m, ref('x/a'), ref('y/c'))?.reason).toBe('allowed: egress not isolated; ingress not isolated');
  });

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), fc.anything({ maxDepth: 2 }), (cluster, options) => {
        const m = trafficMatrix(cluster as never, options as never);
        expect(Array.isArray(m.cells)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

// ------------------------------------------------------------- matrix = pairwise evaluateTraffic

const label = fc.constantFrom('web', 'api', 'db');
const selectorArb = fc.oneof(
  fc.constant({}),
  fc.record({ matchLabels: fc.record({ app: label }) }),
  fc.record({ matchExpressions: fc.constant([{ key: 'tier', operator: 'NotIn', values: ['1'] }]) }),
  fc.record({ matchLabels: fc.record({ team: fc.constantFrom('a', 'b') }) }),
);
const peerArb = fc.oneof(
  fc.record({ podSelector: selectorArb }),
  fc.record({ namespaceSelector: selectorArb }),
  fc.record({ podSelector: selectorArb, namespaceSelector: selectorArb }),
  fc.record({
    ipBlock: fc.oneof(
      fc.record({ cidr: fc.constantFrom('10.244.0.0/16', '10.244.0.2/32', '192.168.49.0/24', '10.0.0.0/8') }),
      fc.record({ cidr: fc.constant('10.244.0.0/16'), except: fc.constant(['10.244.0.0/30']) }),
    ),
  }),
);
const portArb = fc.oneof(
  fc.record({ port: fc.constantFrom(80, 8080, 53, 'http', 'dns', 'metrics') }),
  fc.record({ port: fc.constantFrom(80, 8080), protocol: fc.constantFrom('TCP', 'UDP') }),
  fc.record({ port: fc.constant(50), endPort: fc.constant(90) }),
  fc.record({ protocol: fc.constantFrom('UDP', 'TCP') }),
);
const ruleArb = (field: 'from' | 'to') =>
  fc.record({ [field]: fc.array(peerArb, { maxLength: 2 }), ports: fc.array(portArb, { maxLength: 2 }) }, { requiredKeys: [] });
const policyArb = fc.record({
  namespace: fc.constantFrom('a', 'b'),
  podSelector: selectorArb,
  policyTypes: fc.option(fc.subarray(['Ingress', 'Egress'], { minLength: 1 }), { nil: undefined }),
  ingress: fc.option(fc.array(ruleArb('from'), { maxLength: 2 }), { nil: undefined }),
  egress: fc.option(fc.array(ruleArb('to'), { maxLength: 2 }), { nil: undefined }),
});
const portsArb = fc
  .subarray([
    { name: 'http', containerPort: 80, protocol: 'TCP' },
    { name: 'http', containerPort: 8080, protocol: 'TCP' },
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
    { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
  ])
  .map((ports) => ports.filter((p, i) => ports.findIndex((q) => q.name === p.name) === i));
const podArb = fc.record({
  namespace: fc.constantFrom('a', 'b'),
  labels: fc.record({ app: label, tier: fc.constantFrom('1', '2') }, { requiredKeys: [] }),
  node: fc.constantFrom('n1', 'n2'),
  /** 0 = hostNetwork pod (about one pod in ten). */
  host: fc.integer({ min: 0, max: 9 }),
  ports: portsArb,
});

function randomCluster(pods: unknown[], policies: unknown[]) {
  return createCluster([
    namespace('a', { team: 'a' }),
    namespace('b', { team: 'b' }),
    node('n1', '192.168.49.2'),
    node('n2', '192.168.49.3'),
    ...pods,
    ...policies,
  ]);
}

describe('trafficMatrix equals pairwise evaluateTraffic', () => {
  it('on random small clusters', () => {
    fc.assert(
      fc.property(
        fc.array(podArb, { minLength: 1, maxLength: 7 }),
        fc.array(policyArb, { maxLength: 4 }),
        fc.constantFrom<[number, Protocol]>([80, 'TCP'], [8080, 'TCP'], [53, 'UDP'], [9090, 'TCP'], [60, 'TCP']),
        (podSpecs, policySpecs, [port, protocol]) => {
          const pods = podSpecs.map((p, i) => ({
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { namespace: p.namespace, name: `p${i}`, labels: p.labels },
            spec: { nodeName: p.node, hostNetwork: p.host === 0, containers: [{ name: 'c', image: 'x:1', ports: p.ports }] },
          }));
          const policies = policySpecs.map((p, i) =>
            policy(p.namespace, `np${i}`, {
              podSelector: p.podSelector,
              ...(p.policyTypes ? { policyTypes: p.policyTypes } : {}),
              ...(p.ingress ? { ingress: p.ingress } : {}),
              ...(p.egress ? { egress: p.egress } : {}),
            }),
          );
          const cluster = randomCluster(pods, policies);
          const matrix = trafficMatrix(cluster, { port, protocol });
          for (const from of matrix.pods) {
            for (const to of matrix.pods) {
              const cell = matrixCellFor(matrix, from, to);
              const verdict = evaluateTraffic(cluster, { from: { pod: from }, to: { pod: to }, port, protocol });
              expect(cell?.allowed, `${refText(from)} -> ${refText(to)}: ${verdict.reason} / ${cell?.reason}`).toBe(verdict.allowed);
              expect(cell?.ingress).toBe(verdict.ingress.code);
              expect(cell?.egress).toBe(verdict.egress.code);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an allow-all policy in every namespace opens every pod pair (union)', () => {
    fc.assert(
      fc.property(fc.array(podArb, { minLength: 1, maxLength: 6 }), fc.array(policyArb, { maxLength: 3 }), (podSpecs, policySpecs) => {
        const pods = podSpecs.map((p, i) => pod(p.namespace, `p${i}`, p.labels as Record<string, string>, `10.244.9.${i + 1}`, p.node, p.ports));
        const policies = policySpecs.map((p, i) =>
          policy(p.namespace, `np${i}`, {
            podSelector: p.podSelector,
            ...(p.ingress ? { ingress: p.ingress } : {}),
            ...(p.egress ? { egress: p.egress } : {}),
          }),
        );
        const open = ['a', 'b'].map((ns) => policy(ns, 'open', { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{}], egress: [{}] }));
        const matrix = trafficMatrix(randomCluster(pods, [...policies, ...open]), { port: 8080 });
        expect(matrix.cells.flat().every((cell) => cell.allowed)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
