import { EvaluationError } from '@marcbachmann/cel-js';

/** Throws a CEL runtime error from an extension function (absorbed by `||`, `&&`, all/exists like any CEL error). */
export function celFail(message: string): never {
  throw new EvaluationError(message);
}

export function toIndex(value: unknown): number {
  if (typeof value !== 'bigint') celFail('index must be an int');
  return Number(value);
}
