import type { AuthorizationVerdict, Diagnostic, LocalizedText, Protocol, TrafficVerdict } from '../sim';
import type { MessageLike } from '../sim/messages';

/** Authored lesson data (titles, briefs, hints, goal texts) stays written per language. */
export type { LocalizedText };
/** What the lesson engine says: a message code with parameters, rendered at the edge (lib/i18n/messages). */
export type LessonMessage = MessageLike;

/** A request as a `can` goal states it. */
export interface CanQuestion {
  /** A user name, or `system:serviceaccount:ns:name`. */
  as?: string;
  /** Ask as the ServiceAccount a pod (or a workload's pods) actually runs as: `ns/pod`. */
  asPod?: string;
  groups?: string[];
  verb: string;
  resource?: string;
  group?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  path?: string;
  /** Only with `expect: allow`: and the learner's bindings give it to no other subject (lib/lesson/exclusiveGrant). */
  exclusive?: boolean;
}

export interface TrafficQuestion {
  from: string | { ip: string } | { node: string } | { service: string };
  to: string | { ip: string } | { node: string } | { service: string };
  port: number | string;
  protocol?: Protocol;
}

export interface AllowedPermission {
  verbs: string[];
  resources: string[];
  group?: string;
  resourceNames?: string[];
}

/** One goal of an exercise: a question put to the simulator and the expected answer. */
export type Goal = { id: string; text: LocalizedText } & (
  | { kind: 'can'; can: CanQuestion; expect: 'allow' | 'deny' }
  | { kind: 'traffic'; traffic: TrafficQuestion; expect: 'allow' | 'deny' }
  | { kind: 'podSecurity'; podSecurity: { target: string; level: 'baseline' | 'restricted' | 'privileged'; version?: string }; expect: 'pass' | 'fail' }
  | { kind: 'hardening'; hardening: { target: string; finding: string }; expect: 'absent' | 'present' }
  | { kind: 'audit'; audit: { request: CanQuestion & { user?: string } }; expect: { level: 'None' | 'Metadata' | 'Request' | 'RequestResponse' } }
  | {
      kind: 'admission';
      admission: {
        operation?: 'CREATE' | 'UPDATE' | 'DELETE';
        object: string;
        as?: string;
        groups?: string[];
        check?: { path: string; equals: unknown };
        outage?: boolean;
      };
      expect: 'allow' | 'deny' | 'warn';
    }
  | {
      kind: 'leastPrivilege';
      leastPrivilege: { as?: string; asPod?: string; groups?: string[]; namespace?: string; allowed: AllowedPermission[] };
      expect: 'pass';
    }
  | { kind: 'controlPlane'; controlPlane: { check: string }; expect: 'pass' | 'fail' }
  | { kind: 'noAttackPath'; noAttackPath: { from: string; to: string; lateral?: 'connect' | 'exploit' }; expect: 'pass' }
);

export type GoalKind = Goal['kind'];

/** An exercise, as loaded from its folder: plain data, serializable to the browser. */
export interface ExerciseDefinition {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Read-only objects the learner does not edit. */
  world?: { file: string; text: string };
  /** Editable file names, in order. */
  files: string[];
  start: Record<string, string>;
  solution: Record<string, string>;
  goals: Goal[];
  hints: LocalizedText[];
  /** Weakening mutants the author declares acceptable (see lib/lesson/mutate), with a reason. */
  acceptedMutants?: { id: string; reason: LocalizedText | string }[];
  /** The simulated API server's version (`1.34`); default 1.35 (exercise.yaml `serverVersion`). */
  serverVersion?: string;
}

/** Where in the learner's files a goal's answer comes from (for "jump to line"). */
export interface SourcePointer {
  file: string;
  line: number;
  column: number;
}

/** An extra jump link of a goal (e.g. the binding behind a rule). */
export interface GoalLink {
  label: LessonMessage;
  source: SourcePointer;
}

export interface GoalResult {
  id: string;
  kind: GoalKind;
  text: LocalizedText;
  pass: boolean;
  /** Why: the simulator's explanation (a message, rendered in the learner's language when shown). */
  explanation: LessonMessage;
  /** What to change, when failing. */
  fix?: LessonMessage;
  /** The object or field responsible, if it is in an editable or world file. */
  source?: SourcePointer;
  /** The full trace (admission steps, every violation), shown one click away. */
  trace?: LessonMessage;
  /** More places worth jumping to (the binding behind a rule, ...). */
  links?: GoalLink[];
  /** Raw verdict data for views (authorization, traffic, ...). */
  verdict?: AuthorizationVerdict | TrafficVerdict | unknown;
}

export interface LabResult {
  goals: GoalResult[];
  /** Diagnostics by file name (editable files and the world). */
  diagnostics: Record<string, Diagnostic[]>;
  passed: boolean;
  /** Editable files whose YAML does not parse: goals then say nothing reliable ("fix the YAML first"). */
  broken?: string[];
  /** Misconceptions the learner's objects show (lib/lesson/misconceptions). */
  misconceptions?: MisconceptionHit[];
}

/** A known trap found in the learner's objects, with its explanation, fix and place. */
export interface MisconceptionHit {
  /** Stable kebab-case id of the detector. */
  id: string;
  explanation: LessonMessage;
  fix: LessonMessage;
  source?: SourcePointer;
  /** The API server would reject the object: also shown as an error diagnostic. */
  diagnostic?: boolean;
}
