/**
 * The submission file (issue 18): a learner's work, exported so anyone can re-grade it with the
 * same simulator. It holds what the learner typed (files per exercise), hints used, timestamps,
 * their name as they typed it and the course version; never a verdict (verdicts are recomputed).
 * Event mode fills the optional `event` block. Pure TypeScript: no DOM, no Node.
 *
 * ```json
 * { "format": "k8s-lab-submission/1", "learner": "Ana", "courseVersion": "0.1.0+3f2a9c1b7d40",
 *   "createdAt": "2026-12-07T11:30:00.000Z",
 *   "exercises": { "rbac/subject-verb-object/pochoclo-sleeps": {
 *       "files": { "rbac.yaml": "..." }, "hintsUsed": 1,
 *       "firstOpened": "2026-12-07T10:02:11.000Z", "lastEdited": "2026-12-07T10:14:52.000Z" } },
 *   "event": { "eventId": "kubecon-ctf", "startedAt": "...", "timerMinutes": 45,
 *       "challenges": { "exposed-pod": { "flagSubmitted": "FLAG{...}", "solvedAt": "...", "hintsUsed": 0 } } } }
 * ```
 */
import { readSubmission, type SubmissionProblem } from './readSubmission';

export const SUBMISSION_FORMAT = 'k8s-lab-submission/1';
/** The format family: a file naming `k8s-lab-submission/2` is newer than this lab, not damaged. */
export const SUBMISSION_FORMAT_FAMILY = 'k8s-lab-submission/';

/** Limits a submission is held to before any grading: it is someone else's file. */
export const SUBMISSION_LIMITS = {
  /** Characters of the whole file (JSON text), checked before parsing. */
  fileChars: 4 * 1024 * 1024,
  exercises: 500,
  filesPerExercise: 16,
  /** Characters of one learner file (the editor and the playground accept 2 MB in all). */
  fileTextChars: 512 * 1024,
  learnerChars: 120,
  idChars: 200,
  pathChars: 200,
  challenges: 200,
  flagChars: 500,
  hintsUsed: 1000,
  timerMinutes: 24 * 60,
} as const;

export interface SubmissionExercise {
  /** The learner's editable files, by name, as typed. */
  files: Record<string, string>;
  hintsUsed: number;
  /** ISO 8601 timestamps; absent when the lab did not record them. */
  firstOpened?: string;
  lastEdited?: string;
}

export interface SubmissionChallenge {
  flagSubmitted?: string;
  solvedAt?: string;
  hintsUsed: number;
}

export interface SubmissionEvent {
  eventId: string;
  challenges: Record<string, SubmissionChallenge>;
  startedAt: string;
  timerMinutes?: number;
}

export interface Submission {
  format: typeof SUBMISSION_FORMAT;
  /** The learner's name exactly as typed (trimmed); shown, never trusted. */
  learner: string;
  /** `<package.json version>+<content hash of lessons/>` (see courseVersion()). */
  courseVersion: string;
  createdAt: string;
  /** By `track/lesson/exercise` key, as progress is saved. */
  exercises: Record<string, SubmissionExercise>;
  event?: SubmissionEvent;
}

/** The course version string: the app's version plus a short hash of the lesson content. */
export function courseVersion(appVersion: string, contentHash: string): string {
  return `${appVersion}+${contentHash.slice(0, 12)}`;
}

/** The app version part of a course version (`0.1.0+abc` -> `0.1.0`). */
export function appVersionOf(version: string): string {
  return version.split('+')[0];
}

export type ParseSubmissionResult =
  | { ok: true; submission: Submission; /** Parts left out (a damaged exercise), with why. */ problems: SubmissionProblem[] }
  | { ok: false; problems: SubmissionProblem[] };

/**
 * Read a submission file's text. Never throws: a file that is too large, not JSON, not ours or
 * of a newer format is refused with its problems; a damaged exercise or challenge inside an
 * otherwise good file is left out and listed, and the rest is kept. Every map comes back with a
 * null prototype, and keys such as `__proto__` or `constructor` are refused.
 */
export function parseSubmission(text: string): ParseSubmissionResult {
  if (typeof text !== 'string') return { ok: false, problems: [{ code: 'not-json', path: '' }] };
  if (text.length > SUBMISSION_LIMITS.fileChars)
    return { ok: false, problems: [{ code: 'too-large', path: '', params: { size: text.length, max: SUBMISSION_LIMITS.fileChars } }] };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problems: [{ code: 'not-json', path: '' }] };
  }
  return readSubmission(value);
}

/** The file's text: stable key order, two-space indentation (readable, diffable). */
export function serializeSubmission(submission: Submission): string {
  return `${JSON.stringify(submission, null, 2)}\n`;
}

/** A file name for the download: `k8s-lab-<learner>-<date>.json`, only safe characters. */
export function submissionFileName(submission: Pick<Submission, 'learner' | 'createdAt'>, scope?: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  const parts = ['k8s-lab', slug(submission.learner) || 'learner', scope ? slug(scope) : '', submission.createdAt.slice(0, 10)];
  return `${parts.filter(Boolean).join('-')}.json`;
}

export type { SubmissionProblem, SubmissionProblemCode } from './readSubmission';
