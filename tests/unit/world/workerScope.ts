// The worker entry as the page sees it: messages in, messages out, on a stand-in `self`.
import type { FromWorker, ToWorker } from '@/components/world/protocol';

/** Every message the worker posted, in order (tests may empty it). */
export const posted: FromWorker[] = [];
const scope = globalThis as unknown as { self?: unknown; postMessage?: (m: FromWorker) => void; onmessage?: (e: { data: ToWorker }) => void };

/** Installs the stand-in `self` and starts the worker entry (once per test file: modules are per file). */
export async function startWorker(): Promise<void> {
  scope.self = globalThis;
  scope.postMessage = (m) => posted.push(m);
  await import('@/components/world/world.worker');
}

/** Removes the stand-in `self`. */
export function stopWorker(): void {
  delete scope.self;
  delete scope.postMessage;
  delete scope.onmessage;
}

/** Delivers messages to the worker, as the page's postMessage would. */
export const send = (...messages: ToWorker[]) => messages.forEach((data) => scope.onmessage!({ data }));

const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Waits (at most a minute) until `done` holds. */
export async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1200 && !done(); i++) await settled();
}
