// A submission is someone else's file (issue 18): whatever it holds, reading it never throws,
// never touches Object.prototype, and what it keeps stays within the caps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubmission, SUBMISSION_FORMAT, SUBMISSION_LIMITS } from '@/lib/workshop/submission';
import { describeSubmissionProblem } from '@/lib/workshop/submissionWords';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'a/b/c', '../x', ''];
const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 }));
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), fc.dictionary(key, tie('any'), { maxKeys: 4 })),
})).any;

describe('parseSubmission on hostile input (seed 1818)', () => {
  it('never throws, never pollutes, keeps only checked data, and words every problem', () => {
    fc.assert(
      fc.property(value, value, fc.boolean(), (exercises, event, ours) => {
        const doc = ours ? { format: SUBMISSION_FORMAT, learner: 'x', courseVersion: 'v', createdAt: '2026-12-07T10:00:00Z', exercises, event } : exercises;
        const result = parseSubmission(JSON.stringify(doc) ?? 'null');
        expect(({} as Record<string, unknown>).files).toBeUndefined();
        for (const problem of result.problems)
          for (const lang of ['en', 'es'] as const) expect(describeSubmissionProblem(problem, lang).length).toBeGreaterThan(0);
        if (!result.ok) return;
        for (const [id, exercise] of Object.entries(result.submission.exercises)) {
          expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/);
          expect(Object.values(exercise.files).every((t) => typeof t === 'string' && t.length <= SUBMISSION_LIMITS.fileTextChars)).toBe(true);
          expect(Number.isInteger(exercise.hintsUsed)).toBe(true);
        }
      }),
      { numRuns: 400, seed: 1818 },
    );
  });

  it('reads a raw text of any characters without throwing (seed 1819)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => parseSubmission(text)).not.toThrow();
        expect(() => parseSubmission(`{"format":"${SUBMISSION_FORMAT}",${text}`)).not.toThrow();
      }),
      { numRuns: 400, seed: 1819 },
    );
  });
});
