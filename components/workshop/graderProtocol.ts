// Messages between the instructor page and its grading worker. Types only.
import type { WorkshopCourse } from '@/lib/workshop/course';
import type { ExerciseGrade } from '@/lib/workshop/grade';
import type { ParseSubmissionResult, SubmissionExercise } from '@/lib/workshop/submission';

export type ToGrader =
  | { type: 'course'; course: WorkshopCourse }
  | { type: 'read'; id: number; text: string }
  | { type: 'grade'; id: number; key: string; work: SubmissionExercise };

export type FromGrader = { type: 'ready' } | { type: 'read'; id: number; result: ParseSubmissionResult } | { type: 'graded'; id: number; grade: ExerciseGrade };
