// CEL cost limits as the API server applies them to admission CEL
// (staging/src/k8s.io/apiserver/pkg/apis/cel/config.go; cel-go interpreter/runtimecost.go):
// - every expression evaluation has a per-call limit (PerCallLimit, 1,000,000): past it cel-go
//   cancels with "operation cancelled: actual cost limit exceeded";
// - one policy evaluation (one binding and param) shares a budget (RuntimeCELCostBudget,
//   10,000,000) over its validations, variables, messages and audit annotations: past it,
//   "validation failed due to running out of cost budget, no further validation rules will be run".
// We count cost by instrumenting the compiled AST: 1 per variable, field, index or call, 10 per
// list literal, 30 per map literal (cel-go's base costs), every comprehension iteration counted
// through its step, and list/string concatenation charged by size (ceil(0.1 x elements)) *before*
// the copy is made, so a doubling list is stopped before it eats memory.
// SIMPLIFICATION(k8s): function costs proportional to string sizes (matches, contains...) count 1.
// No estimated-cost check at creation: ValidatingAdmissionPolicy expressions are compiled against
// `dyn` objects and the API server does not reject them for estimated cost
// (staging/src/k8s.io/apiserver/pkg/admission/plugin/cel/compile.go CompileCELExpression).
import type { ASTNode } from '@marcbachmann/cel-js';

export const PER_CALL_LIMIT = 1_000_000;
export const RUNTIME_CEL_COST_BUDGET = 10_000_000;
export const COST_LIMIT_MESSAGE = 'operation cancelled: actual cost limit exceeded';
export const OUT_OF_BUDGET_MESSAGE = 'validation failed due to running out of cost budget, no further validation rules will be run';

/** Thrown when an evaluation passes its per-call limit; never absorbed by `||`/`&&`. */
export class CostLimitError extends Error {
  constructor() {
    super(COST_LIMIT_MESSAGE);
    this.name = 'CostLimitError';
  }
}

interface Meter {
  used: number;
  limit: number;
  exceeded: boolean;
}

let current: Meter | null = null;

function charge(amount: number): void {
  const meter = current;
  if (!meter || amount === 0) return;
  meter.used += amount;
  if (meter.used > meter.limit) {
    meter.exceeded = true;
    throw new CostLimitError();
  }
}

/** Charges `amount` to the running evaluation's meter (extension functions and macros that loop). */
export function chargeCost(amount: number): void {
  charge(amount);
}

/**
 * A library call whose cost is a string traversal (library/cost.go CallCost: ceil(size × 0.1 × factor));
 * the call's nominal 1 is already counted by the instrumented AST.
 */
export function chargeTraversal(text: string, factor = 1): void {
  charge(Math.max(0, Math.ceil(text.length * 0.1 * factor) - 1));
}

/** Runs `fn` with its own meter (nested runs, like lazy variables, have their own); returns the value and the cost. */
export function runMetered<T>(fn: () => T, limit: number = PER_CALL_LIMIT): { value: T; cost: number } {
  const outer = current;
  const meter: Meter = { used: 0, limit, exceeded: false };
  current = meter;
  try {
    const value = fn();
    if (meter.exceeded) throw new CostLimitError();
    return { value, cost: meter.used };
  } finally {
    current = outer;
  }
}

const BASE_COST: Record<string, number> = {
  id: 1,
  '.': 1,
  '.?': 1,
  '[]': 1,
  '[?]': 1,
  call: 1,
  rcall: 1,
  list: 10,
  map: 30,
  '!_': 1,
  '-_': 1,
  '==': 1,
  '!=': 1,
  '<': 1,
  '<=': 1,
  '>': 1,
  '>=': 1,
  in: 1,
  '-': 1,
  '*': 1,
  '/': 1,
  '%': 1,
};

type Evaluate = (ev: unknown, ast: ASTNode, ctx: unknown) => unknown;
interface Node {
  op: string;
  args: unknown;
  meta: { evaluate?: Evaluate; alternate?: Node; macro?: { evaluate?: Evaluate } };
  evaluate: Evaluate;
  left?: Node;
  right?: Node;
  handle?: (l: unknown, r: unknown, ast: unknown, ev: unknown) => unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'op' in value && 'args' in value && typeof (value as Node).evaluate === 'function';
}

function sizeOf(value: unknown): number {
  if (Array.isArray(value) || typeof value === 'string') return value.length;
  return -1;
}

function resolved(node: Node): Evaluate {
  const { macro, evaluate } = node.meta;
  if (macro?.evaluate) return (ev, _ast, ctx) => macro.evaluate!(ev, macro as unknown as ASTNode, ctx);
  return evaluate ?? (() => undefined);
}

function costedPlus(node: Node): Evaluate {
  return (ev, ast, ctx) => {
    const run = (n: Node | undefined) => (n ? n.evaluate(ev, n as unknown as ASTNode, ctx) : undefined);
    const l = run(node.left);
    const r = run(node.right);
    const ls = sizeOf(l);
    const rs = sizeOf(r);
    charge(1 + (ls >= 0 && rs >= 0 ? Math.ceil((ls + rs) * 0.1) : 0));
    // Lists concatenate whatever their elements (cel-go list(dyn)); concat copies much faster than spread.
    if (Array.isArray(l) && Array.isArray(r)) return l.concat(r);
    return node.handle!(l, r, ast, ev);
  };
}

function instrumentNode(node: Node, perIteration: boolean): void {
  const { alternate, macro, evaluate } = node.meta;
  if (!alternate && !macro && node.op === '+' && typeof node.handle === 'function' && evaluate && !perIteration) {
    node.evaluate = costedPlus(node);
    return;
  }
  const cost = (BASE_COST[node.op] ?? 0) + (perIteration ? 1 : 0);
  if (alternate) {
    node.evaluate = (ev, _ast, ctx) => alternate.evaluate(ev, alternate as unknown as ASTNode, ctx);
    return;
  }
  const inner = resolved(node);
  node.evaluate =
    cost === 0
      ? inner
      : (ev, ast, ctx) => {
          charge(cost);
          return inner(ev, ast, ctx);
        };
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 3 || value === null || typeof value !== 'object') return;
    if (isNode(value)) return void out.push(value);
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    for (const v of Object.values(value as Record<string, unknown>)) visit(v, depth + 1);
  };
  visit(node.args, 0);
  if (node.meta.alternate) out.push(node.meta.alternate);
  const macroArgs = (node.meta.macro as { args?: unknown } | undefined)?.args;
  if (macroArgs) visit(macroArgs, 0);
  return out;
}

/** Instruments every node of a type-checked AST once (idempotent). */
export function instrumentCost(ast: ASTNode): void {
  const seen = new Set<Node>();
  const steps = new Set<Node>();
  const stack: Node[] = isNode(ast) ? [ast as unknown as Node] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const step = node.op === 'comprehension' ? (node.args as { step?: unknown }).step : undefined;
    if (isNode(step)) steps.add(step);
    stack.push(...children(node));
    instrumentNode(node, steps.has(node));
  }
}
