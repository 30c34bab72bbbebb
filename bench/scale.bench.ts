// Budgets at cluster size (issue 12 part 2, issue 16's size findings): worst-case but
// realistic worlds (bench/worlds.ts) where nothing groups or repeats. Each row with a
// `budget` fails `npm run bench` (bench/run.ts) when its figure exceeds twice the budget.
// "Cold" means a freshly built cluster: every per-cluster cache starts empty.
import { createCluster } from '../lib/sim/cluster';
import { trafficMatrix } from '../lib/sim/netpol';
import { authorize } from '../lib/sim/rbac';
import { parseManifests } from '../lib/sim/parse';
import { createShellSession, runShellLine } from '../lib/sim/shell';
import type { AccessRequest } from '../lib/sim/types';
import { clearSharedMemos } from '../lib/sim/world';
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

interface Timing {
  /** Median wall time, ms. */
  wall: number;
  /** Median CPU time of this process (all its threads, GC included), ms. */
  cpu: number;
}

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Median wall and CPU time of `runs` calls, each on a fresh input from `prepare` (not timed). */
function timed<T>(runs: number, prepare: () => T, body: (input: T) => unknown): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearSharedMemos(); // cold: no traffic answer or RBAC index kept from the last run (same content)
    const input = prepare();
    const cpu = cpuNow();
    const start = performance.now();
    body(input);
    walls.push(performance.now() - start);
    cpus.push(cpuNow() - cpu);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** A row from a timing: the figure is the wall time, the CPU time is recorded beside it. */
function row(name: string, timing: Timing, target: string, budget?: number): BenchResult {
  return { name, median: timing.wall, cpu: timing.cpu, unit: 'ms', target, ...(budget !== undefined ? { budget } : {}) };
}

function benchMatrix(): BenchResult[] {
  const large = distinctPodsWorld(2000, 300);
  const small = distinctPodsWorld(500, 300);
  const port = timed(
    3,
    () => createCluster(large),
    (c) => trafficMatrix(c, { port: 8080 }),
  );
  const all = timed(
    3,
    () => createCluster(large),
    (c) => trafficMatrix(c),
  );
  const at500 = timed(
    3,
    () => createCluster(small),
    (c) => trafficMatrix(c, { port: 8080 }),
  );
  return [
    row('trafficMatrix, 2,000 distinct pods x 300 policies (per-pod policies, named ports, endPort, ipBlock except), port 8080, cold', port, '< 1000 ms', 1000),
    row('trafficMatrix, same world, every declared port of each destination, cold', all, '< 1000 ms', 1000),
    row('trafficMatrix, same world at 500 pods, port 8080, cold', at500, 'informative'),
    {
      name: 'trafficMatrix growth 500 -> 2,000 distinct pods (port 8080)',
      median: port.wall / at500.wall,
      cpu: port.cpu / at500.cpu,
      unit: 'x',
      target: '<= 8x',
      budget: 8,
    },
  ];
}

function benchAggregation(): BenchResult[] {
  const world = aggregationWorld(300, 300);
  const request: AccessRequest = { user: 'ana', groups: ['team'], resourceAttributes: { verb: 'create', group: '', resource: 'res-3', namespace: 'default' } };
  const first = timed(
    5,
    () => createCluster(world),
    (c) => authorize(c, request),
  );
  const half = timed(
    5,
    () => createCluster(aggregationWorld(150, 150)),
    (c) => authorize(c, request),
  );
  return [
    row('300 aggregated ClusterRoles (empty-ish selectors) + 300 labelled, first authorize, cold', first, '< 100 ms', 100),
    row('150 + 150 aggregated ClusterRoles, first authorize, cold', half, 'informative'),
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
    {
      name: `authorize, 5,000 bindings, denied with nearest miss (${micros.length} requests: unknown users, case typos, ServiceAccounts of other namespaces, missing verbs), median`,
      median: median(micros),
      unit: 'µs',
      target: '< 20 µs',
      budget: 20,
    },
    { name: 'authorize, 5,000 bindings, denied with nearest miss, p95', median: percentile(micros, 0.95), unit: 'µs', target: '< 50 µs', budget: 50 },
  ];
}

function longNameFile(): string {
  const name = 'a'.repeat(100_000);
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 1000\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: c\n        image: nginx:1.27\n`;
}

function benchHostileSizes(): BenchResult[] {
  const text = longNameFile();
  const longName = timed(
    5,
    () => text,
    (t) => createCluster(parseManifests(t).objects),
  );
  const deleteAt = (pods: number) =>
    timed(
      1,
      () => createShellSession({ objects: manyPodsWorld(pods, 1) as never[] }),
      (s) => runShellLine(s, 'kubectl delete pods --all -n ns-0'),
    );
  // Measured first, the 2,000-pod runs paid for the JIT's first compilation of the delete path:
  // 5.7x for a path that is linear warm (500 -> 2,000 -> 4,000 pods 24, 113, 171 ms CPU).
  const [delete500, delete2000] = growthRuns(deleteAt);
  const replicas = [
    workload('StatefulSet', 'a', 1000),
    workload('StatefulSet', 'b', 1000),
    workload('StatefulSet', 'c', 1000),
    workload('Deployment', 'd', 1000),
  ];
  const replicasMs = timed(
    3,
    () => replicas,
    (w) => createCluster(w),
  );
  return [
    row(
      `parse + build, ${Math.round(text.length / 1000)} KB file with one 100,000-character name and 1,000 replicas (rejected with a diagnostic)`,
      longName,
      '< 100 ms',
      100,
    ),
    row('kubectl delete pods --all, 2,000 pods', delete2000, '< 1000 ms', 1000),
    {
      name: 'kubectl delete pods --all growth 500 -> 2,000 pods (linear: 4x)',
      median: delete2000.wall / delete500.wall,
      cpu: delete2000.cpu / delete500.cpu,
      unit: 'x',
      target: '<= 5x',
      budget: 5,
    },
    row('createCluster, 3 StatefulSets + 1 Deployment of 1,000 replicas (4,000 pods)', replicasMs, '< 500 ms', 500),
  ];
}

/**
 * A 500-pod and a 2,000-pod timing that compare like with like: one untimed run first, so neither
 * size pays for the JIT's first compilation, then the two sizes alternate five times so both see the
 * same machine (load moves a lot on a shared one); the medians of each.
 */
function growthRuns(at: (pods: number) => Timing): [Timing, Timing] {
  at(500);
  const runs = Array.from({ length: 5 }, () => [at(500), at(2000)] as const);
  const mid = (i: 0 | 1): Timing => ({ wall: median(runs.map((r) => r[i].wall)), cpu: median(runs.map((r) => r[i].cpu)) });
  return [mid(0), mid(1)];
}

/** `manyPodsWorld` as one file of JSON documents (`---` between them), as a learner would paste it. */
function podsFile(pods: number): string {
  return manyPodsWorld(pods, 20)
    .map((o) => JSON.stringify(o))
    .join('\n---\n');
}

/**
 * `kubectl apply -f` of a file of 20 namespaces and N pods on a fresh session (cold): one request
 * per object (kubectl apply.go), the snapshot rebuilt once for the pods (apiserver/writeBatch.ts).
 * Before the batch, every pod rebuilt the cluster: 200 / 400 pods 0.95 / 1.8 s CPU, quadratic.
 */
function benchApply(): BenchResult[] {
  const files = new Map([500, 2000].map((n) => [n, podsFile(n)]));
  const applyAt = (pods: number) =>
    timed(
      1,
      () => createShellSession({ files: { 'pods.yaml': files.get(pods) ?? '' } }),
      (s) => runShellLine(s, 'kubectl apply -f pods.yaml'),
    );
  const [apply500, apply2000] = growthRuns(applyAt);
  return [
    row('kubectl apply -f, 20 namespaces + 2,000 pods, cold', apply2000, '< 1000 ms', 1000),
    {
      name: 'kubectl apply -f growth 500 -> 2,000 pods (linear: 4x)',
      median: apply2000.wall / apply500.wall,
      cpu: apply2000.cpu / apply500.cpu,
      unit: 'x',
      target: '<= 5x',
      budget: 5,
    },
  ];
}

function benchTwentyThousand(): BenchResult[] {
  const world = manyPodsWorld(20_000);
  const build = timed(
    3,
    () => world,
    (w) => createCluster(w),
  );
  const matrix = timed(
    3,
    () => createCluster(world),
    (c) => trafficMatrix(c, { port: 80 }),
  );
  const session = createShellSession({ objects: world as never[] });
  const get = timed(
    3,
    () => session,
    (s) => runShellLine(s, 'kubectl get pods -A'),
  );
  return [
    row('createCluster, 20,000 pods', build, '< 2000 ms', 2000),
    row('trafficMatrix, 20,000 pods in 100 groups, port 80, cold', matrix, '< 1000 ms', 1000),
    row('kubectl get pods -A, 20,000 pods (the terminal shows 5,000 lines)', get, '< 2000 ms', 2000),
  ];
}

/** Runs the budgeted scale benchmarks. */
export async function benchScale(): Promise<BenchResult[]> {
  return [...benchMatrix(), ...benchAggregation(), ...benchDenied(), ...benchHostileSizes(), ...benchApply(), ...benchTwentyThousand()];
}
