// Exercises as data, checked by the simulator. Pure: imports only the simulator's index.
export * from './types';
export { runLab, exerciseSources, exerciseWorld } from './runLab';
export { parseExercise, type ExerciseProblem } from './parseExercise';
export { goalIdentity, accessRequestOf, podIdentity } from './identity';
export { extraGrants } from './leastPrivilege';
export { valueAtPath } from './valueAtPath';
export { findMisconceptions, misconceptionDiagnostics, MISCONCEPTIONS } from './misconceptions';
export { celDiagnostics } from './explain/celDiagnostics';
export { describeAttackEdge, describeAttackNode, attackEdgeFix, attackPathWords } from './attackWords';
export { edgeSource } from './attackPathGoal';
export { findCounterexamples, type Counterexample, type CounterexampleInput } from './counterexamples';
export { describeCounterexample, counterexampleYaml } from './counterexampleWords';
export { ObjectIndex } from './objectIndex';
