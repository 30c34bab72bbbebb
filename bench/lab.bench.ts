// Lab benchmark: runLab (parse every file, build the cluster, answer every goal) on the
// solution of every exercise in the course, as the Web Worker does on each keystroke.
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadExerciseFolder } from '../lib/content/exercises';
import { exerciseSources, runLab } from '../lib/lesson';
import { buildWorld } from '../lib/sim';
import type { BenchResult } from './run';

function exerciseDirs(root: string): string[] {
  const dirs: string[] = [];
  for (const track of readdirSync(root).filter((n) => /^\d\d-/.test(n))) {
    for (const lesson of readdirSync(join(root, track)).filter((n) => /^\d\d-/.test(n))) {
      const base = join(root, track, lesson, 'exercises');
      if (!existsSync(base)) continue;
      for (const id of readdirSync(base)) if (statSync(join(base, id)).isDirectory()) dirs.push(join(base, id));
    }
  }
  return dirs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchLab(): Promise<BenchResult[]> {
  const root = join(__dirname, '..', 'lessons');
  const perExercise: { id: string; ms: number; objects: number }[] = [];
  for (const dir of exerciseDirs(root)) {
    const loaded = loadExerciseFolder(dir, root).exercise;
    if (!loaded) continue;
    const { definition } = loaded;
    for (let i = 0; i < 5; i++) runLab(definition, definition.solution); // warm up
    const times: number[] = [];
    const objects = buildWorld(exerciseSources(definition, definition.solution)).cluster.declared.length;
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      runLab(definition, definition.solution);
      times.push(performance.now() - t0);
    }
    perExercise.push({ id: dir.split('/').pop()!, ms: median(times), objects });
  }
  const largest = [...perExercise].sort((a, b) => b.objects - a.objects)[0];
  const slowest = [...perExercise].sort((a, b) => b.ms - a.ms)[0];
  return [
    { name: `runLab, median over ${perExercise.length} course exercises`, median: median(perExercise.map((e) => e.ms)), unit: 'ms', target: '< 16 ms (a frame)' },
    { name: `runLab, slowest exercise (${slowest.id}, ${slowest.objects} objects, ${slowest.ms.toFixed(2)} ms)`, median: slowest.ms, unit: 'ms', target: '< 16 ms (a frame)' },
    { name: `runLab, largest exercise (${largest.id}, ${largest.objects} objects)`, median: largest.ms, unit: 'ms', target: '< 16 ms (a frame)' },
  ];
}
