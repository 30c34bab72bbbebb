import { describe, expect, it } from 'vitest';
import { goalAnnouncement } from '@/components/lab/goalAnnouncement';
import type { Goal } from '@/lib/lesson';

// components/lab/goalAnnouncement.ts: the goals' polite live region says only pass/fail changes.
const goal = (id: string): Goal => ({ id, text: { en: `goal ${id}`, es: `objetivo ${id}` } }) as Goal;
const goals = ['a', 'b', 'c', 'd', 'e'].map(goal);
const state = (pass: Record<string, boolean>) => new Map(Object.entries(pass));

describe('goalAnnouncement', () => {
  it('says nothing on the first verdict (the status line sums it up) nor when nothing changed', () => {
    expect(goalAnnouncement('en', goals, null, state({ a: true, b: false }))).toBe('');
    expect(goalAnnouncement('en', goals, state({ a: true, b: false }), state({ a: true, b: false }))).toBe('');
  });

  it('names each goal that changed, in the page language', () => {
    const said = goalAnnouncement('en', goals, state({ a: false, b: true, c: false }), state({ a: true, b: false, c: false }));
    expect(said).toBe('Goal now passes: goal a. Goal no longer passes: goal b');
    const dicho = goalAnnouncement('es', goals, state({ a: false }), state({ a: true }));
    expect(dicho).toBe('Objetivo cumplido: objetivo a');
  });

  it('sums up when many goals change at once', () => {
    const before = state({ a: false, b: false, c: false, d: true, e: false });
    const after = state({ a: true, b: true, c: true, d: false, e: false });
    expect(goalAnnouncement('en', goals, before, after)).toBe('4 goals changed: 3 now pass, 1 no longer pass.');
    expect(goalAnnouncement('es', goals, before, after)).toBe('4 objetivos cambiaron: 3 ahora se cumplen, 1 dejaron de cumplirse.');
  });

  it('ignores goals missing on either side (a goal not checked before is not a change)', () => {
    expect(goalAnnouncement('en', goals, state({ a: false }), state({ a: false, b: true }))).toBe('');
  });
});
