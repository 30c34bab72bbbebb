// One cluster, one answer: for every `can` goal of every exercise, the exercise's terminal
// (a kubectl session on the world, after `kubectl apply -f` of each solution file) answers
// `kubectl auth can-i ... --as ...` exactly as the checker (runLab) answered the goal.
// Both build on the same built-in objects (lib/sim/cluster/builtin.ts; upstream bootstrap
// policy: plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go). kubectl semantics:
// https://kubernetes.io/docs/reference/kubectl/generated/kubectl_auth/kubectl_auth_can-i/
import { describe, expect, it } from 'vitest';
import { exerciseWorld, podIdentity, runLab, type Goal } from '@/lib/lesson';
import { createShellSession, parseManifests, runShellLine } from '@/lib/sim';
import { courseExercises } from './exercises/harness';

type CanGoal = Extract<Goal, { kind: 'can' }>;

/** The kubectl command line a `can` goal stands for (asPod: as the pod's ServiceAccount), if any. */
function canILine(goal: CanGoal, cluster?: Parameters<typeof podIdentity>[1]): string | undefined {
  const q = { ...goal.can, as: goal.can.as ?? (goal.can.asPod && cluster ? podIdentity(goal.can.asPod, cluster) : undefined) };
  if (!q.as) return undefined;
  const groups = (q.groups ?? []).map((g) => ` --as-group=${g}`).join('');
  const who = ` --as=${q.as}${groups}`;
  if (q.path) return `kubectl auth can-i ${q.verb} ${q.path}${who}`;
  const type = q.group ? `${q.resource}.${q.group}` : q.resource;
  const target = q.name ? `${type}/${q.name}` : type;
  const sub = q.subresource ? ` --subresource=${q.subresource}` : '';
  const scope = q.namespace ? ` -n ${q.namespace}` : ' -A';
  return `kubectl auth can-i ${q.verb} ${target}${sub}${scope}${who}`;
}

for (const exercise of courseExercises()) {
  const lab = runLab(exercise, exercise.solution);
  const { cluster } = exerciseWorld(exercise, exercise.solution);
  const goals = exercise.goals.filter((g): g is CanGoal => g.kind === 'can' && canILine(g, cluster) !== undefined);
  if (goals.length === 0) continue;
  describe(`${exercise.id}: the terminal answers can-i as the checker does`, () => {
    const world = exercise.world ? parseManifests(exercise.world.text, { file: exercise.world.file }).objects : [];
    let session = createShellSession({ objects: world, files: exercise.solution });
    for (const file of exercise.files) session = runShellLine(session, `kubectl apply -f ${file}`).session;
    for (const goal of goals) {
      it(goal.id, () => {
        const line = canILine(goal, cluster) ?? '';
        const answer = runShellLine(session, line).output.trim().split('\n').pop();
        const checker = lab.goals.find((g) => g.id === goal.id);
        const allowed = checker?.pass === (goal.expect === 'allow');
        expect(answer, line).toBe(allowed ? 'yes' : 'no');
      });
    }
  });
}
