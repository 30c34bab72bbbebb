import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCluster, parseManifests } from '@/lib/sim';
import { buildTrafficModel, cellQuestion, podIsolation } from '@/components/views/trafficModel';
import { describeCell, cellProbeText } from '@/components/views/trafficWords';
import { parseSelectorText } from '@/lib/sim/support/labelSelectorText';

const dir = join(__dirname, '../../../lessons/03-networking/03-network-policies/exercises/default-deny');
const world = readFileSync(join(dir, 'world.yaml'), 'utf8');
const solution = readFileSync(join(dir, 'solution/shop-policies.yaml'), 'utf8');

function clusterOf(...texts: string[]) {
  return createCluster(texts.flatMap((t) => parseManifests(t).objects));
}

function cellOf(model: ReturnType<typeof buildTrafficModel>, from: string, to: string) {
  const a = model.nodes.findIndex((n) => n.id === from);
  const b = model.nodes.findIndex((n) => n.id === to);
  return { a, b, cell: model.cells[a][b] };
}

describe('buildTrafficModel', () => {
  it('without policies every pod reaches every pod, nobody is isolated', () => {
    const model = buildTrafficModel(clusterOf(world), { port: 5432, combine: false });
    // The exercise's world has look-alike pods in `other` (app=api, app=frontend) beside shop's.
    expect(model.nodes.map((n) => n.id)).toEqual(['other/api', 'other/frontend', 'other/x', 'shop/api', 'shop/cache', 'shop/db', 'shop/frontend']);
    expect(model.edges).toHaveLength(7 * 6);
    expect(model.nodes.every((n) => n.isolation.ingress.length === 0 && n.isolation.egress.length === 0)).toBe(true);
  });

  it('with the solution, only frontend→api and api→db stay; db is isolated', () => {
    const cluster = clusterOf(world, solution);
    const model = buildTrafficModel(cluster, { port: 5432, combine: false });
    const edges = model.edges.map((e) => `${model.nodes[e.from].id}->${model.nodes[e.to].id}`);
    expect(edges).toContain('shop/api->shop/db');
    expect(edges).not.toContain('shop/frontend->shop/db');
    const db = model.nodes.find((n) => n.id === 'shop/db');
    expect(db?.isolation.ingress.map((p) => `${p.namespace}/${p.name}`).sort()).toEqual(['shop/db-from-api', 'shop/default-deny']);
    const { a, b, cell } = cellOf(model, 'shop/frontend', 'shop/db');
    expect(cell.allowed).toBe(false);
    const text = describeCell(model.nodes[a], model.nodes[b], cell, { port: 5432, combine: false }, 'en');
    expect(text).toBe('shop/frontend to shop/db, TCP 5432: denied, db is isolated by policy default-deny, db-from-api and no ingress rule admits it');
    expect(describeCell(model.nodes[a], model.nodes[b], cell, { port: 5432, combine: false }, 'es')).toContain('denegado');
  });

  it('allowed cells name the rules that allow them', () => {
    const model = buildTrafficModel(clusterOf(world, solution), { port: 8080, combine: false });
    const { a, b, cell } = cellOf(model, 'shop/frontend', 'shop/api');
    expect(describeCell(model.nodes[a], model.nodes[b], cell, { port: 8080, combine: false }, 'en')).toBe(
      'shop/frontend to shop/api, TCP 8080: allowed, allowed by shop/api-from-frontend rule 1',
    );
  });

  it('every declared port: probes each port and names the denied one', () => {
    const query = { combine: false };
    const model = buildTrafficModel(clusterOf(world, solution), query);
    const { cell } = cellOf(model, 'shop/frontend', 'shop/api');
    expect(cell.allowed).toBe(false);
    expect(cellProbeText(cell, query, 'en')).toBe('TCP 8080 allowed, TCP 9090 denied');
  });

  it('filters by namespace and label', () => {
    const cluster = clusterOf(world, solution);
    expect(buildTrafficModel(cluster, { namespaces: ['other'], combine: false }).nodes.map((n) => n.id)).toEqual(['other/api', 'other/frontend', 'other/x']);
    const filter = parseSelectorText('app!=db');
    if (!filter.ok) throw new Error('filter');
    const model = buildTrafficModel(cluster, { labelTerms: filter.requirements, combine: true });
    expect(model.nodes.map((n) => n.id)).toEqual(['other/api', 'other/frontend', 'other/x', 'shop/api', 'shop/cache', 'shop/frontend']);
    expect(model.shownPods).toBe(6);
    expect(model.totalPods).toBe(7);
  });

  it('filters with the set-based terms of kubectl -l too (one parser: lib/sim/support/labelSelectorText)', () => {
    const cluster = clusterOf(world, solution);
    const filter = parseSelectorText('app in (api, cache)');
    if (!filter.ok) throw new Error('filter');
    const model = buildTrafficModel(cluster, { labelTerms: filter.requirements, combine: false });
    expect(model.nodes.map((n) => n.id)).toEqual(['other/api', 'shop/api', 'shop/cache']);
  });

  it('explains a cell with the deciding probe', () => {
    const model = buildTrafficModel(clusterOf(world, solution), { combine: false });
    const { a, b, cell } = cellOf(model, 'shop/frontend', 'shop/api');
    expect(cellQuestion(model.nodes[a], model.nodes[b], cell, { combine: false })).toEqual({
      from: { pod: { namespace: 'shop', name: 'frontend' } },
      to: { pod: { namespace: 'shop', name: 'api' } },
      self: false,
      port: 9090,
      protocol: 'TCP',
    });
  });

  it('asks about a combined node to itself with two of its members, and a one-pod node to itself as self', () => {
    const replicas = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]}
`;
    const model = buildTrafficModel(clusterOf(world, solution, replicas), { combine: true });
    const many = model.nodes.findIndex((n) => n.pods.length > 1);
    expect(model.nodes[many].pods).toHaveLength(3);
    expect(model.nodes[many].name).toBe('app=web ×3');
    expect(model.nodes[many].id).toBe(`shop/${model.nodes[many].pods[0].name}`);
    const one = model.nodes.findIndex((n) => n.pods.length === 1);
    expect(many).toBeGreaterThanOrEqual(0);
    const pair = cellQuestion(model.nodes[many], model.nodes[many], model.cells[many][many], { combine: true });
    expect(pair.self).toBe(false);
    expect(pair.from).toEqual({ pod: model.nodes[many].pods[0] });
    expect(pair.to).toEqual({ pod: model.nodes[many].pods[1] });
    expect(cellQuestion(model.nodes[one], model.nodes[one], model.cells[one][one], { combine: true }).self).toBe(true);
  });

  it('isolation is asked of the simulator (egress too)', () => {
    const egress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: lock, namespace: other}
spec:
  podSelector: {}
  policyTypes: [Egress]
`;
    expect(podIsolation(clusterOf(world, egress), { namespace: 'other', name: 'x' })).toEqual({ ingress: [], egress: [{ namespace: 'other', name: 'lock' }] });
  });
});
