import {
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_FAMILY,
  SUBMISSION_LIMITS as L,
  type ParseSubmissionResult,
  type Submission,
  type SubmissionChallenge,
  type SubmissionEvent,
  type SubmissionExercise,
} from './submission';

/** Why (part of) a submission was refused: a code and where, turned into words at the edge (submissionWords.ts). */
export type SubmissionProblemCode =
  | 'too-large'
  | 'not-json'
  | 'not-object'
  | 'not-a-submission'
  | 'newer-format'
  | 'missing'
  | 'wrong-type'
  | 'too-long'
  | 'too-many'
  | 'bad-key'
  | 'bad-date'
  | 'bad-number'
  /** The grader stopped reading it (set by the instructor page's watchdog, not by the parser). */
  | 'took-too-long'
  /** A pasted link: longer than any submission link, not one of ours (or cut short), or inflating past the size cap. */
  | 'link-too-long'
  | 'link-not-ours'
  | 'link-too-large';

export interface SubmissionProblem {
  code: SubmissionProblemCode;
  /** Where in the file, as a JSON path (`exercises["a/b/c"].files`); '' for the whole file. */
  path: string;
  params?: Record<string, string | number>;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Keys that would reach Object.prototype if a map were ever copied naively. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Exercise and challenge ids: kebab-case segments separated by `/` (`rbac/roles/read-pods`). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
/** Learner file names: relative, no `..`, no leading slash (`rbac.yaml`, `policies/deny.yaml`). */
const PATH = /^(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

const at = (path: string, key: string) => `${path}[${JSON.stringify(key)}]`;
const nullMap = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

class Reader {
  readonly problems: SubmissionProblem[] = [];
  fail(code: SubmissionProblemCode, path: string, params?: SubmissionProblem['params']): undefined {
    this.problems.push(params ? { code, path, params } : { code, path });
    return undefined;
  }
  text(value: unknown, path: string, max: number, required = true): string | undefined {
    if (value === undefined && !required) return undefined;
    if (value === undefined) return this.fail('missing', path);
    if (typeof value !== 'string') return this.fail('wrong-type', path, { expected: 'string' });
    if (value.length > max) return this.fail('too-long', path, { size: value.length, max });
    return value;
  }
  date(value: unknown, path: string, required = false): string | undefined {
    const text = this.text(value, path, 40, required);
    if (text === undefined) return undefined;
    if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text))) return this.fail('bad-date', path);
    return text;
  }
  count(value: unknown, path: string, max: number): number | undefined {
    if (value === undefined) return 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) return this.fail('bad-number', path, { max });
    return value;
  }
  /** A map's entries with checked keys, or undefined (too many entries, not an object). */
  entries(value: unknown, path: string, max: number, key: RegExp, keyMax: number): [string, unknown][] | undefined {
    if (!isObject(value)) return this.fail(value === undefined ? 'missing' : 'wrong-type', path, value === undefined ? undefined : { expected: 'object' });
    const keys = Object.keys(value);
    if (keys.length > max) return this.fail('too-many', path, { count: keys.length, max });
    const good: [string, unknown][] = [];
    for (const k of keys) {
      if (HOSTILE_KEYS.has(k) || k.length > keyMax || !key.test(k)) this.fail('bad-key', at(path, k.slice(0, 80)));
      else good.push([k, value[k]]);
    }
    return good;
  }
}

function readExercise(r: Reader, value: unknown, path: string): SubmissionExercise | undefined {
  if (!isObject(value)) return r.fail('wrong-type', path, { expected: 'object' });
  const before = r.problems.length;
  const entries = r.entries(value.files, `${path}.files`, L.filesPerExercise, PATH, L.pathChars);
  const files = nullMap<string>();
  for (const [name, text] of entries ?? []) {
    const checked = r.text(text, at(`${path}.files`, name), L.fileTextChars);
    if (checked !== undefined) files[name] = checked;
  }
  const exercise: SubmissionExercise = { files, hintsUsed: r.count(value.hintsUsed, `${path}.hintsUsed`, L.hintsUsed) ?? 0 };
  const firstOpened = r.date(value.firstOpened, `${path}.firstOpened`);
  const lastEdited = r.date(value.lastEdited, `${path}.lastEdited`);
  if (firstOpened) exercise.firstOpened = firstOpened;
  if (lastEdited) exercise.lastEdited = lastEdited;
  return r.problems.length === before ? exercise : undefined;
}

function readChallenge(r: Reader, value: unknown, path: string): SubmissionChallenge | undefined {
  if (!isObject(value)) return r.fail('wrong-type', path, { expected: 'object' });
  const before = r.problems.length;
  const challenge: SubmissionChallenge = { hintsUsed: r.count(value.hintsUsed, `${path}.hintsUsed`, L.hintsUsed) ?? 0 };
  const flag = r.text(value.flagSubmitted, `${path}.flagSubmitted`, L.flagChars, false);
  const solvedAt = r.date(value.solvedAt, `${path}.solvedAt`);
  if (flag !== undefined) challenge.flagSubmitted = flag;
  if (solvedAt) challenge.solvedAt = solvedAt;
  return r.problems.length === before ? challenge : undefined;
}

function readEvent(r: Reader, value: unknown): SubmissionEvent | undefined {
  if (!isObject(value)) return r.fail('wrong-type', 'event', { expected: 'object' });
  const eventId = r.text(value.eventId, 'event.eventId', L.idChars);
  const startedAt = r.date(value.startedAt, 'event.startedAt', true);
  const entries = r.entries(value.challenges, 'event.challenges', L.challenges, ID, L.idChars);
  if (eventId === undefined || startedAt === undefined || entries === undefined) return undefined;
  const challenges = nullMap<SubmissionChallenge>();
  for (const [id, raw] of entries) {
    const challenge = readChallenge(r, raw, at('event.challenges', id));
    if (challenge) challenges[id] = challenge;
  }
  const event: SubmissionEvent = { eventId, challenges, startedAt };
  if (value.timerMinutes !== undefined) {
    const minutes = r.count(value.timerMinutes, 'event.timerMinutes', L.timerMinutes);
    if (minutes !== undefined && minutes > 0) event.timerMinutes = minutes;
  }
  return event;
}

/** The header fields; any problem here refuses the whole file. */
function readHeader(r: Reader, v: Obj): Omit<Submission, 'exercises' | 'event'> | undefined {
  const learner = r.text(v.learner, 'learner', L.learnerChars);
  const version = r.text(v.courseVersion, 'courseVersion', 100);
  const createdAt = r.date(v.createdAt, 'createdAt', true);
  if (learner === undefined || version === undefined || createdAt === undefined) return undefined;
  return { format: SUBMISSION_FORMAT, learner: learner.trim(), courseVersion: version, createdAt };
}

/** Validate a parsed submission (see parseSubmission). */
export function readSubmission(value: unknown): ParseSubmissionResult {
  const r = new Reader();
  if (!isObject(value)) return { ok: false, problems: [{ code: 'not-object', path: '' }] };
  const format = value.format;
  if (typeof format === 'string' && format !== SUBMISSION_FORMAT && format.startsWith(SUBMISSION_FORMAT_FAMILY))
    return { ok: false, problems: [{ code: 'newer-format', path: 'format', params: { format: format.slice(0, 60) } }] };
  if (format !== SUBMISSION_FORMAT) return { ok: false, problems: [{ code: 'not-a-submission', path: 'format' }] };
  const header = readHeader(r, value);
  const entries = r.entries(value.exercises, 'exercises', L.exercises, ID, L.idChars);
  if (!header || !entries) return { ok: false, problems: r.problems };
  const exercises = nullMap<SubmissionExercise>();
  for (const [id, raw] of entries) {
    const exercise = readExercise(r, raw, at('exercises', id));
    if (exercise) exercises[id] = exercise;
  }
  const submission: Submission = { ...header, exercises };
  if (value.event !== undefined) {
    const event = readEvent(r, value.event);
    if (event) submission.event = event;
  }
  return { ok: true, submission, problems: r.problems };
}
