// The page's Web Worker: holds the page's worlds (built once per edit) and answers every consumer,
// so the main thread never runs the simulator. Messages are drained in batches: a question
// cancelled before its turn is skipped.
import { WorldHost } from './host';
import type { FromWorker, ToWorker } from './protocol';

const host = new WorldHost();
const queue: ToWorker[] = [];
let scheduled = false;

function post(message: FromWorker): void {
  (self as unknown as Worker).postMessage(message);
}

function drain(): void {
  scheduled = false;
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
    const started = performance.now();
    try {
      const answer = host.ask(message.worldId, message.question);
      const stamp = host.stampOf(answer);
      const ms = performance.now() - started;
      const version = host.version(message.worldId);
      // The consumer holds this very answer (an edit that changed no object): say so, copy nothing.
      if (stamp !== undefined && stamp === message.known) post({ type: 'same', id: message.id, ms, version, stamp });
      else post({ type: 'answer', id: message.id, answer, ms, version, ...(stamp === undefined ? {} : { stamp }) });
    } catch (error) {
      post({ type: 'failed', id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  queue.push(event.data);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
};

// The simulator is loaded and compiled: questions are timed from now on.
post({ type: 'ready' });
