// Turn one submission's text into a roster entry (or a failure), through the grading worker.
import type { WorkshopCourse } from '@/lib/workshop/course';
import type { ExerciseGrade } from '@/lib/workshop/grade';
import { eventResult } from '@/lib/workshop/eventResult';
import { matchExercises } from '@/lib/workshop/match';
import type { RosterEntry, RosterFailure } from '@/lib/workshop/roster';
import type { GraderClient } from './graderClient';

export interface GradeCallbacks {
  /** The file was read: this many exercises will be graded. */
  onRead(exercises: number): void;
  onGraded(): void;
}

/** Read a submission in the worker, then grade each exercise the course knows, in course order. */
export async function gradeSubmissionText(
  client: GraderClient,
  course: WorkshopCourse,
  id: string,
  source: string,
  text: string,
  on: GradeCallbacks,
): Promise<RosterEntry | RosterFailure> {
  const read = await client.read(text);
  if (!read.ok) return { id, source, problems: read.problems };
  const { submission, problems } = read;
  const { known, unknown } = matchExercises(course, submission);
  on.onRead(known.length);
  const grades: Record<string, ExerciseGrade> = {};
  for (const key of known) {
    grades[key] = await client.grade(key, submission.exercises[key]);
    on.onGraded();
  }
  return {
    id,
    source,
    learner: submission.learner,
    courseVersion: submission.courseVersion,
    createdAt: submission.createdAt,
    grades,
    unknown,
    problems,
    ...(submission.event ? { event: submission.event } : {}),
    ...(submission.event && course.challenges ? { eventResult: eventResult(course.challenges, submission.event) } : {}),
  };
}

export function isFailure(x: RosterEntry | RosterFailure): x is RosterFailure {
  return !('grades' in x);
}
