/**
 * An event block of a submission, re-checked: for each challenge of the track whether the
 * submitted flag is right for the event the block names, the points it scores (hint costs
 * taken off) and the hints used. What the file says about itself (solvedAt) is shown, never
 * trusted as a verdict.
 */
import { checkFlag } from './flag';
import { challengeScore } from './score';
import type { Challenge, ChallengeProgress } from './types';

export type ScoringChallenge = Pick<Challenge, 'id' | 'points' | 'hints' | 'title'>;

export interface ChallengeResult {
  id: string;
  status: 'solved' | 'wrong-flag' | 'not-submitted';
  points: number;
  hintsUsed: number;
  solvedAt?: string;
}

export interface EventResults {
  eventId: string;
  score: number;
  max: number;
  solved: number;
  challenges: ChallengeResult[];
  /** Challenge ids in the file that this track does not have. */
  unknown: string[];
}

interface EventBlock {
  eventId: string;
  challenges: Record<string, ChallengeProgress>;
}

/** Re-check an event block against the track's challenges. */
export function eventResults(event: EventBlock, challenges: readonly ScoringChallenge[]): EventResults {
  const own = (id: string) => (Object.prototype.hasOwnProperty.call(event.challenges, id) ? event.challenges[id] : undefined);
  const results = challenges.map((c): ChallengeResult => {
    const progress = own(c.id);
    const submitted = typeof progress?.flagSubmitted === 'string';
    const right = submitted && checkFlag(event.eventId, c.id, progress?.flagSubmitted);
    return {
      id: c.id,
      status: right ? 'solved' : submitted ? 'wrong-flag' : 'not-submitted',
      points: challengeScore(event.eventId, c, progress),
      hintsUsed: progress?.hintsUsed ?? 0,
      ...(progress?.solvedAt ? { solvedAt: progress.solvedAt } : {}),
    };
  });
  const known = new Set(challenges.map((c) => c.id));
  return {
    eventId: event.eventId,
    score: results.reduce((sum, r) => sum + r.points, 0),
    max: challenges.reduce((sum, c) => sum + c.points, 0),
    solved: results.filter((r) => r.status === 'solved').length,
    challenges: results,
    unknown: Object.keys(event.challenges).filter((id) => !known.has(id)),
  };
}
