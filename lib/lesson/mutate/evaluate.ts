import { runLab } from '../runLab';
import type { ExerciseDefinition } from '../types';
import type { AcceptedMutant, Mutation } from './types';

/** How one mutant or rewrite fared. */
export interface MutationOutcome {
  mutation: Mutation;
  /** Every goal passed and no editable file has an error. */
  passed: boolean;
  /** Goals that failed. */
  failedGoals: string[];
  /** Editable files with an error diagnostic (first message each). */
  diagnostics: { file: string; line: number; message: string }[];
}

export function evaluate(exercise: ExerciseDefinition, mutation: Mutation): MutationOutcome {
  const lab = runLab(exercise, mutation.files);
  const diagnostics = exercise.files.flatMap((file) =>
    (lab.diagnostics[file] ?? [])
      .filter((d) => d.severity === 'error')
      .slice(0, 1)
      .map((d) => ({ file, line: d.line, message: d.message })),
  );
  const failedGoals = lab.goals.filter((g) => !g.pass).map((g) => g.id);
  return { mutation, passed: failedGoals.length === 0 && diagnostics.length === 0, failedGoals, diagnostics };
}

/** The declaration that accepts a mutant id (exact id, or a prefix of it). */
export function acceptedBy(id: string, accepted: readonly AcceptedMutant[]): AcceptedMutant | undefined {
  return accepted.find((a) => id === a.id || id.startsWith(a.id));
}

/** What killed a mutant, for the table: `goal X`, or `diagnostic` in file. */
export function killedBy(outcome: MutationOutcome): string {
  if (outcome.failedGoals.length) return `goal ${outcome.failedGoals.join(', ')}`;
  if (outcome.diagnostics.length) return `diagnostic (${outcome.diagnostics[0].file}:${outcome.diagnostics[0].line}: ${outcome.diagnostics[0].message})`;
  return 'survived';
}
