// CEL compile problems of an admission object, positioned on the character of the expression
// inside its YAML scalar (lib/sim/validate/validateCel.ts compiles; ./celPosition.ts maps).
import type { Diagnostic, SourceMap } from '../types';
import { validateCel } from '../validate/validateCel';
import { expressionPosition } from './celPosition';

function valueAt(object: Record<string, unknown>, path: string): unknown {
  let current: unknown = object;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** One diagnostic per expression that does not compile (the API server would reject the object). */
export function celDiagnostics(
  object: Record<string, unknown>,
  sourceMap: () => SourceMap,
  text: string,
  file: string | undefined,
  serverMinor?: number,
): Diagnostic[] {
  const problems = validateCel(object, serverMinor);
  if (problems.length === 0) return [];
  const map = sourceMap();
  return problems.map((p) => {
    const at = map[p.path] ?? map[''] ?? { line: 1, column: 1 };
    const expression = String(valueAt(object, p.path) ?? '');
    const start = expressionPosition(text, at, expression, p.offset);
    const end = expressionPosition(text, at, expression, p.offset + Math.max(1, p.length));
    const sameLine = end.line === start.line;
    return {
      severity: p.severity,
      code: p.code,
      message: p.message,
      text: p.text,
      path: p.path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: sameLine ? end.column : start.column + 1,
      ...(file !== undefined ? { file } : {}),
    };
  });
}
