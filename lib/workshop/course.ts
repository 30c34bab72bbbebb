import type { ExerciseDefinition, LocalizedText } from '../lesson';

/** The course as the grader sees it: every exercise, in course order, by progress key. */
export interface WorkshopCourse {
  courseVersion: string;
  exercises: { key: string; lesson: LocalizedText; definition: ExerciseDefinition }[];
}
