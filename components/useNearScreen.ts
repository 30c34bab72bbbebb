'use client';
import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * True once the element comes within `margin` of the screen (or gets focus): heavy pieces
 * (Monaco, xterm and the simulator) are fetched only for the parts of a lesson a learner reaches.
 * `margin` null: never by position, only by `wake` (focus, pointer).
 */
export function useNearScreen<T extends HTMLElement>(margin: string | null = '400px 0px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (margin === null) return;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          // A transition: what the element renders once near (an editor, a terminal, a view)
          // is rendered in slices, not in the observer's task.
          startTransition(() => setNear(true));
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin]);
  return { ref, near, wake: () => setNear(true) };
}
