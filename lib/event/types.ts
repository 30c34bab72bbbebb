// Event mode (issue 18): attacker's-side challenges over the simulated cluster, as data.
import type { Lang } from '../i18n/languages';

export type Words = Record<Lang, string>;

export interface ChallengeHint {
  /** Points taken from the challenge's score once this hint is shown. */
  cost: number;
  text: Words;
}

/** One line of a scripted solve; `capture` keeps its trimmed output as `${name}` for later lines. */
export interface SolveStep {
  run: string;
  capture?: string;
}

export interface ObjectRef {
  kind: string;
  name: string;
  namespace?: string;
}

/** Who the learner is in the challenge's terminal (never cluster-admin). */
export interface StartIdentity {
  user: string;
  groups: string[];
  namespace: string;
}

export interface Challenge {
  /** Stable kebab-case id: the flag is derived from it. */
  id: string;
  order: number;
  points: number;
  title: Words;
  summary: Words;
  /** The brief as Markdown source per language (rendered by the page). */
  brief: Words;
  start: StartIdentity;
  /** The cluster, as YAML; `{{flag}}` marks where the flag lives. */
  world: string;
  /**
   * The lesson that teaches the defence (`track-slug/lesson-slug`), what it changes (`text`), and
   * the change as data: objects that replace those of the same kind, namespace and name (or are
   * added), and objects it removes.
   */
  defence: { lesson: string; world: string; text: Words; remove: ObjectRef[] };
  hints: ChallengeHint[];
  /** A scripted attack that obtains the flag through the terminal (checked in lessons:check). */
  solve: SolveStep[];
}

/** What the learner did on one challenge (the shape of the submission's event block). */
export interface ChallengeProgress {
  flagSubmitted?: string;
  /** ISO 8601. */
  solvedAt?: string;
  hintsUsed: number;
}

export interface EventProgress {
  eventId: string;
  /** ISO 8601: when this browser first opened the event. */
  startedAt: string;
  timerMinutes?: number;
  challenges: Record<string, ChallengeProgress>;
}
