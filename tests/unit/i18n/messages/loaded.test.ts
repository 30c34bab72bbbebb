// One catalog per language, loaded by the page's language (issue 12): the loaders give exactly the
// catalogs the tests check (CATALOGS), a page's words are its language's only, and a load is made
// once and retried after a failure.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGS, type Lang } from '@/lib/i18n/languages';
import { CATALOGS, render, textOf } from '@/lib/i18n/messages';
import { CATALOG_LOADERS } from '@/lib/i18n/messages/loaders';
import { loadCatalog, loadedWords, wordsFor } from '@/lib/i18n/messages/loaded';

/** A message with a nested message and a list, rendered differently by each language. */
const NESTED = {
  code: 'common.sentences',
  params: {
    parts: [
      { code: 'common.or', params: { items: ['get', 'list', 'watch'] } },
      { code: 'rbac.noVerdict', params: {} },
    ],
  },
};

describe('catalog loaders', () => {
  it('load, for every language, the very catalog the catalog tests check', async () => {
    expect(Object.keys(CATALOG_LOADERS).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(await CATALOG_LOADERS[lang](), lang).toBe(CATALOGS[lang]);
  });

  it('give each language different words (a loader does not hand out another language)', async () => {
    const texts = await Promise.all(LANGS.map(async (lang) => render(lang, NESTED)));
    expect(new Set(texts).size).toBe(LANGS.length);
  });
});

describe("the page language's words", () => {
  it('are absent until loaded, then render as the both-language render does, for that language only', async () => {
    const [first, ...others] = LANGS;
    expect(loadedWords(first)).toBeUndefined();
    const load = loadCatalog(first);
    expect(loadCatalog(first)).toBe(load);
    expect(load.status).toBe('pending');
    await load;
    expect(load.status).toBe('fulfilled');
    expect(load.value).toBe(CATALOGS[first]);
    const words = loadedWords(first)!;
    expect(words.lang).toBe(first);
    expect(words.render(NESTED)).toBe(render(first, NESTED));
    const diagnostic = { message: 'English fallback', text: { code: 'rbac.noVerdict', params: {} } };
    expect(words.textOf(diagnostic)).toBe(textOf(first, diagnostic));
    expect(words.textOf({ message: 'no code' })).toBe('no code');
    for (const lang of others) expect(loadedWords(lang), `${lang} was never asked for`).toBeUndefined();
  });

  it('wordsFor loads each language on demand', async () => {
    for (const lang of LANGS) expect((await wordsFor(lang)).render(NESTED)).toBe(render(lang, NESTED));
  });
});

describe('a failed load', () => {
  afterEach(() => {
    vi.doUnmock('@/lib/i18n/messages/loaders');
    vi.resetModules();
  });

  it('rejects, leaves no words behind, and the next call loads again', async () => {
    vi.resetModules();
    let calls = 0;
    vi.doMock('@/lib/i18n/messages/loaders', () => ({
      CATALOG_LOADERS: Object.fromEntries(
        LANGS.map((lang) => [lang, () => (++calls === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve(CATALOGS[lang]))]),
      ) as Record<Lang, () => Promise<unknown>>,
    }));
    const fresh = await import('@/lib/i18n/messages/loaded');
    const lang = LANGS[0];
    const failed = fresh.loadCatalog(lang);
    await expect(failed).rejects.toThrow('chunk failed');
    expect(failed.status).toBe('rejected');
    expect(fresh.loadedWords(lang)).toBeUndefined();
    const retried = fresh.loadCatalog(lang);
    expect(retried).not.toBe(failed);
    expect(await retried).toBe(CATALOGS[lang]);
    expect(calls).toBe(2);
  });
});
