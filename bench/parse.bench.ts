// parseManifests benchmarks. The runner (bench/run.ts) calls benchParse(). Inputs are generated
// deterministically (no randomness), timed with performance.now(), and reported as medians.
// parseManifests includes the cross-object checks of lib/sim/cluster (checkCluster).
import { parseManifests } from '../lib/sim/parse';

export interface BenchResult {
  name: string;
  median: number;
  unit: string;
  target: string;
  budget?: number;
  cpu?: number;
}

function deployment(ns: string, i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: ${ns}
  labels: {app: app-${i}, tier: backend}
spec:
  replicas: 2
  selector:
    matchLabels: {app: app-${i}}
  template:
    metadata:
      labels: {app: app-${i}, tier: backend}
    spec:
      serviceAccountName: default
      containers:
      - name: main
        image: "registry.example.com/app-${i}:1.${i % 10}"
        ports:
        - {name: http, containerPort: 8080}
        env:
        - {name: MODE, value: "production"}
        resources:
          limits: {cpu: 500m, memory: 256Mi}
`;
}

function service(ns: string, i: number): string {
  return `apiVersion: v1
kind: Service
metadata: {name: app-${i}, namespace: ${ns}}
spec:
  selector: {app: app-${i}}
  ports:
  - {name: http, port: 80, targetPort: http}
`;
}

function role(ns: string, i: number): string {
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader-${i}, namespace: ${ns}}
rules:
- apiGroups: [""]
  resources: [pods, pods/log, configmaps]
  verbs: [get, list, watch]
- apiGroups: [apps]
  resources: [deployments]
  resourceNames: [app-${i}]
  verbs: [get, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader-${i}, namespace: ${ns}}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader-${i}}
subjects:
- {kind: User, name: user-${i}, apiGroup: rbac.authorization.k8s.io}
- {kind: ServiceAccount, name: default, namespace: ${ns}}
`;
}

function policy(ns: string, i: number): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-${i}, namespace: ${ns}}
spec:
  podSelector: {matchLabels: {app: app-${i}}}
  policyTypes: [Ingress, Egress]
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: t${i % 5}}}
      podSelector: {matchLabels: {tier: frontend}}
    - ipBlock: {cidr: 10.${i % 250}.0.0/16, except: [10.${i % 250}.5.0/24]}
    ports: [{port: http}, {port: 9000, endPort: 9100}]
  egress:
  - to: [{namespaceSelector: {}}]
    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
`;
}

function namespace(ns: string, i: number): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${ns}
  labels: {team: t${i % 5}}
`;
}

/** A file of `count` groups (Namespace, Deployment, Service, Role, RoleBinding, NetworkPolicy). */
function generate(groups: number): string {
  const docs: string[] = [];
  for (let i = 0; i < groups; i++) {
    const ns = `ns-${Math.floor(i / 10)}`;
    if (i % 10 === 0) docs.push(namespace(ns, i));
    docs.push(deployment(ns, i), service(ns, i), role(ns, i), policy(ns, i));
  }
  return docs.join('---\n');
}

/** About 1 MB of manifests. */
function generateMegabyte(): string {
  let groups = 200;
  while (generate(groups).length < 1_000_000) groups += 50;
  return generate(groups);
}

/** The 60-object lesson file with ten typical mistakes (typos, wrong types, bad peers). */
function withMistakes(text: string): string {
  return text
    .replace(/imagePullPolicy|image:/, 'imagePulicy:')
    .replace('replicas: 2', 'replicas: "2"')
    .replace('verbs: [get, list, watch]', 'verbs: [GET, lsit, watch]')
    .replace('- namespaceSelector: {matchLabels: {team: t0}}', '- {}\n    - namespaceSelector: {matchLabels: {team: t0}}')
    .replace('kind: ServiceAccount, name: default, namespace: ns-0', 'kind: Serviceaccount, name: default')
    .replace('cidr: 10.1.0.0/16', 'cidr: 10.1.0.7/16')
    .replace('protocol: UDP', 'protocol: udp');
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median CPU time (ms) of the last `time` call. */
let lastCpu = 0;

function time(text: string, runs: number, warmup: number, crossObjectChecks = true): number {
  for (let i = 0; i < warmup; i++) parseManifests(text, { crossObjectChecks });
  const samples: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    parseManifests(text, { crossObjectChecks });
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  lastCpu = median(cpus);
  return median(samples);
}

function timeWithCpu(text: string, runs: number, warmup: number): { median: number; cpu: number } {
  const wall = time(text, runs, warmup);
  return { median: wall, cpu: lastCpu };
}

/** Runs the parse benchmarks; each result is a median in milliseconds. */
export async function benchParse(): Promise<BenchResult[]> {
  const megabyte = generateMegabyte();
  const lesson = generate(12); // 2 namespaces + 12 x (Deployment, Service, Role, RoleBinding, NetworkPolicy) = 62 objects
  const objects = parseManifests(lesson).objects.length;
  const mb = (megabyte.length / 1_000_000).toFixed(2);
  const megabyteObjects = parseManifests(megabyte).objects.length;
  const kb = Math.round(lesson.length / 1000);
  return [
    {
      name: `parseManifests, ${mb} MB of YAML (${megabyteObjects} objects, with cross-object checks)`,
      ...timeWithCpu(megabyte, 7, 2),
      unit: 'ms',
      target: '< 300 ms',
      budget: 300,
    },
    {
      name: `parseManifests, lesson file (${objects} objects, ${kb} kB): YAML + schema + per-object checks`,
      median: time(lesson, 200, 20, false),
      unit: 'ms',
      target: '~1-2 ms',
    },
    {
      name: `parseManifests, same lesson file with cross-object checks (checkCluster)`,
      median: time(lesson, 200, 20),
      unit: 'ms',
      target: '~1-2 ms (informative)',
    },
    {
      name: `parseManifests, lesson file with 8 mistakes (${objects} objects)`,
      median: time(withMistakes(lesson), 200, 20),
      unit: 'ms',
      target: '~1-2 ms (informative)',
    },
  ];
}
