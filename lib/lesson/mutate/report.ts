import type { ExerciseDefinition } from '../types';
import type { AcceptedMutant } from './types';
import { acceptedBy, evaluate, killedBy, type MutationOutcome } from './evaluate';
import { generateMutants } from './generate';
import { generateRewrites, goalOnlyNames } from './rewrites';

export interface MutantRow extends MutationOutcome {
  /** Why it dies (`goal x`, `diagnostic (...)`), or `survived`. */
  verdict: string;
  accepted?: AcceptedMutant;
}

export interface ExerciseMutationReport {
  id: string;
  mutants: MutantRow[];
  rewrites: MutationOutcome[];
  /** Surviving mutants nobody declared: holes in the grading. */
  undeclared: MutantRow[];
  /** Declared survivors. */
  declared: MutantRow[];
  /** Rewrites that fail: the grading rejects a correct answer. */
  failingRewrites: MutationOutcome[];
  /** Declarations that match no generated mutant. */
  stale: AcceptedMutant[];
  /** Objects (`Kind/ns/name`) whose name only a goal gives: a warning, not a failure. */
  goalOnlyNames: string[];
  /** The solution itself, run the same way: when it fails, no verdict above means anything. */
  solution: MutationOutcome;
}

/** Run every mutant and rewrite of one exercise through runLab. */
export function mutationReport(exercise: ExerciseDefinition, accepted: readonly AcceptedMutant[] = exercise.acceptedMutants ?? []): ExerciseMutationReport {
  const solution = evaluate(exercise, { id: 'solution', description: 'the solution as written', files: exercise.solution, diff: '' });
  const mutants = generateMutants(exercise).map((m): MutantRow => {
    const outcome = evaluate(exercise, m);
    return { ...outcome, verdict: outcome.passed ? 'survived' : killedBy(outcome), accepted: outcome.passed ? acceptedBy(m.id, accepted) : undefined };
  });
  const rewrites = generateRewrites(exercise).map((m) => evaluate(exercise, m));
  const survivors = mutants.filter((m) => m.passed);
  return {
    id: exercise.id,
    mutants,
    rewrites,
    undeclared: survivors.filter((m) => !m.accepted),
    declared: survivors.filter((m) => m.accepted),
    failingRewrites: rewrites.filter((r) => !r.passed),
    stale: accepted.filter((a) => !mutants.some((m) => acceptedBy(m.mutation.id, [a]))),
    goalOnlyNames: goalOnlyNames(exercise),
    solution,
  };
}
