'use client';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { pageWorld } from './pageWorker';
import type { Incident } from './client';
import type { Answers, Question, WorldDefinition } from './protocol';

/** Put a world in the page worker and keep its files current (cheap: the worker builds on demand). */
export function useWorldFiles(worldId: string, definition: WorldDefinition, files: Record<string, string> | null): void {
  useEffect(() => {
    pageWorld().define(worldId, definition);
  }, [worldId, definition]);
  useEffect(() => {
    if (files) pageWorld().setFiles(worldId, files);
  }, [worldId, files, definition]);
}

/** The world's version: changes whenever its files do (the views ask again). */
export function useWorldVersion(worldId: string): number {
  return useSyncExternalStore(
    (notify) => pageWorld().watch(worldId, notify),
    () => pageWorld().version(worldId),
    () => 0,
  );
}

export interface WorldAnswer<A> {
  answer: A | null;
  /** How long the worker took for the current answer, ms. */
  ms: number;
  /** The world's version the current answer is about (0: none yet). */
  version: number;
  /** The question of the current answer is being asked again (after an edit). */
  pending: boolean;
  incident: Incident | null;
  error: string | null;
}

/**
 * Ask the page worker a question about a world, again whenever the question or the world's files
 * change; only the newest answer is kept. `question` null: ask nothing. An edit asks again from a
 * watcher, not from a render: typing into a large world re-renders a view when its answer arrives,
 * never per key (a view's render can cost more than the key itself).
 */
export function useWorldAnswer<Q extends Question>(worldId: string, question: Q | null): WorldAnswer<Answers[Q['type']]> {
  const key = useId();
  const [state, setState] = useState<WorldAnswer<Answers[Q['type']]>>({ answer: null, ms: 0, version: 0, pending: true, incident: null, error: null });
  const text = question ? JSON.stringify(question) : '';
  useEffect(() => {
    if (!text) return;
    let live = true;
    const asked = JSON.parse(text) as Q;
    const ask = () => {
      // Already waiting: no render (the views re-render per answer, not per key).
      setState((s) => (s.pending ? s : { ...s, pending: true }));
      void pageWorld()
        .ask(key, worldId, asked)
        .then((outcome) => {
          if (!live || outcome.status === 'superseded') return;
          if (outcome.status === 'answered')
            setState({ answer: outcome.answer, ms: outcome.ms, version: outcome.version ?? 0, pending: false, incident: null, error: null });
          else if (outcome.status === 'stopped') setState((s) => ({ ...s, pending: false, incident: outcome.incident }));
          else setState((s) => ({ ...s, pending: false, error: outcome.error }));
        });
    };
    ask();
    const unwatch = pageWorld().watch(worldId, ask);
    return () => {
      live = false;
      unwatch();
    };
  }, [key, worldId, text]);
  useEffect(() => () => pageWorld().cancel(key), [key]);
  return state;
}
