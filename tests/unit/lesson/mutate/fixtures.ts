import type { ExerciseDefinition, Goal } from '@/lib/lesson';
import { evaluate, generateMutants, type Mutation } from '@/lib/lesson/mutate';

export const text = { en: 'goal', es: 'objetivo' };

/** A one-exercise definition: the solution is also the start (the tests never grade the start). */
export function exercise(
  files: Record<string, string>,
  opts: { goals?: Goal[]; world?: string; description?: string; start?: Record<string, string> } = {},
): ExerciseDefinition {
  return {
    id: 'fixture',
    title: text,
    description: opts.description ? { en: opts.description, es: opts.description } : text,
    world: opts.world !== undefined ? { file: 'world.yaml', text: opts.world } : undefined,
    files: Object.keys(files),
    start: opts.start ?? Object.fromEntries(Object.keys(files).map((f) => [f, ''])),
    solution: files,
    goals: opts.goals ?? [],
    hints: [],
  };
}

/** The generated mutants whose id starts with `prefix`. */
export function mutantsOf(def: ExerciseDefinition, prefix = ''): Mutation[] {
  return generateMutants(def).filter((m) => m.id.startsWith(prefix));
}

export function ids(mutations: Mutation[]): string[] {
  return mutations.map((m) => m.id);
}

/** The goals a mutant fails (the solution passes them all). */
export function failedGoals(def: ExerciseDefinition, mutation: Mutation): string[] {
  return evaluate(def, mutation).failedGoals;
}
