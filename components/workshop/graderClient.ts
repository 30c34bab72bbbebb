// Main-thread side of the grading worker: one job at a time, a watchdog per job. A job that runs
// past its budget (an alias bomb, a pathological policy) stops the worker; the job is reported
// `timeout` and a fresh worker carries on with the rest.
import type { WorkshopCourse } from '@/lib/workshop/course';
import type { ExerciseGrade } from '@/lib/workshop/grade';
import type { ParseSubmissionResult, SubmissionExercise } from '@/lib/workshop/submission';
import type { FromGrader, ToGrader } from './graderProtocol';

/** One job's budget on a warm worker, plus time per 100,000 characters of input. */
export const GRADE_BUDGET_MS = 5000;
export const BUDGET_PER_100K_MS = 2000;
/** A fresh worker compiles the simulator on its first job. */
export const COLD_FACTOR = 3;

export interface GraderWorker {
  postMessage(message: ToGrader): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromGrader>) => void) | null;
}

type Job =
  | { kind: 'read'; text: string; resolve: (r: ParseSubmissionResult) => void }
  | { kind: 'grade'; key: string; work: SubmissionExercise; resolve: (g: ExerciseGrade) => void };

function sizeOf(job: Job): number {
  return job.kind === 'read' ? job.text.length : Object.values(job.work.files).reduce((n, t) => n + t.length, 0);
}

export class GraderClient {
  private worker: GraderWorker | null = null;
  private warm = false;
  private nextId = 0;
  private current: { id: number; job: Job } | null = null;
  private readonly queue: Job[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly course: WorkshopCourse,
    private readonly create: () => GraderWorker,
    private readonly budgetMs = GRADE_BUDGET_MS,
  ) {}

  read(text: string): Promise<ParseSubmissionResult> {
    return new Promise((resolve) => this.enqueue({ kind: 'read', text, resolve }));
  }

  grade(key: string, work: SubmissionExercise): Promise<ExerciseGrade> {
    return new Promise((resolve) => this.enqueue({ kind: 'grade', key, work, resolve }));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = null;
  }

  private enqueue(job: Job): void {
    this.queue.push(job);
    this.next();
  }

  private ensureWorker(): GraderWorker {
    if (this.worker) return this.worker;
    const worker = this.create();
    this.worker = worker;
    this.warm = false;
    worker.onmessage = (event) => this.receive(event.data);
    worker.postMessage({ type: 'course', course: this.course });
    return worker;
  }

  private next(): void {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) return;
    const worker = this.ensureWorker();
    const id = ++this.nextId;
    this.current = { id, job };
    worker.postMessage(job.kind === 'read' ? { type: 'read', id, text: job.text } : { type: 'grade', id, key: job.key, work: job.work });
    const budget = (this.budgetMs + Math.floor(sizeOf(job) / 100_000) * BUDGET_PER_100K_MS) * (this.warm ? 1 : COLD_FACTOR);
    this.timer = setTimeout(() => this.expire(id), budget);
  }

  private receive(message: FromGrader): void {
    if (message.type === 'ready' || !this.current || message.id !== this.current.id) return;
    const { job } = this.current;
    clearTimeout(this.timer);
    this.current = null;
    this.warm = true;
    if (job.kind === 'read' && message.type === 'read') job.resolve(message.result);
    else if (job.kind === 'grade' && message.type === 'graded') job.resolve(message.grade);
    this.next();
  }

  private expire(id: number): void {
    if (!this.current || this.current.id !== id) return;
    const { job } = this.current;
    this.current = null;
    this.worker?.terminate();
    this.worker = null;
    if (job.kind === 'read') job.resolve({ ok: false, problems: [{ code: 'took-too-long', path: '' }] });
    else
      job.resolve({ status: 'error', reason: 'timeout', hintsUsed: job.work.hintsUsed, ...(job.work.lastEdited ? { lastEdited: job.work.lastEdited } : {}) });
    this.next();
  }
}
