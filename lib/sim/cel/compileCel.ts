// Compiling admission CEL: parse, lint, type-check, check the result type for where it is used.
// Kubernetes compiles policy expressions when the policy is written and reports type errors
// then (https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#type-checking).
import type { ASTNode } from '@marcbachmann/cel-js';
import { instrumentCost } from './cost';
import { celEnvironment } from './environment';
import { MATCHES_ALIAS } from './extensions/regexFunctions';
import { english } from '../messages/english';
import { msg, type Message } from '../messages';
import { lintAst, walkAst } from './lint';
import type { CelCompileResult, CelDiagnostic, CelExpressionKind, CelProgram } from './types';

const MAX_LENGTH = 20_000;
const MAX_CACHE = 1000;
const cache = new Map<string, CelCompileResult>();
const EXPECTED: Record<CelExpressionKind, string[] | null> = {
  validation: ['bool'],
  matchCondition: ['bool'],
  messageExpression: ['string'],
  auditAnnotation: ['string', 'null'],
  variable: null,
};
export interface CompileOptions {
  /** Names of `variables.*` declared before this expression; unset = do not check references. */
  variableNames?: readonly string[];
  /** The API server's minor version (default 35): decides which CEL libraries new expressions may use. */
  serverMinor?: number;
  /**
   * Compile as an expression already stored (evaluated at admission): the StoredExpressions environment
   * has every library of the server's own version, not only those of the compatibility version
   * (staging/src/k8s.io/apiserver/pkg/cel/environment/environment.go, StoredExpressions).
   */
  stored?: boolean;
}

/**
 * Compiles a CEL expression of a ValidatingAdmissionPolicy (validation, messageExpression,
 * auditAnnotation, variable) or an admission matchCondition, as the API server does when the
 * object is written. Never throws; results are cached by kind, declared variables and text.
 */
export function compileCel(expression: string, kind: CelExpressionKind, options: CompileOptions = {}): CelCompileResult {
  const key = `${kind}\u0000${options.serverMinor ?? ''}${options.stored ? 's' : ''}\u0000${options.variableNames?.join(',') ?? '*'}\u0000${String(expression)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: CelCompileResult;
  try {
    result = compileUncached(expression, kind, options);
  } catch (error) {
    result = { ok: false, diagnostic: diagnosticFromError(error, 'cel-internal', String(expression).length) };
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, result);
  return result;
}

/** Forget the compiled expressions (a cold run, as in a fresh page worker: world/memos.ts). */
export function clearCompiledCel(): void {
  cache.clear();
}

function compileUncached(expression: string, kind: CelExpressionKind, options: CompileOptions): CelCompileResult {
  if (typeof expression !== 'string' || expression.trim() === '') {
    return fail('cel-empty', msg('cel.empty', {}), 0, 0);
  }
  if (expression.length > MAX_LENGTH) {
    return fail('cel-too-long', msg('cel.tooLong', { max: MAX_LENGTH }), 0, 0);
  }
  const env = celEnvironment();
  const original = env.parse(expression).ast;
  const problems = lintAst(original, { ...options, noAuthorizer: kind === 'messageExpression' });
  if (problems.length > 0) {
    const p = problems[0];
    return fail(p.code, p.text, p.start, p.end - p.start);
  }
  const source = rewriteMatches(expression, original);
  const checked = env.check(source);
  if (!checked.valid) return { ok: false, diagnostic: diagnosticFromError(checked.error, 'cel-type', expression.length) };
  const resultType = checked.type ?? 'dyn';
  const expected = EXPECTED[kind];
  if (expected && resultType !== 'dyn' && !expected.includes(resultType)) {
    return fail('cel-result-type', msg('cel.compileResultType', { kind, expected, got: resultType }), 0, expression.length);
  }
  const run = env.parse(source);
  run.check();
  instrumentCost(run.ast);
  const program: CelProgram = { expression, kind, resultType, run: (activation) => run(activation) };
  return { ok: true, program, resultType };
}

/** `x.matches(p)` → `x.__re2__(p)`: our RE2-checked implementation; same length keeps offsets. */
function rewriteMatches(expression: string, ast: ASTNode): string {
  const spots: number[] = [];
  walkAst(ast, (node) => {
    if (node.op !== 'rcall' || node.args[0] !== 'matches') return;
    const from = node.args[1].range.end;
    const to = node.args[2][0]?.range.start ?? node.range.end;
    const at = expression.lastIndexOf('matches', to);
    if (at >= from) spots.push(at);
  });
  let out = expression;
  for (const at of spots) out = out.slice(0, at) + MATCHES_ALIAS + out.slice(at + 'matches'.length);
  return out;
}

function fail(code: string, text: Message, offset: number, length: number): CelCompileResult {
  return { ok: false, diagnostic: { code, message: english(text), text, offset, length } };
}

const CODE_BY_NAME: Record<string, string> = { ParseError: 'cel-syntax', TypeError: 'cel-type', EvaluationError: 'cel-runtime' };

/** Maps a library error (ParseError, TypeError, EvaluationError, anything) to a positioned diagnostic. */
export function diagnosticFromError(error: unknown, fallbackCode: string, length: number): CelDiagnostic {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    summary?: unknown;
    message?: unknown;
    range?: { start?: unknown; end?: unknown };
  };
  const code = (typeof e.name === 'string' && CODE_BY_NAME[e.name]) || fallbackCode;
  const raw = typeof e.summary === 'string' ? e.summary : typeof e.message === 'string' ? e.message.split('\n')[0] : String(error);
  const message = raw.split(MATCHES_ALIAS).join('matches');
  const start = typeof e.range?.start === 'number' ? e.range.start : 0;
  const end = typeof e.range?.end === 'number' ? e.range.end : length;
  return { code, message, text: msg('cel.library', { code, detail: message }), offset: start, length: Math.max(0, end - start) };
}
