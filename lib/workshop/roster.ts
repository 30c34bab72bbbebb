import type { ExerciseGrade } from './grade';
import type { SubmissionProblem } from './readSubmission';
import type { EventResult } from './eventResult';
import type { SubmissionEvent } from './submission';

/** One submission on the instructor's roster: who, from which file, and each exercise re-graded. */
export interface RosterEntry {
  /** Unique per dropped file or pasted link (`2:ana.json`). */
  id: string;
  /** The file name or `link N` it came from. */
  source: string;
  learner: string;
  courseVersion: string;
  createdAt: string;
  /** By exercise key; an exercise absent here was not in the submission (not started). */
  grades: Record<string, ExerciseGrade>;
  /** Exercise keys this course does not have (another course version). */
  unknown: string[];
  /** Parts of the file left out, with why. */
  problems: SubmissionProblem[];
  /** Event mode's block as submitted (flags are checked by event mode, never trusted here). */
  event?: SubmissionEvent;
  /** The event re-checked against this site's challenges (flags recomputed). */
  eventResult?: EventResult;
}

/** A file that could not be read at all. */
export interface RosterFailure {
  id: string;
  source: string;
  problems: SubmissionProblem[];
}

export type RosterColumn = 'learner' | 'passed' | 'hints' | 'lastActivity' | 'event' | { exercise: string };

/** Exercises passed (a number to sort and to show as `n/N`). */
export function passedCount(entry: RosterEntry): number {
  return Object.values(entry.grades).filter((g) => g.status === 'passed').length;
}

export function hintsCount(entry: RosterEntry): number {
  return Object.values(entry.grades).reduce((sum, g) => sum + g.hintsUsed, 0);
}

/** The newest `lastEdited` of any exercise, else the file's creation time. */
export function lastActivity(entry: RosterEntry): string | undefined {
  const times = Object.values(entry.grades).flatMap((g) => (g.lastEdited ? [g.lastEdited] : []));
  return times.length ? times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : undefined;
}

/** Order of a cell when sorting by an exercise: passed, then failing (fewer failing goals first), not started, error. */
function gradeRank(grade: ExerciseGrade | undefined): number {
  if (!grade) return 10_000;
  if (grade.status === 'passed') return 0;
  if (grade.status === 'failing') return 1 + grade.failing.length;
  return 20_000;
}

function sortKey(entry: RosterEntry, column: RosterColumn): string | number {
  if (typeof column === 'object') return gradeRank(entry.grades[column.exercise]);
  if (column === 'learner') return entry.learner.toLocaleLowerCase();
  if (column === 'passed') return passedCount(entry);
  if (column === 'hints') return hintsCount(entry);
  if (column === 'event') return entry.eventResult?.score ?? -1;
  const last = lastActivity(entry);
  return last ? Date.parse(last) : -Infinity;
}

/** A sorted copy; ties keep the order files were dropped in (stable), then by source. */
export function sortRoster(entries: RosterEntry[], column: RosterColumn, direction: 'ascending' | 'descending'): RosterEntry[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return entries
    .map((entry, index) => ({ entry, index, key: sortKey(entry, column) }))
    .sort((a, b) => {
      const order =
        typeof a.key === 'number' && typeof b.key === 'number' ? Math.sign(a.key === b.key ? 0 : a.key - b.key) : String(a.key).localeCompare(String(b.key));
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((x) => x.entry);
}
