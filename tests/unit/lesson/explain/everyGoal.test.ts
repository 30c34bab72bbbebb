// Issue 14: every failing goal, of every kind, says what to change (en and es) and points into a
// file the learner can edit, on every exercise's starting files and on weakened solutions.
import { describe, expect, it } from 'vitest';
import { type ExerciseDefinition } from '@/lib/lesson';
import { runLab } from '../renderedLab';
import { generateMutants } from '@/lib/lesson/mutate';
import { allExercises, documentRemovals } from './exerciseFixtures';

const exercises = allExercises();

function failures(def: ExerciseDefinition, files: Record<string, string>): string[] {
  const result = runLab(def, files);
  if (result.broken?.length) return [];
  const problems: string[] = [];
  for (const goal of result.goals.filter((g) => !g.pass)) {
    if (!goal.fix?.en.trim() || !goal.fix?.es.trim()) problems.push(`${goal.id} (${goal.kind}): no fix in both languages`);
    if (goal.fix && goal.fix.en === goal.fix.es) problems.push(`${goal.id} (${goal.kind}): the Spanish fix is the English one`);
    if (!goal.source) problems.push(`${goal.id} (${goal.kind}): no pointer`);
    else if (!def.files.includes(goal.source.file))
      problems.push(`${goal.id} (${goal.kind}): points at ${goal.source.file}:${goal.source.line}, not an editable file`);
  }
  return problems;
}

describe('every failing goal explains and points', () => {
  it('loads the whole course', () => {
    expect(exercises.length).toBeGreaterThan(20);
  });

  for (const { key, definition } of exercises) {
    it(`${key}: starting files`, () => {
      const start = runLab(definition, definition.start);
      expect(start.goals.some((g) => !g.pass)).toBe(true);
      expect(failures(definition, definition.start)).toEqual([]);
    });

    it(`${key}: every weakening mutant of the solution (lib/lesson/mutate)`, () => {
      const mutants = generateMutants(definition);
      const problems = mutants.flatMap((m) => failures(definition, m.files).map((p) => `${m.id}: ${p}`));
      expect(problems).toEqual([]);
    });

    it(`${key}: solution with one document removed`, () => {
      const problems = documentRemovals(definition).flatMap((m) => failures(definition, m.files).map((p) => `${m.name}: ${p}`));
      expect(problems).toEqual([]);
    });
  }
});
