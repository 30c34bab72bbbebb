// matchConditions of webhooks and policy bindings: CEL, ANDed, evaluated after the other criteria
// (k8s.io/apiserver pkg/admission/plugin/cel/matchconditions/matcher.go).
import { compileCel, evaluateCel, type CelActivation } from '../cel';
import { msg, verbatim, type Message, type MessageLike } from '../messages';
import { english } from '../messages/english';
import { isRecord } from './attributes';

/**
 * A CEL error inside an admission message: the CEL area's own message when the error carries one
 * (`text`), else the CEL library's English, verbatim.
 */
export function celErrorText(error: { message: string; text?: MessageLike }): MessageLike {
  return error.text ?? verbatim(error.message);
}

export type MatchConditionsResult =
  { outcome: 'match' } | { outcome: 'no-match'; name: string } | { outcome: 'error'; name: string; message: string; text: Message };

/** Evaluates matchConditions in order: any false → no match; an error (compile or runtime) → error (the caller applies failurePolicy). */
export function evaluateMatchConditions(conditions: unknown, activation: () => CelActivation, serverMinor?: number): MatchConditionsResult {
  if (!Array.isArray(conditions) || conditions.length === 0) return { outcome: 'match' };
  let firstError: MatchConditionsResult | null = null;
  for (const [i, condition] of conditions.entries()) {
    const name = isRecord(condition) && typeof condition.name === 'string' ? condition.name : `#${i}`;
    const expression = isRecord(condition) && typeof condition.expression === 'string' ? condition.expression : '';
    // Stored expressions: the libraries of this server's own version.
    const compiled = compileCel(expression, 'matchCondition', { serverMinor, stored: true });
    const result = compiled.ok ? evaluateCel(compiled.program, activation()) : { ok: false as const, error: compiled.diagnostic };
    if (result.ok && result.value === false) return { outcome: 'no-match', name };
    if (!result.ok && !firstError) {
      const text = msg('admission.matchConditionFailed', { name, error: celErrorText(result.error) });
      firstError = { outcome: 'error', name, message: english(text), text };
    }
  }
  return firstError ?? { outcome: 'match' };
}
