// Attack-graph nodes are typed references (issue 15): entries and targets are read once from the
// goal syntax, edges carry nodes, and a node's key is only produced (Maps, React keys), never parsed.
// ServiceAccount user names: `system:serviceaccount:<ns>:<name>`
// (kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/authentication/serviceaccount/util.go MakeUsername).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attackGraph,
  attackNodeKey,
  entryNode,
  findAttackPath,
  formatAttackRef,
  parseAttackRef,
  sameAttackNode,
  type AttackNode,
  type AttackRef,
} from '../../../../lib/sim/attack';
import { describeAttackNode } from '../../../../lib/lesson/attackWords';
import { SHOP, deployment, world } from './worlds';
import { render } from '../../../../lib/i18n/messages';

// A privileged Deployment's two pods beside the shop world (its default token may list Secrets).
const WORLD = `${deployment('api', true)}
---${SHOP}`;

describe('parseAttackRef: the entry and target syntax, read once', () => {
  it('reads every form into typed references', () => {
    expect(parseAttackRef('internet')).toEqual({ type: 'internet' });
    expect(parseAttackRef('node')).toEqual({ type: 'node' });
    expect(parseAttackRef('cluster-admin')).toEqual({ type: 'clusterAdmin' });
    expect(parseAttackRef('pod:shop/api')).toEqual({ type: 'pods', ref: { namespace: 'shop', name: 'api' } });
    expect(parseAttackRef('sa:shop/default')).toEqual({ type: 'serviceAccount', ref: { namespace: 'shop', name: 'default' } });
    expect(parseAttackRef('secret:shop/db')).toEqual({ type: 'secret', ref: { namespace: 'shop', name: 'db' } });
    expect(parseAttackRef('secrets:shop')).toEqual({ type: 'secrets', namespace: 'shop' });
    expect(parseAttackRef('namespace:shop')).toEqual({ type: 'namespace', namespace: 'shop' });
    expect(parseAttackRef('user:system:admin')).toEqual({ type: 'user', name: 'system:admin' });
  });
  it('names nothing when a part is missing or the type is unknown', () => {
    for (const bad of ['', 'pod:', 'pod:web', 'pod:/web', 'pod:shop/', 'sa:shop', 'user:', 'secrets:', 'svc:shop/web', 'Pod/shop/web'])
      expect(parseAttackRef(bad), bad).toBeUndefined();
  });
});

describe('formatAttackRef: the inverse of parseAttackRef', () => {
  it('writes every reference so that it reads back the same (seeded property)', () => {
    // Namespaces and names are DNS labels/subdomains (no '/'); user names are free text.
    const name = fc.stringMatching(/^[a-z0-9]([-a-z0-9.]{0,20}[a-z0-9])?$/);
    const ref = fc.record({ namespace: name, name });
    const attackRef: fc.Arbitrary<AttackRef> = fc.oneof(
      fc.constantFrom<AttackRef>({ type: 'internet' }, { type: 'node' }, { type: 'clusterAdmin' }),
      fc.record({ type: fc.constantFrom('pods' as const, 'serviceAccount' as const, 'secret' as const), ref }),
      fc.record({ type: fc.constant('user' as const), name: fc.string({ minLength: 1 }) }),
      fc.record({ type: fc.constantFrom('secrets' as const, 'namespace' as const), namespace: name }),
    );
    fc.assert(
      fc.property(attackRef, (r) => {
        expect(parseAttackRef(formatAttackRef(r))).toEqual(r);
      }),
      { seed: 1515, numRuns: 300 },
    );
  });
});

describe('entryNode: an entry in words', () => {
  it('a workload entry reads as its pod, a ServiceAccount as its identity', () => {
    expect(entryNode('pod:shop/api')).toEqual({ type: 'pod', pod: { namespace: 'shop', name: 'api' } });
    expect(entryNode('sa:shop/default')).toMatchObject({ type: 'identity', user: 'system:serviceaccount:shop:default' });
    expect(entryNode('user:dana')).toMatchObject({ type: 'identity', user: 'dana' });
    expect(entryNode('secret:shop/db')).toBeUndefined();
    const sa = entryNode('sa:shop/default');
    expect(sa && render('en', describeAttackNode(sa))).toBe('ServiceAccount shop/default');
    expect(sa && render('es', describeAttackNode(sa))).toBe('ServiceAccount shop/default');
  });
});

describe('attackNodeKey', () => {
  const nodes: AttackNode[] = [
    { type: 'internet' },
    { type: 'clusterAdmin' },
    { type: 'pod', pod: { namespace: 'shop', name: 'web' } },
    { type: 'endpoint', pod: { namespace: 'shop', name: 'web' } },
    { type: 'secret', secret: { namespace: 'shop', name: 'web' } },
    { type: 'node', name: 'web' },
    { type: 'identity', user: 'web', groups: [] },
    { type: 'identity', user: 'system:serviceaccount:shop:web', groups: ['system:serviceaccounts'] },
  ];
  it('is distinct for distinct nodes of every type, and the same for the same node', () => {
    expect(new Set(nodes.map(attackNodeKey)).size).toBe(nodes.length);
    for (const n of nodes) expect(sameAttackNode(n, structuredClone(n))).toBe(true);
  });
  it('keys a crown jewel as the attack view and its browser test name it', () => {
    expect(attackNodeKey({ type: 'secret', secret: { namespace: 'shop', name: 'db' } })).toBe('secret:shop/db');
  });
});

describe('edges carry typed nodes', () => {
  it('a workload entry starts at each of its pods and every path is a chain of nodes', () => {
    const cluster = world(WORLD);
    const path = findAttackPath(cluster, 'pod:shop/api', 'secret:shop/db');
    expect(path.starts).toHaveLength(2);
    for (const start of path.starts) expect(start).toMatchObject({ type: 'pod', pod: { namespace: 'shop' } });
    const edges = path.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    expect(path.starts.some((s) => sameAttackNode(s, edges[0].from))).toBe(true);
    for (let i = 1; i < edges.length; i++) expect(edges[i].from).toEqual(edges[i - 1].to);
    expect(edges.at(-1)?.to).toEqual({ type: 'secret', secret: { namespace: 'shop', name: 'db' } });
  });
  it('the whole graph holds each node once and every edge joins two of them (seeded property)', () => {
    const cluster = world(WORLD);
    const entries = ['internet', 'pod:shop/api', 'sa:shop/default', 'user:dana', 'pod:shop/none'];
    fc.assert(
      fc.property(fc.subarray(entries), (picked) => {
        const graph = attackGraph(cluster, picked);
        const keys = graph.nodes.map(attackNodeKey);
        expect(new Set(keys).size).toBe(keys.length);
        for (const e of graph.edges) {
          expect(keys).toContain(attackNodeKey(e.from));
          expect(keys).toContain(attackNodeKey(e.to));
        }
      }),
      { seed: 15, numRuns: 20 },
    );
  });
});
