/**
 * Scoring: a solved challenge is worth its points minus the cost of the hints shown (never below
 * zero); an unsolved one is worth nothing. "Solved" is recomputed from the submitted flag every
 * time (checkFlag), never stored, so an exported file is re-checked the same way by anyone.
 */
import { checkFlag } from './flag';
import type { Challenge, ChallengeProgress, EventProgress } from './types';

/** Total cost of the first `used` hints. */
export function hintCost(challenge: Pick<Challenge, 'hints'>, used: number): number {
  const n = Math.max(0, Math.min(challenge.hints.length, Math.floor(Number.isFinite(used) ? used : 0)));
  return challenge.hints.slice(0, n).reduce((sum, hint) => sum + hint.cost, 0);
}

export function isSolved(eventId: string, challenge: Pick<Challenge, 'id'>, progress: ChallengeProgress | undefined): boolean {
  return progress?.flagSubmitted !== undefined && checkFlag(eventId, challenge.id, progress.flagSubmitted);
}

export function challengeScore(eventId: string, challenge: Pick<Challenge, 'id' | 'points' | 'hints'>, progress: ChallengeProgress | undefined): number {
  if (!isSolved(eventId, challenge, progress)) return 0;
  return Math.max(0, challenge.points - hintCost(challenge, progress?.hintsUsed ?? 0));
}

export interface EventScore {
  score: number;
  max: number;
  solved: number;
}

export function eventScore(
  challenges: readonly Pick<Challenge, 'id' | 'points' | 'hints'>[],
  progress: Pick<EventProgress, 'eventId' | 'challenges'>,
): EventScore {
  let score = 0;
  let solved = 0;
  for (const challenge of challenges) {
    const own = Object.prototype.hasOwnProperty.call(progress.challenges, challenge.id) ? progress.challenges[challenge.id] : undefined;
    score += challengeScore(progress.eventId, challenge, own);
    if (isSolved(progress.eventId, challenge, own)) solved++;
  }
  return { score, max: challenges.reduce((sum, c) => sum + c.points, 0), solved };
}
