import { load } from 'js-yaml';
import { NEWEST_SERVER_MINOR, OLDEST_SERVER_MINOR, parseServerVersion } from '../sim';
import type { ExerciseDefinition, Goal, GoalKind, LocalizedText } from './types';

export interface ExerciseProblem {
  file: string;
  line: number;
  message: string;
}

const GOAL_KINDS: GoalKind[] = ['can', 'traffic', 'podSecurity', 'hardening', 'audit', 'admission', 'leastPrivilege', 'controlPlane', 'noAttackPath'];
const EXPECT: Record<GoalKind, (value: unknown) => boolean> = {
  can: (v) => v === 'allow' || v === 'deny',
  traffic: (v) => v === 'allow' || v === 'deny',
  podSecurity: (v) => v === 'pass' || v === 'fail',
  hardening: (v) => v === 'absent' || v === 'present',
  audit: (v) => typeof v === 'object' && v !== null && ['None', 'Metadata', 'Request', 'RequestResponse'].includes(String((v as { level?: unknown }).level)),
  admission: (v) => v === 'allow' || v === 'deny' || v === 'warn',
  leastPrivilege: (v) => v === 'pass',
  controlPlane: (v) => v === 'pass' || v === 'fail',
  noAttackPath: (v) => v === 'pass',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

function localized(value: unknown): LocalizedText | null {
  if (!isRecord(value)) return null;
  const { en, es } = value;
  return typeof en === 'string' && en.trim() && typeof es === 'string' && es.trim() ? { en, es } : null;
}

function parseGoal(raw: unknown, index: number, text: string, file: string, problems: ExerciseProblem[]): Goal | null {
  const at = (message: string, needle?: string) => problems.push({ file, line: needle ? lineOf(text, needle) : lineOf(text, 'goals:'), message });
  if (!isRecord(raw)) return at(`goal ${index + 1} must be a mapping`), null;
  const id = typeof raw.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw.id) ? raw.id : null;
  if (!id) return at(`goal ${index + 1} needs a kebab-case \`id\``), null;
  const where = `id: ${id}`;
  const kinds = GOAL_KINDS.filter((k) => k in raw);
  if (kinds.length !== 1) return at(`goal \`${id}\` needs exactly one of ${GOAL_KINDS.join(', ')} (found ${kinds.join(', ') || 'none'})`, where), null;
  const kind = kinds[0];
  const text_ = localized(raw.text);
  if (!text_) return at(`goal \`${id}\` needs \`text\` with both \`en\` and \`es\``, where), null;
  if (!isRecord(raw[kind])) return at(`goal \`${id}\`: \`${kind}\` must be a mapping`, where), null;
  if (!EXPECT[kind](raw.expect)) return at(`goal \`${id}\`: \`expect\` ${JSON.stringify(raw.expect)} is not valid for a ${kind} goal`, where), null;
  const unknown = Object.keys(raw).filter((k) => !['id', 'text', 'expect', kind].includes(k));
  if (unknown.length) return at(`goal \`${id}\`: unknown field(s) ${unknown.join(', ')}`, where), null;
  const body = raw[kind] as Record<string, unknown>;
  const missing = requiredFields(kind).filter((f) => body[f] === undefined);
  if (kind === 'can' && body.resource === undefined && body.path === undefined) missing.push('resource or path');
  if ((kind === 'can' || kind === 'leastPrivilege') && (body.as === undefined) === (body.asPod === undefined)) missing.push('exactly one of as or asPod');
  if (missing.length) return at(`goal \`${id}\`: \`${kind}\` is missing ${missing.join(', ')}`, where), null;
  return { id, text: text_, kind, [kind]: body, expect: raw.expect } as unknown as Goal;
}

function requiredFields(kind: GoalKind): string[] {
  switch (kind) {
    case 'can': return ['verb'];
    case 'traffic': return ['from', 'to', 'port'];
    case 'podSecurity': return ['target', 'level'];
    case 'hardening': return ['target', 'finding'];
    case 'audit': return ['request'];
    case 'admission': return ['object'];
    case 'leastPrivilege': return ['allowed'];
    case 'controlPlane': return ['check'];
    case 'noAttackPath': return ['from', 'to'];
  }
}

/** `acceptedMutants: [{ id, reason }]`: declared surviving mutants (lib/lesson/mutate). */
function parseAcceptedMutants(raw: unknown, text: string, file: string, problems: ExerciseProblem[]): { id: string; reason: LocalizedText | string }[] {
  const at = (message: string, needle = 'acceptedMutants:') => problems.push({ file, line: lineOf(text, needle), message });
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return at('`acceptedMutants` must be a list of { id, reason }'), [];
  return raw.flatMap((entry, i) => {
    if (!isRecord(entry)) return at(`accepted mutant ${i + 1} must be a mapping with \`id\` and \`reason\``), [];
    const id = typeof entry.id === 'string' && entry.id.trim() ? entry.id.trim() : null;
    if (!id) return at(`accepted mutant ${i + 1} needs an \`id\` (a mutant id or an id prefix)`), [];
    const where = id;
    const unknown = Object.keys(entry).filter((k) => k !== 'id' && k !== 'reason');
    if (unknown.length) return at(`accepted mutant \`${id}\`: unknown field(s) ${unknown.join(', ')} (allowed: id, reason)`, where), [];
    const reason = typeof entry.reason === 'string' && entry.reason.trim() ? entry.reason : localized(entry.reason);
    if (!reason) return at(`accepted mutant \`${id}\` needs a \`reason\` (a string, or \`en\` and \`es\`)`, where), [];
    return [{ id, reason }];
  });
}

/**
 * Validate an exercise folder's data (exercise.yaml text plus the files read from the folder)
 * and build its definition. Problems name the file and line.
 */
export function parseExercise(input: {
  id: string;
  dir: string;
  yamlText: string;
  world?: string;
  start: Record<string, string>;
  solution: Record<string, string>;
}): { exercise: ExerciseDefinition | null; problems: ExerciseProblem[] } {
  const file = `${input.dir}/exercise.yaml`;
  const problems: ExerciseProblem[] = [];
  let raw: unknown;
  try {
    raw = load(input.yamlText, { maxAliases: 20 } as never);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    return { exercise: null, problems: [{ file, line: (mark?.line ?? 0) + 1, message: `not valid YAML: ${(error as { reason?: string }).reason ?? error}` }] };
  }
  if (!isRecord(raw)) return { exercise: null, problems: [{ file, line: 1, message: 'exercise.yaml must be a mapping' }] };
  const known = ['title', 'description', 'world', 'files', 'goals', 'hints', 'acceptedMutants', 'serverVersion'];
  for (const key of Object.keys(raw)) if (!known.includes(key)) problems.push({ file, line: lineOf(input.yamlText, `${key}:`), message: `unknown field \`${key}\` (allowed: ${known.join(', ')})` });
  const title = localized(raw.title);
  const description = localized(raw.description);
  if (!title) problems.push({ file, line: lineOf(input.yamlText, 'title'), message: '`title` needs both `en` and `es`' });
  if (!description) problems.push({ file, line: lineOf(input.yamlText, 'description'), message: '`description` needs both `en` and `es`' });
  const files = Array.isArray(raw.files) && raw.files.every((f) => typeof f === 'string') ? (raw.files as string[]) : [];
  if (files.length === 0) problems.push({ file, line: lineOf(input.yamlText, 'files'), message: '`files` must list the editable file names (present in start/ and solution/)' });
  for (const name of files) {
    if (input.start[name] === undefined) problems.push({ file, line: lineOf(input.yamlText, name), message: `start/${name} does not exist` });
    if (input.solution[name] === undefined) problems.push({ file, line: lineOf(input.yamlText, name), message: `solution/${name} does not exist` });
  }
  if (raw.world !== undefined && input.world === undefined) problems.push({ file, line: lineOf(input.yamlText, 'world:'), message: `world file ${String(raw.world)} does not exist` });
  const serverVersion = raw.serverVersion === undefined ? undefined : parseServerVersion(raw.serverVersion);
  if (raw.serverVersion !== undefined && !serverVersion) {
    problems.push({ file, line: lineOf(input.yamlText, 'serverVersion:'), message: `\`serverVersion\` ${JSON.stringify(raw.serverVersion)} must be a quoted "1.N" from "1.${OLDEST_SERVER_MINOR}" to "1.${NEWEST_SERVER_MINOR}"` });
  }
  const goalsRaw = Array.isArray(raw.goals) ? raw.goals : [];
  if (goalsRaw.length === 0) problems.push({ file, line: lineOf(input.yamlText, 'goals'), message: 'an exercise needs at least one goal' });
  const goals = goalsRaw.map((g, i) => parseGoal(g, i, input.yamlText, file, problems)).filter((g): g is Goal => g !== null);
  const ids = new Set<string>();
  for (const goal of goals) {
    if (ids.has(goal.id)) problems.push({ file, line: lineOf(input.yamlText, `id: ${goal.id}`), message: `duplicate goal id \`${goal.id}\`` });
    ids.add(goal.id);
  }
  const hints = (Array.isArray(raw.hints) ? raw.hints : []).map((h, i) => {
    const text = localized(h);
    if (!text) problems.push({ file, line: lineOf(input.yamlText, 'hints'), message: `hint ${i + 1} needs both \`en\` and \`es\`` });
    return text;
  }).filter((h): h is LocalizedText => h !== null);
  const acceptedMutants = parseAcceptedMutants(raw.acceptedMutants, input.yamlText, file, problems);
  if (problems.length || !title || !description) return { exercise: null, problems };
  return {
    exercise: {
      id: input.id,
      title,
      description,
      world: input.world !== undefined ? { file: String(raw.world), text: input.world } : undefined,
      files,
      start: Object.fromEntries(files.map((f) => [f, input.start[f]])),
      solution: Object.fromEntries(files.map((f) => [f, input.solution[f]])),
      goals,
      hints,
      ...(acceptedMutants.length ? { acceptedMutants } : {}),
      ...(serverVersion ? { serverVersion: `${serverVersion.major}.${serverVersion.minor}` } : {}),
    },
    problems,
  };
}
