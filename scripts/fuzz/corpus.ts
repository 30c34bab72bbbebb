// Real inputs to mutate: every lesson's world, start and solution files, and its exercises.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadLessonExercises } from '../../lib/content/exercises';
import type { ExerciseDefinition } from '../../lib/lesson';

const ROOT = join(__dirname, '../../lessons');

const dirs = (dir: string) =>
  readdirSync(dir)
    .filter((n) => /^\d\d-/.test(n) && statSync(join(dir, n)).isDirectory())
    .map((n) => join(dir, n));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('exercise.yaml'))
    .map((f) => join(dir, f));
}

export interface Corpus {
  texts: string[];
  exercises: ExerciseDefinition[];
}

export function loadCorpus(): Corpus {
  const lessons = dirs(ROOT).flatMap(dirs);
  const texts = lessons.flatMap((l) => yamlFiles(l)).map((f) => readFileSync(f, 'utf8'));
  const exercises = lessons.flatMap((l) => [...loadLessonExercises(l, ROOT).values()].map((e) => e.definition));
  return { texts, exercises };
}
