// exercise.yaml: parsed once with its source map, checked against lib/lesson/schemas/exercise.schema.json
// (every key, every goal kind's own fields), then against the folder (files, world, version).
import { NEWEST_SERVER_MINOR, OLDEST_SERVER_MINOR, parseServerVersion } from '../sim';
import { checkYaml, type YamlSource } from './schemas';
import { oldTargetMessage } from './goalTarget';
import type { ExerciseDefinition, Goal, GoalKind, LocalizedText } from './types';

export interface ExerciseProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ExerciseInput {
  id: string;
  dir: string;
  yamlText: string;
  /** The world file's text; or `readWorld`, called with the name exercise.yaml gives. */
  world?: string;
  readWorld?: (name: string) => string | undefined;
  start: Record<string, string>;
  solution: Record<string, string>;
}

const GOAL_KINDS: readonly GoalKind[] = ['can', 'traffic', 'podSecurity', 'hardening', 'audit', 'admission', 'leastPrivilege', 'controlPlane', 'noAttackPath'];

/** The exercise.yaml data, once the schema has accepted it. */
interface ExerciseYaml {
  title: LocalizedText;
  description: LocalizedText;
  world?: string;
  files: string[];
  goals: ({ id: string; text: LocalizedText; expect: unknown } & Record<string, unknown>)[];
  hints?: LocalizedText[];
  acceptedMutants?: { id: string; reason: LocalizedText | string }[];
  serverVersion?: string;
}

function toGoal(raw: ExerciseYaml['goals'][number]): Goal {
  const kind = GOAL_KINDS.find((k) => k in raw) as GoalKind;
  return { id: raw.id, text: raw.text, kind, [kind]: raw[kind], expect: raw.expect } as unknown as Goal;
}

/** What the schema cannot know: the folder's files, the version range, unique goal ids. */
function folderProblems(
  data: ExerciseYaml,
  input: ExerciseInput,
  world: string | undefined,
  source: YamlSource,
): { line: number; column: number; message: string }[] {
  const out: { line: number; column: number; message: string }[] = [];
  const at = (path: (string | number)[], message: string) => out.push({ ...source.locate(path), message });
  data.files.forEach((name, i) => {
    if (input.start[name] === undefined) at(['files', i], `start/${name} does not exist`);
    if (input.solution[name] === undefined) at(['files', i], `solution/${name} does not exist`);
  });
  if (data.world !== undefined && world === undefined) at(['world'], `world file ${data.world} does not exist`);
  if (data.serverVersion !== undefined && !parseServerVersion(data.serverVersion)) {
    at(
      ['serverVersion'],
      `serverVersion: ${JSON.stringify(data.serverVersion)} must be a quoted "1.N" from "1.${OLDEST_SERVER_MINOR}" to "1.${NEWEST_SERVER_MINOR}"`,
    );
  }
  const seen = new Set<string>();
  data.goals.forEach((goal, i) => {
    if (seen.has(goal.id)) at(['goals', i, 'id'], `goals[${i}].id: duplicate goal id '${goal.id}'`);
    seen.add(goal.id);
  });
  return out;
}

function definitionOf(data: ExerciseYaml, input: ExerciseInput, world: string | undefined): ExerciseDefinition {
  const version = data.serverVersion === undefined ? undefined : parseServerVersion(data.serverVersion);
  return {
    id: input.id,
    title: data.title,
    description: data.description,
    world: data.world !== undefined && world !== undefined ? { file: data.world, text: world } : undefined,
    files: data.files,
    start: Object.fromEntries(data.files.map((f) => [f, input.start[f]])),
    solution: Object.fromEntries(data.files.map((f) => [f, input.solution[f]])),
    goals: data.goals.map(toGoal),
    hints: data.hints ?? [],
    ...(data.acceptedMutants?.length ? { acceptedMutants: data.acceptedMutants.map((m) => ({ id: m.id.trim(), reason: m.reason })) } : {}),
    ...(version ? { serverVersion: `${version.major}.${version.minor}` } : {}),
  };
}

/**
 * Validate an exercise folder's data (exercise.yaml text plus the files read from the folder)
 * and build its definition. Problems name the file, line and column.
 */
export function parseExercise(input: ExerciseInput): { exercise: ExerciseDefinition | null; problems: ExerciseProblem[] } {
  const file = `${input.dir}/exercise.yaml`;
  const { data, source, problems: schemaProblems } = checkYaml('exercise', input.yamlText, { refinePattern: oldTargetMessage });
  const problems: ExerciseProblem[] = schemaProblems.map((p) => ({ file, line: p.line, column: p.column, message: p.message }));
  if (problems.length) return { exercise: null, problems };
  const exercise = data as ExerciseYaml;
  const world = input.world ?? (exercise.world !== undefined ? input.readWorld?.(exercise.world) : undefined);
  problems.push(...folderProblems(exercise, input, world, source).map((p) => ({ file, ...p })));
  if (problems.length) return { exercise: null, problems };
  return { exercise: definitionOf(exercise, input, world), problems };
}
