import { describe, expect, it } from 'vitest';
import { eventLinkQuery, formatClock, readEventLink, timeLeft } from '../../../lib/event/eventLink';

describe('the event link', () => {
  it('reads ?event=<id>&minutes=<n>', () => {
    expect(readEventLink('?event=kubecon-ba&minutes=90')).toEqual({ eventId: 'kubecon-ba', timerMinutes: 90 });
    expect(readEventLink('minutes=45')).toEqual({ eventId: 'practice', timerMinutes: 45 });
    expect(readEventLink('')).toEqual({ eventId: 'practice' });
  });
  it('ignores minutes that are not 1..1440 whole numbers', () => {
    for (const m of ['0', '-5', '1441', '1.5', 'abc', '', '99999', '1e3']) expect(readEventLink(`?event=x&minutes=${m}`)).toEqual({ eventId: 'x' });
  });
  it('round-trips through the link the instructor shares', () => {
    const link = { eventId: 'ws-3', timerMinutes: 30 };
    expect(readEventLink(eventLinkQuery(link))).toEqual(link);
  });
});

describe('the timer', () => {
  const start = '2026-12-07T10:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);
  it('counts down from the first visit and stops at zero', () => {
    expect(timeLeft(start, 90, at('2026-12-07T10:30:00Z'))).toBe(60 * 60_000);
    expect(timeLeft(start, 90, at('2026-12-07T11:30:00Z'))).toBe(0);
    expect(timeLeft(start, 90, at('2026-12-08T00:00:00Z'))).toBe(0);
    expect(timeLeft(start, undefined, at('2026-12-07T10:30:00Z'))).toBeUndefined();
    expect(timeLeft('not a date', 10, 0)).toBe(0);
  });
  it('formats mm:ss and h:mm:ss', () => {
    expect(formatClock(61_000)).toBe('01:01');
    expect(formatClock(90 * 60_000)).toBe('1:30:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(500)).toBe('00:01');
  });
});
