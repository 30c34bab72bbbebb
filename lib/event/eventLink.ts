/**
 * The link an instructor shares: `/en/event/?event=<id>&minutes=<n>`. `event` chooses the flags
 * (and the saved progress); `minutes` starts a countdown from the learner's first visit, kept
 * across reloads; once it is over, flags are no longer accepted.
 */
import { normalizeEventId } from './flag';

export const MAX_TIMER_MINUTES = 24 * 60;

export interface EventLink {
  eventId: string;
  timerMinutes?: number;
}

/** Read the link's query string (`?event=...&minutes=...`); bad values are ignored. */
export function readEventLink(search: string): EventLink {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const eventId = normalizeEventId(params.get('event') ?? undefined);
  const minutesText = params.get('minutes');
  const minutes = minutesText !== null && /^\d{1,4}$/.test(minutesText.trim()) ? Number(minutesText.trim()) : NaN;
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIMER_MINUTES ? { eventId, timerMinutes: minutes } : { eventId };
}

/** The link for an event (what the instructor shares), relative to the event page. */
export function eventLinkQuery(link: EventLink): string {
  const params = new URLSearchParams({ event: link.eventId });
  if (link.timerMinutes !== undefined) params.set('minutes', String(link.timerMinutes));
  return `?${params.toString()}`;
}

/** Milliseconds left (0 when over); undefined without a timer. */
export function timeLeft(startedAt: string, timerMinutes: number | undefined, now: number): number | undefined {
  if (timerMinutes === undefined) return undefined;
  const start = Date.parse(startedAt);
  if (!Number.isFinite(start)) return 0;
  return Math.max(0, start + timerMinutes * 60_000 - now);
}

/** `mm:ss` or `h:mm:ss`. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
