import { SUBMISSION_FORMAT, type Submission, type SubmissionEvent, type SubmissionExercise } from './submission';

/** What the lab saves per exercise (lib/state/progress), as far as a submission needs it. */
export interface SavedExercise {
  files?: Record<string, string>;
  hintsShown: number;
  /** Milliseconds since the epoch; 0 when never edited. */
  updatedAt: number;
  firstOpened?: number;
}

export interface BuildSubmissionInput {
  learner: string;
  courseVersion: string;
  /** Milliseconds since the epoch (the caller's clock: this module reads none). */
  now: number;
  /** Saved progress by `track/lesson/exercise` key. */
  saved: Record<string, SavedExercise>;
  /** Only keys starting with this (`rbac/roles/` for one lesson); all when absent. */
  prefix?: string;
  event?: SubmissionEvent;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A submission of the learner's saved work: the files they typed (an exercise never edited is
 * left out: its start files would be graded the same by anyone), hints used and timestamps.
 * Never a verdict.
 */
export function buildSubmission(input: BuildSubmissionInput): Submission {
  const exercises: Record<string, SubmissionExercise> = {};
  const keys = Object.keys(input.saved)
    .filter((key) => !input.prefix || key.startsWith(input.prefix))
    .sort();
  for (const key of keys) {
    const saved = input.saved[key];
    if (!saved.files && saved.hintsShown === 0) continue;
    const exercise: SubmissionExercise = { files: { ...saved.files }, hintsUsed: saved.hintsShown };
    if (saved.firstOpened && Number.isFinite(saved.firstOpened)) exercise.firstOpened = iso(saved.firstOpened);
    if (saved.updatedAt > 0 && Number.isFinite(saved.updatedAt)) exercise.lastEdited = iso(saved.updatedAt);
    exercises[key] = exercise;
  }
  const submission: Submission = {
    format: SUBMISSION_FORMAT,
    learner: input.learner.trim(),
    courseVersion: input.courseVersion,
    createdAt: iso(input.now),
    exercises,
  };
  if (input.event) submission.event = input.event;
  return submission;
}
