import { runLab, type ExerciseDefinition } from '../lesson';
import type { SubmissionExercise } from './submission';

/** One exercise of one learner, re-graded: never taken from the file, always recomputed. */
export type ExerciseGrade =
  | { status: 'passed'; hintsUsed: number; lastEdited?: string }
  | { status: 'failing'; failing: string[]; broken: string[]; hintsUsed: number; lastEdited?: string }
  /** The simulator could not grade it (it threw, or the grader stopped it for taking too long). */
  | { status: 'error'; reason: 'crashed' | 'timeout'; hintsUsed: number; lastEdited?: string };

/**
 * Re-grade one exercise with the same function the lesson page and `lessons:check` use (runLab).
 * Only the exercise's editable files are taken from the submission; any other name is ignored,
 * and a file the learner never saved is graded as its start file, as the page shows it.
 */
export function gradeExercise(definition: ExerciseDefinition, work: SubmissionExercise): ExerciseGrade {
  const files: Record<string, string> = {};
  for (const name of definition.files) files[name] = Object.hasOwn(work.files, name) ? work.files[name] : (definition.start[name] ?? '');
  const meta = { hintsUsed: work.hintsUsed, ...(work.lastEdited ? { lastEdited: work.lastEdited } : {}) };
  try {
    const result = runLab(definition, files);
    if (result.passed) return { status: 'passed', ...meta };
    return { status: 'failing', failing: result.goals.filter((g) => !g.pass).map((g) => g.id), broken: result.broken ?? [], ...meta };
  } catch {
    return { status: 'error', reason: 'crashed', ...meta };
  }
}
