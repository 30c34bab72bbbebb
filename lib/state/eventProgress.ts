'use client';
/**
 * Event mode's progress in this browser, one entry per event id (`k8s-lab-event:<id>`): when the
 * learner first opened it, the timer the link set, and per challenge the flag submitted, when and
 * the hints shown. Never a verdict: "solved" is re-checked from the flag (lib/event/score).
 * Unreadable data is treated as a fresh start (and never overwritten until the learner acts).
 */
import { normalizeEventId } from '../event/flag';
import { MAX_TIMER_MINUTES, type EventLink } from '../event/eventLink';
import type { ChallengeProgress, EventProgress } from '../event/types';
import { readItem, writeItem, type WriteOutcome } from './safeStorage';

export const EVENT_PREFIX = 'k8s-lab-event:';
/** The event this browser opened last: a visit without `?event=` (a language switch, the menu) continues it. */
export const LAST_EVENT_KEY = 'k8s-lab-event-last';
const MAX_FLAG = 500;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v));

function readChallenge(value: unknown): ChallengeProgress | null {
  if (!isRecord(value)) return null;
  const hintsUsed =
    typeof value.hintsUsed === 'number' && Number.isInteger(value.hintsUsed) && value.hintsUsed >= 0 && value.hintsUsed < 100 ? value.hintsUsed : 0;
  const out: ChallengeProgress = { hintsUsed };
  if (typeof value.flagSubmitted === 'string' && value.flagSubmitted.length <= MAX_FLAG) out.flagSubmitted = value.flagSubmitted;
  if (isIso(value.solvedAt)) out.solvedAt = value.solvedAt;
  return out;
}

/** Read a saved entry; null when it is not one. */
export function readEventProgress(value: unknown, eventId: string): EventProgress | null {
  if (!isRecord(value) || value.eventId !== eventId || !isIso(value.startedAt)) return null;
  const challenges: Record<string, ChallengeProgress> = Object.create(null) as Record<string, ChallengeProgress>;
  if (isRecord(value.challenges)) {
    for (const [id, entry] of Object.entries(value.challenges).slice(0, 200)) {
      const read = /^[a-z0-9-]{1,60}$/.test(id) ? readChallenge(entry) : null;
      if (read) challenges[id] = read;
    }
  }
  const minutes = value.timerMinutes;
  const timer = typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIMER_MINUTES ? { timerMinutes: minutes } : {};
  return { eventId, startedAt: value.startedAt, ...timer, challenges };
}

/**
 * The progress for the event of this link: the saved one, or a fresh start now. A timer from the
 * link is kept once set (a reload or a second click on the link neither resets nor extends it);
 * a timer added later starts then.
 */
export function openEvent(link: EventLink & { explicit?: boolean }, now: number): EventProgress {
  const eventId = link.explicit === false ? normalizeEventId(readItem(LAST_EVENT_KEY) ?? link.eventId) : normalizeEventId(link.eventId);
  let saved: EventProgress | null = null;
  try {
    saved = readEventProgress(JSON.parse(readItem(EVENT_PREFIX + eventId) ?? 'null'), eventId);
  } catch {
    saved = null;
  }
  const fresh: EventProgress = {
    eventId,
    startedAt: new Date(now).toISOString(),
    challenges: {},
    ...(link.timerMinutes ? { timerMinutes: link.timerMinutes } : {}),
  };
  if (!saved) return fresh;
  if (saved.timerMinutes === undefined && link.timerMinutes !== undefined) return { ...saved, startedAt: fresh.startedAt, timerMinutes: link.timerMinutes };
  return saved;
}

export function saveEvent(progress: EventProgress): WriteOutcome {
  writeItem(LAST_EVENT_KEY, progress.eventId);
  return writeItem(EVENT_PREFIX + progress.eventId, JSON.stringify({ ...progress, challenges: { ...progress.challenges } }));
}
