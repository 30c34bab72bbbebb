'use client';
import { startTransition, useEffect, useRef, useState } from 'react';

/** How near the screen the views start rendering, so they are drawn when the learner arrives. */
const NEAR = '300px 0px';
/** Events in the section that want it at once (a tab pressed by keyboard or pointer). */
const WAKE = ['focusin', 'pointerover', 'pointerdown', 'touchstart'] as const;

/**
 * True once the section is wanted: near the screen (beside the editor on a desktop, at once), or
 * touched or focused (its tab buttons are always there, so the keyboard reaches it). Until then
 * the playground's load paints and hydrates the editor side only: on a phone the views are below
 * it, and neither their code nor their questions to the worker run before the learner scrolls
 * there. The switch renders in a transition: React draws the views in short slices.
 */
export function useWanted<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const stops: (() => void)[] = [];
    const want = () => {
      for (const stop of stops) stop();
      startTransition(() => setWanted(true));
    };
    for (const type of WAKE) {
      element.addEventListener(type, want, { passive: true });
      stops.push(() => element.removeEventListener(type, want));
    }
    if (typeof IntersectionObserver !== 'undefined') {
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), { rootMargin: NEAR });
      observer.observe(element);
      stops.push(() => observer.disconnect());
    }
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  return { ref, wanted };
}
