// lessons:check, author side: every goal must be about something that exists. A `deny` traffic
// goal aimed at a Service port nobody declared, an `absent` finding on a Pod nobody wrote, a
// `noAttackPath` to a Secret that is not there: each "passes" without the simulator checking
// anything. This check names the goal and what it names that does not resolve, in the world the
// goal is asked of (the solution's; the start's too, unless the learner is the one who creates it).
import { evaluateTraffic, type Cluster } from '../sim';
import { exerciseWorld } from './runLab';
import { ObjectIndex } from './objectIndex';
import { podsOf } from './podIdentity';
import { simEndpoint, targetParts } from './goalTarget';
import type { ExerciseDefinition, Goal } from './types';
import { readYamlSource } from './schemas';

/** One goal naming something its world does not have (author-facing English). */
export interface GoalTargetProblem {
  /** Index of the goal in exercise.yaml's `goals`. */
  goal: number;
  id: string;
  message: string;
}

interface Lookup {
  cluster: Cluster;
  index: ObjectIndex;
}

/** What a goal names that its world lacks, in words; empty when everything resolves. */
export function unresolvedTargets(goal: Goal, world: Lookup): string[] {
  switch (goal.kind) {
    case 'traffic':
      return trafficProblems(goal.traffic, world.cluster);
    // RBAC and audit answer for any namespace, existing or not (a ClusterRoleBinding reaches a
    // namespace made tomorrow): only the pod an `asPod` names must exist.
    case 'can':
      return podTarget(goal.can.asPod, world);
    case 'leastPrivilege':
      return podTarget(goal.leastPrivilege.asPod, world);
    case 'audit':
      return podTarget(goal.audit.request.asPod, world);
    case 'podSecurity':
      return objectTarget(goal.podSecurity.target, world);
    case 'hardening':
      return objectTarget(goal.hardening.target, world);
    case 'admission':
      return objectTarget(goal.admission.object, world);
    case 'noAttackPath':
      return [...attackEnd(goal.noAttackPath.from, world), ...attackEnd(goal.noAttackPath.to, world)];
    case 'controlPlane':
      return [];
  }
}

/** A traffic question the simulator cannot evaluate (unknown endpoint, port or backends) is checked by nothing. */
function trafficProblems(traffic: Extract<Goal, { kind: 'traffic' }>['traffic'], cluster: Cluster): string[] {
  const verdict = evaluateTraffic(cluster, { ...traffic, from: simEndpoint(traffic.from), to: simEndpoint(traffic.to) });
  if (!verdict.problem) return [];
  return [`traffic ${words(traffic.from)} → ${words(traffic.to)} port ${traffic.port} is not evaluated: ${verdict.reason}`];
}

function words(end: unknown): string {
  return typeof end === 'string' ? end : JSON.stringify(end);
}

function podTarget(target: string | undefined, world: Lookup): string[] {
  if (target === undefined || podsOf(world.cluster, target).length > 0) return [];
  return [`asPod ${target}: no pod, and no workload with pods, of that name`];
}

function objectTarget(target: string, world: Lookup): string[] {
  return world.index.find(target) ? [] : [`${target} is not an object of the world or the files`];
}

/** A noAttackPath end: `internet`, `node`, `cluster-admin` and `User/x` always exist; the rest must. */
function attackEnd(end: string, world: Lookup): string[] {
  if (!/^[A-Z]/.test(end) || end.startsWith('User/')) return [];
  const { kind, namespace = 'default', name } = targetParts(end);
  const objects = world.cluster.byKind.get(kind ?? '') ?? [];
  const inNamespace = objects.filter((o) => (o.metadata?.namespace ?? 'default') === namespace);
  if (kind === 'Namespace') return world.cluster.namespaces.has(name) ? [] : [`${end}: namespace ${name} does not exist`];
  if (kind === 'Secret' && name === '*') return inNamespace.length > 0 ? [] : [`${end}: namespace ${namespace} has no Secret`];
  // Any other kind is read as pods (the attack graph's `pod:ns/name`: the pod, else the workload's pods).
  if (kind !== 'Secret' && kind !== 'ServiceAccount') return podTarget(`${namespace}/${name}`, world);
  return inNamespace.some((o) => o.metadata?.name === name) ? [] : [`${end} does not exist`];
}

/** The goals of an exercise whose targets do not resolve, asked of one set of files. */
export function goalTargetProblems(exercise: ExerciseDefinition, files: Record<string, string>): GoalTargetProblem[] {
  const world = exerciseWorld(exercise, files);
  const lookup = { cluster: world.cluster, index: new ObjectIndex(world.parsed) };
  return exercise.goals.flatMap((goal, i) => unresolvedTargets(goal, lookup).map((message) => ({ goal: i, id: goal.id, message })));
}

/**
 * The check lessons:check runs: every goal resolves in the solution world, and in the start world
 * too, except what the learner is asked to create (it resolves once the solution's files are in).
 */
export function checkGoalTargets(exercise: ExerciseDefinition): GoalTargetProblem[] {
  const solution = goalTargetProblems(exercise, exercise.solution);
  const worldOnly = { ...exercise, files: [], start: {}, solution: {} };
  // A start-world gap is the author's when the world alone has the target (the start files break it);
  // when the world lacks it too, the learner is the one asked to create it.
  const learnerMakes = new Set(goalTargetProblems(worldOnly, {}).map((p) => p.goal));
  const start = goalTargetProblems(exercise, exercise.start).filter((p) => !learnerMakes.has(p.goal));
  return dedupe([...solution, ...start.map((p) => ({ ...p, message: `in the start files: ${p.message}` }))]);
}

function key(p: GoalTargetProblem): string {
  return `${p.goal}\u0000${p.message}`;
}

function dedupe(problems: GoalTargetProblem[]): GoalTargetProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(key(p)) && Boolean(seen.add(key(p))));
}

/** The problems as lessons:check prints them: at the goal's line in exercise.yaml, naming exercise and goal. */
export function positionedGoalTargetProblems(exercise: ExerciseDefinition, yamlText: string): { line: number; column: number; message: string }[] {
  const source = readYamlSource(yamlText);
  return checkGoalTargets(exercise).map((p) => {
    const kind = exercise.goals[p.goal].kind;
    return {
      ...source.locate(['goals', p.goal, kind]),
      message:
        `exercise ${exercise.id}, goal \`${p.id}\` (goals[${p.goal}].${kind}): ${p.message}. ` +
        'The goal would pass or fail without the simulator checking anything: name an object, pod or port that exists.',
    };
  });
}
