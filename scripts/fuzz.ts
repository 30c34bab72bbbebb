// `npm run fuzz`: 100,000 generated hostile inputs over the lab's entry points (shell and kubectl
// lines, manifests and mutated lesson files through parseManifests/createCluster/runLab, share
// links, saved and imported progress), in Node, from a printed seed. Fails (exit 1) on any
// exception, any input over 1 s, or a hang (an input still running after 10 s is stopped).
//   npm run fuzz -- [--runs N] [--seed S] [--from I]     (reproduce one: --from I --runs 1)
import { Worker } from 'node:worker_threads';
import { loadCorpus } from './fuzz/corpus';
import { inputArbitrary, inputAt } from './fuzz/generators';
import type { WorkerMessage } from './fuzz/worker';

const HANG_MS = 10_000;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seed = arg('seed', 16_2026);
const from = arg('from', 0);
const runs = arg('runs', 100_000);
const problems: string[] = [];
const report = (problem: string) => {
  problems.push(problem);
  console.error(`✖ ${problem}`);
};

function show(index: number): string {
  const input = inputAt(inputArbitrary(loadCorpus()), seed, index);
  const text = JSON.stringify(input);
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text;
}

/** Run inputs [start, to) in a worker; resolves with the index to resume from (after a hang) or `to`. */
function runWorker(start: number, to: number): Promise<number> {
  const progress = new SharedArrayBuffer(16);
  const current = new Float64Array(progress);
  current[0] = start;
  current[1] = Date.now() + 60_000; // loading the corpus and the simulator
  // A runaway input (a loop that allocates) hits the heap limit and ends the worker, not the machine.
  const worker = new Worker(require.resolve('./fuzz/worker.ts'), {
    workerData: { seed, from: start, to, progress },
    execArgv: ['--require', 'tsx/cjs'],
    resourceLimits: { maxOldGenerationSizeMb: 1536 },
  });
  return new Promise((resolve) => {
    const watchdog = setInterval(() => {
      if (Date.now() - current[1] < HANG_MS) return;
      const index = current[0];
      report(`hang: input ${index} still running after ${HANG_MS / 1000} s: ${show(index)}`);
      clearInterval(watchdog);
      void worker.terminate().then(() => resolve(index + 1));
    }, 250);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'slow') report(`slow: input ${message.index} took ${Math.round(message.ms)} ms: ${show(message.index)}`);
      if (message.type === 'failure') report(`exception: input ${message.index}: ${message.error}\n  input: ${show(message.index)}`);
      if (message.type === 'done') {
        clearInterval(watchdog);
        for (const [kind, s] of Object.entries(message.byKind))
          console.log(`  ${kind.padEnd(10)} ${String(s.count).padStart(7)} inputs, mean ${(s.ms / s.count).toFixed(2)} ms, max ${Math.round(s.max)} ms`);
        void worker.terminate().then(() => resolve(to));
      }
    });
    worker.on('error', (error) => {
      const index = current[0];
      report(`crash: input ${index} ended the worker (${error.message}): ${show(index)}`);
      clearInterval(watchdog);
      resolve(index + 1);
    });
  });
}

async function main(): Promise<void> {
  console.log(`▸ fuzz: ${runs} inputs from index ${from}, seed ${seed} (reproduce: npm run fuzz -- --seed ${seed} --from I --runs 1)`);
  const started = Date.now();
  let next = from;
  while (next < from + runs) next = await runWorker(next, from + runs);
  console.log(`▸ ${runs} inputs in ${Math.round((Date.now() - started) / 1000)} s, seed ${seed}`);
  if (problems.length > 0) {
    console.error(`✖ ${problems.length} problem(s), listed above (seed ${seed})`);
    process.exit(1);
  }
  console.log('✔ no exception, no hang, no input over 1 s');
}

void main();
