import { buildWorld, type ParseCache, type World, type WorldOptions, type WorldSource } from '../sim';
import type { ParsedManifest } from '../sim/parse';
import { Admission } from './admitted';
import { evaluateGoal } from './goals';
import { ObjectIndex } from './objectIndex';
import { findMisconceptions, misconceptionDiagnostics } from './misconceptions';
import type { ExerciseDefinition, LabResult } from './types';

/** The sources of an exercise's world: its read-only world file, then the learner's files (or the start files). */
export function exerciseSources(exercise: ExerciseDefinition, files: Record<string, string>): WorldSource[] {
  const sources: WorldSource[] = [];
  if (exercise.world) sources.push({ file: exercise.world.file, text: exercise.world.text, readOnly: true });
  for (const file of exercise.files) sources.push({ file, text: files[file] ?? exercise.start[file] ?? '' });
  return sources;
}

/**
 * The world of an exercise, as the page's worker and the checks build it: the terminal's
 * cluster (the built-in objects of a fresh cluster, the world, then the learner's files as if
 * applied in order), at the exercise's server version. Objects the API server would reject
 * (error diagnostics: invalid names or label values, a Pod whose ServiceAccount does not
 * exist) are left out of the cluster; the goals that depend on them fail saying why.
 * `cache`: the world's parse cache (the page worker keeps one per exercise): only the files
 * edited since the last build are parsed again.
 */
export function exerciseWorld(exercise: ExerciseDefinition, files: Record<string, string>, cache?: ParseCache): World {
  return buildWorld(exerciseSources(exercise, files), { serverVersion: exercise.serverVersion, builtins: true, cache, admit: admitOf(exercise) });
}

/**
 * What the API server admits of an exercise's objects. Traps the API server would refuse (an
 * invalid Pod Security level) are errors too, so Admission rejects those objects like any
 * other invalid one. (CEL compile errors come from the parser: lib/sim/parse.) One function
 * per exercise: with a parse cache, buildWorld reuses its last world only for the same one.
 */
type Admit = NonNullable<WorldOptions['admit']>;
const admitByExercise = new WeakMap<ExerciseDefinition, Admit>();
function admitOf(exercise: ExerciseDefinition): Admit {
  let admit = admitByExercise.get(exercise);
  if (!admit) {
    admit = (parsed, diagnostics) => {
      for (const d of misconceptionDiagnostics(misconceptionsOf(parsed, exercise.files))) diagnostics[d.file ?? '']?.push(d);
      return new Admission(parsed, diagnostics, exercise.world?.file).admitted;
    };
    admitByExercise.set(exercise, admit);
  }
  return admit;
}

/**
 * The one function that turns an exercise plus the learner's files into everything the page
 * shows: per-goal verdicts with reasons and editor diagnostics. The world is built once
 * (exerciseWorld); pass `world` when the caller already holds it (the page's worker does, and
 * answers the views and the terminal from the same one). The page, the lesson tests and
 * `npm run lessons:check` all call it.
 */
export function runLab(exercise: ExerciseDefinition, files: Record<string, string>, world?: World): LabResult {
  const known = world ? answered.get(world) : undefined;
  if (known?.exercise === exercise) return known.result;
  const built = world ?? exerciseWorld(exercise, files);
  const result = labResult(exercise, built);
  if (world) answered.set(world, { exercise, result });
  return result;
}

/**
 * The answer for a world the caller holds (the page worker's, reused while an edit changes
 * nothing: exerciseWorld with a parse cache). A LabResult is a function of the exercise and
 * its world only (`files` adds nothing the world does not hold), so the same world gets the
 * same answer object back; callers read it and never change it.
 */
const answered = new WeakMap<World, { exercise: ExerciseDefinition; result: LabResult }>();

function labResult(exercise: ExerciseDefinition, built: World): LabResult {
  const admission = new Admission(built.parsed, built.diagnostics, exercise.world?.file);
  const index = new ObjectIndex(built.parsed);
  const ctx = { cluster: built.cluster, index, objects: built.objects, admission, editable: exercise.files, worldFile: exercise.world?.file };
  const goals = exercise.goals.map((goal) => evaluateGoal(goal, ctx));
  const diagnostics: Record<string, World['diagnostics'][string]> = {};
  for (const source of exerciseSources(exercise, {})) diagnostics[source.file] = built.diagnostics[source.file] ?? [];
  const broken = exercise.files.filter((file) => (diagnostics[file] ?? []).some(isSyntaxError));
  const misconceptions = misconceptionsOf(built.parsed, exercise.files);
  return { goals, diagnostics, passed: !built.hasErrors && goals.every((g) => g.pass), broken, misconceptions };
}

/** The trap detectors' hits on a world's objects: found once per built world (its build needs them too). */
const hitsByWorld = new WeakMap<readonly ParsedManifest[], { editable: readonly string[]; hits: ReturnType<typeof findMisconceptions> }>();
function misconceptionsOf(parsed: readonly ParsedManifest[], editable: readonly string[]): ReturnType<typeof findMisconceptions> {
  const known = hitsByWorld.get(parsed);
  if (known && known.editable === editable) return known.hits;
  const hits = findMisconceptions(parsed, editable);
  hitsByWorld.set(parsed, { editable, hits });
  return hits;
}

/** A file that does not parse as YAML: goals cannot say anything reliable about it. */
function isSyntaxError(d: World['diagnostics'][string][number]): boolean {
  return (
    d.severity === 'error' && (d.code?.startsWith('yaml-') || d.code === 'input-too-large' || d.code === 'binary-input' || d.code === 'document-not-object')
  );
}
