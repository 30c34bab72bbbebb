// Evaluating admission CEL against a request: variables `object`, `oldObject`, `request`, `params`,
// `namespaceObject`, `variables` (https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#validation-expression).
import { EvaluationError } from '@marcbachmann/cel-js';
import { msg } from '../messages';
import { compileCel, diagnosticFromError } from './compileCel';
import { COST_LIMIT_MESSAGE, CostLimitError, OUT_OF_BUDGET_MESSAGE, PER_CALL_LIMIT, RUNTIME_CEL_COST_BUDGET, runMetered } from './cost';
import { fromCelValue, toCelValue } from './convert';
import { celAuthorizer } from './extensions/authz';
import type { CelDiagnostic, CelEvaluation, CelExpressionKind, CelInputs, CelProgram, CelVariableDeclaration } from './types';

const ACTIVATION = Symbol('celActivation');
const BUDGET = Symbol('celCostBudget');
const SERVER_MINOR = Symbol('celServerMinor');

/** What is left of one policy evaluation's RuntimeCELCostBudget (shared by its expressions). */
interface Budget {
  remaining: number;
  exhausted: boolean;
}

/** Thrown when a policy evaluation runs out of its shared budget. */
class OutOfBudgetError extends Error {
  constructor() {
    super(OUT_OF_BUDGET_MESSAGE);
    this.name = 'OutOfBudgetError';
  }
}

function budgetOf(values: Record<string | symbol, unknown>): Budget {
  return values[BUDGET] as Budget;
}

function spend(budget: Budget, cost: number): void {
  budget.remaining -= cost;
  if (budget.remaining < 0) budget.exhausted = true;
}

/** Inputs converted once (integral numbers → BigInt) with lazily evaluated, cached `variables`. */
export interface CelActivation {
  readonly [ACTIVATION]: Record<string, unknown>;
}

/**
 * Builds the activation of one admission evaluation (one request and one param). Conversion
 * happens here, once; `variables` are computed the first time an expression reads them and at
 * most once (Kubernetes evaluates composited variables lazily and caches them per evaluation).
 * The activation carries the evaluation's RuntimeCELCostBudget (10,000,000; `costBudget` for tests),
 * shared by every expression evaluated with it; each evaluation also has the per-call limit.
 */
export function buildCelActivation(inputs: CelInputs, options: { costBudget?: number; serverMinor?: number } = {}): CelActivation {
  const safe = (typeof inputs === 'object' && inputs !== null ? inputs : {}) as CelInputs;
  const values: Record<string, unknown> = {
    object: toCelValue(safe.object),
    oldObject: toCelValue(safe.oldObject),
    request: toCelValue(safe.request),
    params: toCelValue(safe.params),
    namespaceObject: toCelValue(safe.namespaceObject),
    authorizer: celAuthorizer(safe.authorizer),
  };
  values.variables = lazyVariables(Array.isArray(safe.variables) ? safe.variables : [], values);
  const costBudget = typeof options?.costBudget === 'number' && options.costBudget >= 0 ? options.costBudget : RUNTIME_CEL_COST_BUDGET;
  (values as Record<symbol, unknown>)[BUDGET] = { remaining: costBudget, exhausted: false } satisfies Budget;
  (values as Record<symbol, unknown>)[SERVER_MINOR] = options?.serverMinor;
  return { [ACTIVATION]: values };
}

function lazyVariables(declarations: readonly CelVariableDeclaration[], values: Record<string, unknown>): object {
  const out = Object.create(null) as Record<string, unknown>;
  const state = new Map<string, { done: boolean; value?: unknown; error?: unknown }>();
  declarations.forEach((declaration, index) => {
    const name = typeof declaration?.name === 'string' ? declaration.name : '';
    if (!name || Object.prototype.hasOwnProperty.call(out, name)) return;
    const earlier = declarations.slice(0, index).map((d) => String(d?.name));
    Object.defineProperty(out, name, {
      enumerable: true,
      get: () => variableValue(name, String(declaration.expression ?? ''), earlier, values, state),
    });
  });
  return out;
}

function variableValue(
  name: string,
  expression: string,
  earlier: string[],
  values: Record<string, unknown>,
  state: Map<string, { done: boolean; value?: unknown; error?: unknown }>,
): unknown {
  const known = state.get(name);
  if (known?.done) {
    if (known.error) throw known.error;
    return known.value;
  }
  if (known) throw new EvaluationError(`variable "${name}" refers to itself`);
  state.set(name, { done: false });
  const serverMinor = (values as Record<symbol, unknown>)[SERVER_MINOR] as number | undefined;
  const compiled = compileCel(expression, 'variable', { variableNames: earlier, serverMinor, stored: true });
  try {
    if (!compiled.ok) throw new EvaluationError(`variable "${name}" does not compile: ${compiled.diagnostic.message}`);
    const budget = budgetOf(values);
    if (budget.exhausted) throw new OutOfBudgetError();
    let metered: { value: unknown; cost: number };
    try {
      metered = runMetered(() => compiled.program.run(values));
    } catch (error) {
      if (error instanceof CostLimitError) spend(budget, PER_CALL_LIMIT);
      throw error;
    }
    spend(budget, metered.cost);
    if (budget.exhausted) throw new OutOfBudgetError();
    state.set(name, { done: true, value: metered.value });
    return metered.value;
  } catch (error) {
    const passOn = error instanceof EvaluationError || error instanceof CostLimitError || error instanceof OutOfBudgetError;
    const wrapped = passOn ? error : new EvaluationError(`variable "${name}": ${String(error)}`);
    state.set(name, { done: true, error: wrapped });
    throw wrapped;
  }
}

function isActivation(value: unknown): value is CelActivation {
  return typeof value === 'object' && value !== null && ACTIVATION in value;
}

/**
 * Evaluates a compiled program (or an expression, compiled on the fly) with an activation or
 * raw inputs. Never throws: an error is returned as a positioned diagnostic, a result of the
 * wrong type for `kind` is an error too (Kubernetes: validations must return bool, messages string).
 */
export function evaluateCel(program: CelProgram | string, activation: CelActivation | CelInputs, kind: CelExpressionKind = 'validation'): CelEvaluation {
  try {
    const compiled = typeof program === 'string' ? compileCel(program, kind) : { ok: true as const, program };
    if (!compiled.ok) return { ok: false, error: compiled.diagnostic };
    const act = isActivation(activation) ? activation : buildCelActivation(activation);
    const values = act[ACTIVATION];
    const budget = budgetOf(values);
    if (budget.exhausted) return { ok: false, error: budgetError(compiled.program.expression.length) };
    const { value: raw, cost } = runMetered(() => compiled.program.run(values));
    spend(budget, cost);
    if (budget.exhausted) return { ok: false, error: budgetError(compiled.program.expression.length) };
    const typeError = resultTypeError(raw, compiled.program.kind, compiled.program.expression);
    if (typeError) return { ok: false, error: typeError };
    return { ok: true, value: fromCelValue(raw) };
  } catch (error) {
    const length = typeof program === 'string' ? program.length : program.expression.length;
    if (error instanceof OutOfBudgetError) return { ok: false, error: budgetError(length) };
    if (error instanceof CostLimitError) {
      if (isActivation(activation)) spend(budgetOf(activation[ACTIVATION]), PER_CALL_LIMIT);
      return { ok: false, error: costLimitError(length) };
    }
    return { ok: false, error: diagnosticFromError(error, 'cel-runtime', length) };
  }
}

function costLimitError(length: number): CelDiagnostic {
  return {
    code: 'cel-cost-limit',
    offset: 0,
    length,
    message: COST_LIMIT_MESSAGE,
    text: msg('cel.costLimit', { limit: PER_CALL_LIMIT.toLocaleString('en') }),
  };
}

function budgetError(length: number): CelDiagnostic {
  return {
    code: 'cel-cost-budget',
    offset: 0,
    length,
    message: OUT_OF_BUDGET_MESSAGE,
    text: msg('cel.costBudget', {}),
  };
}

function resultTypeError(raw: unknown, kind: CelExpressionKind, expression: string): CelDiagnostic | null {
  const bad = (want: string): CelDiagnostic => ({
    code: 'cel-result-type',
    offset: 0,
    length: expression.length,
    message: `expected a ${want} result, got ${describeType(raw)}`,
    text: msg('cel.resultType', { want, got: describeType(raw) }),
  });
  if ((kind === 'validation' || kind === 'matchCondition') && typeof raw !== 'boolean') return bad('bool');
  if (kind === 'messageExpression' && typeof raw !== 'string') return bad('string');
  if (kind === 'auditAnnotation' && raw !== null && typeof raw !== 'string') return bad('string');
  return null;
}

function describeType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'double';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return Array.isArray(v) ? 'list' : 'map';
}
