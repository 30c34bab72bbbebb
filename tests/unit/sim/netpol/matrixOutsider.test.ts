// The set-based trafficMatrix against the pair-by-pair reference on the outsider worlds of
// bench/outsiderWorlds.ts at a small size: sides with many rules (so rows and columns are
// labelled with firstHits, and the flat cell table is used), matchExpressions with In, NotIn,
// Exists and DoesNotExist, many namespaces with namespaceSelectors, egress-only policies, ipBlocks
// with many excepts, named ports that differ by pod. Each world comes from a seeded generator
// (the seed is printed). Semantics: semantics/networkpolicy.md §3-§6; upstream
// https://kubernetes.io/docs/concepts/services-networking/network-policies/ and
// staging/src/k8s.io/api/networking/v1/types.go (NetworkPolicyPeer, NetworkPolicyPort).
import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/sim/cluster';
import { trafficMatrix } from '@/lib/sim/netpol';
import { trafficMatrixPairwise } from '@/lib/sim/netpol/trafficMatrix';
import { appliedPolicies, netpolIndex } from '@/lib/sim/netpol/netpolIndex';
import { egressWorld, exceptsWorld, expressionsWorld, namespacesWorld, servicesWorld } from '@/bench/outsiderWorlds';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261209);
console.log(`matrixOutsider seed: ${SEED} (rerun with PROPERTY_SEED=${SEED})`);

const worlds: [string, (seed: number) => unknown[]][] = [
  ['matchExpressions over many keys', (seed) => expressionsWorld(48, seed)],
  ['matchExpressions, many policies per pod (rows and columns labelled at once)', (seed) => expressionsWorld(40, seed, 120)],
  ['many namespaces with namespaceSelectors', () => namespacesWorld(60)],
  ['egress-only per-pod policies', (seed) => egressWorld(30, seed)],
  ['ipBlocks with many excepts', (seed) => exceptsWorld(40, seed)],
  ['Services with named targetPorts', () => servicesWorld(40)],
];

describe('trafficMatrix on the outsider worlds', () => {
  for (const [name, make] of worlds) {
    it(`equals the pair-by-pair matrix cell for cell: ${name}`, () => {
      for (let round = 0; round < 3; round++) {
        const cluster = createCluster(make(SEED + round));
        for (const options of [{}, { port: 8080 }, { port: 'http' }]) {
          expect(trafficMatrix(cluster, options), `${name}, round ${round}, ${JSON.stringify(options)}`).toEqual(trafficMatrixPairwise(cluster, options));
        }
      }
    });
  }

  it('the many-policies world has sides of four or more rules in both directions (the labelled path runs)', () => {
    const cluster = createCluster(expressionsWorld(40, SEED, 120));
    const index = netpolIndex(cluster);
    const rules = [...cluster.pods.values()].map((pod) => appliedPolicies(index, pod));
    expect(rules.some((a) => a.ingress.flatMap((p) => p.ingress).length >= 4)).toBe(true);
    expect(rules.some((a) => a.egress.flatMap((p) => p.egress).length >= 4)).toBe(true);
  });
});
