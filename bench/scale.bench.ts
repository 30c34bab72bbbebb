// Budgets at cluster size (issue 12 part 2, issue 16's size findings): worst-case but
// realistic worlds (bench/worlds.ts) where nothing groups or repeats. Each row with a
// `budget` fails `npm run bench` (bench/run.ts) when its figure exceeds twice the budget.
// "Cold" means a freshly built cluster: every per-cluster cache starts empty.
import { createCluster } from '../lib/sim/cluster';
import { trafficMatrix } from '../lib/sim/netpol';
import { authorize } from '../lib/sim/rbac';
import { parseManifests } from '../lib/sim/parse';
import { createShellSession, runShellLine } from '../lib/sim/kubectl';
import type { AccessRequest } from '../lib/sim/types';
import { buildWorld, seeded } from './rbac.bench';
import { aggregationWorld, deniedRequests, distinctPodsWorld, manyPodsWorld, prng, workload } from './worlds';
import type { BenchResult } from './run';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** Median wall time of `runs` calls, each on a fresh input from `prepare` (not timed). */
function timed<T>(runs: number, prepare: () => T, body: (input: T) => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const start = performance.now();
    body(input);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function benchMatrix(): BenchResult[] {
  const large = distinctPodsWorld(2000, 300);
  const small = distinctPodsWorld(500, 300);
  const port = timed(3, () => createCluster(large), (c) => trafficMatrix(c, { port: 8080 }));
  const all = timed(3, () => createCluster(large), (c) => trafficMatrix(c));
  const at500 = timed(3, () => createCluster(small), (c) => trafficMatrix(c, { port: 8080 }));
  return [
    { name: 'trafficMatrix, 2,000 distinct pods x 300 policies (per-pod policies, named ports, endPort, ipBlock except), port 8080, cold', median: port, unit: 'ms', target: '< 1000 ms', budget: 1000 },
    { name: 'trafficMatrix, same world, every declared port of each destination, cold', median: all, unit: 'ms', target: '< 1000 ms', budget: 1000 },
    { name: 'trafficMatrix, same world at 500 pods, port 8080, cold', median: at500, unit: 'ms', target: 'informative' },
    { name: 'trafficMatrix growth 500 -> 2,000 distinct pods (port 8080)', median: port / at500, unit: 'x', target: '<= 8x', budget: 8 },
  ];
}

function benchAggregation(): BenchResult[] {
  const world = aggregationWorld(300, 300);
  const request: AccessRequest = { user: 'ana', groups: ['team'], resourceAttributes: { verb: 'create', group: '', resource: 'res-3', namespace: 'default' } };
  const first = timed(5, () => createCluster(world), (c) => authorize(c, request));
  const half = timed(5, () => createCluster(aggregationWorld(150, 150)), (c) => authorize(c, request));
  return [
    { name: '300 aggregated ClusterRoles (empty-ish selectors) + 300 labelled, first authorize, cold', median: first, unit: 'ms', target: '< 100 ms', budget: 100 },
    { name: '150 + 150 aggregated ClusterRoles, first authorize, cold', median: half, unit: 'ms', target: 'informative' },
  ];
}

function benchDenied(): BenchResult[] {
  const cluster = createCluster(buildWorld(seeded(20260722)));
  const requests = deniedRequests(prng(5), 20_000);
  for (const request of requests.slice(0, 2000)) authorize(cluster, request);
  const micros: number[] = [];
  for (const request of requests) {
    const start = performance.now();
    const verdict = authorize(cluster, request);
    const elapsed = (performance.now() - start) * 1000;
    if (!verdict.allowed) micros.push(elapsed);
  }
  return [
    { name: `authorize, 5,000 bindings, denied with nearest miss (${micros.length} requests: unknown users, case typos, ServiceAccounts of other namespaces, missing verbs), median`, median: median(micros), unit: 'µs', target: '< 20 µs', budget: 20 },
    { name: 'authorize, 5,000 bindings, denied with nearest miss, p95', median: percentile(micros, 0.95), unit: 'µs', target: '< 50 µs', budget: 50 },
  ];
}

function longNameFile(): string {
  const name = 'a'.repeat(100_000);
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 1000\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: c\n        image: nginx:1.27\n`;
}

function benchHostileSizes(): BenchResult[] {
  const text = longNameFile();
  const longName = timed(5, () => text, (t) => createCluster(parseManifests(t).objects));
  const deleteAt = (pods: number) => timed(3, () => createShellSession({ objects: manyPodsWorld(pods, 1) as never[] }), (s) => runShellLine(s, 'kubectl delete pods --all -n ns-0'));
  const delete2000 = deleteAt(2000);
  const delete500 = deleteAt(500);
  const replicas = [workload('StatefulSet', 'a', 1000), workload('StatefulSet', 'b', 1000), workload('StatefulSet', 'c', 1000), workload('Deployment', 'd', 1000)];
  const replicasMs = timed(3, () => replicas, (w) => createCluster(w));
  return [
    { name: `parse + build, ${Math.round(text.length / 1000)} KB file with one 100,000-character name and 1,000 replicas (rejected with a diagnostic)`, median: longName, unit: 'ms', target: '< 100 ms', budget: 100 },
    { name: 'kubectl delete pods --all, 2,000 pods', median: delete2000, unit: 'ms', target: '< 1000 ms', budget: 1000 },
    { name: 'kubectl delete pods --all growth 500 -> 2,000 pods (linear: 4x)', median: delete2000 / delete500, unit: 'x', target: '<= 5x', budget: 5 },
    { name: 'createCluster, 3 StatefulSets + 1 Deployment of 1,000 replicas (4,000 pods)', median: replicasMs, unit: 'ms', target: '< 500 ms', budget: 500 },
  ];
}

function benchTwentyThousand(): BenchResult[] {
  const world = manyPodsWorld(20_000);
  const build = timed(3, () => world, (w) => createCluster(w));
  const matrix = timed(3, () => createCluster(world), (c) => trafficMatrix(c, { port: 80 }));
  const session = createShellSession({ objects: world as never[] });
  const get = timed(3, () => session, (s) => runShellLine(s, 'kubectl get pods -A'));
  return [
    { name: 'createCluster, 20,000 pods', median: build, unit: 'ms', target: '< 2000 ms', budget: 2000 },
    { name: 'trafficMatrix, 20,000 pods in 100 groups, port 80, cold', median: matrix, unit: 'ms', target: '< 1000 ms', budget: 1000 },
    { name: 'kubectl get pods -A, 20,000 pods (the terminal shows 5,000 lines)', median: get, unit: 'ms', target: '< 2000 ms', budget: 2000 },
  ];
}

/** Runs the budgeted scale benchmarks. */
export async function benchScale(): Promise<BenchResult[]> {
  return [...benchMatrix(), ...benchAggregation(), ...benchDenied(), ...benchHostileSizes(), ...benchTwentyThousand()];
}
