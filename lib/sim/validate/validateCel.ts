/**
 * The CEL expressions of admission objects, compiled as the API server compiles them when the
 * object is written (pkg/apis/admissionregistration/validation/validation.go: a compilation error
 * makes the object Invalid, `spec.validations[0].expression: Invalid value: ...: compilation failed: ...`):
 * ValidatingAdmissionPolicy validations (+ messageExpression), auditAnnotations, variables and
 * matchConditions, and the matchConditions of webhook configurations. Each problem keeps its
 * offset inside the expression, so the parse layer can point at the exact character.
 */
import { compileCel, type CelExpressionKind } from '../cel';
import { english } from '../messages/english';
import { msg, type Message } from '../messages';

export interface CelProblem {
  /** Object path of the expression field. */
  path: string;
  offset: number;
  length: number;
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** The problem as a message, rendered at the edge (`message` is its English). */
  text: Message;
}

type Rec = Record<string, unknown>;

function records(value: unknown): Rec[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : {})) : [];
}

function check(
  out: CelProblem[],
  path: string,
  expression: unknown,
  kind: CelExpressionKind,
  variableNames: string[] | undefined,
  serverMinor: number | undefined,
): void {
  if (typeof expression !== 'string' || expression.trim() === '') return;
  const result = compileCel(expression, kind, { variableNames, serverMinor });
  if (result.ok) return;
  const d = result.diagnostic;
  // The simulator's own gaps are warnings: a real API server accepts the expression.
  const ours = d.code === 'cel-unsupported' || d.code === 'cel-internal' || d.code === 'cel-too-long';
  const text = ours ? d.text : msg('cel.compileFailed', { path, detail: d.text });
  out.push({ path, offset: d.offset, length: d.length, code: d.code, severity: ours ? 'warning' : 'error', message: ours ? d.message : english(text), text });
}

function policyProblems(spec: Rec, serverMinor: number | undefined): CelProblem[] {
  const out: CelProblem[] = [];
  const names: string[] = [];
  records(spec.variables).forEach((v, i) => {
    check(out, `spec.variables[${i}].expression`, v.expression, 'variable', [...names], serverMinor);
    if (typeof v.name === 'string') names.push(v.name);
  });
  records(spec.validations).forEach((v, i) => {
    check(out, `spec.validations[${i}].expression`, v.expression, 'validation', names, serverMinor);
    check(out, `spec.validations[${i}].messageExpression`, v.messageExpression, 'messageExpression', names, serverMinor);
  });
  records(spec.auditAnnotations).forEach((a, i) =>
    check(out, `spec.auditAnnotations[${i}].valueExpression`, a.valueExpression, 'auditAnnotation', names, serverMinor),
  );
  records(spec.matchConditions).forEach((m, i) => check(out, `spec.matchConditions[${i}].expression`, m.expression, 'matchCondition', undefined, serverMinor));
  return out;
}

/** Every CEL compile problem of one object (none for kinds without CEL). Never throws. */
export function validateCel(object: Rec, serverMinor?: number): CelProblem[] {
  try {
    if (object.kind === 'ValidatingAdmissionPolicy') {
      const spec = typeof object.spec === 'object' && object.spec !== null ? (object.spec as Rec) : {};
      return policyProblems(spec, serverMinor);
    }
    if (object.kind === 'ValidatingWebhookConfiguration' || object.kind === 'MutatingWebhookConfiguration') {
      const out: CelProblem[] = [];
      records(object.webhooks).forEach((w, i) =>
        records(w.matchConditions).forEach((m, j) =>
          check(out, `webhooks[${i}].matchConditions[${j}].expression`, m.expression, 'matchCondition', undefined, serverMinor),
        ),
      );
      return out;
    }
    return [];
  } catch {
    return [];
  }
}
