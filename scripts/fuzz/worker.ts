// The fuzz loop, in a worker thread so the main thread can stop it when an input hangs.
// Shared memory tells the main thread which input is running and since when.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from './corpus';
import { inputArbitrary, inputAt } from './generators';
import { createTargets } from './targets';

export interface WorkerData {
  seed: number;
  from: number;
  to: number;
  progress: SharedArrayBuffer;
}
export type WorkerMessage =
  | { type: 'slow'; index: number; ms: number }
  | { type: 'failure'; index: number; error: string }
  | { type: 'done'; ms: number; byKind: Record<string, { count: number; ms: number; max: number }> };

const LIMIT_MS = 1000;

async function timed(run: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await run().catch(() => undefined); // the first run reported any exception
  return performance.now() - t0;
}

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
      parentPort!.postMessage({
        type: 'failure',
        index,
        error: error instanceof Error ? `${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n')}` : String(error),
      } satisfies WorkerMessage);
    }
    let ms = performance.now() - t0;
    // Over the limit once may be the machine (GC, another process): slow means slow every time.
    for (let again = 0; again < 2 && ms > LIMIT_MS; again++) ms = Math.min(ms, await timed(() => targets.run(input)));
    const stats = (byKind[input.kind] ??= { count: 0, ms: 0, max: 0 });
    stats.count++;
    stats.ms += ms;
    stats.max = Math.max(stats.max, ms);
    if (ms > LIMIT_MS) parentPort!.postMessage({ type: 'slow', index, ms } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ type: 'done', ms: performance.now() - started, byKind } satisfies WorkerMessage);
}

void main();
