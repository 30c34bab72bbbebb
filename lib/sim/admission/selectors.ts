// Label selectors and the namespace/object selectors of admission webhooks and policies
// (k8s.io/apiserver pkg/admission/plugin/webhook/predicates/namespace/matcher.go and object/matcher.go).
// The cluster module's labelSelectorMatches was not available when this was written, so this
// module has its own small evaluator with the same rules (metav1.LabelSelectorAsSelector).
import type { Cluster } from '../types';
import { isRecord, labelsOf } from './attributes';
import type { RequestAttributes } from './types';

export type SelectorResult = { ok: true; matches: boolean } | { ok: false; error: string };

/** Does a metav1.LabelSelector select these labels? Absent selector = everything; invalid → error. */
export function selectorMatches(selector: unknown, labels: Record<string, string>): SelectorResult {
  if (selector === undefined || selector === null) return { ok: true, matches: true };
  if (!isRecord(selector)) return { ok: false, error: 'selector must be an object' };
  const { matchLabels, matchExpressions } = selector;
  if (matchLabels !== undefined && matchLabels !== null) {
    if (!isRecord(matchLabels)) return { ok: false, error: 'matchLabels must be a map' };
    for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== String(v)) return { ok: true, matches: false };
  }
  if (matchExpressions === undefined || matchExpressions === null) return { ok: true, matches: true };
  if (!Array.isArray(matchExpressions)) return { ok: false, error: 'matchExpressions must be a list' };
  for (const expression of matchExpressions) {
    const r = expressionMatches(expression, labels);
    if (!r.ok || !r.matches) return r;
  }
  return { ok: true, matches: true };
}

function expressionMatches(expression: unknown, labels: Record<string, string>): SelectorResult {
  if (!isRecord(expression) || typeof expression.key !== 'string') return { ok: false, error: 'a matchExpression needs a key' };
  const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
  const has = Object.prototype.hasOwnProperty.call(labels, expression.key);
  switch (expression.operator) {
    case 'In':
      return values.length === 0
        ? { ok: false, error: `values must be non-empty for operator In` }
        : { ok: true, matches: has && values.includes(labels[expression.key]) };
    case 'NotIn':
      return values.length === 0
        ? { ok: false, error: `values must be non-empty for operator NotIn` }
        : { ok: true, matches: !has || !values.includes(labels[expression.key]) };
    case 'Exists':
      return values.length > 0 ? { ok: false, error: 'values must be empty for operator Exists' } : { ok: true, matches: has };
    case 'DoesNotExist':
      return values.length > 0 ? { ok: false, error: 'values must be empty for operator DoesNotExist' } : { ok: true, matches: !has };
    default:
      return { ok: false, error: `${JSON.stringify(expression.operator)} is not a valid label selector operator` };
  }
}

/** Labels of a namespace as admission sees them (always with kubernetes.io/metadata.name). */
export function namespaceLabels(cluster: Cluster, name: string): Record<string, string> {
  const info = cluster.namespaces?.get?.(name);
  return { ...(info?.labels ?? {}), 'kubernetes.io/metadata.name': name };
}

/**
 * namespaceSelector of a webhook or policy: cluster-scoped requests other than Namespaces always
 * match; a Namespace request is judged on that namespace's own labels (the new object's for
 * CREATE/UPDATE, the stored ones for DELETE and the status/finalize subresources); everything
 * else on the labels of the request's namespace.
 */
export function namespaceSelectorMatches(selector: unknown, a: RequestAttributes, cluster: Cluster): SelectorResult {
  const isNamespace = a.resource === 'namespaces' && a.group === '';
  if (!isNamespace && !a.namespaced) return { ok: true, matches: true };
  if (selector === undefined || selector === null) return { ok: true, matches: true };
  if (isNamespace) {
    const useStored = a.operation === 'DELETE' || a.operation === 'CONNECT' || a.subresource !== '';
    const labels = useStored || !a.object ? namespaceLabels(cluster, a.name) : { ...labelsOf(a.object), 'kubernetes.io/metadata.name': a.name };
    return selectorMatches(selector, labels);
  }
  return selectorMatches(selector, namespaceLabels(cluster, a.namespace));
}

/** objectSelector: the new object's labels or the old object's labels; no object (or one without metadata, like PodExecOptions) = no match, unless the selector is empty. */
export function objectSelectorMatches(selector: unknown, a: RequestAttributes): SelectorResult {
  if (selector === undefined || selector === null) return { ok: true, matches: true };
  if (isRecord(selector) && isEmptySelector(selector)) return { ok: true, matches: true };
  let result: SelectorResult = { ok: true, matches: false };
  for (const candidate of [a.object, a.oldObject]) {
    if (!candidate || !isRecord(candidate.metadata)) continue;
    result = selectorMatches(selector, labelsOf(candidate));
    if (!result.ok || result.matches) return result;
  }
  return result;
}

function isEmptySelector(selector: Record<string, unknown>): boolean {
  const ml = selector.matchLabels;
  const me = selector.matchExpressions;
  return (!isRecord(ml) || Object.keys(ml).length === 0) && (!Array.isArray(me) || me.length === 0);
}
