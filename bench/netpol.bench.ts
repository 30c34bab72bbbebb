// Benchmarks of the NetworkPolicy evaluator. The runner (bench/run.ts) calls benchNetpol().
// Timing uses performance.now(); every measured call gets a freshly built cluster when the
// evaluator's per-cluster caches would otherwise hide the cost.
import { createCluster } from '../lib/sim/cluster';
import { evaluateTraffic, trafficMatrix } from '../lib/sim/netpol';
import type { Cluster } from '../lib/sim/types';
import { clearSharedMemos } from '../lib/sim/world';

export interface BenchResult {
  name: string;
  median: number;
  unit: string;
  target: string;
  budget?: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same cluster. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function deployment(ns: string, app: string, replicas: number, tier: string): unknown {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app, namespace: ns },
    spec: {
      replicas,
      selector: { matchLabels: { app } },
      template: {
        metadata: { labels: { app, tier } },
        spec: {
          containers: [
            {
              name: 'main',
              image: `example/${app}:1`,
              ports: [
                { name: 'http', containerPort: 8080 },
                { name: 'metrics', containerPort: 9090 },
              ],
            },
          ],
        },
      },
    },
  };
}

function policy(ns: string, name: string, spec: unknown): unknown {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec };
}

/**
 * 20 namespaces × 10 Deployments × 10 replicas = 2,000 pods, and 15 policies per namespace
 * = 300 policies: a default deny, pod-to-pod allows on named and numbered ports, cross-namespace
 * allows (namespaceSelector AND podSelector), ipBlock egress with except, DNS egress.
 */
export function largeClusterManifests(): unknown[] {
  const random = prng(42);
  const objects: unknown[] = [];
  const tiers = ['web', 'api', 'db', 'cache'];
  for (let n = 0; n < 20; n++) {
    const ns = `ns-${n}`;
    objects.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { team: `team-${n % 4}`, env: n % 2 ? 'dev' : 'prod' } } });
    for (let a = 0; a < 10; a++) objects.push(deployment(ns, `app-${a}`, 10, tiers[a % 4]));
    objects.push(policy(ns, 'default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
    for (let p = 0; p < 10; p++) {
      const from = `app-${Math.floor(random() * 10)}`;
      const port = random() < 0.5 ? 'http' : 8080;
      objects.push(
        policy(ns, `allow-${p}`, {
          podSelector: { matchLabels: { app: `app-${p}` } },
          ingress: [{ from: [{ podSelector: { matchLabels: { app: from } } }], ports: [{ port }] }],
          egress: [{ to: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: [tiers[p % 4]] }] } }] }],
        }),
      );
    }
    objects.push(
      policy(ns, 'from-team', {
        podSelector: { matchLabels: { tier: 'api' } },
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: `team-${(n + 1) % 4}` } }, podSelector: { matchLabels: { tier: 'web' } } }] }],
      }),
    );
    objects.push(
      policy(ns, 'from-prod', {
        podSelector: { matchLabels: { tier: 'web' } },
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { env: 'prod' } } }], ports: [{ port: 8080, endPort: 8090 }] }],
      }),
    );
    objects.push(
      policy(ns, 'egress-world', {
        podSelector: { matchLabels: { tier: 'web' } },
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }],
      }),
    );
    objects.push(
      policy(ns, 'egress-dns', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }],
            ports: [{ port: 53, protocol: 'UDP' }, { port: 53 }],
          },
        ],
      }),
    );
  }
  return objects;
}

/** A lesson-sized world: 60 objects (namespaces, workloads, services, policies, RBAC). */
export function lessonManifests(): unknown[] {
  const objects: unknown[] = [];
  for (const ns of ['shop', 'payments', 'monitoring']) objects.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { team: ns } } });
  for (let i = 0; i < 12; i++) objects.push(deployment(['shop', 'payments', 'monitoring'][i % 3], `svc-${i}`, 2, ['web', 'api', 'db'][i % 3]));
  for (let i = 0; i < 12; i++) {
    const ns = ['shop', 'payments', 'monitoring'][i % 3];
    objects.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `svc-${i}`, namespace: ns },
      spec: { selector: { app: `svc-${i}` }, ports: [{ port: 80, targetPort: 'http' }] },
    });
    objects.push(
      policy(ns, `allow-${i}`, {
        podSelector: { matchLabels: { app: `svc-${i}` } },
        ingress: [
          {
            from: [{ podSelector: { matchLabels: { tier: 'web' } } }, { namespaceSelector: { matchLabels: { team: 'monitoring' } } }],
            ports: [{ port: 'http' }, { port: 9090 }],
          },
        ],
      }),
    );
  }
  for (const ns of ['shop', 'payments', 'monitoring']) objects.push(policy(ns, 'default-deny', { podSelector: {} }));
  for (let i = 0; i < 21; i++) {
    objects.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: `sa-${i}`, namespace: 'shop' } });
  }
  return objects.slice(0, 60);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeIt(runs: number, prepare: () => Cluster, body: (cluster: Cluster) => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cluster = prepare();
    const start = performance.now();
    body(cluster);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Runs the NetworkPolicy benchmarks and returns one row per measurement. */
export async function benchNetpol(): Promise<BenchResult[]> {
  const large = largeClusterManifests();
  const lesson = lessonManifests();
  const buildLarge = () => createCluster(large);
  const matrixMs = timeIt(5, buildLarge, (c) => trafficMatrix(c, { port: 8080 }));
  const matrixAllPortsMs = timeIt(5, buildLarge, (c) => trafficMatrix(c));
  const createLargeMs = timeIt(
    5,
    () => createCluster([]),
    () => createCluster(large),
  );
  const lessonCluster = createCluster(lesson);
  const question = { from: 'shop/svc-0', to: { service: 'payments/svc-1' }, port: 80 };
  evaluateTraffic(lessonCluster, question);
  const warm = timeIt(
    200,
    () => lessonCluster,
    (c) => evaluateTraffic(c, question),
  );
  const endToEnd = timeIt(
    50,
    () => (clearSharedMemos(), createCluster([])),
    () => evaluateTraffic(createCluster(lesson), question),
  );
  return [
    { name: 'trafficMatrix 2,000 pods / 300 policies (port 8080, fresh cluster)', median: matrixMs, unit: 'ms', target: '< 1000 ms' },
    { name: 'trafficMatrix 2,000 pods / 300 policies (all declared ports)', median: matrixAllPortsMs, unit: 'ms', target: '< 1000 ms' },
    { name: 'createCluster 2,000 pods / 300 policies', median: createLargeMs, unit: 'ms', target: 'informative' },
    {
      name: 'evaluateTraffic lesson cluster (60 objects, Service question, warm: the answer kept for this network)',
      median: warm * 1000,
      unit: 'µs',
      target: 'informative',
    },
    { name: 'createCluster + evaluateTraffic lesson cluster (60 objects, end to end)', median: endToEnd, unit: 'ms', target: '< 2 ms' },
  ];
}
