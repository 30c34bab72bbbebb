// The one worker of the page (created on the first question, restarted by the client's watchdog).
import { WorldClient } from './client';

let client: WorldClient | null = null;

/** The page's world client (one per page). */
export function pageWorld(): WorldClient {
  client ??= new WorldClient(() => new Worker(new URL('./world.worker.ts', import.meta.url), { type: 'module' }) as unknown as import('./client').WorkerLike);
  return client;
}
