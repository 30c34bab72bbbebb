'use client';
import { startTransition, useEffect, useState } from 'react';

/** True on narrow screens (phones); false during server rendering and the first paint. */
export function useNarrow(maxWidth = 700): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia(`(max-width: ${maxWidth}px)`);
    // A transition: on a phone the first update re-renders the whole block (compact goal list,
    // the status beside the editor) right after it hydrates; React slices that render.
    const update = () => startTransition(() => setNarrow(query.matches));
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [maxWidth]);
  return narrow;
}
