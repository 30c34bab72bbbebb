import { describe, expect, it } from 'vitest';
import { flagFor } from '../../../lib/event/flag';
import { eventResults, type ScoringChallenge } from '../../../lib/event/results';

const words = { en: 'x', es: 'x' };
const track: ScoringChallenge[] = [
  {
    id: 'a',
    points: 100,
    title: words,
    hints: [
      { cost: 10, text: words },
      { cost: 20, text: words },
    ],
  },
  { id: 'b', points: 150, title: words, hints: [{ cost: 15, text: words }] },
  { id: 'c', points: 200, title: words, hints: [] },
];

describe('eventResults', () => {
  it('re-checks each submitted flag against the event the file names', () => {
    const results = eventResults(
      {
        eventId: 'ws',
        challenges: {
          a: { flagSubmitted: flagFor('ws', 'a'), hintsUsed: 1, solvedAt: '2026-12-07T10:10:00Z' },
          b: { flagSubmitted: flagFor('other', 'b'), hintsUsed: 0, solvedAt: '2026-12-07T10:20:00Z' },
          zz: { flagSubmitted: 'x', hintsUsed: 0 },
        },
      },
      track,
    );
    expect(results).toMatchObject({ eventId: 'ws', score: 90, max: 450, solved: 1, unknown: ['zz'] });
    expect(results.challenges.map((r) => [r.id, r.status, r.points])).toEqual([
      ['a', 'solved', 90],
      ['b', 'wrong-flag', 0],
      ['c', 'not-submitted', 0],
    ]);
  });

  it('the same file scores the same for anyone (no stored verdict is read)', () => {
    const block = { eventId: 'ws', challenges: { c: { flagSubmitted: flagFor('ws', 'c'), hintsUsed: 0 } } };
    expect(eventResults(block, track)).toEqual(eventResults(JSON.parse(JSON.stringify(block)), track));
    expect(eventResults(block, track).score).toBe(200);
  });
});
