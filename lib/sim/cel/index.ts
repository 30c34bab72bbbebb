// Public surface of the simulator's CEL adapter (Kubernetes admission CEL).
export { compileCel } from './compileCel';
export type { CompileOptions } from './compileCel';
export { evaluateCel, buildCelActivation } from './evaluateCel';
export type { CelActivation } from './evaluateCel';
export { compileRe2 } from './regex';
export { PER_CALL_LIMIT, RUNTIME_CEL_COST_BUDGET, COST_LIMIT_MESSAGE, OUT_OF_BUDGET_MESSAGE } from './cost';
export { parseQuantity } from './extensions/quantity';
export type {
  CelAuthorizerInput,
  CelAuthzDecision,
  CelAuthzRequest,
  CelCompileResult,
  CelDiagnostic,
  CelEvaluation,
  CelExpressionKind,
  CelInputs,
  CelProgram,
  CelVariableDeclaration,
} from './types';
