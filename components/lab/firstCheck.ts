// The exercise's check, asked of the page worker; and the first exercise's first check, asked as
// soon as the page has loaded (before its block hydrates), so the verdict is ready, or nearly,
// when the learner reaches the block. Main thread only: no simulator here.
import type { ExerciseDefinition } from '@/lib/lesson';
import { hydrateProgress, useProgress } from '@/lib/state/progress';
import { pageWorld } from '../world/pageWorker';
import type { Outcome } from '../world/client';
import type { Answers, WorldDefinition } from '../world/protocol';

export type CheckOutcome = Outcome<Answers['check']>;

/** The page worker's id of an exercise's world (the exercise, its views and its terminal share it). */
export function exerciseWorldId(exercise: ExerciseDefinition): string {
  return `exercise:${exercise.id}`;
}

const definitions = new WeakMap<ExerciseDefinition, WorldDefinition & { kind: 'exercise' }>();

/**
 * The page worker's definition of an exercise's world: one object per exercise, so every consumer
 * (the early check, the exercise, its lesson views) defines it identically and cheaply.
 */
export function exerciseDefinition(exercise: ExerciseDefinition): WorldDefinition & { kind: 'exercise' } {
  let definition = definitions.get(exercise);
  if (!definition) definitions.set(exercise, (definition = { kind: 'exercise', exercise }));
  return definition;
}

/** The checks asked before their block hydrated, by world, with the files they are about. */
const early = new Map<string, { files: Record<string, string>; outcome: Promise<CheckOutcome> }>();

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Checks `files` of the exercise in the page worker. The first call after an early check about the
 * same files takes that check's answer instead of asking again.
 */
export function askCheck(definition: WorldDefinition & { kind: 'exercise' }, files: Record<string, string>): Promise<CheckOutcome> {
  const worldId = exerciseWorldId(definition.exercise);
  const asked = early.get(worldId);
  early.delete(worldId);
  if (asked && sameFiles(asked.files, files)) return asked.outcome;
  const client = pageWorld();
  client.define(worldId, definition);
  client.setFiles(worldId, files);
  return client.ask(`check:${worldId}`, worldId, { type: 'check' });
}

/** The files the exercise opens with: the learner's saved drafts over the start files. */
function openingFiles(exercise: ExerciseDefinition, storageKey: string): Record<string, string> {
  hydrateProgress();
  return { ...exercise.start, ...useProgress.getState().exercises[storageKey]?.files };
}

/**
 * Starts the page worker once the page's HTML is parsed, if it holds an exercise: before
 * hydration and the load event, so the worker fetches and compiles the simulator while React
 * starts, and the first check (`checkEarly`, at the load event) finds it ready or nearly.
 */
export function startWorkerForExercises(): void {
  if (typeof document === 'undefined') return;
  const start = () => {
    if (document.querySelector('[data-exercise-id]') !== null) pageWorld().start();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

// The lesson page's blocks import this module with the page's first scripts (components/LazyBlocks.tsx).
startWorkerForExercises();

/** Starts the page worker and checks the exercise as it will open, before its block hydrates. */
export function checkEarly(exercise: ExerciseDefinition, storageKey: string): void {
  const worldId = exerciseWorldId(exercise);
  if (early.has(worldId)) return;
  const files = openingFiles(exercise, storageKey);
  early.set(worldId, { files, outcome: askCheck(exerciseDefinition(exercise), files) });
}
