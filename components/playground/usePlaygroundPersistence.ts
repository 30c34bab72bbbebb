'use client';
import { useEffect, useRef, useState } from 'react';
import { loadPlaygroundDraft, savePlaygroundDraft } from '@/lib/state/playgroundDraft';
import { encodeState, FRAGMENT_KEY, stateFromHash, type PlaygroundState } from './shareState';

/** Wait after the last edit before saving the draft and updating the address bar. */
export const PERSIST_DELAY_MS = 400;
/** A large text waits longer (writing 600 kB to localStorage takes tens of ms): this much per 100 kB. */
export const PERSIST_DELAY_PER_100K_MS = 200;

/** Run `work` when the page is idle (or after `timeout` ms at the latest); returns a cancel. */
function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(work, { timeout });
  return () => window.cancelIdleCallback(handle);
}
/** Above this the state stays in the browser only (an address bar is no place for megabytes). */
export const MAX_URL_TEXT = 200_000;

/**
 * Nothing typed in the playground is lost: on load, a link's state wins, else the saved draft;
 * after each edit (debounced) the draft is saved and the address bar follows the text, so a
 * reload or a copied address gives back what is on screen.
 */
export function usePlaygroundPersistence(state: PlaygroundState, apply: (s: PlaygroundState) => void): { ready: boolean; urlFollows: boolean } {
  const [ready, setReady] = useState(false);
  const first = useRef(true);
  const latest = useRef(0);

  useEffect(() => {
    if (!stateFromHash(window.location.hash)) {
      const draft = loadPlaygroundDraft();
      if (draft) apply({ text: draft.text, world: draft.world, tab: draft.tab as PlaygroundState['tab'], port: draft.port, protocol: draft.protocol });
    }
    setReady(true);
  }, [apply]);

  useEffect(() => {
    if (!ready) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const run = ++latest.current;
    let cancelIdle = () => {};
    // After the typing stops and when the page is idle: saving never competes with a key.
    const persist = () => {
      savePlaygroundDraft(state);
      if (state.text.length > MAX_URL_TEXT) {
        window.history.replaceState(null, '', window.location.pathname);
        return;
      }
      void encodeState(state).then((encoded) => {
        if (run === latest.current) window.history.replaceState(null, '', `#${FRAGMENT_KEY}=${encoded}`);
      });
    };
    const delay = PERSIST_DELAY_MS + Math.floor(state.text.length / 100_000) * PERSIST_DELAY_PER_100K_MS;
    const timer = setTimeout(() => (cancelIdle = whenIdle(persist, 2000)), delay);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [ready, state.text, state.world, state.tab, state.port, state.protocol]);

  return { ready, urlFollows: state.text.length <= MAX_URL_TEXT };
}
