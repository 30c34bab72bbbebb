import { msg } from '../messages';
import type { LabelSelector } from '../types';
import type { Finding } from './finding';
import { finding, withApi } from './finding';
import { labelKeyProblem, labelValueProblem } from './names';
import { indexPath, isRecord, joinPath } from '../parse/paths';

/**
 * Label maps and label selectors (metav1.LabelSelector): key/value syntax
 * (apimachinery ValidateLabels) and the operator/values rules of
 * ValidateLabelSelectorRequirement: `In`/`NotIn` need values, `Exists`/`DoesNotExist` take none.
 * Errors carry apimachinery's own field.Error (pkg/apis/meta/v1/validation/validation.go
 * ValidateLabelSelectorRequirement: Required/Forbidden on `values`, Invalid operator).
 */
const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** Checks the keys and values of a label map at `path` (as in metadata.labels). */
export function validateLabels(labels: unknown, path: string, what: 'label' | 'annotation' = 'label'): Finding[] {
  if (!isRecord(labels)) return [];
  const out: Finding[] = [];
  for (const [key, value] of Object.entries(labels)) {
    const at = joinPath(path, key);
    const keyProblem = labelKeyProblem(key);
    if (keyProblem !== null) {
      const text =
        what === 'label' ? msg('validate.invalidLabelKey', { key, problem: keyProblem }) : msg('validate.invalidAnnotationKey', { key, problem: keyProblem });
      out.push(finding('error', `invalid-${what}-key`, at, text));
    }
    const valueProblem = what === 'label' && typeof value === 'string' ? labelValueProblem(value) : null;
    if (valueProblem !== null) {
      out.push(finding('error', 'invalid-label-value', at, msg('validate.invalidLabelValue', { value: String(value), problem: valueProblem })));
    }
  }
  return out;
}

/** Checks a label selector at `path`. */
export function validateLabelSelector(selector: unknown, path: string): Finding[] {
  if (!isRecord(selector)) return [];
  const out = validateLabels(selector.matchLabels, joinPath(path, 'matchLabels'));
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  expressions.forEach((expr, i) => out.push(...validateRequirement(expr, indexPath(joinPath(path, 'matchExpressions'), i))));
  return out;
}

function validateRequirement(expr: unknown, path: string): Finding[] {
  if (!isRecord(expr) || typeof expr.operator !== 'string') return [];
  const out: Finding[] = [];
  const values = Array.isArray(expr.values) ? expr.values : [];
  if (typeof expr.key === 'string') {
    const p = labelKeyProblem(expr.key);
    if (p !== null) out.push(finding('error', 'invalid-label-key', joinPath(path, 'key'), msg('validate.invalidLabelKey', { key: expr.key, problem: p })));
  }
  if (!OPERATORS.includes(expr.operator)) {
    const bad = finding(
      'error',
      'selector-invalid-operator',
      joinPath(path, 'operator'),
      msg('validate.selector.invalidOperator', { operator: expr.operator }),
    );
    out.push(withApi(bad, { type: 'Invalid value', value: expr.operator, detail: 'not a valid selector operator' }));
  } else if ((expr.operator === 'In' || expr.operator === 'NotIn') && values.length === 0) {
    const bad = finding('error', 'selector-values-required', path, msg('validate.selector.valuesRequired', { operator: expr.operator }));
    out.push(withApi(bad, { type: 'Required value', field: joinPath(path, 'values'), detail: "must be specified when `operator` is 'In' or 'NotIn'" }));
  } else if ((expr.operator === 'Exists' || expr.operator === 'DoesNotExist') && values.length > 0) {
    const bad = finding('error', 'selector-values-forbidden', joinPath(path, 'values'), msg('validate.selector.valuesForbidden', { operator: expr.operator }));
    out.push(withApi(bad, { type: 'Forbidden', detail: "may not be specified when `operator` is 'Exists' or 'DoesNotExist'" }));
  }
  return out;
}

/**
 * Whether `labels` satisfy `selector` (matchLabels AND every matchExpression), as
 * metav1.LabelSelectorAsSelector evaluates it. `{}` matches everything.
 */
export function selectorMatches(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) {
    if (!Object.hasOwn(labels, k) || labels[k] !== v) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const values = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
