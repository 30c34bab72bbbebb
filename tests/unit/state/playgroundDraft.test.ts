// The playground draft and "my version" stores: damaged or foreign values never break the page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlaygroundDraft, PLAYGROUND_DRAFT_KEY, readPlaygroundDraft, savePlaygroundDraft } from '@/lib/state/playgroundDraft';
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
