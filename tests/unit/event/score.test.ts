import { describe, expect, it } from 'vitest';
import { flagFor } from '../../../lib/event/flag';
import { challengeScore, eventScore, hintCost } from '../../../lib/event/score';
import type { Challenge } from '../../../lib/event/types';

const words = { en: 'x', es: 'x' };
const challenge = (id: string, points: number, costs: number[]) =>
  ({ id, points, hints: costs.map((cost) => ({ cost, text: words })) }) as unknown as Challenge;
const a = challenge('a', 100, [10, 20, 30]);
const b = challenge('b', 50, [40, 40]);

describe('scoring', () => {
  it('hint costs add up for the hints shown, clamped to the hints that exist', () => {
    expect(hintCost(a, 0)).toBe(0);
    expect(hintCost(a, 2)).toBe(30);
    expect(hintCost(a, 99)).toBe(60);
    expect(hintCost(a, -3)).toBe(0);
    expect(hintCost(a, Number.NaN)).toBe(0);
  });

  it('a solved challenge is worth points minus hint costs, never below zero; unsolved is 0', () => {
    expect(challengeScore('e', a, { flagSubmitted: flagFor('e', 'a'), hintsUsed: 1 })).toBe(90);
    expect(challengeScore('e', b, { flagSubmitted: flagFor('e', 'b'), hintsUsed: 2 })).toBe(0);
    expect(challengeScore('e', a, { flagSubmitted: 'flag{0000}', hintsUsed: 0 })).toBe(0);
    expect(challengeScore('e', a, { flagSubmitted: flagFor('other', 'a'), hintsUsed: 0 })).toBe(0);
    expect(challengeScore('e', a, undefined)).toBe(0);
  });

  it('the event total re-checks every flag (a stored "solved" means nothing)', () => {
    const progress = {
      eventId: 'e',
      challenges: {
        a: { flagSubmitted: flagFor('e', 'a'), hintsUsed: 3 },
        b: { flagSubmitted: flagFor('e', 'a'), solvedAt: '2026-01-01T00:00:00Z', hintsUsed: 0 },
      },
    };
    expect(eventScore([a, b], progress)).toEqual({ score: 40, max: 150, solved: 1 });
    expect(eventScore([a, b], { eventId: 'e', challenges: JSON.parse('{"__proto__": {"flagSubmitted": "x", "hintsUsed": 0}}') })).toEqual({
      score: 0,
      max: 150,
      solved: 0,
    });
  });
});
