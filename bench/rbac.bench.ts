// RBAC benchmark: a generated cluster with 5,000 bindings (4,000 RoleBindings in 50
// namespaces, 1,000 ClusterRoleBindings, 1,200 roles, some aggregated), then many
// authorize requests (about half allowed, half denied with a nearest miss), each timed on
// its own. Deterministic: the cluster and the requests come from a seeded generator.
import { createCluster } from '../lib/sim/cluster';
import { authorize, listPermissions, whoCan } from '../lib/sim/rbac';
import type { AccessRequest } from '../lib/sim/types';

export interface BenchResult {
  name: string;
  median: number;
  unit: string;
  target: string;
  budget?: number;
}

/** mulberry32: a tiny seeded PRNG so every run benchmarks the same cluster. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOURCES = [
  'pods',
  'pods/log',
  'pods/exec',
  'services',
  'configmaps',
  'secrets',
  'deployments',
  'deployments/scale',
  'jobs',
  'ingresses',
  'events',
  'endpoints',
];
const GROUP_OF: Record<string, string> = { deployments: 'apps', 'deployments/scale': 'apps', jobs: 'batch', ingresses: 'networking.k8s.io' };
const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
const NAMESPACES = Array.from({ length: 50 }, (_, i) => `ns-${i}`);
const USERS = Array.from({ length: 2000 }, (_, i) => `user-${i}`);
const GROUPS = Array.from({ length: 100 }, (_, i) => `team-${i}`);

export function buildWorld(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], n: number): T[] => Array.from({ length: n }, () => pick(items));
  const rule = () => {
    const resource = pick(RESOURCES);
    return {
      apiGroups: [GROUP_OF[resource] ?? ''],
      resources: [resource, pick(RESOURCES)],
      verbs: some(VERBS, 1 + Math.floor(random() * 3)),
      ...(random() < 0.1 ? { resourceNames: ['app'] } : {}),
    };
  };
  const subject = () => {
    const r = random();
    if (r < 0.6) return { kind: 'User', name: pick(USERS) };
    if (r < 0.85) return { kind: 'Group', name: pick(GROUPS) };
    return { kind: 'ServiceAccount', name: `sa-${Math.floor(random() * 20)}`, namespace: pick(NAMESPACES) };
  };
  const objects: unknown[] = [];
  for (let i = 0; i < 200; i++) {
    const aggregated = i % 20 === 0;
    objects.push({
      kind: 'ClusterRole',
      metadata: { name: `cr-${i}`, labels: { agg: `a-${i % 10}` } },
      rules: Array.from({ length: 1 + Math.floor(random() * 4) }, rule),
      ...(aggregated ? { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { agg: `a-${(i / 20) % 10}` } }] } } : {}),
    });
  }
  for (const ns of NAMESPACES)
    for (let i = 0; i < 20; i++)
      objects.push({ kind: 'Role', metadata: { namespace: ns, name: `role-${i}` }, rules: Array.from({ length: 1 + Math.floor(random() * 4) }, rule) });
  for (let i = 0; i < 4000; i++) {
    const ns = pick(NAMESPACES);
    const roleRef =
      random() < 0.7 ? { kind: 'Role', name: `role-${Math.floor(random() * 21)}` } : { kind: 'ClusterRole', name: `cr-${Math.floor(random() * 200)}` };
    objects.push({
      kind: 'RoleBinding',
      metadata: { namespace: ns, name: `rb-${i}` },
      roleRef,
      subjects: Array.from({ length: 1 + Math.floor(random() * 3) }, subject),
    });
  }
  for (let i = 0; i < 1000; i++) {
    objects.push({
      kind: 'ClusterRoleBinding',
      metadata: { name: `crb-${i}` },
      roleRef: { kind: 'ClusterRole', name: `cr-${Math.floor(random() * 200)}` },
      subjects: Array.from({ length: 1 + Math.floor(random() * 2) }, subject),
    });
  }
  return objects;
}

export function buildRequests(random: () => number, count: number): AccessRequest[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, () => {
    const sa = random() < 0.15;
    const user = sa ? `system:serviceaccount:${pick(NAMESPACES)}:sa-${Math.floor(random() * 20)}` : pick(USERS);
    const [resource, subresource = ''] = pick(RESOURCES).split('/');
    const combined = subresource ? `${resource}/${subresource}` : resource;
    return {
      user,
      groups: [pick(GROUPS), pick(GROUPS), 'system:authenticated'],
      resourceAttributes: {
        verb: pick(VERBS),
        group: GROUP_OF[combined] ?? '',
        resource,
        subresource,
        namespace: random() < 0.95 ? pick(NAMESPACES) : '',
        name: random() < 0.5 ? 'app' : '',
      },
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function timeEach<T>(items: readonly T[], run: (item: T) => unknown): number[] {
  const times: number[] = [];
  for (const item of items) {
    const start = performance.now();
    run(item);
    times.push((performance.now() - start) * 1000);
  }
  return times;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Run the RBAC benchmarks; times are per call, in µs (index build in ms). */
export async function benchRbac(): Promise<BenchResult[]> {
  const random = seeded(20260722);
  const cluster = createCluster(buildWorld(random));
  const requests = buildRequests(random, 20_000);
  const buildStart = performance.now();
  authorize(cluster, requests[0]);
  const buildMs = performance.now() - buildStart;
  for (const request of requests.slice(0, 5000)) authorize(cluster, request);
  const allowed: number[] = [];
  const denied: number[] = [];
  const all: number[] = [];
  for (const request of requests) {
    const start = performance.now();
    const verdict = authorize(cluster, request);
    const micros = (performance.now() - start) * 1000;
    all.push(micros);
    (verdict.allowed ? allowed : denied).push(micros);
  }
  const subjects = requests.slice(0, 2000).map((r) => ({ user: r.user, groups: r.groups, namespace: r.resourceAttributes?.namespace }));
  for (const subject of subjects.slice(0, 200)) listPermissions(cluster, subject);
  const lists = timeEach(subjects, (subject) => listPermissions(cluster, subject));
  const whoCans = timeEach(requests.slice(0, 2000), (request) => whoCan(cluster, request.resourceAttributes!));
  const share = `${Math.round((allowed.length / requests.length) * 100)}% allowed`;
  return [
    { name: `authorize, 5,000 bindings, ${requests.length} requests (${share})`, median: round(median(all)), unit: 'µs', target: '< 20 µs' },
    { name: 'authorize, allowed requests', median: round(median(allowed)), unit: 'µs', target: '< 20 µs' },
    { name: 'authorize, denied requests (with nearest miss)', median: round(median(denied)), unit: 'µs', target: '< 20 µs' },
    { name: 'authorize, p95 of all requests', median: round(percentile(all, 0.95)), unit: 'µs', target: '-' },
    { name: 'RBAC index build + first authorize, 5,000 bindings', median: round(buildMs, 1), unit: 'ms', target: '-' },
    { name: 'listPermissions (can-i --list), 5,000 bindings', median: round(median(lists)), unit: 'µs', target: '-' },
    { name: 'whoCan, 5,000 bindings', median: round(median(whoCans)), unit: 'µs', target: '-' },
  ];
}
