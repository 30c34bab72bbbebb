import { describe, expect, it } from 'vitest';
import { exportProgress, readProgressData } from '@/lib/state/progress';

describe('progress data', () => {
  it('round-trips through the export format', () => {
    const data = { exercises: { 'rbac/first/couch': { files: { 'role.yaml': 'x' }, passedGoals: ['a'], completed: true, hintsShown: 2, updatedAt: 5 } } };
    const parsed = JSON.parse(exportProgress(data));
    expect(parsed.format).toBe('k8s-security-lab-progress');
    expect(parsed.version).toBe(1);
    expect(readProgressData(parsed)).toEqual(data);
  });
  it('rejects damaged data instead of half-applying it', () => {
    expect(readProgressData(null)).toBeNull();
    expect(readProgressData({ exercises: [] })).toBeNull();
    expect(readProgressData({ exercises: { a: 3 } })).toBeNull();
    expect(readProgressData({ exercises: { a: { files: { f: 3 }, passedGoals: 'x', hintsShown: -1 } } })).toEqual({
      exercises: { a: { files: undefined, passedGoals: [], completed: false, hintsShown: 0, updatedAt: 0 } },
    });
  });
});

describe('importing a hostile progress file (issue 16, found by npm run fuzz)', () => {
  it('a version that is a mapping with toString is refused, not thrown', async () => {
    const { useProgress } = await import('@/lib/state/progress');
    const result = useProgress.getState().importProgress({ format: 'k8s-security-lab-progress', version: { toString: true }, exercises: {} });
    expect(result).toEqual({ ok: false, error: 'unsupported progress version object' });
  });
});

describe('when an exercise was first opened (issue 18: submissions carry firstOpened)', () => {
  it('is set by the first check on the page and never moved by later ones', async () => {
    const { useProgress } = await import('@/lib/state/progress');
    const store = useProgress.getState();
    store.clearAll();
    store.recordResult('a/b/c', [], false);
    const first = useProgress.getState().exercises['a/b/c'].firstOpened;
    expect(typeof first).toBe('number');
    store.saveDraft('a/b/c', 'x.yaml', 'kind: Role');
    store.recordResult('a/b/c', ['g1'], false);
    expect(useProgress.getState().exercises['a/b/c'].firstOpened).toBe(first);
    expect(readProgressData({ exercises: { 'a/b/c': { passedGoals: [], firstOpened: 7 } } })?.exercises['a/b/c'].firstOpened).toBe(7);
    expect(readProgressData({ exercises: { 'a/b/c': { passedGoals: [], firstOpened: 'x' } } })?.exercises['a/b/c'].firstOpened).toBeUndefined();
  });
});
