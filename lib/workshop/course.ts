import type { ChallengeHint } from '../event/types';
import type { ExerciseDefinition, LocalizedText } from '../lesson';

/** The course as the grader sees it: every exercise, in course order, by progress key. */
export interface WorkshopCourse {
  courseVersion: string;
  exercises: { key: string; lesson: LocalizedText; definition: ExerciseDefinition }[];
  /** The event track's challenges, to re-check flags and score a submission's event block. */
  challenges?: WorkshopChallenge[];
}

/** Event mode's challenges as scoring needs them (no world, no solve, no flag). */
export interface WorkshopChallenge {
  id: string;
  points: number;
  hints: ChallengeHint[];
  title: LocalizedText;
}
