// Main thread side of the page worker: one worker per page, request ids, one question in flight per
// consumer with the newest follow-up coalesced, cancellation, and a watchdog that restarts a worker
// stuck on one input, replays the page's state into the new one and asks the newest questions again.
import type { Answers, FromWorker, Question, QuestionType, ToWorker, WorldDefinition } from './protocol';

/** How long one question may keep the worker busy before it is restarted. */
export const CHECK_BUDGET_MS = 3000;
/**
 * Extra time per 100,000 characters of the world's files: a legitimate 2,000-pod world (600 kB)
 * takes 1-2 s to build and draw on a quiet machine and several times that on a busy 2-core one;
 * a pathological input is one that takes far longer than its size explains (an alias bomb, a
 * CEL cost bomb).
 */
export const BUDGET_PER_100K_CHARS_MS = 2000;
/**
 * A fresh worker's first answer also compiles the simulator's hot code: its budget is tripled (a
 * 224-character exercise check took more than 3 s there on a 2-core machine running a dozen browsers).
 */
export const COLD_WORKER_FACTOR = 3;
/** The budget of a question about a world with these files. */
export function budgetFor(base: number, files: Record<string, string> | undefined, cold = false): number {
  const chars = Object.values(files ?? {}).reduce((sum, text) => sum + text.length, 0);
  return (base + Math.floor(chars / 100_000) * BUDGET_PER_100K_CHARS_MS) * (cold ? COLD_WORKER_FACTOR : 1);
}
/** How long a fresh worker may take to load and compile the simulator before questions are timed. */
export const WORKER_LOAD_TIMEOUT_MS = 20_000;

/** The input a stopped question was working on, as the page names it. */
export type IncidentInput =
  | { kind: 'files'; files: { name: string; chars: number }[] }
  | { kind: 'command'; command: string }
  | { kind: 'question'; question: QuestionType; files: { name: string; chars: number }[] };

/** A question that ran past its budget: the worker was restarted. */
export interface Incident {
  seq: number;
  question: QuestionType;
  worldId?: string;
  input: IncidentInput;
  budgetMs: number;
}

export type Outcome<A> =
  | { status: 'answered'; answer: A; ms: number; version?: number }
  | { status: 'superseded' }
  | { status: 'stopped'; incident: Incident }
  | { status: 'failed'; error: string };

type Resolve = (outcome: Outcome<Answers[QuestionType]>) => void;
interface Item {
  key: string;
  worldId?: string;
  question: Question;
  budget: number;
  resolve: Resolve;
  replay?: boolean;
}
interface Pending extends Item {
  id: number;
  sentAt: number;
  version?: number;
  files?: Record<string, string>;
  cancelled?: boolean;
}
interface Slot {
  inFlight?: Pending;
  next?: Item;
  /** The consumer's last answer and its stamp: the worker replies `same` instead of copying it again. */
  last?: { stamp: number; answer: Answers[QuestionType] };
}
interface HeldWorld {
  definition: WorldDefinition;
  version: number;
  files: Record<string, string>;
}
interface HeldSession {
  open: Question;
  ops: Question[];
}

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
}

const now = () => performance.now();

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export class WorldClient {
  private worker: WorkerLike | null = null;
  private ready = false;
  /** The current worker has answered a question (its code is compiled). */
  private warm = false;
  private nextId = 0;
  private incidents = 0;
  private lastMessageAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly worlds = new Map<string, HeldWorld>();
  /** The version of each world's files the current worker has. */
  private readonly sent = new Map<string, number>();
  private readonly slots = new Map<string, Slot>();
  private readonly inFlight = new Map<number, Pending>();
  private readonly sessions = new Map<string, HeldSession>();
  private readonly answered = new Map<string, Record<string, string>>();
  private readonly poisoned = new Map<string, { version: number; incident: Incident }>();
  private readonly watchers = new Map<string, Set<() => void>>();
  private readonly incidentListeners = new Set<(incident: Incident) => void>();
  /** Questions about a world not defined yet (a view mounted before its page defined it), by key. */
  private readonly waiting = new Map<string, Item>();

  constructor(private readonly createWorker: () => WorkerLike) {}

  /**
   * Starts the worker before the first question (it fetches and compiles the simulator meanwhile).
   * Nothing is asked, so no watchdog runs until a question is.
   */
  start(): void {
    this.ensureWorker();
  }

  define(worldId: string, definition: WorldDefinition): void {
    const held = this.worlds.get(worldId);
    // The same object first: an exercise defines its world at every check (serializing a capstone's
    // definition twice per key was a large part of the keystroke's garbage).
    if (held?.definition === definition) return;
    if (held && JSON.stringify(held.definition) === JSON.stringify(definition)) {
      held.definition = definition; // the same content: the next call with this object is the fast one
      return;
    }
    this.worlds.set(worldId, { definition, version: (held?.version ?? 0) + 1, files: held?.files ?? {} });
    this.post({ type: 'define', worldId, definition });
    this.sent.delete(worldId);
    for (const [key, item] of this.waiting) {
      if (item.worldId === worldId) {
        this.waiting.delete(key);
        this.dispatch(item);
      }
    }
    for (const watcher of this.watchers.get(worldId) ?? []) watcher();
  }

  /**
   * The newest files of a world (cheap: kept here and sent with the next question about the world,
   * so typing fast into a large world copies it once per answer, not once per key).
   */
  setFiles(worldId: string, files: Record<string, string>): void {
    const held = this.worlds.get(worldId);
    if (!held || sameFiles(held.files, files)) return;
    held.version += 1;
    held.files = files;
    for (const watcher of this.watchers.get(worldId) ?? []) watcher();
  }

  version(worldId: string): number {
    return this.worlds.get(worldId)?.version ?? 0;
  }

  /** Called whenever the world's files change. */
  watch(worldId: string, watcher: () => void): () => void {
    const set = this.watchers.get(worldId) ?? new Set();
    set.add(watcher);
    this.watchers.set(worldId, set);
    return () => set.delete(watcher);
  }

  onIncident(listener: (incident: Incident) => void): () => void {
    this.incidentListeners.add(listener);
    return () => this.incidentListeners.delete(listener);
  }

  /**
   * Ask a question. `key` names the consumer: while its question is in flight, a newer one waits
   * (replacing any older waiting one, which resolves `superseded`) and is sent when the answer comes.
   */
  ask<Q extends Question>(key: string, worldId: string | undefined, question: Q, budget = CHECK_BUDGET_MS): Promise<Outcome<Answers[Q['type']]>> {
    return new Promise((resolve) => {
      const item: Item = { key, worldId, question, budget, resolve: resolve as Resolve };
      const slot = this.slot(key);
      if (slot.inFlight) {
        slot.next?.resolve({ status: 'superseded' });
        slot.next = item;
      } else this.dispatch(item);
    });
  }

  /** Drop a consumer's questions (unmounted, or its question no longer matters). */
  cancel(key: string): void {
    this.waiting.get(key)?.resolve({ status: 'superseded' });
    this.waiting.delete(key);
    const slot = this.slots.get(key);
    if (!slot) return;
    slot.next?.resolve({ status: 'superseded' });
    slot.next = undefined;
    slot.last = undefined;
    const running = slot.inFlight;
    if (running) {
      running.cancelled = true;
      running.resolve({ status: 'superseded' });
      this.post({ type: 'cancel', id: running.id });
      slot.inFlight = undefined;
    }
  }

  private slot(key: string): Slot {
    let slot = this.slots.get(key);
    if (!slot) this.slots.set(key, (slot = {}));
    return slot;
  }

  private dispatch(item: Item): void {
    if (item.worldId !== undefined && !this.worlds.has(item.worldId)) {
      this.waiting.get(item.key)?.resolve({ status: 'superseded' });
      this.waiting.set(item.key, item);
      return;
    }
    const world = item.worldId === undefined ? undefined : this.worlds.get(item.worldId);
    const poison = item.worldId === undefined ? undefined : this.poisoned.get(item.worldId);
    if (world && poison && poison.version === world.version && !item.replay) {
      item.resolve({ status: 'stopped', incident: poison.incident });
      return;
    }
    this.ensureWorker();
    const pending: Pending = { ...item, id: ++this.nextId, sentAt: now(), version: world?.version, files: world?.files };
    if (!item.replay) this.slot(item.key).inFlight = pending;
    this.inFlight.set(pending.id, pending);
    for (const id of new Set([item.worldId, this.worldOf(item.question)])) if (id !== undefined) this.sync(id);
    const known = item.replay ? undefined : this.slots.get(item.key)?.last?.stamp;
    this.post({ type: 'ask', id: pending.id, worldId: item.worldId, question: item.question, ...(known === undefined ? {} : { known }) });
    this.arm();
  }

  /** Send a world's newest files if the worker does not have them yet. */
  private sync(worldId: string): void {
    const held = this.worlds.get(worldId);
    if (!held || this.sent.get(worldId) === held.version) return;
    this.post({ type: 'files', worldId, version: held.version, files: held.files });
    this.sent.set(worldId, held.version);
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private ensureWorker(): void {
    if (this.worker) return;
    this.worker = this.createWorker();
    // A fresh worker's stamps start again: no answer held here is known to it.
    for (const slot of this.slots.values()) slot.last = undefined;
    this.ready = false;
    this.warm = false;
    this.lastMessageAt = now();
    this.worker.onmessage = (event) => this.receive(event.data);
    for (const [worldId, held] of this.worlds) {
      this.post({ type: 'define', worldId, definition: held.definition });
      this.post({ type: 'files', worldId, version: held.version, files: held.files });
      this.sent.set(worldId, held.version);
    }
    // Terminals get their cluster back: the session is opened again and its commands replayed.
    for (const [session, held] of this.sessions) {
      for (const question of [held.open, ...held.ops]) {
        this.dispatch({ key: `replay:${session}`, worldId: this.worldOf(held.open), question, budget: CHECK_BUDGET_MS, resolve: () => {}, replay: true });
      }
    }
  }

  private worldOf(question: Question): string | undefined {
    return question.type === 'shellOpen' && 'worldId' in question.origin ? question.origin.worldId : undefined;
  }

  private receive(message: FromWorker): void {
    this.lastMessageAt = now();
    if (message.type === 'ready' || message.type === 'loading') {
      this.ready = message.type === 'ready';
      this.arm();
      return;
    }
    if (message.type === 'answer' || message.type === 'same') this.warm = true;
    const pending = this.inFlight.get(message.id);
    if (!pending) return;
    this.inFlight.delete(message.id);
    const slot = this.slots.get(pending.key);
    if (slot?.inFlight === pending) slot.inFlight = undefined;
    const answer = message.type === 'answer' ? message.answer : message.type === 'same' && slot?.last?.stamp === message.stamp ? slot.last.answer : undefined;
    if (slot && message.type === 'answer' && !pending.replay)
      slot.last = message.stamp === undefined ? undefined : { stamp: message.stamp, answer: message.answer };
    if (!pending.cancelled && !pending.replay) {
      if ((message.type === 'answer' || message.type === 'same') && answer !== undefined) {
        if (pending.worldId !== undefined && pending.files) this.answered.set(pending.worldId, pending.files);
        this.remember(pending.question);
        pending.resolve({ status: 'answered', answer, ms: message.ms, version: message.version ?? pending.version });
      } else if (message.type === 'same') pending.resolve({ status: 'failed', error: 'the page lost the answer the worker named' });
      else if (message.type === 'failed') pending.resolve({ status: 'failed', error: message.error });
      else pending.resolve({ status: 'superseded' });
    }
    this.sendNext(pending.key);
    this.arm();
  }

  /** Terminal state to replay into a restarted worker. */
  private remember(question: Question): void {
    if (question.type === 'shellOpen') this.sessions.set(question.session, { open: question, ops: [] });
    else if (question.type === 'shellClose') this.sessions.delete(question.session);
    else if (question.type === 'shellRun' || question.type === 'shellFile') this.sessions.get(question.session)?.ops.push(question);
  }

  private sendNext(key: string): void {
    const slot = this.slots.get(key);
    if (!slot || slot.inFlight || !slot.next) return;
    const next = slot.next;
    slot.next = undefined;
    this.dispatch(next);
  }

  private arm(): void {
    clearTimeout(this.timer);
    const culprit = this.inFlight.values().next().value;
    if (!culprit) return;
    const deadline = Math.max(this.lastMessageAt, culprit.sentAt) + (this.ready ? this.budgetOf(culprit) : WORKER_LOAD_TIMEOUT_MS);
    this.timer = setTimeout(() => this.expire(), Math.max(0, deadline - now()) + 5);
  }

  private expire(): void {
    const culprit = this.inFlight.values().next().value;
    if (!culprit) return;
    const deadline = Math.max(this.lastMessageAt, culprit.sentAt) + (this.ready ? this.budgetOf(culprit) : WORKER_LOAD_TIMEOUT_MS);
    if (now() < deadline) {
      this.arm();
      return;
    }
    this.restart(culprit);
  }

  private budgetOf(pending: Pending): number {
    return budgetFor(pending.budget, pending.files, !this.warm);
  }

  /** The worker is stuck on `culprit`: stop it, start a fresh one with the page's state, ask again. */
  private restart(culprit: Pending): void {
    const incident: Incident = {
      seq: ++this.incidents,
      question: culprit.question.type,
      worldId: culprit.worldId,
      input: this.inputOf(culprit),
      budgetMs: this.budgetOf(culprit),
    };
    if (culprit.worldId !== undefined && culprit.version !== undefined && culprit.question.type !== 'shellRun') {
      this.poisoned.set(culprit.worldId, { version: culprit.version, incident });
    }
    if (culprit.replay && culprit.question.type !== 'shellClose' && 'session' in culprit.question) this.sessions.delete(culprit.question.session);
    const others = [...this.inFlight.values()].filter((p) => p !== culprit && !p.cancelled && !p.replay);
    this.inFlight.clear();
    for (const slot of this.slots.values()) slot.inFlight = undefined;
    this.worker?.terminate();
    this.worker = null;
    if (!culprit.cancelled && !culprit.replay) culprit.resolve({ status: 'stopped', incident });
    for (const listener of this.incidentListeners) listener(incident);
    this.ensureWorker();
    for (const pending of others) this.dispatch(pending);
    for (const key of this.slots.keys()) this.sendNext(key);
    this.arm();
  }

  private inputOf(culprit: Pending): IncidentInput {
    const q = culprit.question;
    if (q.type === 'shellRun') return { kind: 'command', command: q.line };
    if (q.type === 'shellFile') return { kind: 'files', files: [{ name: q.name, chars: q.text.length }] };
    const files = culprit.files ?? {};
    const before = culprit.worldId === undefined ? undefined : this.answered.get(culprit.worldId);
    const changed = Object.keys(files).filter((name) => files[name] !== before?.[name]);
    if (changed.length === 0) return { kind: 'question', question: q.type, files: Object.keys(files).map((name) => ({ name, chars: files[name].length })) };
    return { kind: 'files', files: changed.map((name) => ({ name, chars: files[name].length })) };
  }
}
