// Progress in localStorage (issue 16): per-exercise entries, every stored shape validated,
// unreadable data kept aside (never overwritten), full and blocked storage reported, not thrown.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installStorage, MemoryStorage } from './memoryStorage';

type Modules = {
  progress: typeof import('@/lib/state/progress');
  storage: typeof import('@/lib/state/progressStorage');
  status: typeof import('@/lib/state/safeStorage');
};

async function load(storage: Storage | 'blocked'): Promise<Modules> {
  vi.resetModules();
  installStorage(storage);
  const progress = await import('@/lib/state/progress');
  const storageModule = await import('@/lib/state/progressStorage');
  const status = await import('@/lib/state/safeStorage');
  progress.hydrateProgress();
  return { progress, storage: storageModule, status };
}

const KEY = 'rbac/subject-verb-object/read-pods';
const entry = (files: Record<string, string>) => JSON.stringify({ v: 2, files, passedGoals: ['a'], completed: false, hintsShown: 1, updatedAt: 5 });

describe('progress storage', () => {
  let store: MemoryStorage;
  beforeEach(() => {
    store = new MemoryStorage();
  });

  it('loads a valid entry and writes only the exercise that changed', async () => {
    store.setItem(`k8s-lab-exercise:${KEY}`, entry({ 'role.yaml': 'x' }));
    store.setItem('k8s-lab-exercise:other/lesson/ex', entry({ 'big.yaml': 'y'.repeat(4_000_000) }));
    const { progress } = await load(store);
    expect(progress.useProgress.getState().exercises[KEY].files).toEqual({ 'role.yaml': 'x' });
    const setItem = vi.spyOn(store, 'setItem');
    progress.useProgress.getState().saveDraft(KEY, 'role.yaml', 'kind: Role');
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(setItem.mock.calls[0][0]).toBe(`k8s-lab-exercise:${KEY}`);
    expect(setItem.mock.calls[0][1].length).toBeLessThan(1000);
  });

  it.each([
    ['exercises: null in the old format', 'k8s-lab-progress', '{"state":{"exercises":null},"version":1}'],
    [
      'a non-string file in the old format',
      'k8s-lab-progress',
      '{"state":{"exercises":{"a/b/c":{"files":{"f":3},"passedGoals":[],"completed":false,"hintsShown":0,"updatedAt":0}}},"version":1}',
    ],
    ['a truncated old blob', 'k8s-lab-progress', '{"state":{"exercises":{"a/b/c":{"files":{"f":"x'],
    ['a future version of the old blob', 'k8s-lab-progress', '{"state":{"exercises":{}},"version":7}'],
    ['a non-string file', `k8s-lab-exercise:${KEY}`, JSON.stringify({ v: 2, files: { f: 3 }, passedGoals: [], completed: false, hintsShown: 0, updatedAt: 0 })],
    ['a truncated entry', `k8s-lab-exercise:${KEY}`, entry({ f: 'abc' }).slice(0, 20)],
    ['a future entry version', `k8s-lab-exercise:${KEY}`, JSON.stringify({ v: 3, passedGoals: [], completed: true, hintsShown: 0, updatedAt: 0 })],
  ])('keeps %s aside, untouched, and offers it', async (_name, key, raw) => {
    store.setItem(key, raw);
    const { progress, storage, status } = await load(store);
    expect(status.useStorageStatus.getState().aside).toEqual([`k8s-lab-aside:${key}`]);
    expect(store.getItem(`k8s-lab-aside:${key}`)).toBe(raw);
    progress.useProgress.getState().saveDraft(KEY, 'role.yaml', 'new');
    expect(store.getItem(`k8s-lab-aside:${key}`)).toBe(raw);
    expect(JSON.parse(storage.asideDocument())).toEqual({ [`k8s-lab-aside:${key}`]: raw });
    storage.discardAside();
    expect(store.getItem(`k8s-lab-aside:${key}`)).toBeNull();
  });

  it('migrates the version-1 blob into entries, then removes it', async () => {
    const old = { state: { exercises: { [KEY]: { files: { 'a.yaml': 'x' }, passedGoals: ['g'], completed: true, hintsShown: 0, updatedAt: 1 } } }, version: 1 };
    store.setItem('k8s-lab-progress', JSON.stringify(old));
    const { progress } = await load(store);
    expect(progress.useProgress.getState().exercises[KEY].completed).toBe(true);
    expect(store.getItem('k8s-lab-progress')).toBeNull();
    expect(JSON.parse(store.getItem(`k8s-lab-exercise:${KEY}`)!).files).toEqual({ 'a.yaml': 'x' });
  });

  it('reports a full store, keeps the edit in memory, and clears the report once a write succeeds', async () => {
    const small = new MemoryStorage(200);
    const { progress, status } = await load(small);
    progress.useProgress.getState().saveDraft(KEY, 'a.yaml', 'x'.repeat(5000));
    expect(status.useStorageStatus.getState().full).toBe(true);
    expect(progress.useProgress.getState().exercises[KEY].files?.['a.yaml']).toHaveLength(5000);
    progress.useProgress.getState().saveDraft(KEY, 'a.yaml', 'short');
    expect(status.useStorageStatus.getState().full).toBe(false);
  });

  it('works in memory when storage is blocked', async () => {
    const { progress, status } = await load('blocked');
    expect(status.useStorageStatus.getState().blocked).toBe(true);
    progress.useProgress.getState().saveDraft(KEY, 'a.yaml', 'x');
    expect(progress.useProgress.getState().exercises[KEY].files).toEqual({ 'a.yaml': 'x' });
  });

  it('never throws and never loses an unreadable entry, whatever is stored (seed 1616)', async () => {
    const { storage } = await load(store);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.anything().map((v) => {
            try {
              return JSON.stringify(v) ?? 'x';
            } catch {
              return 'x';
            }
          }),
        ),
        (raw) => {
          const s = new MemoryStorage();
          installStorage(s);
          s.setItem(`k8s-lab-exercise:${KEY}`, raw);
          const loaded = storage.loadProgress();
          const kept = KEY in loaded || s.getItem(`k8s-lab-aside:k8s-lab-exercise:${KEY}`) === raw;
          expect(kept).toBe(true);
        },
      ),
      { numRuns: 300, seed: 1616 },
    );
  });
});
