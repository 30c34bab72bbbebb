// Mutation testing of exercises: weakening mutants must fail, equivalent rewrites must pass.
// Pure (no Node built-ins): usable in the browser worker.
export type { AcceptedMutant, Mutation, MutationSpec, Edit, DocPath } from './types';
export { generateMutants, OPERATORS } from './generate';
export { generateRewrites, goalOnlyNames } from './rewrites';
export { evaluate, acceptedBy, killedBy, type MutationOutcome } from './evaluate';
export { mutationReport, type ExerciseMutationReport, type MutantRow } from './report';
export { buildWorkspace, applySpec, diffFiles } from './workspace';
