import { describe, expect, it } from 'vitest';
import { courseExercises, deepFreeze } from '../../lesson/exercises/harness';
import { exerciseWorld, runLab, type ExerciseDefinition } from '@/lib/lesson';
import { buildWorld, ParseCache } from '@/lib/sim';
import type { ParseResult } from '@/lib/sim/parse';

// The parse cache is a performance device (the page worker rebuilds an exercise's world on every
// key): a world built with it must be the world built without it, for every exercise of the
// course and every edit, and nothing downstream may change the shared parse results (frozen
// here: a write would throw and change the answer).

/** A learner's session: the start files, one file solved, all solved, a broken edit, a comment, back. */
function session(exercise: ExerciseDefinition): Record<string, string>[] {
  const first = exercise.files[0];
  const current = { ...exercise.start, ...exercise.solution };
  const steps: Record<string, string>[] = [{ ...exercise.start }, { ...exercise.start, [first]: exercise.solution[first] ?? '' }, current];
  steps.push({ ...current, [first]: `${current[first]}\n---\nkind: [unclosed\n` });
  steps.push({ ...current, [first]: `${current[first]}\n# a comment typed at the end\n` });
  steps.push({ ...exercise.start });
  return steps;
}

describe('ParseCache', () => {
  const exercises = courseExercises();

  it('finds the course exercises', () => {
    expect(exercises.length).toBeGreaterThan(10);
  });

  it('a world built with the cache answers exactly as one built without it, for every exercise and edit', () => {
    for (const exercise of exercises) {
      const cache = new ParseCache((result: ParseResult) => deepFreeze(result));
      for (const files of session(exercise)) {
        const cached = runLab(exercise, files, exerciseWorld(exercise, files, cache));
        expect(cached, `${exercise.id}`).toEqual(runLab(exercise, files));
      }
    }
  });

  it('read per YAML document (every source split, not only large ones), the course answers exactly the same', () => {
    for (const exercise of exercises) {
      const cache = new ParseCache((result: ParseResult) => deepFreeze(result), { splitAbove: 0 });
      for (const files of session(exercise)) {
        const cached = runLab(exercise, files, exerciseWorld(exercise, files, cache));
        expect(cached, `${exercise.id}`).toEqual(runLab(exercise, files));
      }
    }
  });

  it('an edit reparses only the file it changed, and the cache keeps one version of each file', () => {
    const exercise = exercises.find((e) => e.files.length >= 3 && e.world) ?? exercises[0];
    let parses = 0;
    const cache = new ParseCache(() => {
      parses += 1;
    });
    exerciseWorld(exercise, exercise.start, cache);
    const sources = exercise.files.length + (exercise.world ? 1 : 0);
    expect(parses).toBe(sources);
    const edited = { ...exercise.start, [exercise.files[1]]: `${exercise.start[exercise.files[1]] ?? ''}\n# edited\n` };
    exerciseWorld(exercise, edited, cache);
    expect(parses).toBe(sources + 1);
    expect(cache.size).toBe(sources);
    exerciseWorld(exercise, edited, cache);
    expect(parses).toBe(sources + 1);
  });

  it('keys on the server version too (the parser follows it: CEL libraries)', () => {
    let parses = 0;
    const cache = new ParseCache(() => {
      parses += 1;
    });
    const sources = [{ file: 'a.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata: { name: a }\n' }];
    buildWorld(sources, { cache, serverVersion: '1.34' });
    buildWorld(sources, { cache, serverVersion: '1.35' });
    expect(parses).toBe(2);
  });
});
