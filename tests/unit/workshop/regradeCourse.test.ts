// The whole pipeline over the real course (issue 18: "re-graded anywhere with the same result"):
// every exercise's solution, saved as a learner would, exported, read back and re-graded, passes;
// its start files fail, naming the same goals runLab names.
import { describe, expect, it } from 'vitest';
import { allLessons, loadCourse, loadLessonExercises, DEFAULT_LESSONS_DIR } from '@/lib/content';
import { workshopCourse } from '@/lib/content/workshopCourse';
import { runLab, type ExerciseDefinition } from '@/lib/lesson';
import { buildSubmission } from '@/lib/workshop/buildSubmission';
import { gradeExercise } from '@/lib/workshop/grade';
import { parseSubmission, serializeSubmission } from '@/lib/workshop/submission';

const course = workshopCourse();
const full = new Map<string, ExerciseDefinition>(
  allLessons(loadCourse()).flatMap((l) =>
    [...loadLessonExercises(l.dir, DEFAULT_LESSONS_DIR)].map(([id, e]) => [`${l.track}/${l.slug}/${id}`, e.definition] as [string, ExerciseDefinition]),
  ),
);

describe('re-grading the course', () => {
  it('ships every exercise to the grader, without solutions or hints', () => {
    expect(course.exercises.map((e) => e.key).sort()).toEqual([...full.keys()].sort());
    expect(course.courseVersion).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    for (const e of course.exercises) expect([Object.keys(e.definition.solution).length, e.definition.hints.length]).toEqual([0, 0]);
  });

  it('passes every solution and fails every start, through the submission file', () => {
    const saved = (pick: 'solution' | 'start') =>
      Object.fromEntries([...full].map(([key, d]) => [key, { files: d[pick], hintsShown: 1, updatedAt: Date.UTC(2026, 11, 7) }]));
    for (const pick of ['solution', 'start'] as const) {
      const read = parseSubmission(
        serializeSubmission(buildSubmission({ learner: pick, courseVersion: course.courseVersion, now: Date.UTC(2026, 11, 7), saved: saved(pick) })),
      );
      expect(read.ok && read.problems).toEqual([]);
      if (!read.ok) return;
      for (const { key, definition } of course.exercises) {
        const grade = gradeExercise(definition, read.submission.exercises[key]);
        if (pick === 'solution') expect(grade.status, key).toBe('passed');
        else
          expect(grade.status === 'failing' && grade.failing, key).toEqual(
            runLab(full.get(key)!, full.get(key)!.start)
              .goals.filter((g) => !g.pass)
              .map((g) => g.id),
          );
      }
    }
  }, 120_000);
});
