'use client';
import { useEffect, useState } from 'react';
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
}

/** Parse and build the cluster (main thread; bounded by MAX_INPUT_CHARS). */
export function buildPlaygroundModel(text: string): PlaygroundModel {
  if (text.length > MAX_INPUT_CHARS) return { text, objects: [], cluster: createCluster([]), diagnostics: [], ms: 0, tooLarge: true };
  const started = performance.now();
  const parsed = parseManifests(text, { file: PLAYGROUND_FILE });
  const cluster = createCluster(parsed.objects);
  const extra = cluster.diagnostics.filter((d) => !d.file || d.file === PLAYGROUND_FILE);
  return { text, objects: parsed.objects, cluster, diagnostics: [...parsed.diagnostics, ...extra], ms: performance.now() - started, tooLarge: false };
}

/** Wait after the last keystroke before re-evaluating; longer for long texts. */
export function debounceDelay(length: number): number {
  return Math.min(600, 80 + Math.round(length / 4000));
}

/** The playground's model, rebuilt after typing pauses (debounced by text length). */
export function usePlaygroundModel(text: string): PlaygroundModel {
  const [model, setModel] = useState<PlaygroundModel>(() => buildPlaygroundModel(text));
  useEffect(() => {
    if (model.text === text) return;
    const timer = setTimeout(() => setModel(buildPlaygroundModel(text)), debounceDelay(text.length));
    return () => clearTimeout(timer);
  }, [text, model.text]);
  return model;
}
