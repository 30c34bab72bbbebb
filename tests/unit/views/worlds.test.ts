import { describe, expect, it } from 'vitest';
import { admit, createCluster, parseManifests } from '@/lib/sim';
import { WORLDS, worldById } from '@/components/playground/worlds';
import { buildTrafficModel } from '@/components/views/trafficModel';

function load(id: string) {
  const parsed = parseManifests(worldById(id)!.text());
  return { parsed, cluster: createCluster(parsed.objects) };
}

describe('playground worlds', () => {
  it.each(WORLDS.map((w) => w.id))('%s parses without errors', (id) => {
    const { parsed, cluster } = load(id);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('shop: frontend reaches api on 8080 but not db', () => {
    const model = buildTrafficModel(load('shop').cluster, { port: 8080, combine: false });
    const edges = model.edges.map((e) => `${model.nodes[e.from].id}->${model.nodes[e.to].id}`);
    expect(edges).toContain('shop/frontend->shop/api');
    expect(edges).not.toContain('other/x->shop/api');
  });

  it('admission: web admitted, debug and cache rejected', () => {
    const { parsed, cluster } = load('admission');
    const outcome = (name: string) => {
      const object = parsed.objects.find((o) => o.metadata.name === name);
      return admit(cluster, { operation: 'CREATE', object, user: 'admin', groups: ['system:masters'] }).allowed;
    };
    expect([outcome('web'), outcome('debug'), outcome('cache')]).toEqual([true, false, false]);
  });

  it('large: 200 pods in 8 namespaces; combining pods leaves 40 nodes', () => {
    const { cluster } = load('large');
    expect(cluster.pods.size).toBe(200);
    const model = buildTrafficModel(cluster, { port: 8080, combine: true });
    expect(model.nodes).toHaveLength(40);
  });
});
