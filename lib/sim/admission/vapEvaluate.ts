// Evaluating one ValidatingAdmissionPolicy with one binding and one param
// (k8s.io/apiserver pkg/admission/plugin/policy/validating/validator.go).
import { compileCel, evaluateCel, OUT_OF_BUDGET_MESSAGE, type CelActivation, type CelVariableDeclaration } from '../cel';
import { msg, verbatim, type Message } from '../messages';
import { english } from '../messages/english';
import { isRecord } from './attributes';
import { celErrorText } from './matchConditions';

export interface Violation {
  /** English (what Warn and Audit carry). */
  message: string;
  text: Message;
  reason: string;
  expressionIndex: number;
  /** true when the violation is an evaluation error (failurePolicy Fail), not a false result. */
  error: boolean;
}

export interface PolicyEvaluation {
  violations: Violation[];
  /** auditAnnotations: key → value, before the policy-name prefix. */
  annotations: Record<string, string>;
  /** Errors that deny whatever the validationActions (auditAnnotation type/evaluation errors under Fail). */
  fatal: { message: string; text: Message } | null;
  /** Expressions whose errors were ignored (failurePolicy Ignore). */
  ignoredErrors: string[];
}

export function variablesOf(spec: Record<string, unknown>): CelVariableDeclaration[] {
  const list = Array.isArray(spec.variables) ? spec.variables : [];
  return list.filter(isRecord).map((v) => ({ name: String(v.name ?? ''), expression: String(v.expression ?? '') }));
}

function singleLine(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' && !value.includes('\n') && value.length <= 5000 ? value.trim() : null;
}

/** The message of a failed validation: messageExpression (non-empty, one line), else message, else `failed expression: <expr>`. */
/** How policy expressions are compiled at admission: stored expressions of this server version. */
type Stored = { variableNames: string[]; serverMinor?: number; stored: true };

function violationMessage(v: Record<string, unknown>, expression: string, activation: CelActivation, options: Stored): string {
  if (typeof v.messageExpression === 'string') {
    const compiled = compileCel(v.messageExpression, 'messageExpression', options);
    const result = compiled.ok ? evaluateCel(compiled.program, activation) : null;
    const text = result?.ok ? singleLine(result.value) : null;
    if (text) return text;
  }
  if (typeof v.message === 'string' && v.message.trim() !== '') return v.message;
  return `failed expression: ${expression}`;
}

/** Runs the validations and auditAnnotations of a policy for one param (on server 1.`serverMinor`). */
export function evaluatePolicy(spec: Record<string, unknown>, activation: CelActivation, ignoreErrors: boolean, serverMinor?: number): PolicyEvaluation {
  const out: PolicyEvaluation = { violations: [], annotations: {}, fatal: null, ignoredErrors: [] };
  const variableNames = variablesOf(spec).map((v) => v.name);
  const options: Stored = { variableNames, serverMinor, stored: true };
  const validations = Array.isArray(spec.validations) ? spec.validations : [];
  for (let index = 0; index < validations.length; index++) {
    const v = isRecord(validations[index]) ? (validations[index] as Record<string, unknown>) : {};
    const expression = typeof v.expression === 'string' ? v.expression : '';
    const compiled = compileCel(expression, 'validation', options);
    const result = compiled.ok ? evaluateCel(compiled.program, activation) : { ok: false as const, error: compiled.diagnostic };
    const reason = typeof v.reason === 'string' && v.reason ? v.reason : 'Invalid';
    if (result.ok && result.value === true) continue;
    if (!result.ok && result.error.code === 'cel-cost-budget') return outOfBudget(out, ignoreErrors, index);
    if (!result.ok) {
      const what = compiled.ok ? 'resulted in error' : 'failed to compile';
      if (ignoreErrors) {
        out.ignoredErrors.push(`expression '${expression}' ${what}: ${result.error.message}`);
        continue;
      }
      const text = msg('admission.vap.expressionError', { expression, compiled: compiled.ok, error: celErrorText(result.error) });
      out.violations.push({ message: english(text), text, reason, expressionIndex: index, error: true });
      continue;
    }
    const message = violationMessage(v, expression, activation, options);
    // The policy author's message (or messageExpression's result): their words, verbatim.
    out.violations.push({ message, text: verbatim(message), reason, expressionIndex: index, error: false });
  }
  evaluateAuditAnnotations(spec, activation, ignoreErrors, options, out);
  return out;
}

/**
 * The policy evaluation ran out of RuntimeCELCostBudget: nothing else is evaluated and the whole
 * evaluation is one error decided by the failurePolicy (validating/validator.go Validate).
 */
function outOfBudget(out: PolicyEvaluation, ignoreErrors: boolean, index: number): PolicyEvaluation {
  out.violations = [];
  if (ignoreErrors) {
    out.ignoredErrors.push(OUT_OF_BUDGET_MESSAGE);
    return out;
  }
  const text = msg('admission.vap.outOfBudget', { upstream: OUT_OF_BUDGET_MESSAGE });
  out.violations.push({ message: OUT_OF_BUDGET_MESSAGE, text, reason: 'Invalid', expressionIndex: index, error: true });
  return out;
}

function evaluateAuditAnnotations(
  spec: Record<string, unknown>,
  activation: CelActivation,
  ignoreErrors: boolean,
  options: Stored,
  out: PolicyEvaluation,
): void {
  const list = Array.isArray(spec.auditAnnotations) ? spec.auditAnnotations : [];
  for (const raw of list) {
    const a = isRecord(raw) ? raw : {};
    const key = String(a.key ?? '');
    const expression = typeof a.valueExpression === 'string' ? a.valueExpression : '';
    const compiled = compileCel(expression, 'auditAnnotation', options);
    const result = compiled.ok ? evaluateCel(compiled.program, activation, 'auditAnnotation') : { ok: false as const, error: compiled.diagnostic };
    if (result.ok) {
      const text = typeof result.value === 'string' ? result.value.trim() : '';
      if (text) out.annotations[key] = text;
      continue;
    }
    if (ignoreErrors && result.error.code !== 'cel-result-type') {
      out.ignoredErrors.push(`auditAnnotation '${key}': ${result.error.message}`);
      continue;
    }
    const text =
      result.error.code === 'cel-result-type'
        ? msg('admission.vap.annotationType', {
            upstream: `valueExpression '${expression}' of auditAnnotation '${key}' must evaluate to a string or null`,
            expression,
            key,
          })
        : msg('admission.vap.annotationError', { expression, key, error: celErrorText(result.error) });
    out.fatal = out.fatal ?? { message: english(text), text };
  }
}
