import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSubmission, type SavedExercise } from '@/lib/workshop/buildSubmission';
import { courseVersion, parseSubmission, serializeSubmission, SUBMISSION_FORMAT, SUBMISSION_LIMITS, submissionFileName } from '@/lib/workshop/submission';
import { describeSubmissionProblem } from '@/lib/workshop/submissionWords';

const header = { format: SUBMISSION_FORMAT, learner: 'Ana', courseVersion: '0.1.0+abcdef123456', createdAt: '2026-12-07T11:00:00.000Z' };
const good = {
  ...header,
  exercises: { 'rbac/roles/read-pods': { files: { 'role.yaml': 'kind: Role\n' }, hintsUsed: 1, lastEdited: '2026-12-07T10:00:00.000Z' } },
};
const parse = (value: unknown) => parseSubmission(JSON.stringify(value));
const codes = (r: ReturnType<typeof parseSubmission>) => r.problems.map((p) => p.code);

describe('parseSubmission', () => {
  it('reads a well-formed submission and keeps what the learner typed', () => {
    const r = parse(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.submission.exercises['rbac/roles/read-pods'].files['role.yaml']).toBe('kind: Role\n');
    expect(r.submission.exercises['rbac/roles/read-pods'].hintsUsed).toBe(1);
    expect(r.problems).toEqual([]);
  });

  it('refuses text that is not JSON, not an object, or not ours', () => {
    expect(codes(parseSubmission('{"format": "k8s-lab-sub'))).toEqual(['not-json']);
    expect(codes(parseSubmission('[1,2]'))).toEqual(['not-object']);
    expect(codes(parse({ format: 'k8s-security-lab-progress', exercises: {} }))).toEqual(['not-a-submission']);
    expect(codes(parse({ ...good, format: 'k8s-lab-submission/2' }))).toEqual(['newer-format']);
  });

  it('refuses a file over the size cap before parsing it', () => {
    const r = parseSubmission(' '.repeat(SUBMISSION_LIMITS.fileChars + 1));
    expect(codes(r)).toEqual(['too-large']);
  });

  it('refuses 10,000 exercises as a whole (one clear error, not 10,000)', () => {
    const exercises: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) exercises[`t/l/e${i}`] = { files: {}, hintsUsed: 0 };
    const r = parse({ ...header, exercises });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([{ code: 'too-many', path: 'exercises', params: { count: 10_000, max: SUBMISSION_LIMITS.exercises } }]);
  });

  it('drops prototype keys and never pollutes Object.prototype', () => {
    const text = `{"format":"${SUBMISSION_FORMAT}","learner":"x","courseVersion":"v","createdAt":"2026-12-07T11:00:00Z",
      "exercises":{"__proto__":{"files":{"a.yaml":"x"}},"constructor":{"files":{}},"a/b/c":{"files":{"__proto__":"polluted","ok.yaml":"y"}}}}`;
    const r = parseSubmission(text);
    expect(({} as Record<string, unknown>).files).toBeUndefined();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.submission.exercises)).toEqual([]); // a/b/c had a bad file key: left out
    expect(codes(r)).toEqual(['bad-key', 'bad-key', 'bad-key']);
    expect(Object.getPrototypeOf(r.submission.exercises)).toBeNull();
  });

  it('leaves out a damaged exercise and keeps the others, saying where', () => {
    const r = parse({ ...good, exercises: { ...good.exercises, 'x/y/z': { files: { 'a.yaml': 42 } }, 'x/y/w': { files: {}, hintsUsed: -1 } } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.submission.exercises)).toEqual(['rbac/roles/read-pods']);
    expect(r.problems.map((p) => p.path)).toEqual(['exercises["x/y/z"].files["a.yaml"]', 'exercises["x/y/w"].hintsUsed']);
  });

  it('refuses paths that climb out, names too long and bad dates', () => {
    const r = parse({ ...header, learner: 'x'.repeat(500), exercises: {} });
    expect(codes(r)).toEqual(['too-long']);
    const p = parse({ ...header, exercises: { 'a/b/c': { files: { '../etc/passwd': 'x' } }, 'a/b/d': { files: {}, lastEdited: 'yesterday' } } });
    expect(codes(p)).toEqual(['bad-key', 'bad-date']);
  });

  it('reads the event block that event mode fills', () => {
    const event = {
      eventId: 'ctf-1',
      startedAt: '2026-12-07T10:00:00Z',
      timerMinutes: 45,
      challenges: { 'exposed-pod': { flagSubmitted: 'FLAG{x}', solvedAt: '2026-12-07T10:05:00Z', hintsUsed: 2 } },
    };
    const r = parse({ ...good, event });
    expect(r.ok && r.submission.event).toEqual(event);
  });

  it('says every problem in both languages', () => {
    const r = parse({ ...header, exercises: { 'a/b/c': { files: 3 } } });
    expect(describeSubmissionProblem(r.problems[0], 'en')).toBe('exercises["a/b/c"].files: wrong type (expected an object)');
    expect(describeSubmissionProblem(r.problems[0], 'es')).toBe('exercises["a/b/c"].files: tipo equivocado (se esperaba un objeto)');
  });
});

describe('buildSubmission', () => {
  it('keeps edited exercises under the prefix, with ISO timestamps and no verdicts', () => {
    const saved: Record<string, SavedExercise> = {
      'rbac/roles/read-pods': { files: { 'role.yaml': 'a' }, hintsShown: 2, updatedAt: Date.UTC(2026, 11, 7, 10) },
      'rbac/roles/untouched': { hintsShown: 0, updatedAt: 0 },
      'net/policies/deny': { files: { 'netpol.yaml': 'b' }, hintsShown: 0, updatedAt: 5 },
    };
    const s = buildSubmission({
      learner: '  Ana  ',
      courseVersion: courseVersion('0.1.0', 'ff'.repeat(32)),
      now: Date.UTC(2026, 11, 7, 11),
      saved,
      prefix: 'rbac/roles/',
    });
    expect(s.learner).toBe('Ana');
    expect(s.courseVersion).toBe('0.1.0+ffffffffffff');
    expect(Object.keys(s.exercises)).toEqual(['rbac/roles/read-pods']);
    expect(s.exercises['rbac/roles/read-pods']).toEqual({ files: { 'role.yaml': 'a' }, hintsUsed: 2, lastEdited: '2026-12-07T10:00:00.000Z' });
    expect(JSON.stringify(s)).not.toMatch(/pass|verdict|completed/);
    expect(submissionFileName(s, 'roles')).toBe('k8s-lab-ana-roles-2026-12-07.json');
  });

  it('round-trips through the file for any saved work (seed 1807)', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}\/[a-z][a-z0-9-]{0,8}\/[a-z][a-z0-9-]{0,8}$/);
    const file = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}\.yaml$/);
    const saved = fc.dictionary(
      key,
      fc.record({
        files: fc.dictionary(file, fc.string({ maxLength: 200 }), { maxKeys: 4 }),
        hintsShown: fc.nat(5),
        updatedAt: fc.integer({ min: 1, max: 4_000_000_000_000 }),
      }),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), saved, (learner, work) => {
        const s = buildSubmission({ learner, courseVersion: '0.1.0+abc', now: 1_800_000_000_000, saved: work });
        const r = parseSubmission(serializeSubmission(s));
        expect(r.ok && r.problems).toEqual([]);
        expect(r.ok && { ...r.submission, exercises: { ...r.submission.exercises } }).toEqual(JSON.parse(JSON.stringify(s)));
      }),
      { numRuns: 200, seed: 1807 },
    );
  });
});
