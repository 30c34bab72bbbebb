import type { WorkshopCourse } from './course';
import type { Submission } from './submission';

/** The exercises of a submission this course knows (in course order), and those it does not (another course version). */
export function matchExercises(course: WorkshopCourse, submission: Pick<Submission, 'exercises'>): { known: string[]; unknown: string[] } {
  const keys = new Set(course.exercises.map((e) => e.key));
  const known = course.exercises.filter((e) => Object.hasOwn(submission.exercises, e.key)).map((e) => e.key);
  return { known, unknown: Object.keys(submission.exercises).filter((k) => !keys.has(k)) };
}
