import { checkCluster, createCluster, parseManifests, withBuiltins, type Diagnostic, type ParsedObject } from '../sim';
import { Admission } from './admitted';
import { evaluateGoal } from './goals';
import { ObjectIndex } from './objectIndex';
import type { ExerciseDefinition, LabResult } from './types';

/**
 * The one function that turns an exercise plus the learner's files into everything the page
 * shows: per-goal verdicts with reasons, editor diagnostics, and the resulting cluster.
 * The page, the lesson tests and `npm run lessons:check` all call it.
 *
 * The cluster is the terminal's (lib/sim/kubectl session): the built-in objects of a fresh
 * cluster (bootstrap ClusterRoles like `edit`, kube-system) with the world, then the learner's
 * files as if applied in order. Objects the API server would reject (error diagnostics:
 * invalid names or label values, a Pod whose ServiceAccount does not exist) are left out, and
 * the goals that depend on them fail saying why.
 */
export function runLab(exercise: ExerciseDefinition, files: Record<string, string>): LabResult {
  const diagnostics: Record<string, Diagnostic[]> = {};
  const objectsByFile: Record<string, unknown[]> = {};
  const parsed: ParsedObject[] = [];
  const sources: { file: string; text: string }[] = [];
  if (exercise.world) sources.push({ file: exercise.world.file, text: exercise.world.text });
  for (const file of exercise.files) sources.push({ file, text: files[file] ?? exercise.start[file] ?? '' });
  for (const { file, text } of sources) {
    // Cross-object checks run once below, over every file together (a binding in one file may
    // name a Role in the world).
    const result = parseManifests(text, { file, crossObjectChecks: false });
    diagnostics[file] = result.diagnostics;
    objectsByFile[file] = result.objects;
    parsed.push(...(result.parsed ?? []).map((p) => ({ ...p, source: { ...p.source, file } })));
  }
  for (const d of checkCluster(parsed)) {
    const file = d.file && diagnostics[d.file] ? d.file : exercise.files[0];
    if (file !== exercise.world?.file) diagnostics[file].push(d);
  }
  const admission = new Admission(parsed, diagnostics, exercise.world?.file);
  const objects = Object.values(objectsByFile).flat();
  const inWorld = (p: ParsedObject) => p.source.file === exercise.world?.file;
  const cluster = createCluster(withBuiltins(admission.admitted.filter(inWorld).map((p) => p.object), admission.admitted.filter((p) => !inWorld(p)).map((p) => p.object)));
  const index = new ObjectIndex(parsed);
  const goals = exercise.goals.map((goal) => evaluateGoal(goal, { cluster, index, objects, admission }));
  const hasErrors = Object.values(diagnostics).some((list) => list.some((d) => d.severity === 'error'));
  return { goals, diagnostics, passed: !hasErrors && goals.every((g) => g.pass), cluster, objectsByFile };
}
