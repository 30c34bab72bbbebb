import { describe, expect, it } from 'vitest';
import { exportProgress, fromOtherTab, readProgressData, type ExerciseProgress } from '@/lib/state/progress';

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
    expect(result).toEqual({ ok: false, code: 'damaged', error: 'unsupported progress version object' });
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

const entry = (text: string, updatedAt: number, more: Partial<ExerciseProgress> = {}): ExerciseProgress => ({
  files: { 'role.yaml': text },
  passedGoals: [],
  completed: false,
  hintsShown: 0,
  updatedAt,
  ...more,
});

describe("an entry another tab saved (newlearner: two tabs on one lesson lost the first tab's typing)", () => {
  it('is taken when it is a later edit, and removed when the other tab removed it', () => {
    expect(fromOtherTab(entry('old', 1), entry('new', 2))).toEqual(entry('new', 2));
    expect(fromOtherTab(undefined, entry('new', 2))).toEqual(entry('new', 2));
    expect(fromOtherTab(entry('old', 1), undefined)).toBeUndefined();
  });
  it('never replaces a later edit of this tab with an earlier one', () => {
    expect(fromOtherTab(entry('typed here', 5), entry('typed there before', 4))).toBe('keep');
    // Same time, other text: neither is later, and this tab's text stays.
    expect(fromOtherTab(entry('here', 5), entry('there', 5))).toBe('keep');
  });
  it('the same edit with a result or a hint on it is taken, keeping what either tab saw', () => {
    const ours = entry('same', 5, { hintsShown: 2, firstOpened: 3, completed: true });
    const theirs = entry('same', 5, { hintsShown: 1, firstOpened: 4, passedGoals: ['g1'] });
    expect(fromOtherTab(ours, theirs)).toEqual(entry('same', 5, { hintsShown: 2, firstOpened: 3, completed: true, passedGoals: ['g1'] }));
  });
});

describe('importing a progress file', () => {
  const file = (exercises: Record<string, ExerciseProgress>) => ({ format: 'k8s-security-lab-progress', version: 1, exercises });
  it('takes what is newer in the file and keeps what is newer here, and says how many of each', async () => {
    const { useProgress } = await import('@/lib/state/progress');
    useProgress.setState({ exercises: { 'a/b/here-newer': entry('mine, later', 9), 'a/b/file-newer': entry('mine, earlier', 1) } });
    const result = useProgress
      .getState()
      .importProgress(file({ 'a/b/here-newer': entry('file, earlier', 2), 'a/b/file-newer': entry('file, later', 3), 'a/b/new': entry('only in file', 1) }));
    expect(result).toEqual({ ok: true, imported: 2, kept: 1 });
    const { exercises } = useProgress.getState();
    expect(exercises['a/b/here-newer'].files).toEqual({ 'role.yaml': 'mine, later' });
    expect(exercises['a/b/file-newer'].files).toEqual({ 'role.yaml': 'file, later' });
    expect(exercises['a/b/new'].files).toEqual({ 'role.yaml': 'only in file' });
  });
  it('names each problem with a code the page words (never an English sentence only)', async () => {
    const { useProgress } = await import('@/lib/state/progress');
    const codes = [
      { some: 'json' },
      { format: 'k8s-security-lab-progress', version: 99, exercises: {} },
      { format: 'k8s-security-lab-progress', version: 1, exercises: [] },
    ].map((value) => {
      const result = useProgress.getState().importProgress(value);
      return result.ok ? 'ok' : result.code;
    });
    expect(codes).toEqual(['notOurs', 'newerVersion', 'damaged']);
  });
  it('saving the text an exercise already has is no edit (an editor echoing a text from another tab)', async () => {
    const { useProgress } = await import('@/lib/state/progress');
    useProgress.setState({ exercises: { 'a/b/c': entry('same', 7) } });
    useProgress.getState().saveDraft('a/b/c', 'role.yaml', 'same');
    expect(useProgress.getState().exercises['a/b/c'].updatedAt).toBe(7);
    useProgress.getState().saveDraft('a/b/c', 'role.yaml', 'changed');
    expect(useProgress.getState().exercises['a/b/c'].updatedAt).toBeGreaterThan(7);
  });
});
