// Loads an exercise from lessons/ and runs edited copies of its solution, for table-driven tests of
// wrong answers (each must fail a named goal) and unusual right answers (each must pass every goal).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExerciseFolder } from '@/lib/content/exercises';
import { runLab, type ExerciseDefinition } from '@/lib/lesson';

const ROOT = join(process.cwd(), 'lessons');

export function loadExercise(dir: string): ExerciseDefinition {
  const { exercise, problems } = loadExerciseFolder(join(ROOT, dir), ROOT);
  if (!exercise) throw new Error(`cannot load ${dir}: ${problems.map((p) => p.message).join('; ')}`);
  return exercise.definition;
}

/** One file's new text: a whole text, or a change of the solution's text. */
export type Edit = string | ((solution: string) => string);

/** Replace `from` by `to` (every occurrence); throws when `from` is absent, so a stale edit cannot pass silently. */
export function replace(from: string | RegExp, to: string): (text: string) => string {
  return (text) => {
    const found = typeof from === 'string' ? text.includes(from) : from.test(text);
    if (!found) throw new Error(`edit does not apply: ${String(from)} is not in the file`);
    return typeof from === 'string'
      ? text.split(from).join(to)
      : text.replace(new RegExp(from.source, from.flags.includes('g') ? from.flags : `${from.flags}g`), to);
  };
}

/** The file's documents as one `kind: List`, its items indented by `indent` (both forms are valid YAML). */
export function asList(indent = ''): (text: string) => string {
  const item = (doc: string) =>
    doc
      .trim()
      .split('\n')
      .map((line, i) => (i === 0 ? `${indent}- ${line}` : `${indent}  ${line}`))
      .join('\n');
  return (text) =>
    `apiVersion: v1\nkind: List\nitems:\n${text
      .split(/^---\n/m)
      .map(item)
      .join('\n')}\n`;
}

/** Several edits of one file, in order. */
export function chain(...edits: ((text: string) => string)[]): (text: string) => string {
  return (text) => edits.reduce((acc, edit) => edit(acc), text);
}

/** The solution with some files edited; returns the failing goal ids, plus `errors` when a file has an error diagnostic. */
export function failingGoals(exercise: ExerciseDefinition, edits: Record<string, Edit>): string[] {
  const files: Record<string, string> = { ...exercise.solution };
  for (const [file, edit] of Object.entries(edits)) {
    if (!(file in files)) throw new Error(`${exercise.id} has no file ${file}`);
    files[file] = typeof edit === 'string' ? edit : edit(files[file]);
  }
  const result = runLab(exercise, files);
  const failing = result.goals.filter((g) => !g.pass).map((g) => g.id);
  const errors = Object.values(result.diagnostics)
    .flat()
    .filter((d) => d.severity === 'error');
  return errors.length ? [...failing, 'errors'] : failing;
}

/** One case of an outsider table: a wrong answer names the goal it must fail; a right one (goal null) passes every goal. */
export type OutsiderCase = [title: string, edits: Record<string, (s: string) => string>, goal: string | null];

/** The cases of one exercise as tests: each wrong answer fails its goal, each right answer fails none. */
export function outsiderTable(dir: string, cases: OutsiderCase[]): void {
  const exercise = loadExercise(dir);
  describe(exercise.id, () => {
    for (const [title, edits, goal] of cases) {
      if (goal) it(`wrong: ${title} fails ${goal}`, () => expect(failingGoals(exercise, edits)).toContain(goal));
      else it(`right: ${title}`, () => expect(failingGoals(exercise, edits)).toEqual([]));
    }
  });
}

/** The folder of every exercise of the course, relative to lessons/ (`01-rbac/01-subject-verb-object/exercises/pochoclo-couch`). */
export function courseExerciseDirs(): string[] {
  const out: string[] = [];
  for (const track of readdirSync(ROOT)
    .filter((n) => /^\d\d-/.test(n))
    .sort()) {
    for (const lesson of readdirSync(join(ROOT, track))
      .filter((n) => /^\d\d-/.test(n))
      .sort()) {
      const base = join(track, lesson, 'exercises');
      if (!existsSync(join(ROOT, base))) continue;
      for (const id of readdirSync(join(ROOT, base)).sort()) if (statSync(join(ROOT, base, id)).isDirectory()) out.push(`${base}/${id}`);
    }
  }
  return out;
}

/** Every exercise of the course (tracks and lessons numbered `NN-`), loaded as the site loads them, in course order. */
export function courseExercises(): ExerciseDefinition[] {
  return courseExerciseDirs().map(loadExercise);
}

/** Freezes a value and everything it holds: a later write throws (shared results must not change). */
export function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}
