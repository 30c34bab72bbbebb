// The roster re-checks an event block's flags with event mode's own function (issue 18): a right
// flag scores its points minus the hints' costs, a wrong or forged one scores nothing.
import { describe, expect, it } from 'vitest';
import { workshopCourse } from '@/lib/content/workshopCourse';
import { flagFor } from '@/lib/event/flag';
import { hintCost } from '@/lib/event/score';
import { eventResult } from '@/lib/workshop/eventResult';
import { rosterCsv } from '@/lib/workshop/rosterCsv';
import type { RosterEntry } from '@/lib/workshop/roster';

const course = workshopCourse();
const challenges = course.challenges ?? [];

describe('eventResult', () => {
  it('ships the challenges without worlds, solves or flags', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(challenges)).not.toMatch(/flag\{|"world"|"solve"/);
  });

  it('scores right flags, refuses wrong and forged ones, and lists them in the CSV', () => {
    const [first, second, third] = challenges;
    const event = {
      eventId: 'kubecon',
      startedAt: '2026-12-07T10:00:00Z',
      challenges: {
        [first.id]: { flagSubmitted: ` ${flagFor('kubecon', first.id).toUpperCase()} `, solvedAt: '2026-12-07T10:10:00Z', hintsUsed: 1 },
        [second.id]: { flagSubmitted: flagFor('other-event', second.id), solvedAt: '2026-12-07T10:11:00Z', hintsUsed: 0 },
        [third.id]: { flagSubmitted: 'flag{00000000000000000000}', hintsUsed: 0 },
      },
    };
    const result = eventResult(challenges, event);
    expect(result.solved).toBe(1);
    expect(result.score).toBe(Math.max(0, first.points - hintCost(first, 1)));
    expect(result.max).toBe(challenges.reduce((n, c) => n + c.points, 0));
    expect(result.challenges.filter((c) => c.solved).map((c) => c.id)).toEqual([first.id]);
    expect(result.challenges.find((c) => c.id === second.id)?.solvedAt).toBeUndefined();

    const entry: RosterEntry = {
      id: '1',
      source: 'a.json',
      learner: 'Ana',
      courseVersion: course.courseVersion,
      createdAt: '2026-12-07T11:00:00Z',
      grades: {},
      unknown: [],
      problems: [],
      event,
      eventResult: result,
    };
    const rows = rosterCsv([entry], course, 'en')
      .split('\r\n')
      .filter((l) => l.includes('event:kubecon/'));
    expect(rows).toHaveLength(challenges.length);
    expect(rows.find((l) => l.includes(`event:kubecon/${first.id},`))).toMatch(/,solved,,1,2026-12-07T10:10:00Z$/);
    expect(rows.find((l) => l.includes(`event:kubecon/${second.id},`))).toMatch(/,not solved,,0,$/);
  });
});
