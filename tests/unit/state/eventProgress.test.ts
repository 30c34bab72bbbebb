// Event progress in this browser: per event, the timer kept across reloads, hostile data refused.
import { beforeEach, describe, expect, it } from 'vitest';
import { installStorage, MemoryStorage } from './memoryStorage';
import { EVENT_PREFIX, LAST_EVENT_KEY, openEvent, readEventProgress, saveEvent } from '../../../lib/state/eventProgress';

const T0 = Date.parse('2026-12-07T10:00:00Z');
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  installStorage(storage);
});

describe('openEvent', () => {
  it("starts an event at the first visit, with the link's timer", () => {
    const p = openEvent({ eventId: 'ws-1', timerMinutes: 90 }, T0);
    expect(p).toEqual({ eventId: 'ws-1', startedAt: '2026-12-07T10:00:00.000Z', timerMinutes: 90, challenges: {} });
  });

  it('a reload (or the link again, even with other minutes) neither resets nor extends the timer', () => {
    saveEvent(openEvent({ eventId: 'ws-1', timerMinutes: 90 }, T0));
    const later = openEvent({ eventId: 'ws-1', timerMinutes: 600 }, T0 + 30 * 60_000);
    expect(later.startedAt).toBe('2026-12-07T10:00:00.000Z');
    expect(later.timerMinutes).toBe(90);
  });

  it('a timer added to an untimed event starts then', () => {
    saveEvent(openEvent({ eventId: 'ws-1' }, T0));
    const timed = openEvent({ eventId: 'ws-1', timerMinutes: 45 }, T0 + 60_000);
    expect(timed).toMatchObject({ startedAt: '2026-12-07T10:01:00.000Z', timerMinutes: 45 });
  });

  it('without ?event= it continues the last event this browser opened', () => {
    saveEvent(openEvent({ eventId: 'ws-9' }, T0));
    expect(storage.getItem(LAST_EVENT_KEY)).toBe('ws-9');
    expect(openEvent({ eventId: 'practice', explicit: false }, T0).eventId).toBe('ws-9');
    expect(openEvent({ eventId: 'practice', explicit: true }, T0).eventId).toBe('practice');
  });

  it('damaged or hostile saved data is a fresh start', () => {
    for (const text of [
      '{',
      'null',
      '[]',
      '{"eventId":"other","startedAt":"2026-01-01T00:00:00Z","challenges":{}}',
      '{"eventId":"ws-1","startedAt":"yesterday"}',
    ]) {
      storage.setItem(`${EVENT_PREFIX}ws-1`, text);
      expect(openEvent({ eventId: 'ws-1' }, T0).startedAt).toBe('2026-12-07T10:00:00.000Z');
    }
  });
});

describe('readEventProgress', () => {
  it('keeps valid challenges only, with a null prototype, and clamps what it cannot trust', () => {
    const read = readEventProgress(
      JSON.parse(`{"eventId":"e","startedAt":"2026-12-07T10:00:00Z","timerMinutes":99999,"challenges":{
      "__proto__":{"hintsUsed":1},"ok":{"flagSubmitted":"flag{1}","solvedAt":"2026-12-07T10:05:00Z","hintsUsed":2},
      "Bad Id":{"hintsUsed":0},"neg":{"hintsUsed":-4,"flagSubmitted":7}}}`),
      'e',
    );
    expect(read?.timerMinutes).toBeUndefined();
    expect(Object.keys(read!.challenges).sort()).toEqual(['neg', 'ok']);
    expect(read!.challenges.ok).toEqual({ flagSubmitted: 'flag{1}', solvedAt: '2026-12-07T10:05:00Z', hintsUsed: 2 });
    expect(read!.challenges.neg).toEqual({ hintsUsed: 0 });
    expect(Object.getPrototypeOf(read!.challenges)).toBeNull();
  });
});
