// Evaluates a standalone CEL expression the way the tests of the extension libraries need it.
import { evaluateCel } from '../../../../../lib/sim/cel';

/** The value of `expression` (as plain JSON), or throws with the CEL error message. */
export function value(expression: string): unknown {
  const result = evaluateCel(expression, {}, 'variable');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The error message of `expression` (compile or runtime), or throws when it succeeds. */
export function errorOf(expression: string): string {
  const result = evaluateCel(expression, {}, 'variable');
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error.message;
}
