import { isSolved, eventScore } from '../event/score';
import type { WorkshopChallenge } from './course';
import type { SubmissionEvent } from './submission';

/** One learner's event, re-checked: every flag recomputed (event mode's checkFlag), never taken from the file. */
export interface EventResult {
  eventId: string;
  score: number;
  max: number;
  solved: number;
  challenges: { id: string; solved: boolean; hintsUsed: number; solvedAt?: string }[];
}

export function eventResult(challenges: readonly WorkshopChallenge[], event: SubmissionEvent): EventResult {
  const own = (id: string) => (Object.hasOwn(event.challenges, id) ? event.challenges[id] : undefined);
  const { score, max, solved } = eventScore(challenges, event);
  return {
    eventId: event.eventId,
    score,
    max,
    solved,
    challenges: challenges.map((c) => {
      const progress = own(c.id);
      const ok = isSolved(event.eventId, c, progress);
      return { id: c.id, solved: ok, hintsUsed: progress?.hintsUsed ?? 0, ...(ok && progress?.solvedAt ? { solvedAt: progress.solvedAt } : {}) };
    }),
  };
}
