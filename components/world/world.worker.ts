// The page's Web Worker: holds the page's worlds (built once per edit) and answers every consumer,
// so the main thread never runs the simulator. Messages are drained in batches: a question
// cancelled before its turn is skipped. The terminal's, the views' and the attack paths' code is
// loaded on its first question (the first check needs none of it).
import { loadSchemaValidators, takeMissingSchemaValidators } from '@/lib/sim/schemas/schemaValidators';
import { WorldHost } from './host';
import type { FromWorker, ToWorker } from './protocol';

const host = new WorldHost();
let answered = false;
const queue: ToWorker[] = [];
let scheduled = false;

function post(message: FromWorker): void {
  (self as unknown as Worker).postMessage(message);
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => void drain(), 0);
}

/**
 * Answers the batch in order (the page's watchdog blames the oldest question in flight, so the
 * worker must work on it first). A question whose code is not loaded yet waits for it: the
 * worker says `ready` again once it is, so the page times the question from then. A failed load
 * (offline without the chunk) fails the questions that needed it (`ask` says the code is not
 * loaded), not the worker. The first check needs no such code: it never waits.
 */
async function drain(): Promise<void> {
  const batch = queue.splice(0);
  const cancelled = new Set(batch.flatMap((m) => (m.type === 'cancel' ? [m.id] : [])));
  // Every world's newest files first: the batch's questions (about versions sent while the worker
  // was busy) are answered about the newest text, from one build instead of one per version.
  for (const message of batch) if (message.type !== 'ask' && message.type !== 'cancel') host.receive(message);
  for (const message of batch) {
    if (message.type !== 'ask') continue;
    if (cancelled.has(message.id)) {
      post({ type: 'cancelled', id: message.id });
      continue;
    }
    const loading = host.prepare(message.question, message.worldId);
    if (loading) {
      await loading.catch(() => undefined);
      post({ type: 'ready' });
    }
    await answer(message);
  }
  scheduled = false;
  if (queue.length > 0) schedule();
}

/**
 * Answers a question. A world whose build asked for a kind's schema validator that `prepare` did
 * not load (a kind its texts spell with escapes, or a failed load) is built again once it is: an
 * answer never lacks a schema finding, and fails when the validator cannot be loaded. Terminal
 * questions change their session, so they run once (their `prepare` loads every kind's).
 */
async function answer(message: Extract<ToWorker, { type: 'ask' }>): Promise<void> {
  takeMissingSchemaValidators(); // noted by an earlier question: loaded since, or noted again below
  let reply = compute(message);
  const missing = message.question.type.startsWith('shell') ? [] : takeMissingSchemaValidators();
  if (missing.length > 0) {
    try {
      await loadSchemaValidators(missing);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      post({ type: 'failed', id: message.id, error: `the schema validators could not be loaded (${detail})` });
      return;
    }
    host.forgetBuilds();
    post({ type: 'ready' });
    reply = compute(message);
  }
  post(reply);
}

function compute(message: Extract<ToWorker, { type: 'ask' }>): FromWorker {
  const started = performance.now();
  try {
    const answer = host.ask(message.worldId, message.question);
    if (!answered) performance.mark('world:first-answer');
    answered = true;
    const stamp = host.stampOf(answer);
    const ms = performance.now() - started;
    const version = host.version(message.worldId);
    // The consumer holds this very answer (an edit that changed no object): say so, copy nothing.
    if (stamp !== undefined && stamp === message.known) return { type: 'same', id: message.id, ms, version, stamp };
    return { type: 'answer', id: message.id, answer, ms, version, ...(stamp === undefined ? {} : { stamp }) };
  } catch (error) {
    return { type: 'failed', id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  queue.push(event.data);
  schedule();
};

// The simulator is loaded and compiled: questions are timed from now on. (The marks let a
// profile or bench/workerTimeline.mjs place the worker's start-up on the page's timeline.)
performance.mark('world:ready');
post({ type: 'ready' });
