import { describe, expect, it } from 'vitest';
import { nextRevealCount } from '@/components/lab/revealInSteps';

// components/lab/revealInSteps.ts: a long verdict's goal explanations appear a few per task.
describe('nextRevealCount', () => {
  it('adds one step, never past the total', () => {
    expect(nextRevealCount(0, 66, 8)).toBe(8);
    expect(nextRevealCount(8, 66, 8)).toBe(16);
    expect(nextRevealCount(64, 66, 8)).toBe(66);
    expect(nextRevealCount(66, 66, 8)).toBe(66);
  });

  it('reaches every item of any list in ceil(total / step) steps', () => {
    for (const total of [1, 7, 8, 9, 65, 66, 200])
      for (const step of [1, 3, 8, 50]) {
        let n = 0;
        let steps = 0;
        while (n < total) {
          const next = nextRevealCount(n, total, step);
          expect(next).toBeGreaterThan(n);
          n = next;
          steps++;
        }
        expect(n).toBe(total);
        expect(steps).toBe(Math.ceil(total / step));
      }
  });

  it('shows nothing of an empty list and keeps at most the total when the list shrank', () => {
    expect(nextRevealCount(0, 0, 8)).toBe(0);
    expect(nextRevealCount(40, 10, 8)).toBe(10);
  });

  it('always progresses, even with a step under one', () => {
    expect(nextRevealCount(3, 10, 0)).toBe(4);
    expect(nextRevealCount(3, 10, 0.5)).toBe(4);
  });
});
