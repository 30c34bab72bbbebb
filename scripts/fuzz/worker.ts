// The fuzz loop, in a worker thread so the main thread can stop it when an input hangs.
// Shared memory tells the main thread which input is running and since when.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from './corpus';
import { inputArbitrary, inputAt } from './generators';
import { createTargets } from './targets';

export interface WorkerData { seed: number; from: number; to: number; progress: SharedArrayBuffer }
export type WorkerMessage =
  | { type: 'slow'; index: number; ms: number }
  | { type: 'failure'; index: number; error: string }
  | { type: 'done'; ms: number; byKind: Record<string, { count: number; ms: number; max: number }> };

async function main(): Promise<void> {
  const { seed, from, to, progress } = workerData as WorkerData;
  const current = new Float64Array(progress); // [index, started at (ms since epoch)]
  const corpus = loadCorpus();
  const arbitrary = inputArbitrary(corpus);
  const targets = createTargets(corpus);
  const byKind: Record<string, { count: number; ms: number; max: number }> = {};
  const started = performance.now();
  for (let index = from; index < to; index++) {
    const input = inputAt(arbitrary, seed, index);
    current[0] = index;
    current[1] = Date.now();
    const t0 = performance.now();
    try {
      await targets.run(input);
    } catch (error) {
      parentPort!.postMessage({ type: 'failure', index, error: error instanceof Error ? `${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n')}` : String(error) } satisfies WorkerMessage);
    }
    const ms = performance.now() - t0;
    const stats = (byKind[input.kind] ??= { count: 0, ms: 0, max: 0 });
    stats.count++;
    stats.ms += ms;
    stats.max = Math.max(stats.max, ms);
    if (ms > 1000) parentPort!.postMessage({ type: 'slow', index, ms } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ type: 'done', ms: performance.now() - started, byKind } satisfies WorkerMessage);
}

void main();
