// Playground benchmark: the page worker's side of typing into a 2,000-pod world (largeWorld(40, 10),
// 600 kB in one file, components/playground/worlds.ts): per edit, the questions the playground asks
// (the summary, the traffic view, the question forms' defaults) answered by the WorldHost, as
// components/world/world.worker.ts does after each key.
import { largeWorld } from '../components/playground/worlds';
import { WorldHost } from '../components/world/host';
import type { Question } from '../components/world/protocol';
import type { BenchResult } from './run';

const FILE = 'playground.yaml';
const PER_EDIT: Question[] = [{ type: 'summary' }, { type: 'traffic', query: {} }, { type: 'questionDefaults' }];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Three kinds of edit: a comment typed at the end, a comment line in the middle document, a label value changed there. */
export const EDITS: Record<string, (text: string, i: number) => string> = {
  'comment at the end': (text, i) => `${text}\n# typed ${i}`,
  'new line in the middle document': (text, i) => {
    const at = text.indexOf('\n---\n', Math.floor(text.length / 2)) + 1;
    return `${text.slice(0, at)}# typed ${i}\n${text.slice(at)}`;
  },
  'label value in the middle document': (text, i) => {
    const at = text.indexOf('    tier: back', Math.floor(text.length / 2));
    return `${text.slice(0, at)}    tier: back${i}${text.slice(at + '    tier: back'.length)}`;
  },
};

/** One edit answered: files sent, then every question of the playground asked. */
function answerEdit(host: WorldHost, version: number, text: string): void {
  host.receive({ type: 'files', worldId: 'pg', version, files: { [FILE]: text } });
  for (const question of PER_EDIT) host.ask('pg', question);
}

export async function benchPlayground(): Promise<BenchResult[]> {
  const text = largeWorld(40, 10);
  const rows: BenchResult[] = [];
  const host = new WorldHost();
  host.receive({ type: 'define', worldId: 'pg', definition: { kind: 'text', file: FILE } });
  // The worker loads each feature's code before its first question (host.prepare); so does the bench.
  await Promise.all(PER_EDIT.map((question) => host.prepare(question)));
  let version = 0;
  const t0 = performance.now();
  answerEdit(host, ++version, text);
  rows.push({ name: '2,000 pods (600 kB): first build and answers', median: performance.now() - t0, unit: 'ms', target: '< 3 s cold' });
  for (const [name, edit] of Object.entries(EDITS)) {
    const times: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < 12; i++) {
      const next = edit(text, i);
      const c0 = process.cpuUsage();
      const s = performance.now();
      answerEdit(host, ++version, next);
      if (i < 2) continue; // warm up
      times.push(performance.now() - s);
      const used = process.cpuUsage(c0);
      cpus.push((used.user + used.system) / 1000);
    }
    rows.push({
      name: `2,000 pods, per edit (${name}): summary + traffic + defaults`,
      median: median(times),
      cpu: median(cpus),
      unit: 'ms',
      target: '< 300 ms (views < 1 s after the last key)',
      budget: 300,
    });
  }
  return rows;
}
