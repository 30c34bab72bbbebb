'use client';
import { useState, type ReactNode } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tf } from '@/lib/i18n/views';

/**
 * The first `step` items, then a button that shows `step` more (labelled with how many are
 * shown): a long list (a combined node's 199 connections, a subject's rules) never renders
 * thousands of rows at once, and every item stays reachable by keyboard.
 */
export function useShowMore<T>(items: readonly T[], step = 50): { shown: readonly T[]; more: (lang: Lang) => ReactNode } {
  const [count, setCount] = useState(step);
  const shown = items.length > count ? items.slice(0, count) : items;
  const more = (lang: Lang) =>
    items.length > count ? (
      <button type="button" className="link-button" onClick={() => setCount((c) => c + step)} data-testid="show-more">
        {tf(lang, 'showMore', { more: Math.min(step, items.length - count), shown: count, total: items.length })}
      </button>
    ) : null;
  return { shown, more };
}
