// Attack paths and counterexamples (issue 17): a lesson-size world (the capstone) must answer
// in < 50 ms, the 2,000-distinct-pod world (bench/worlds.ts) in < 2 s, cold (a fresh cluster,
// every per-cluster cache empty). Each row fails `npm run bench` over twice its budget.
import { join } from 'node:path';
import { createCluster } from '../lib/sim/cluster';
import { attackPathsFrom, findAttackPath } from '../lib/sim/attack';
import { findTrafficCounterexample } from '../lib/sim/counterexample';
import { loadExerciseFolder } from '../lib/content/exercises';
import { exerciseWorld, findCounterexamples, type ExerciseDefinition } from '../lib/lesson';
import type { KubeObject } from '../lib/sim/types';
import { clearSharedMemos } from '../lib/sim/world';
import { distinctPodsWorld } from './worlds';
import type { BenchResult } from './run';

function timed(runs: number, fn: () => void): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearSharedMemos(); // cold: no traffic answer or RBAC index kept from the last run (same content)
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpus.push((used.user + used.system) / 1000);
  }
  const mid = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  return { wall: mid(walls), cpu: mid(cpus) };
}

function capstone(): ExerciseDefinition {
  const root = join(__dirname, '..', 'lessons');
  const { exercise } = loadExerciseFolder(join(root, '04-capstone/01-secure-the-shop/exercises/secure-the-shop'), root);
  if (!exercise) throw new Error('capstone exercise did not load');
  return exercise.definition;
}

export async function benchAttack(): Promise<BenchResult[]> {
  const ex = capstone();
  const rows: BenchResult[] = [];
  for (const variant of ['start', 'solution'] as const) {
    const objects = exerciseWorld(ex, ex[variant]).cluster.declared;
    const paths = timed(9, () => attackPathsFrom(createCluster(objects), 'internet'));
    rows.push({
      name: `attack paths from the internet, capstone ${variant} (cold)`,
      median: paths.wall,
      cpu: paths.cpu,
      unit: 'ms',
      target: '< 50 ms',
      budget: 50,
    });
    const shell = timed(9, () => attackPathsFrom(createCluster(objects), 'pod:shop/frontend'));
    rows.push({
      name: `attack paths from a shell in the frontend, capstone ${variant} (cold)`,
      median: shell.wall,
      cpu: shell.cpu,
      unit: 'ms',
      target: '< 50 ms',
      budget: 50,
    });
    const counter = timed(9, () => {
      const w = exerciseWorld(ex, ex[variant]);
      const learnerObjects = w.parsed.filter((p) => ex.files.includes(p.source.file ?? '')).map((p) => p.object as KubeObject);
      findCounterexamples({ goals: ex.goals, cluster: w.cluster, learnerObjects, auditPolicy: w.objects.find((o) => o.kind === 'Policy') });
    });
    rows.push({
      name: `counterexamples, capstone ${variant} (world built, cold)`,
      median: counter.wall,
      cpu: counter.cpu,
      unit: 'ms',
      target: '< 50 ms',
      budget: 50,
    });
  }
  const large = distinctPodsWorld(2000, 300);
  const fromPod = timed(3, () => attackPathsFrom(createCluster(large), 'pod:ns-0/p-0'));
  rows.push({
    name: 'attack paths from a pod, 2,000 distinct pods x 300 policies (cold)',
    median: fromPod.wall,
    cpu: fromPod.cpu,
    unit: 'ms',
    target: '< 2 s',
    budget: 2000,
  });
  const toNode = timed(3, () => findAttackPath(createCluster(large), 'sa:ns-3/default', 'node'));
  rows.push({ name: 'attack path stolen token -> node, 2,000 pods (cold)', median: toNode.wall, cpu: toNode.cpu, unit: 'ms', target: '< 2 s', budget: 2000 });
  const counter = timed(3, () => {
    const cluster = createCluster(large);
    findTrafficCounterexample(cluster, { direction: 'ingress', target: 'ns-1/p-1', port: 8080, intended: [] });
  });
  rows.push({ name: 'traffic counterexample, 2,000 pods (cold)', median: counter.wall, cpu: counter.cpu, unit: 'ms', target: '< 2 s', budget: 2000 });
  return rows;
}
