'use client';
import { use } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { loadCatalog, loadedWords, type Words } from '@/lib/i18n/messages/loaded';

/**
 * The page language's words for rendering messages. Suspends (React `use`) until the language's
 * catalog has loaded, so a message never shows as its code or in another language: call it in
 * the component that shows a message, under a `<Suspense>` around what shows messages. Once
 * loaded, it returns at once.
 */
export function useWords(lang: Lang): Words {
  const known = loadedWords(lang);
  if (known) return known;
  use(loadCatalog(lang) as Promise<unknown>);
  return loadedWords(lang)!;
}

/**
 * Starts loading the page language's catalog before a message needs it, in the browser
 * (idempotent; call it while rendering the block or page that will show messages).
 */
export function preloadWords(lang: Lang): void {
  if (typeof window !== 'undefined' && !loadedWords(lang)) void loadCatalog(lang);
}
