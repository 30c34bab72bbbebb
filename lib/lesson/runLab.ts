import { buildWorld, type World, type WorldSource } from '../sim';
import { evaluateGoal } from './goals';
import { ObjectIndex } from './objectIndex';
import type { ExerciseDefinition, LabResult } from './types';

/** The sources of an exercise's world: its read-only world file, then the learner's files (or the start files). */
export function exerciseSources(exercise: ExerciseDefinition, files: Record<string, string>): WorldSource[] {
  const sources: WorldSource[] = [];
  if (exercise.world) sources.push({ file: exercise.world.file, text: exercise.world.text, readOnly: true });
  for (const file of exercise.files) sources.push({ file, text: files[file] ?? exercise.start[file] ?? '' });
  return sources;
}

/**
 * The one function that turns an exercise plus the learner's files into everything the page
 * shows: per-goal verdicts with reasons and editor diagnostics. The world is built once
 * (buildWorld); pass `world` when the caller already holds it (the page's worker does, and
 * answers the views and the terminal from the same one). The page, the lesson tests and
 * `npm run lessons:check` all call it.
 */
export function runLab(exercise: ExerciseDefinition, files: Record<string, string>, world?: World): LabResult {
  const built = world ?? buildWorld(exerciseSources(exercise, files));
  const index = new ObjectIndex(built.parsed);
  const goals = exercise.goals.map((goal) => evaluateGoal(goal, { cluster: built.cluster, index, objects: built.objects, worldFile: exercise.world?.file }));
  const diagnostics: Record<string, World['diagnostics'][string]> = {};
  for (const source of exerciseSources(exercise, files)) diagnostics[source.file] = built.diagnostics[source.file] ?? [];
  return { goals, diagnostics, passed: !built.hasErrors && goals.every((g) => g.pass) };
}
