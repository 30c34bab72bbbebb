// Re-grading uses runLab, as the lesson page does (issue 18): the solution passes, the start fails,
// and nothing in the file (no verdict, no extra file) changes the result.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadExerciseFolder } from '@/lib/content/exercises';
import { runLab } from '@/lib/lesson';
import { gradeExercise } from '@/lib/workshop/grade';
import { matchExercises } from '@/lib/workshop/match';
import type { WorkshopCourse } from '@/lib/workshop/course';
import type { Submission } from '@/lib/workshop/submission';

const ROOT = join(__dirname, '../../../lessons');
const { exercise } = loadExerciseFolder(join(ROOT, '01-rbac/01-subject-verb-object/exercises/pochoclo-couch'), ROOT);
const definition = exercise!.definition;

describe('gradeExercise', () => {
  it('passes the solution and names the failing goals of the start, as runLab does', () => {
    expect(gradeExercise(definition, { files: definition.solution, hintsUsed: 1 })).toEqual({ status: 'passed', hintsUsed: 1 });
    const start = gradeExercise(definition, { files: definition.start, hintsUsed: 0, lastEdited: '2026-12-07T10:00:00Z' });
    const expected = runLab(definition, definition.start)
      .goals.filter((g) => !g.pass)
      .map((g) => g.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(start).toEqual({ status: 'failing', failing: expected, broken: [], hintsUsed: 0, lastEdited: '2026-12-07T10:00:00Z' });
  });

  it('grades a file the learner never saved as its start file, and ignores files the exercise does not have', () => {
    const grade = gradeExercise(definition, { files: { 'extra.yaml': definition.solution[definition.files[0]] }, hintsUsed: 0 });
    expect(grade.status).toBe('failing');
  });

  it('reports YAML that does not parse as broken, not as a crash', () => {
    const grade = gradeExercise(definition, { files: { [definition.files[0]]: 'kind: Role\n  bad: [indent' }, hintsUsed: 0 });
    expect(grade.status === 'failing' && grade.broken).toEqual([definition.files[0]]);
  });

  it('never throws on an alias bomb: it becomes a failing grade with the file named', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const grade = gradeExercise(definition, { files: { [definition.files[0]]: lines.join('\n') }, hintsUsed: 0 });
    expect(grade.status).toBe('failing');
  });
});

describe('matchExercises', () => {
  it('splits the exercises this course has from those of another version', () => {
    const course: WorkshopCourse = { courseVersion: 'v', exercises: [{ key: 'a/b/c', lesson: { en: 'L', es: 'L' }, definition }] };
    const submission = { exercises: { 'a/b/c': { files: {}, hintsUsed: 0 }, 'x/y/z': { files: {}, hintsUsed: 0 } } } as unknown as Submission;
    expect(matchExercises(course, submission as Pick<Submission, 'exercises'>)).toEqual({ known: ['a/b/c'], unknown: ['x/y/z'] });
  });
});
