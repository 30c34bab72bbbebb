'use client';
import { useEffect, useState } from 'react';

/** True on narrow screens (phones); false during server rendering and the first paint. */
export function useNarrow(maxWidth = 700): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia(`(max-width: ${maxWidth}px)`);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [maxWidth]);
  return narrow;
}
