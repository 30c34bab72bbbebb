'use client';
import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to show after one more step of `step` (never more than `total`;
 * a list that shrank shows what it has).
 */
export function nextRevealCount(current: number, total: number, step: number): number {
  if (total <= 0) return 0;
  return Math.min(total, Math.max(0, current) + Math.max(1, Math.floor(step)));
}

/**
 * How many of `total` items are rendered yet: the first `step` at once, then `step` more per
 * task, each in a transition (React renders it in short slices, commits a small piece of the
 * page, and the browser lays out only that piece before the next step). For long lists whose
 * every item grows the page when it first appears (a verdict's 66 goal explanations): one
 * commit and one layout of everything would be a long task. The count only grows: once shown,
 * an item stays, so later updates render in place.
 */
export function useRevealInSteps(total: number, step: number): number {
  const [shown, setShown] = useState(0);
  const visible = Math.min(total, Math.max(shown, Math.min(total, step)));
  useEffect(() => {
    if (visible >= total) return;
    const timer = setTimeout(() => startTransition(() => setShown(nextRevealCount(visible, total, step))), 0);
    return () => clearTimeout(timer);
  }, [visible, total, step]);
  return visible;
}
