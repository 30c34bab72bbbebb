import { describe, expect, it } from 'vitest';
import { budgetFor, BUDGET_PER_100K_CHARS_MS, COLD_WORKER_FACTOR, WorldClient, type WorkerLike } from '@/components/world/client';
import type { FromWorker, ToWorker } from '@/components/world/protocol';

/** A worker that records messages; the test answers (or never answers) by hand. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  received: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
    queueMicrotask(() => this.send({ type: 'ready' }));
  }
  postMessage(message: ToWorker) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  asks() {
    return this.received.filter((m): m is Extract<ToWorker, { type: 'ask' }> => m.type === 'ask');
  }
  answer(id: number) {
    this.send({ type: 'answer', id, answer: { ok: true }, ms: 1 });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const world = { kind: 'text', file: 'p.yaml' } as const;

function client() {
  FakeWorker.all = [];
  const c = new WorldClient(() => new FakeWorker());
  c.define('p', world);
  return c;
}

describe('WorldClient', () => {
  it('defining a world again with the same object or the same content sends nothing and keeps its version; a new one is sent', async () => {
    const c = client();
    void c.ask('k', 'p', { type: 'summary' }); // starts the worker
    const worker = FakeWorker.all[0];
    const defines = () => worker.received.filter((m) => m.type === 'define').length;
    const before = defines();
    const version = c.version('p');
    c.define('p', world);
    c.define('p', { kind: 'text', file: 'p.yaml' });
    expect(defines()).toBe(before);
    expect(c.version('p')).toBe(version);
    c.define('p', { kind: 'text', file: 'q.yaml' });
    expect(defines()).toBe(before + 1);
    expect(c.version('p')).toBe(version + 1);
  });

  it('keeps one question in flight per consumer and coalesces follow-ups into the newest', async () => {
    const c = client();
    const first = c.ask('k', 'p', { type: 'summary' });
    const second = c.ask('k', 'p', { type: 'summary' });
    const third = c.ask('k', 'p', { type: 'summary' });
    const worker = FakeWorker.all[0];
    expect(worker.asks()).toHaveLength(1);
    await expect(second).resolves.toEqual({ status: 'superseded' });
    worker.answer(worker.asks()[0].id);
    expect((await first).status).toBe('answered');
    expect(worker.asks()).toHaveLength(2);
    worker.answer(worker.asks()[1].id);
    expect((await third).status).toBe('answered');
  });

  it('sends the newest files once, with the next question that reads them, and nothing when they did not change', () => {
    const c = client();
    c.setFiles('p', { 'p.yaml': 'a' });
    const first = c.ask('k', 'p', { type: 'summary' });
    const worker = FakeWorker.all[0];
    expect(worker.received.map((m) => m.type)).toEqual(['define', 'files', 'ask']);
    expect(worker.received[1]).toMatchObject({ files: { 'p.yaml': 'a' } });
    c.setFiles('p', { 'p.yaml': 'a' });
    expect(worker.received).toHaveLength(3);
    // Typing: every key changes the files, none is copied to the worker until it is asked again.
    for (const text of ['b', 'bc', 'bcd']) c.setFiles('p', { 'p.yaml': text });
    void c.ask('k', 'p', { type: 'summary' });
    expect(worker.received).toHaveLength(3);
    worker.answer(worker.asks()[0].id);
    return first.then(() => {
      expect(worker.received.slice(3).map((m) => m.type)).toEqual(['files', 'ask']);
      expect(worker.received[3]).toMatchObject({ files: { 'p.yaml': 'bcd' }, version: c.version('p') });
    });
  });

  it('stops a question past its budget, restarts the worker with the page state, names the input, and checks the newest edit', async () => {
    const c = client();
    await sleep(0);
    c.setFiles('p', { 'p.yaml': 'bomb' });
    const incidents: unknown[] = [];
    c.onIncident((i) => incidents.push(i));
    const stuck = c.ask('k', 'p', { type: 'summary' }, 60);
    c.setFiles('p', { 'p.yaml': 'fixed' });
    const newest = c.ask('k', 'p', { type: 'summary' }, 60);
    const outcome = await stuck;
    expect(outcome.status).toBe('stopped');
    if (outcome.status === 'stopped') expect(outcome.incident.input).toEqual({ kind: 'files', files: [{ name: 'p.yaml', chars: 4 }] });
    expect(incidents).toHaveLength(1);
    const [old, fresh] = FakeWorker.all;
    expect(old.terminated).toBe(true);
    expect(fresh.received.filter((m) => m.type === 'files').at(-1)).toMatchObject({ files: { 'p.yaml': 'fixed' } });
    expect(fresh.asks()).toHaveLength(1);
    fresh.answer(fresh.asks()[0].id);
    expect((await newest).status).toBe('answered');
  });

  it('while the worker says it is loading code, a question is not held to its budget; from `ready` on it is', async () => {
    const c = client();
    await sleep(0);
    c.setFiles('p', { 'p.yaml': 'kind: Pod' });
    const asked = c.ask('k', 'p', { type: 'summary' }, 60);
    await sleep(0); // the fresh worker's `ready`
    const worker = FakeWorker.all[0];
    worker.send({ type: 'loading' });
    await sleep(400); // past the budget (60 ms, x3 in a fresh worker): loading is timed by the load timeout
    expect(worker.terminated).toBe(false);
    worker.send({ type: 'ready' });
    expect((await asked).status).toBe('stopped'); // ready again: the budget runs from `ready`
    expect(worker.terminated).toBe(true);
  });

  it('does not ask again about the input that stopped the worker until it changes', async () => {
    const c = client();
    await sleep(0);
    c.setFiles('p', { 'p.yaml': 'bomb' });
    expect((await c.ask('k', 'p', { type: 'summary' }, 40)).status).toBe('stopped');
    expect((await c.ask('view', 'p', { type: 'subjects' }, 40)).status).toBe('stopped');
    expect(FakeWorker.all[1].asks()).toHaveLength(0);
    c.setFiles('p', { 'p.yaml': 'ok' });
    void c.ask('k', 'p', { type: 'summary' });
    expect(FakeWorker.all[1].asks()).toHaveLength(1);
  });

  it('replays a terminal session into the restarted worker, without the command that hung', async () => {
    const c = client();
    await sleep(0);
    const open = c.ask('s:open', undefined, { type: 'shellOpen', session: 's', origin: { objects: [] } });
    FakeWorker.all[0].answer(FakeWorker.all[0].asks()[0].id);
    await open;
    const ok = c.ask('s:1', undefined, { type: 'shellRun', session: 's', line: 'kubectl get pods' });
    FakeWorker.all[0].answer(FakeWorker.all[0].asks()[1].id);
    await ok;
    const hung = await c.ask('s:2', undefined, { type: 'shellRun', session: 's', line: 'kubectl slow' }, 40);
    expect(hung.status === 'stopped' && hung.incident.input).toEqual({ kind: 'command', command: 'kubectl slow' });
    const replayed = FakeWorker.all[1].asks().map((m) => m.question);
    expect(replayed).toEqual([
      { type: 'shellOpen', session: 's', origin: { objects: [] } },
      { type: 'shellRun', session: 's', line: 'kubectl get pods' },
    ]);
  });

  it('gives a question about a large world more time, in proportion to its size, three times that in a fresh worker', async () => {
    expect(budgetFor(3000, { 'a.yaml': 'x'.repeat(99_999) })).toBe(3000);
    expect(budgetFor(3000, { 'a.yaml': 'x'.repeat(150_000), 'b.yaml': 'x'.repeat(460_000) })).toBe(3000 + 6 * BUDGET_PER_100K_CHARS_MS);
    expect(budgetFor(3000, { 'a.yaml': 'x'.repeat(250_000) }, true)).toBe((3000 + 2 * BUDGET_PER_100K_CHARS_MS) * COLD_WORKER_FACTOR);
    // Its own workers: a watchdog of an earlier test's client may still start one.
    const mine: FakeWorker[] = [];
    const c = new WorldClient(() => {
      const w = new FakeWorker();
      mine.push(w);
      return w;
    });
    c.define('p', world);
    c.setFiles('p', { 'p.yaml': 'x'.repeat(100_000) });
    const cold = await c.ask('k', 'p', { type: 'summary' }, 40);
    expect(cold.status === 'stopped' && cold.incident.budgetMs).toBe((40 + BUDGET_PER_100K_CHARS_MS) * COLD_WORKER_FACTOR);
    c.setFiles('p', { 'p.yaml': 'ok' });
    const warming = c.ask('k', 'p', { type: 'subjects' }, 40);
    mine[1].answer(mine[1].asks()[0].id);
    expect((await warming).status).toBe('answered');
    c.setFiles('p', { 'p.yaml': 'x'.repeat(100_000) });
    const started = performance.now();
    const large = await c.ask('k', 'p', { type: 'summary' }, 40);
    expect(performance.now() - started).toBeGreaterThanOrEqual(40 + BUDGET_PER_100K_CHARS_MS - 5);
    expect(large.status === 'stopped' && large.incident.budgetMs).toBe(40 + BUDGET_PER_100K_CHARS_MS);
  });

  it('cancels a consumer: its waiting question resolves superseded and the worker is told', async () => {
    const c = client();
    const running = c.ask('k', 'p', { type: 'summary' });
    const waiting = c.ask('k', 'p', { type: 'summary' });
    c.cancel('k');
    await expect(running).resolves.toEqual({ status: 'superseded' });
    await expect(waiting).resolves.toEqual({ status: 'superseded' });
    expect(FakeWorker.all[0].received.at(-1)).toMatchObject({ type: 'cancel' });
  });

  it('an answer the worker calls `same` resolves with the very answer the consumer holds; a fresh worker knows no stamp', async () => {
    const c = client();
    const first = c.ask('k', 'p', { type: 'subjects' });
    const worker = FakeWorker.all[0];
    const answer = { subjects: [], namespaces: ['a'] };
    worker.send({ type: 'answer', id: worker.asks()[0].id, answer, ms: 1, stamp: 7 });
    const got = await first;
    expect(got.status === 'answered' && got.answer).toBe(answer);
    const again = c.ask('k', 'p', { type: 'subjects' });
    expect(worker.asks()[1].known).toBe(7);
    worker.send({ type: 'same', id: worker.asks()[1].id, ms: 1, stamp: 7 });
    const same = await again;
    expect(same.status === 'answered' && same.answer).toBe(answer);
    // Another consumer holds nothing: it is never told `known`.
    void c.ask('other', 'p', { type: 'subjects' });
    expect(worker.asks()[2].known).toBeUndefined();
  });
});
