'use client';
import { useEffect, useRef, useState } from 'react';
import {
  loadPlaygroundDraft,
  otherTabDraft,
  PLAYGROUND_DRAFT_KEY,
  readPlaygroundDraft,
  savePlaygroundDraft,
  type PlaygroundDraft,
} from '@/lib/state/playgroundDraft';
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

/** The address bar follows the text (or drops it when too large); `isLatest` guards a late encoding. */
function followInAddressBar(state: PlaygroundState, isLatest: () => boolean): void {
  if (state.text.length > MAX_URL_TEXT) {
    window.history.replaceState(null, '', window.location.pathname);
    return;
  }
  void encodeState(state).then((encoded) => {
    if (isLatest()) window.history.replaceState(null, '', `#${FRAGMENT_KEY}=${encoded}`);
  });
}

/** This tab's side of the draft: when its text was edited, whether that edit is saved yet. */
interface Own {
  editedAt: number;
  unsaved: boolean;
  /** Another tab's draft being applied here: its state is not an edit of this tab's, nor saved back. */
  following?: PlaygroundDraft;
}

/**
 * Other tabs' saves of the draft (the `storage` event fires only in the others): their later edit
 * shows up here; this tab's later edit is saved back; unsaved typing here is never replaced.
 */
function useFollowOtherTabs(ready: boolean, state: PlaygroundState, own: React.RefObject<Own>, apply: (s: PlaygroundState) => void): void {
  const current = useRef(state);
  current.current = state;
  useEffect(() => {
    if (!ready) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key !== PLAYGROUND_DRAFT_KEY) return;
      const theirs = readPlaygroundDraft(event.newValue);
      const ours = current.current;
      const next = otherTabDraft({ text: ours.text, world: ours.world, ...own.current }, theirs);
      if (next === 'resave') savePlaygroundDraft(ours, own.current.editedAt);
      if (next !== 'follow' || !theirs) return;
      own.current = { editedAt: theirs.editedAt, unsaved: false, following: theirs };
      // Their text and starting world; this tab keeps its own view tab and port.
      apply({ ...ours, text: theirs.text, world: theirs.world ?? ours.world });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [ready, own, apply]);
}

/**
 * Nothing typed in the playground is lost: on load, a link's state wins, else the saved draft;
 * after each edit (debounced) the draft is saved and the address bar follows the text, so a
 * reload or a copied address gives back what is on screen. Other tabs' later edits show up here.
 */
export function usePlaygroundPersistence(state: PlaygroundState, apply: (s: PlaygroundState) => void): { ready: boolean; urlFollows: boolean } {
  const [ready, setReady] = useState(false);
  const first = useRef(true);
  const latest = useRef(0);
  const own = useRef<Own>({ editedAt: 0, unsaved: false });

  useEffect(() => {
    if (!stateFromHash(window.location.hash)) {
      const draft = loadPlaygroundDraft();
      if (draft) {
        own.current = { editedAt: draft.editedAt, unsaved: false };
        apply({ text: draft.text, world: draft.world, tab: draft.tab as PlaygroundState['tab'], port: draft.port, protocol: draft.protocol });
      }
    }
    setReady(true);
  }, [apply]);
  useFollowOtherTabs(ready, state, own, apply);

  useEffect(() => {
    if (!ready) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const run = ++latest.current;
    // The render that shows another tab's draft (anything else is this tab's own edit).
    const theirs = own.current.following;
    const following = theirs !== undefined && theirs.text === state.text && (theirs.world === undefined || theirs.world === state.world);
    own.current = { editedAt: following ? own.current.editedAt : Date.now(), unsaved: !following };
    let cancelIdle = () => {};
    // After the typing stops and when the page is idle: saving never competes with a key.
    const persist = () => {
      // Another tab's draft is in storage already: only the address bar follows it.
      if (!following) savePlaygroundDraft(state, own.current.editedAt);
      if (run === latest.current) own.current.unsaved = false;
      followInAddressBar(state, () => run === latest.current);
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
