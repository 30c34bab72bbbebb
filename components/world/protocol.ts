// The page worker's protocol: the main thread asks questions, the worker holds the page's worlds
// and answers them. Types only: this module (and everything the main thread imports from here)
// must not pull the simulator into the page bundle.
import type { AdmissionStep, Diagnostic, ObjectRef, Protocol, SubjectGrant } from '@/lib/sim';
import type { ExerciseDefinition, LabResult } from '@/lib/lesson';
import type { Lang } from '@/lib/i18n/languages';
import type { TrafficQuery } from '../views/trafficModel';
import type { PackedTrafficModel } from '../views/trafficPack';
import type { QuestionDefaults } from '../playground/questionDefaults';
import type { Danger, PermissionMatrixModel, ResourceRow, SubjectChoice, Vocabulary } from '@/lib/sim';

/** What a world is made of: an exercise (world file + the learner's files) or one free text (the playground). */
export type WorldDefinition = { kind: 'exercise'; exercise: ExerciseDefinition } | { kind: 'text'; file: string };

/** A traffic question: the view asks about its pods with typed `{ pod }` ends; text ends are the forms' question syntax. */
export interface TrafficQuestion {
  from: string | { ip: string } | { pod: ObjectRef };
  to: string | { ip: string } | { pod: ObjectRef };
  port: number | string;
  protocol?: Protocol;
}

/** One path of the attack view: a crown jewel and the steps to it, worded in the asked language. */
export interface AttackPathAnswer {
  /** The crown jewel's key (lib/sim attackNodeKey, `secret:shop/db`): a React key and test hook, never parsed. */
  target: string;
  targetLabel: string;
  steps: { key: string; technique: string; text: string; fix: string; source?: { file: string; line: number; column: number } }[];
}

/** One line a terminal prints. */
export interface OutputLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** Who a terminal session runs as (default: minikube's admin). */
export interface SessionIdentity {
  user: string;
  groups: string[];
  namespace: string;
}

/**
 * Where a terminal session's cluster comes from: a world of the worker, objects, or YAML text
 * (an event challenge: parsed in the worker, the session runs as the challenge's identity).
 */
export type SessionOrigin = { worldId: string; objects: 'read-only' | 'all' } | { objects: unknown[] } | { text: string; as: SessionIdentity };

/** A question to the worker; `worldId` (on the envelope) names the world it is asked of. */
export type Question =
  | { type: 'check' }
  | { type: 'summary' }
  | { type: 'traffic'; query: Omit<TrafficQuery, 'combine'> & { combine?: boolean } }
  | { type: 'explainTraffic'; question: TrafficQuestion; lang: Lang }
  | { type: 'subjects' }
  | { type: 'permissions'; subject: SubjectChoice; namespace: string; special: boolean; onlyGranted: boolean; extra?: Vocabulary; lang: Lang }
  | { type: 'whoCan'; resource: string; verb: string; namespace: string; all: boolean }
  | { type: 'admission'; ref: string; operation: 'CREATE' | 'UPDATE' | 'DELETE'; user: string; groups: string[] | null; extraGroups?: string[]; lang: Lang }
  | { type: 'canI'; user: string; groups: string[]; verb: string; resource: string; namespace: string; lang: Lang }
  | { type: 'questionDefaults' }
  | { type: 'attack'; entry: string; lateral?: 'connect' | 'exploit'; lang: Lang }
  | { type: 'counterexamples'; lang: Lang }
  /** `lang`: the language the lab's notes in this terminal are rendered in (default en). */
  | { type: 'shellOpen'; session: string; origin: SessionOrigin; lang?: Lang }
  /**
   * One line entered. A line that leaves a heredoc, quote or continued line open is kept (the
   * answer says `pending`: the terminal prompts `> `); `cancel` (Ctrl-C) drops what was kept.
   */
  | { type: 'shellRun'; session: string; line: string; cancel?: boolean }
  | { type: 'shellFile'; session: string; name: string; text: string }
  | { type: 'shellComplete'; session: string; line: string }
  | { type: 'shellClose'; session: string };

export type QuestionType = Question['type'];

/** The answer to each question type. */
export interface Answers {
  check: { result: LabResult };
  summary: { objects: number; diagnostics: Diagnostic[]; tooLarge: boolean; stale: boolean; chars: number };
  traffic: { model: PackedTrafficModel; combined: boolean; stale: boolean };
  explainTraffic: { allowed: boolean; text: string };
  subjects: { subjects: (SubjectChoice & { suggestedNamespace?: string })[]; namespaces: string[] };
  permissions: { model: PermissionMatrixModel; explanations: string[][] };
  whoCan: { row: ResourceRow; grants: SubjectGrant[]; dangers: Danger[] };
  admission:
    | { candidates: string[]; ref: string; groups: string[]; steps: AdmissionStep[]; allowed: boolean; text: string }
    | { candidates: []; ref: ''; groups: string[] };
  canI: { allowed: boolean; text: string };
  questionDefaults: QuestionDefaults;
  attack: { stale: boolean; entries: { id: string; label: string }[]; entry: string; truncated: boolean; paths: AttackPathAnswer[] };
  counterexamples: { items: { kind: string; goalIds: string[]; text: string; yaml: string }[] };
  shellOpen: { ok: true };
  shellRun: { lines: OutputLine[]; exitCode: number; clear: boolean; history: string[]; pending?: boolean };
  shellFile: { ok: true };
  shellComplete: { replaceFrom: number; candidates: string[] };
  shellClose: { ok: true };
}

export type AnswerOf<Q extends Question> = Answers[Q['type']];

/** Main thread -> worker. */
export type ToWorker =
  | { type: 'define'; worldId: string; definition: WorldDefinition }
  | { type: 'files'; worldId: string; version: number; files: Record<string, string> }
  | { type: 'forget'; worldId: string }
  /** `known`: the stamp of the answer this consumer holds (the worker replies `same` when it has not changed). */
  | { type: 'ask'; id: number; worldId?: string; question: Question; known?: number }
  | { type: 'cancel'; id: number };

/** Worker -> main thread. */
export type FromWorker =
  | { type: 'ready' }
  /**
   * The worker loads code before its next answer (a view's, the terminal's, schema validators):
   * until it says `ready` again, the page gives it the load's time (WORKER_LOAD_TIMEOUT_MS), not
   * the question's budget.
   */
  | { type: 'loading' }
  /** `stamp`: names this answer's content (a view's answer computed once per cluster): asked again, it may come back as `same`. */
  | { type: 'answer'; id: number; answer: Answers[QuestionType]; ms: number; version?: number; stamp?: number }
  /** The answer is the one the consumer holds (`known`): nothing copied, nothing re-rendered. */
  | { type: 'same'; id: number; ms: number; version?: number; stamp: number }
  | { type: 'failed'; id: number; error: string }
  | { type: 'cancelled'; id: number };
