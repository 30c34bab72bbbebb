// The instructor page's grading worker is watched: an input that keeps it busy past its budget
// stops it, that job is reported, and a fresh worker grades the rest (issue 18: hostile files never
// stop the others). Fake timers and a fake worker: no real time passes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COLD_FACTOR, GRADE_BUDGET_MS, GraderClient, type GraderWorker } from '@/components/workshop/graderClient';
import type { FromGrader, ToGrader } from '@/components/workshop/graderProtocol';
import type { WorkshopCourse } from '@/lib/workshop/course';

const course: WorkshopCourse = { courseVersion: 'v', exercises: [] };

/** A worker that answers every grade at once, except for files containing "hang". */
function fakeWorkers() {
  const made: { worker: GraderWorker; received: ToGrader[]; terminated: boolean }[] = [];
  const create = (): GraderWorker => {
    const record = { received: [] as ToGrader[], terminated: false, worker: null as unknown as GraderWorker };
    const worker: GraderWorker = {
      onmessage: null,
      terminate: () => {
        record.terminated = true;
      },
      postMessage: (message) => {
        record.received.push(message);
        if (message.type !== 'grade' || record.terminated) return;
        if (Object.values(message.work.files).some((t) => t.includes('hang'))) return;
        const reply: FromGrader = { type: 'graded', id: message.id, grade: { status: 'passed', hintsUsed: message.work.hintsUsed } };
        queueMicrotask(() => worker.onmessage?.({ data: reply } as MessageEvent<FromGrader>));
      },
    };
    record.worker = worker;
    made.push(record);
    return worker;
  };
  return { made, create };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('GraderClient', () => {
  it('sends the course first, then grades in order', async () => {
    const { made, create } = fakeWorkers();
    const client = new GraderClient(course, create);
    const grades = await Promise.all([client.grade('a/b/c', { files: { 'x.yaml': 'ok' }, hintsUsed: 1 }), client.grade('a/b/d', { files: {}, hintsUsed: 2 })]);
    expect(grades.map((g) => g.hintsUsed)).toEqual([1, 2]);
    expect(made).toHaveLength(1);
    expect(made[0].received.map((m) => m.type)).toEqual(['course', 'grade', 'grade']);
  });

  it('stops a job past its budget, reports it, and grades the rest on a fresh worker', async () => {
    const { made, create } = fakeWorkers();
    const client = new GraderClient(course, create);
    const first = client.grade('a/b/c', { files: { 'x.yaml': 'fine' }, hintsUsed: 0 });
    await vi.advanceTimersByTimeAsync(0);
    const stuck = client.grade('a/b/c', { files: { 'x.yaml': 'hang' }, hintsUsed: 3, lastEdited: '2026-12-07T10:00:00Z' });
    const after = client.grade('a/b/d', { files: { 'x.yaml': 'fine' }, hintsUsed: 0 });
    expect((await first).status).toBe('passed');
    await vi.advanceTimersByTimeAsync(GRADE_BUDGET_MS - 1);
    expect(made[0].terminated).toBe(false); // warm budget not reached yet
    await vi.advanceTimersByTimeAsync(2);
    expect(await stuck).toEqual({ status: 'error', reason: 'timeout', hintsUsed: 3, lastEdited: '2026-12-07T10:00:00Z' });
    expect(made[0].terminated).toBe(true);
    expect((await after).status).toBe('passed');
    expect(made).toHaveLength(2);
    expect(made[1].received[0].type).toBe('course');
  });

  it('gives a cold worker (compiling the simulator) three times the budget', async () => {
    const { made, create } = fakeWorkers();
    const client = new GraderClient(course, create);
    const stuck = client.grade('a/b/c', { files: { 'x.yaml': 'hang' }, hintsUsed: 0 });
    await vi.advanceTimersByTimeAsync(GRADE_BUDGET_MS * COLD_FACTOR - 1);
    expect(made[0].terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect((await stuck).status).toBe('error');
  });
});
