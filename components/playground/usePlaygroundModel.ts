'use client';
import { useCallback, useEffect, useState } from 'react';
import { createCluster, MAX_INPUT_CHARS, parseManifests, type Cluster, type Diagnostic, type KubeObject } from '@/lib/sim';

export const PLAYGROUND_FILE = 'playground.yaml';

export interface PlaygroundModel {
  /** The text this model was built from. */
  text: string;
  objects: KubeObject[];
  cluster: Cluster;
  diagnostics: Diagnostic[];
  /** Parse + cluster time, ms. */
  ms: number;
  tooLarge: boolean;
  /** The text has a YAML syntax error: the views keep the last objects that parsed. */
  stale: boolean;
}

/** Parse and build the cluster (main thread; bounded by MAX_INPUT_CHARS). */
export function buildPlaygroundModel(text: string): PlaygroundModel {
  if (text.length > MAX_INPUT_CHARS) return { text, objects: [], cluster: createCluster([]), diagnostics: [], ms: 0, tooLarge: true, stale: false };
  const started = performance.now();
  const parsed = parseManifests(text, { file: PLAYGROUND_FILE });
  const cluster = createCluster(parsed.objects);
  const extra = cluster.diagnostics.filter((d) => !d.file || d.file === PLAYGROUND_FILE);
  return { text, objects: parsed.objects, cluster, diagnostics: [...parsed.diagnostics, ...extra], ms: performance.now() - started, tooLarge: false, stale: false };
}

/**
 * Wait after the last keystroke before re-evaluating: none for lesson-sized texts (parse,
 * cluster and views take a few ms), longer as texts grow (a 65 kB world takes ~15–40 ms).
 */
export function debounceDelay(length: number): number {
  return length < 20_000 ? 0 : Math.min(600, 80 + Math.round(length / 4000));
}

/**
 * The playground's model, rebuilt after typing pauses (debounced by text length);
 * `rebuildNow` skips the wait (a world loaded, a link restored).
 */
export function usePlaygroundModel(text: string): [PlaygroundModel, (text: string) => void] {
  const [model, setModel] = useState<PlaygroundModel>(() => buildPlaygroundModel(text));
  useEffect(() => {
    if (model.text === text) return;
    const timer = setTimeout(() => setModel((previous) => nextModel(previous, buildPlaygroundModel(text))), debounceDelay(text.length));
    return () => clearTimeout(timer);
  }, [text, model.text]);
  const rebuildNow = useCallback((next: string) => setModel(buildPlaygroundModel(next)), []);
  return [model, rebuildNow];
}

/**
 * While the YAML does not parse (mid-typing), keep the last objects that did, with the new
 * diagnostics, so the views do not blink empty at every keystroke.
 */
export function nextModel(previous: PlaygroundModel, next: PlaygroundModel): PlaygroundModel {
  const broken = next.diagnostics.some((d) => d.code.startsWith('yaml-') && d.severity === 'error');
  if (!broken || previous.tooLarge || previous.objects.length === 0) return next;
  return { ...previous, text: next.text, diagnostics: next.diagnostics, ms: next.ms, stale: true };
}
