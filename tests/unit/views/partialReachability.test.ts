// Partial reachability (issue 14): a destination that declares several ports, of which a policy
// opens only some, is drawn as a dashed "1 of 2 ports" edge and marked in the truth table.
// Policy ports are ORed and a pod is reachable per port:
// https://kubernetes.io/docs/concepts/services-networking/network-policies/
import { describe, expect, it } from 'vitest';
import { createCluster, parseManifests } from '@/lib/sim';
import { buildTrafficModel, partialOf } from '@/components/views/trafficModel';
import { describeCell } from '@/components/views/trafficWords';
import { spreadEnds } from '@/components/views/TrafficGraph';
import { worldById } from '@/components/playground/worlds';

const WORLD = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: web, image: "web:1"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
spec: {containers: [{name: api, image: "api:1", ports: [{containerPort: 8080}, {containerPort: 9090}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
    - from: [{podSelector: {matchLabels: {app: web}}}]
      ports: [{port: 8080}]
`;

const cluster = (text: string) => createCluster(parseManifests(text).objects);

describe('partial reachability', () => {
  it('every declared port probed: 1 of 2 allowed is a partial edge, not a full one', () => {
    const model = buildTrafficModel(cluster(WORLD), { combine: false });
    const a = model.nodes.findIndex((n) => n.id === 'shop/web');
    const b = model.nodes.findIndex((n) => n.id === 'shop/api');
    expect(model.cells[a][b].allowed).toBe(false);
    expect(partialOf(model.cells[a][b])).toEqual({ allowed: 1, total: 2 });
    expect(model.edges.find((e) => e.from === a && e.to === b)).toMatchObject({ partial: { allowed: 1, total: 2 } });
    expect(describeCell(model.nodes[a], model.nodes[b], model.cells[a][b], { combine: false }, 'en')).toContain('partly allowed (1 of 2 ports)');
    expect(describeCell(model.nodes[a], model.nodes[b], model.cells[a][b], { combine: false }, 'es')).toContain('permitido en parte (1 de 2 puertos)');
  });

  it('one port asked: no partial, the cell is simply allowed or denied', () => {
    const model = buildTrafficModel(cluster(WORLD), { port: 9090, combine: false });
    expect(model.edges.some((e) => e.partial)).toBe(false);
    expect(model.edges.find((e) => e.id === 'shop/web->shop/api')).toBeUndefined();
  });

  it("the playground's Shop world shows frontend -> api although api also declares 9090", () => {
    const model = buildTrafficModel(cluster(worldById('shop')!.text()), { combine: false });
    const edge = model.edges.find(
      (e) => e.id === 'shop/frontend->shop/api' || (model.nodes[e.from].id.startsWith('shop/frontend') && model.nodes[e.to].id.startsWith('shop/api')),
    );
    expect(edge).toBeDefined();
  });
});

describe('arrows into the same pod', () => {
  it('end at different points, ordered by where they come from', () => {
    const paths = {
      a: [
        { x: 0, y: 0 },
        { x: 100, y: 100 },
      ],
      b: [
        { x: 200, y: 0 },
        { x: 100, y: 100 },
      ],
      c: [
        { x: 50, y: 0 },
        { x: 300, y: 100 },
      ],
    };
    const out = spreadEnds(
      [
        { id: 'a', to: 1 },
        { id: 'b', to: 1 },
        { id: 'c', to: 2 },
      ],
      paths,
    );
    expect(out.a[1].x).toBeLessThan(out.b[1].x);
    expect(out.a[1].y).toBe(100);
    expect(out.c).toEqual(paths.c);
    expect(paths.a[1].x).toBe(100); // the layout itself is not changed
  });
});
