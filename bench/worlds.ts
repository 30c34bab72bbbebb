// Worst-case but realistic worlds for the budgets (issue 12): nothing groups, nothing repeats.
// Deterministic (a seeded generator), shared by the benchmarks and the correctness tests.
import type { AccessRequest } from '../lib/sim/types';

/** mulberry32: a tiny seeded PRNG so every run measures the same world. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIERS = ['web', 'api', 'db', 'cache', 'batch'];

function pod(ns: string, i: number, random: () => number): unknown {
  const ports = [
    { name: 'http', containerPort: 8080 + (i % 7) },
    { name: 'metrics', containerPort: 9090 },
  ];
  if (random() < 0.3) ports.push({ name: 'dns', containerPort: 53, protocol: 'UDP' } as never);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `pod-${i}`, namespace: ns, labels: { id: `p${i}`, app: `app-${i % 97}`, tier: TIERS[i % TIERS.length] } },
    spec: { containers: [{ name: 'main', image: `example/app:${i % 13}`, ports }] },
  };
}

function policy(ns: string, name: string, spec: unknown): unknown {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec };
}

/** One per-pod policy: named ports, endPort ranges, ipBlocks with except, cross-namespace peers. */
function perPodPolicy(ns: string, n: number, target: number, pods: number, namespaces: number, random: () => number): unknown {
  const other = () => `p${Math.floor(random() * pods)}`;
  const ingress = [
    {
      from: [{ podSelector: { matchLabels: { id: other() } } }, { podSelector: { matchLabels: { id: other() } } }],
      ports: [{ port: 'http' }, { port: 9000, endPort: 9100 }],
    },
    {
      from: [
        {
          namespaceSelector: { matchLabels: { team: `t${n % 5}` } },
          podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: [TIERS[n % 5], TIERS[(n + 2) % 5]] }] },
        },
      ],
      ports: [{ port: 'metrics' }],
    },
    { from: [{ ipBlock: { cidr: '10.0.0.0/8', except: [`10.${n % 200}.0.0/16`, '10.244.0.0/24'] } }], ports: [{ port: 8080, endPort: 8090 }] },
  ];
  const egress = [
    {
      to: [
        { podSelector: { matchLabels: { id: other() } } },
        { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': `ns-${Math.floor(random() * namespaces)}` } } },
      ],
      ports: [{ port: 'http' }, { port: 53, protocol: 'UDP' }],
    },
    { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', `192.168.${n % 250}.0/24`] } }] },
  ];
  return policy(ns, `pod-${target}-only`, { podSelector: { matchLabels: { id: `p${target}` } }, policyTypes: ['Ingress', 'Egress'], ingress, egress });
}

/**
 * `pods` pods, each with distinct labels, in 20 namespaces, and `policies` NetworkPolicies:
 * one default deny per namespace, the rest per-pod policies with named ports, endPort ranges,
 * ipBlocks with except, namespace AND pod selectors. No two pods are alike (no grouping).
 */
export function distinctPodsWorld(pods: number, policies: number, seed = 12): unknown[] {
  const random = prng(seed);
  const namespaces = 20;
  const objects: unknown[] = [];
  for (let n = 0; n < namespaces; n++) {
    objects.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `ns-${n}`, labels: { team: `t${n % 5}` } } });
  }
  for (let i = 0; i < pods; i++) objects.push(pod(`ns-${i % namespaces}`, i, random));
  for (let n = 0; n < namespaces && n < policies; n++) objects.push(policy(`ns-${n}`, 'default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
  for (let p = namespaces; p < policies; p++) {
    const target = Math.floor(random() * pods);
    objects.push(perPodPolicy(`ns-${target % namespaces}`, p, target, pods, namespaces, random));
  }
  return objects;
}

/**
 * `labelled` ClusterRoles with labels and rules, and `aggregated` ClusterRoles with almost
 * empty selectors (an Exists on a label every role has, or `{}`): each aggregates (nearly)
 * every other role, aggregated ones included. About 60 KB of YAML at 300 + 300.
 */
export function aggregationWorld(aggregated: number, labelled: number): unknown[] {
  const objects: unknown[] = [];
  const verbs = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
  for (let i = 0; i < labelled; i++) {
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: `labelled-${i}`, labels: { 'rbac.example.com/aggregate': 'true', shard: `s${i % 10}` } },
      rules: [
        { apiGroups: [''], resources: [`res-${i}`], verbs: [verbs[i % 7]] },
        { apiGroups: ['apps'], resources: ['deployments'], verbs: [verbs[(i + 1) % 7]] },
      ],
    });
  }
  for (let i = 0; i < aggregated; i++) {
    const selector =
      i % 3 === 0
        ? {}
        : i % 3 === 1
          ? { matchExpressions: [{ key: 'rbac.example.com/aggregate', operator: 'Exists' }] }
          : { matchLabels: { shard: `s${i % 10}` } };
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: `aggregated-${i}`, labels: { 'rbac.example.com/aggregate': 'true' } },
      aggregationRule: { clusterRoleSelectors: [selector] },
      rules: [],
    });
  }
  objects.push({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'everyone' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'aggregated-1' },
    subjects: [{ kind: 'Group', name: 'team', apiGroup: 'rbac.authorization.k8s.io' }],
  });
  return objects;
}

/** A Deployment, StatefulSet or ReplicaSet with `replicas` replicas. */
export function workload(kind: 'Deployment' | 'StatefulSet' | 'ReplicaSet', name: string, replicas: number, namespace = 'default'): unknown {
  return {
    apiVersion: 'apps/v1',
    kind,
    metadata: { name, namespace },
    spec: {
      replicas,
      ...(kind === 'StatefulSet' ? { serviceName: name } : {}),
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'main', image: 'example/app:1' }] } },
    },
  };
}

/** `count` bare pods in `namespaces` namespaces (no policies): the size of the world only. */
export function manyPodsWorld(count: number, namespaces = 20): unknown[] {
  const objects: unknown[] = [];
  for (let n = 0; n < namespaces; n++) objects.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `ns-${n}` } });
  for (let i = 0; i < count; i++) {
    objects.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `pod-${i}`, namespace: `ns-${i % namespaces}`, labels: { app: `a${i % 50}` } },
      spec: { containers: [{ name: 'c', image: 'example/app:1' }] },
    });
  }
  return objects;
}

/**
 * Requests the authorizer must deny, each with a nearest miss to find: users no binding names
 * (a case typo of a bound user, a ServiceAccount of another namespace, a stranger) and bound
 * users asking for what their roles lack. For the 5,000-binding world of rbac.bench.ts.
 */
export function deniedRequests(random: () => number, count: number): AccessRequest[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const resources = ['pods', 'secrets', 'services', 'configmaps', 'deployments', 'nodes', 'persistentvolumes', 'widgets'];
  return Array.from({ length: count }, (_, i) => {
    const n = Math.floor(random() * 2000);
    const kind = i % 4;
    const user = kind === 0 ? `User-${n}` : kind === 1 ? `system:serviceaccount:ns-${(n + 1) % 50}:sa-${n % 20}` : kind === 2 ? `stranger-${n}` : `user-${n}`;
    const resource = pick(resources);
    return {
      user,
      groups: kind === 3 ? [`team-${n % 100}`, 'system:authenticated'] : ['system:authenticated'],
      resourceAttributes: {
        verb: pick(['escalate', 'bind', 'impersonate', 'deletecollection', 'get']),
        group: resource === 'deployments' ? 'apps' : resource === 'widgets' ? 'example.com' : '',
        resource,
        namespace: random() < 0.8 ? `ns-${n % 50}` : '',
        name: '',
      },
    };
  });
}
