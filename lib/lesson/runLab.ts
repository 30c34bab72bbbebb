import { checkCluster, createCluster, parseManifests, type Diagnostic, type ParsedObject } from '../sim';
import { evaluateGoal } from './goals';
import { ObjectIndex } from './objectIndex';
import type { ExerciseDefinition, LabResult } from './types';

/**
 * The one function that turns an exercise plus the learner's files into everything the page
 * shows: per-goal verdicts with reasons, editor diagnostics, and the resulting cluster.
 * The page, the lesson tests and `npm run lessons:check` all call it.
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
  const objects = Object.values(objectsByFile).flat();
  const cluster = createCluster(objects);
  const index = new ObjectIndex(parsed);
  const goals = exercise.goals.map((goal) => evaluateGoal(goal, { cluster, index, objects, worldFile: exercise.world?.file }));
  const hasErrors = Object.values(diagnostics).some((list) => list.some((d) => d.severity === 'error'));
  return { goals, diagnostics, passed: !hasErrors && goals.every((g) => g.pass), cluster, objectsByFile };
}
