// CEL compile errors of the learner's ValidatingAdmissionPolicies as diagnostics in the file, at
// the expression (the API server type-checks policy expressions when the policy is written:
// https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#type-checking).
import { compileCel, type Diagnostic, type ParsedObject } from '../../sim';
import { msg } from '../../sim/messages';

type Kind = 'validation' | 'messageExpression' | 'matchCondition' | 'variable' | 'auditAnnotation';

function rec(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(rec) : [];
}

/** Every CEL expression of a policy: path, text, kind and the variables it may use. */
function expressions(spec: Record<string, unknown>): { path: string; text: string; kind: Kind; variables: string[] }[] {
  const vars = list(spec.variables).map((v) => String(v.name ?? ''));
  const out: { path: string; text: string; kind: Kind; variables: string[] }[] = [];
  const add = (path: string, text: unknown, kind: Kind, variables = vars) => {
    if (typeof text === 'string') out.push({ path, text, kind, variables });
  };
  list(spec.variables).forEach((v, i) => add(`spec.variables[${i}].expression`, v.expression, 'variable', vars.slice(0, i)));
  list(spec.validations).forEach((v, i) => {
    add(`spec.validations[${i}].expression`, v.expression, 'validation');
    add(`spec.validations[${i}].messageExpression`, v.messageExpression, 'messageExpression');
  });
  list(spec.matchConditions).forEach((v, i) => add(`spec.matchConditions[${i}].expression`, v.expression, 'matchCondition', []));
  list(spec.auditAnnotations).forEach((v, i) => add(`spec.auditAnnotations[${i}].valueExpression`, v.valueExpression, 'auditAnnotation'));
  return out;
}

/** Line and column of `offset` inside a scalar written at (line, column) of `text`. */
function position(text: string, line: number, column: number, expression: string, offset: number): { line: number; column: number } {
  const row = text.split('\n')[line - 1] ?? '';
  const colon = row.indexOf(':', column - 1);
  const rest = colon >= 0 ? row.slice(colon + 1) : '';
  const lead = rest.length - rest.trimStart().length;
  const value = rest.trimStart();
  if (value && !value.startsWith('|') && !value.startsWith('>') && !expression.includes('\n')) {
    const quoted = value.startsWith('"') || value.startsWith("'") ? 1 : 0;
    return { line, column: colon + 2 + lead + quoted + offset };
  }
  return { line, column };
}

/** Compile every CEL expression of the editable files' policies; errors become diagnostics. */
export function celDiagnostics(parsed: readonly ParsedObject[], sources: readonly { file: string; text: string }[], editable: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of parsed) {
    const file = p.source.file ?? '';
    if (p.object.kind !== 'ValidatingAdmissionPolicy' || !editable.includes(file)) continue;
    const text = sources.find((s) => s.file === file)?.text ?? '';
    for (const e of expressions(rec(p.object.spec))) {
      const result = compileCel(e.text, e.kind, { variableNames: e.variables });
      if (result.ok) continue;
      const at = p.sourceMap[e.path] ?? { line: p.source.line, column: p.source.column };
      const { line, column } = position(text, at.line, at.column, e.text, result.diagnostic.offset);
      out.push({
        severity: 'error',
        code: result.diagnostic.code,
        path: e.path,
        file,
        line,
        column,
        message: `CEL (${e.path}): ${result.diagnostic.message}`,
        text: msg('cel.inField', { path: e.path, detail: result.diagnostic.text }),
      });
    }
  }
  return out;
}
