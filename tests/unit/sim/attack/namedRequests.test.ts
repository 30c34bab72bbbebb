// The attack search asks about named objects (a ServiceAccount's token, impersonating a
// ServiceAccount or a user, getting a Secret) one by one only when the unnamed request is
// allowed or the name is listed in some rule's resourceNames (lib/sim/attack/clusterFacts.ts
// namedInRules). That shortcut must not lose an edge: on seeded random RBAC worlds (seed
// printed) mixing rules with and without resourceNames, every identity's request-token,
// impersonate and read-secret edges equal those of asking authorize for every name.
// Upstream: pkg/apis/rbac/v1/evaluation_helpers.go (ResourceNameMatches: an empty list matches
// every name, a listed name only itself, and the empty name of an unnamed request only an
// empty list).
import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/sim/cluster';
import { authorize } from '@/lib/sim/rbac';
import { identityEdges } from '@/lib/sim/attack/identityEdges';
import { identityNode, serviceAccountUser } from '@/lib/sim/attack/nodes';
import type { AttackEdge } from '@/lib/sim/attack';
import type { ResourceAttributes } from '@/lib/sim/types';
import { prng } from '@/bench/worlds';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261211);
console.log(`attack named-requests seed: ${SEED} (rerun with PROPERTY_SEED=${SEED})`);

const RBAC = 'rbac.authorization.k8s.io';

function randomWorld(random: () => number): unknown[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const names = ['a', 'b', 'c', 'd', 'e', 'default'];
  const rule = () => {
    const [resource, verb] = pick([
      ['serviceaccounts/token', 'create'],
      ['serviceaccounts', 'impersonate'],
      ['users', 'impersonate'],
      ['secrets', 'get'],
      ['secrets', 'list'],
      ['*', '*'],
    ] as const);
    return { apiGroups: [''], resources: [resource], verbs: [verb], ...(random() < 0.6 ? { resourceNames: [pick(names), pick(['u1', 'u2', 's1'])] } : {}) };
  };
  const objects: unknown[] = [];
  for (const ns of ['n1', 'n2']) {
    objects.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    for (const name of ['a', 'b', 'c', 'd']) objects.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: ns } });
    for (const name of ['s1', 'a', 'x']) objects.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: ns } });
    objects.push({
      apiVersion: `${RBAC}/v1`,
      kind: 'Role',
      metadata: { name: 'r', namespace: ns },
      rules: Array.from({ length: 1 + Math.floor(random() * 3) }, rule),
    });
  }
  objects.push({ apiVersion: `${RBAC}/v1`, kind: 'ClusterRole', metadata: { name: 'c' }, rules: Array.from({ length: 1 + Math.floor(random() * 2) }, rule) });
  const subject = () =>
    random() < 0.5
      ? { kind: 'User', apiGroup: RBAC, name: pick(['u1', 'u2', 'u3']) }
      : { kind: 'ServiceAccount', name: pick(['a', 'b']), namespace: pick(['n1', 'n2']) };
  objects.push({
    apiVersion: `${RBAC}/v1`,
    kind: 'RoleBinding',
    metadata: { name: 'rb', namespace: pick(['n1', 'n2']) },
    roleRef: { apiGroup: RBAC, kind: 'Role', name: 'r' },
    subjects: [subject(), subject()],
  });
  if (random() < 0.5)
    objects.push({
      apiVersion: `${RBAC}/v1`,
      kind: 'ClusterRoleBinding',
      metadata: { name: 'crb' },
      roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: 'c' },
      subjects: [subject()],
    });
  return objects;
}

const key = (e: AttackEdge) => `${e.technique} ${JSON.stringify(e.to)} ${JSON.stringify(e.evidence)}`;

describe('attack edges that name objects', () => {
  it('equal asking authorize for every name, on random RBAC worlds with and without resourceNames', () => {
    const random = prng(SEED);
    let compared = 0;
    for (let round = 0; round < 60; round++) {
      const cluster = createCluster(randomWorld(random));
      for (const user of ['u1', 'u2', 'u3', serviceAccountUser('n1', 'a'), serviceAccountUser('n2', 'b')]) {
        const from = identityNode(user);
        const asker = { user, groups: from.type === 'identity' ? from.groups : [], work: { calls: 0 } };
        const edges = identityEdges(cluster, asker, from);
        if (edges.some((e) => e.to.type === 'clusterAdmin')) continue; // cluster-admin: the path goes through it, nothing else is listed
        const got = edges.filter((e) => ['request-token', 'impersonate', 'read-secret'].includes(e.technique)).map(key);
        const ask = (attrs: ResourceAttributes) => authorize(cluster, { user, groups: asker.groups, resourceAttributes: attrs });
        const expected: string[] = [];
        for (const e of edges) if (e.technique === 'read-secret' && e.evidence.type === 'rbac' && !e.evidence.request.name) expected.push(key(e));
        for (const ns of ['n1', 'n2']) {
          const listed = ask({ verb: 'list', group: '', resource: 'secrets', namespace: ns }).allowed;
          if (!listed)
            for (const name of ['a', 's1', 'x'])
              if (ask({ verb: 'get', group: '', resource: 'secrets', namespace: ns, name }).allowed)
                expect(got.some((k) => k.includes(`"name":"${name}"`) && k.includes(`"namespace":"${ns}"`))).toBe(true);
          for (const sa of ['a', 'b', 'c', 'd', 'default']) {
            if (serviceAccountUser(ns, sa) === user) continue;
            const token = ask({ verb: 'create', group: '', resource: 'serviceaccounts', subresource: 'token', namespace: ns, name: sa }).allowed;
            const imp = ask({ verb: 'impersonate', group: '', resource: 'serviceaccounts', namespace: ns, name: sa }).allowed;
            const to = JSON.stringify(identityNode(serviceAccountUser(ns, sa)));
            expect(
              got.some((k) => k.startsWith(`request-token ${to}`)),
              `${user} token ${ns}/${sa} round ${round}`,
            ).toBe(token);
            expect(
              got.some((k) => k.startsWith(`impersonate ${to}`)),
              `${user} impersonate ${ns}/${sa} round ${round}`,
            ).toBe(imp);
            compared += 2;
          }
        }
        for (const other of ['u1', 'u2', 'u3'].filter((u) => u !== user)) {
          const bound =
            JSON.stringify(cluster.byKind.get('RoleBinding')).includes(`"${other}"`) ||
            JSON.stringify(cluster.byKind.get('ClusterRoleBinding') ?? []).includes(`"${other}"`);
          const imp = bound && ask({ verb: 'impersonate', group: '', resource: 'users', namespace: '', name: other }).allowed;
          expect(
            got.some((k) => k.startsWith(`impersonate ${JSON.stringify(identityNode(other))}`)),
            `${user} impersonate user ${other} round ${round}`,
          ).toBe(imp);
        }
        expect(expected.every((k) => got.includes(k))).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
