import { describe, expect, it } from 'vitest';
import type { LabResult } from '@/lib/lesson';
import { deepEqual, reuseUnchanged } from '@/components/lab/sameResult';

/** A result as a worker's message brings it: a fresh copy every time. */
function result(pass: boolean, line = 3): LabResult {
  return structuredClone({
    goals: [
      { id: 'g1', pass, message: { en: 'one', es: 'uno' } },
      { id: 'g2', pass: true, message: { en: 'two', es: 'dos' } },
    ],
    diagnostics: { 'a.yaml': [{ severity: 'warning', code: 'w', message: 'm', line, column: 1 }], 'world.yaml': [] },
    passed: false,
    misconceptions: [],
  }) as unknown as LabResult;
}

describe('deepEqual', () => {
  it('compares JSON-like values by content', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
  });
});

describe('reuseUnchanged', () => {
  it('an answer equal to the previous one is the previous object', () => {
    const previous = result(false);
    expect(reuseUnchanged(previous, result(false))).toBe(previous);
  });

  it('keeps the unchanged parts and takes the changed ones', () => {
    const previous = result(false);
    const next = result(true);
    const merged = reuseUnchanged(previous, next);
    expect(merged).toEqual(next);
    expect(merged.goals).toBe(next.goals);
    expect(merged.diagnostics).toBe(previous.diagnostics);
    expect(merged.misconceptions).toBe(previous.misconceptions);
  });

  it('a diagnostic that moved is the new list, the other files keep theirs', () => {
    const previous = result(false, 3);
    const next = result(false, 4);
    const merged = reuseUnchanged(previous, next);
    expect(merged).toEqual(next);
    expect(merged.goals).toBe(previous.goals);
    expect(merged.diagnostics['a.yaml']).toBe(next.diagnostics['a.yaml']);
    expect(merged.diagnostics['world.yaml']).toBe(previous.diagnostics['world.yaml']);
  });

  it('without a previous answer, the answer itself', () => {
    const next = result(true);
    expect(reuseUnchanged(null, next)).toBe(next);
  });
});
