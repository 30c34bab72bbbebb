'use client';
import { useMemo } from 'react';
import type { Diagnostic } from '@/lib/sim';
import type { Incident } from '../world/client';
import type { WorldDefinition } from '../world/protocol';
import { pageWorld } from '../world/pageWorker';
import { useWorldAnswer, useWorldFiles } from '../world/useWorld';

export const PLAYGROUND_FILE = 'playground.yaml';
/** The page worker's id of the playground's world. */
export const PLAYGROUND_WORLD = 'playground';
const DEFINITION: WorldDefinition = { kind: 'text', file: PLAYGROUND_FILE };

export interface PlaygroundModel {
  /** Length of the text the current answer was built from. */
  textLength: number;
  objects: number;
  diagnostics: Diagnostic[];
  /** Parse + cluster time in the worker, ms. */
  ms: number;
  tooLarge: boolean;
  /** The text has a YAML syntax error: the views keep the last objects that parsed. */
  stale: boolean;
  /** The worker was stopped on this text (it took too long). */
  incident: Incident | null;
}

/**
 * The playground's world lives in the page worker: every edit is sent there at once (the worker
 * builds it once, on the next question) and the views and this summary ask about it there, so
 * typing never waits for the simulator.
 */
const NO_DIAGNOSTICS: Diagnostic[] = [];

/**
 * Hands a newly loaded text to the page worker at once, from the event that loads it. The views
 * and forms remounted for the new world ask in their first effects, which run before the
 * playground's own (a child's effects run first): without this they would settle their defaults
 * on an answer about the world that was there before.
 */
export function sendPlaygroundText(text: string): void {
  pageWorld().define(PLAYGROUND_WORLD, DEFINITION);
  pageWorld().setFiles(PLAYGROUND_WORLD, { [PLAYGROUND_FILE]: text });
}

export function usePlaygroundModel(text: string): PlaygroundModel {
  const files = useMemo(() => ({ [PLAYGROUND_FILE]: text }), [text]);
  useWorldFiles(PLAYGROUND_WORLD, DEFINITION, files);
  const summary = useWorldAnswer(PLAYGROUND_WORLD, { type: 'summary' });
  const a = summary.answer;
  return {
    textLength: a?.chars ?? -1,
    objects: a?.objects ?? 0,
    diagnostics: a?.diagnostics ?? NO_DIAGNOSTICS,
    ms: summary.ms,
    tooLarge: a?.tooLarge ?? false,
    stale: a?.stale ?? false,
    incident: summary.incident,
  };
}
