// Public surface of the simulator's CEL adapter (Kubernetes admission CEL).
export { compileCel } from './compileCel';
export type { CompileOptions } from './compileCel';
export { evaluateCel, buildCelActivation } from './evaluateCel';
export type { CelActivation } from './evaluateCel';
export { compileRe2 } from './regex';
export { parseQuantity } from './extensions/quantity';
export type {
  CelCompileResult, CelDiagnostic, CelEvaluation, CelExpressionKind, CelInputs, CelProgram, CelVariableDeclaration,
} from './types';
