// The playground draft and "my version" stores: damaged or foreign values never break the page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlaygroundDraft, otherTabDraft, PLAYGROUND_DRAFT_KEY, readPlaygroundDraft, savePlaygroundDraft } from '@/lib/state/playgroundDraft';
import { clearMyVersion, loadMyVersion, MY_VERSION_STORAGE_KEY, saveMyVersion } from '@/lib/state/myVersion';

class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('playground draft', () => {
  it('saves and loads text, world, tab and port', () => {
    expect(savePlaygroundDraft({ text: 'kind: Pod\n', world: 'shop', tab: 'traffic', port: '8080' })).toBe(true);
    expect(loadPlaygroundDraft()).toMatchObject({ text: 'kind: Pod\n', world: 'shop', tab: 'traffic', port: '8080' });
  });
  it('reads damaged or foreign values as no draft', () => {
    for (const raw of [null, '', '{', '[]', '{"text": 3}', 'null']) expect(readPlaygroundDraft(raw)).toBeUndefined();
    storage.setItem(PLAYGROUND_DRAFT_KEY, '{not json');
    expect(loadPlaygroundDraft()).toBeUndefined();
  });
  it('says so when the browser refuses to store', () => {
    storage.full = true;
    expect(savePlaygroundDraft({ text: 'x' })).toBe(false);
  });
});

describe('my version (before "Use the solution")', () => {
  it('keeps each exercise apart and clears one', () => {
    saveMyVersion('rbac/a/x', { 'role.yaml': 'mine' });
    saveMyVersion('rbac/a/y', { 'role.yaml': 'other' });
    expect(loadMyVersion('rbac/a/x')).toEqual({ 'role.yaml': 'mine' });
    clearMyVersion('rbac/a/x');
    expect(loadMyVersion('rbac/a/x')).toBeUndefined();
    expect(loadMyVersion('rbac/a/y')).toEqual({ 'role.yaml': 'other' });
  });
  it('ignores damaged entries', () => {
    storage.setItem(MY_VERSION_STORAGE_KEY, JSON.stringify({ a: { 'f.yaml': 1 }, b: { 'f.yaml': 'ok' } }));
    expect(loadMyVersion('a')).toBeUndefined();
    expect(loadMyVersion('b')).toEqual({ 'f.yaml': 'ok' });
    storage.setItem(MY_VERSION_STORAGE_KEY, 'garbage');
    expect(loadMyVersion('b')).toBeUndefined();
  });
});

// Two tabs of the playground (lib/state/playgroundDraft.ts otherTabDraft): the later edit wins,
// as lesson drafts (lib/state/progress.ts fromOtherTab); unsaved typing here is never replaced.
describe('another tab saves the playground draft', () => {
  const theirs = (text: string, editedAt: number, world?: string) => ({ text, world, savedAt: editedAt + 500, editedAt });
  const ours = (text: string, editedAt: number, unsaved = false, world?: string) => ({ text, world, editedAt, unsaved });

  it('follows a later edit made there', () => {
    expect(otherTabDraft(ours('here', 10), theirs('there', 20))).toBe('follow');
    expect(otherTabDraft(ours('same', 10, false, 'shop'), theirs('same', 20, 'bank'))).toBe('follow');
  });
  it('saves this tab back when its edit is the later one', () => {
    expect(otherTabDraft(ours('typed here later', 30), theirs('typed there before', 20))).toBe('resave');
  });
  it('never replaces what is being typed here (its own save follows)', () => {
    expect(otherTabDraft(ours('typing…', 10, true), theirs('there', 99))).toBe('keep');
  });
  it('does nothing for the same text, a tie, or a draft removed there', () => {
    expect(otherTabDraft(ours('same', 10), theirs('same', 20))).toBe('keep');
    expect(otherTabDraft(ours('same', 10, false, 'shop'), theirs('same', 20))).toBe('keep'); // an older draft without a world
    expect(otherTabDraft(ours('here', 20), theirs('there', 20))).toBe('keep');
    expect(otherTabDraft(ours('here', 20), undefined)).toBe('keep');
  });
  it('saves when the edit was made; an older draft without it reads its save time', () => {
    expect(savePlaygroundDraft({ text: 'a' }, 1234)).toBe(true);
    expect(loadPlaygroundDraft()).toMatchObject({ text: 'a', editedAt: 1234 });
    expect(readPlaygroundDraft('{"text":"old","savedAt":77}')).toMatchObject({ editedAt: 77, savedAt: 77 });
  });
});
