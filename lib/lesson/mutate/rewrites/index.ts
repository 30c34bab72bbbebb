import type { ExerciseDefinition } from '../../types';
import type { Mutation, MutationSpec } from '../types';
import { applySpec, buildWorkspace } from '../workspace';
import { objectsOf, uniqueIds } from '../generate';
import { fixedNames } from './fixedNames';
import { renameSpecs, volumeRenameSpecs } from './rename';
import { blockStyle, flowStyle, moveBetweenFiles, reverseOrder } from './layout';

function givenObjects(exercise: ExerciseDefinition): { world: unknown[]; start: unknown[] } {
  return {
    world: exercise.world ? objectsOf(exercise.world.text) : [],
    start: exercise.files.flatMap((f) => objectsOf(exercise.start[f] ?? '')),
  };
}

/**
 * Objects of the solution whose name only a goal gives: neither the title, the description, the
 * world nor the start files say it, so a learner may well choose another name and fail that goal
 * (issue 11 part 3: a goal asks as the workload, `asPod`, unless the brief names the object).
 */
export function goalOnlyNames(exercise: ExerciseDefinition): string[] {
  const ws = buildWorkspace(exercise.files, exercise.solution);
  const { world, start } = givenObjects(exercise);
  const fixedByGoals = new Set(renameSpecs(ws, fixedNames(exercise, world, start)).map((s) => s.id));
  return renameSpecs(ws, fixedNames({ ...exercise, goals: [] }, world, start))
    .filter((s) => !fixedByGoals.has(s.id))
    .map((s) => s.id.replace(/^rewrite\.rename:/, ''));
}

/**
 * The equivalent rewrites of an exercise's solution: every one must still pass. Renames of the
 * names the brief leaves free (one by one, then all together), documents in reverse order, flow
 * and block style, and each API object moved to another editable file.
 */
export function generateRewrites(exercise: ExerciseDefinition): Mutation[] {
  const ws = buildWorkspace(exercise.files, exercise.solution);
  const { world, start } = givenObjects(exercise);
  const renames = [...renameSpecs(ws, fixedNames(exercise, world, start)), ...volumeRenameSpecs(ws)];
  const specs: MutationSpec[] = [...renames];
  if (renames.length > 1) specs.push({ id: 'rewrite.rename-all', description: 'every free name renamed at once', edits: renames.flatMap((r) => r.edits) });
  const out = [...specs.map((s) => applySpec(ws, s)), reverseOrder(ws), flowStyle(ws), blockStyle(ws), ...moveBetweenFiles(ws)];
  return uniqueIds(out.filter((m): m is Mutation => m !== null));
}
