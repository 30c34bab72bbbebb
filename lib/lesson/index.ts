// Exercises as data, checked by the simulator. Pure: imports only the simulator's index.
export * from './types';
export { runLab, exerciseSources, exerciseWorld } from './runLab';
// parseExercise (lib/lesson/parseExercise) and the schemas (lib/lesson/schemas) are build-time code:
// import them by path, so ajv never reaches a browser bundle.
export { attackRef, modernTarget, namespacedName, simEndpoint, targetParts, type TargetParts } from './goalTarget';
export { goalIdentity, accessRequestOf, podIdentity } from './identity';
export { extraGrants } from './leastPrivilege';
export { valueAtPath } from './valueAtPath';
export { findMisconceptions, misconceptionDiagnostics, MISCONCEPTIONS } from './misconceptions';
export { celDiagnostics } from './explain/celDiagnostics';
export { describeAttackEdge, describeAttackEntry, describeAttackNode, attackEdgeFix } from './attackWords';
export { edgeSource } from './attackPathGoal';
export { findCounterexamples, type Counterexample, type CounterexampleInput } from './counterexamples';
export { describeCounterexample, counterexampleYaml, COUNTEREXAMPLE_YAML_HEAD } from './counterexampleWords';
export { LESSON_MESSAGES, type LessonMessageParams } from './messages';
export { ObjectIndex } from './objectIndex';
