import { allLessons, DEFAULT_LESSONS_DIR, loadCourse } from './course';
import { loadLessonExercises } from './exercises';
import { currentCourseVersion } from './courseVersion';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkshopCourse } from '../workshop/course';
import { loadEventTrack } from './challenges';

/**
 * Everything the instructor page needs to re-grade submissions: every exercise of the course in
 * order, keyed as progress is saved (`track/lesson/exercise`), without solutions or hints (the
 * grader only asks the simulator). Served as a static JSON file (app/workshop/course.json).
 */
export function workshopCourse(root: string = DEFAULT_LESSONS_DIR): WorkshopCourse {
  const exercises: WorkshopCourse['exercises'] = [];
  for (const lesson of allLessons(loadCourse(root)).filter((l) => l.meta.en.status !== 'coming')) {
    for (const [id, loaded] of loadLessonExercises(lesson.dir, root)) {
      const { solution: _solution, hints: _hints, acceptedMutants: _mutants, ...definition } = loaded.definition;
      exercises.push({
        key: `${lesson.track}/${lesson.slug}/${id}`,
        lesson: { en: lesson.meta.en.title, es: lesson.meta.es.title },
        definition: { ...definition, solution: {}, hints: [] },
      });
    }
  }
  const challenges = existsSync(join(root, 'event', 'event.yaml'))
    ? loadEventTrack(root).challenges.map((c) => ({ id: c.id, points: c.points, hints: c.hints, title: c.title }))
    : undefined;
  return { courseVersion: currentCourseVersion(root), exercises, ...(challenges ? { challenges } : {}) };
}
