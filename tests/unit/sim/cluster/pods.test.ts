// Pod placement and addresses (lib/sim/cluster/pods.ts): a pod's node and IP follow from its own
// namespace/name, so they do not move when other objects are added, removed or reordered.
// Upstream allocates in creation order (host-local IPAM, https://www.cni.dev/plugins/current/ipam/host-local/;
// scheduling https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/); ours is a
// documented SIMPLIFICATION that keeps answers stable while the learner types.
import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/sim/cluster';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261207);
console.log(`pod placement property seed: ${SEED} (rerun with PROPERTY_SEED=${SEED})`);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

function pod(name: string, namespace = 'default', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace }, spec: { containers: [{ name: 'main', image: 'nginx:1.27' }], ...extra } };
}

const node = (name: string, labels: Record<string, string> = {}) => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels } });

function placement(objects: unknown[]): Map<string, string> {
  const entries = [...createCluster(objects).pods.entries()].map(([key, p]): [string, string] => [key, `${p.nodeName} ${p.ip}`]);
  return new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('pod placement does not depend on the other objects', () => {
  it('gives every pod the same node and address in any order, and keeps them when pods are added or removed', () => {
    const next = random(SEED);
    for (let round = 0; round < 20; round++) {
      const nodes = [node('n1'), node('n2', { disk: 'ssd' }), node('n3', { disk: 'ssd' })];
      const pods = Array.from({ length: 5 + Math.floor(next() * 60) }, (_, i) =>
        pod(`p${Math.floor(next() * 1000)}-${i}`, next() < 0.5 ? 'shop' : 'other', next() < 0.3 ? { nodeSelector: { disk: 'ssd' } } : {}),
      );
      const base = placement([...nodes, ...pods]);
      // Nodes keep their order (a node's pod range is its index); pods come in any order.
      expect(placement([...nodes, ...shuffled(pods, next)]), `seed ${SEED} round ${round}`).toEqual(base);
      // A pod appended: every earlier pod keeps its place unless the newcomer's hash took its address
      // (then exactly one pod moves: collisions are settled by namespace/name).
      const added = placement([...nodes, ...pods, pod('zz-new', 'shop')]);
      const moved = [...base.keys()].filter((key) => added.get(key) !== base.get(key));
      expect(moved.length, `seed ${SEED} round ${round}`).toBeLessThanOrEqual(1);
      // Removing the first pod never moves a pod whose address it did not block.
      const removed = placement([...nodes, ...pods.slice(1)]);
      const stay = [...removed.keys()].filter((key) => removed.get(key) === base.get(key));
      expect(stay.length, `seed ${SEED} round ${round}`).toBeGreaterThanOrEqual(removed.size - 1);
    }
  });

  it('keeps nodeSelector: pods go only to matching nodes', () => {
    const pods = Array.from({ length: 20 }, (_, i) => pod(`p${i}`, 'default', { nodeSelector: { disk: 'ssd' } }));
    const cluster = createCluster([node('n1'), node('n2', { disk: 'ssd' }), ...pods]);
    for (const p of cluster.pods.values()) {
      expect(p.nodeName).toBe('n2');
      expect(p.ip.startsWith('10.244.1.')).toBe(true);
    }
  });

  it('settles two pods hashed to one address in namespace/name order, whatever their order in the files', () => {
    const alone = (name: string) => createCluster([pod(name)]).pods.get(`default/${name}`)?.ip;
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined && i < 2000; i++) {
      const name = `web-${i}`;
      const ip = alone(name) ?? '';
      if (seen.has(ip)) pair = [seen.get(ip)!, name];
      else seen.set(ip, name);
    }
    expect(pair).toBeDefined();
    const [first, second] = [...pair!].sort();
    for (const order of [
      [first, second],
      [second, first],
    ]) {
      const pods = createCluster(order.map((name) => pod(name))).pods;
      expect(pods.get(`default/${first}`)?.ip).toBe(alone(first));
      expect(pods.get(`default/${second}`)?.ip).not.toBe(alone(first));
    }
  });

  it('fills a node range and continues past its end without handing an address out twice', () => {
    const pods = Array.from({ length: 300 }, (_, i) => pod(`p${i}`));
    const ips = [...createCluster(pods).pods.values()].map((p) => p.ip);
    expect(new Set(ips).size).toBe(300);
    for (const ip of ips) expect(/\.(0|1|255)$/.test(ip)).toBe(false);
    expect(ips.filter((ip) => ip.startsWith('10.244.0.')).length).toBe(253);
  });
});
