/**
 * What the registry refuses on an update that it accepts on a create: fields that may not change.
 * - RoleBinding / ClusterRoleBinding: pkg/apis/rbac/validation/validation.go ValidateRoleBindingUpdate
 *   `field.Invalid(roleRef, <the new roleRef>, "cannot change roleRef")`.
 * - Deployment / DaemonSet (apps/v1): pkg/registry/apps/deployment/strategy.go ValidateUpdate and
 *   pkg/apis/apps/validation ValidateDaemonSetUpdate, through apimachinery ValidateImmutableField:
 *   `field.Invalid(spec.selector, <the new selector>, "field is immutable")`.
 * The bad value is printed as Go's %#v of the internal type (field/errors.go ErrorBody
 * dereferences pointers), e.g. `v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, ...}`.
 */
import { goQuote } from '../support/goText';
import type { KubeObject } from '../types';
import { isRecord, rec, stableJson, str } from './objectData';

/** A FieldError whose bad value is already Go text (printed as is). */
export interface UpdateError {
  field: string;
  message: string;
}

function goStringSlice(value: unknown): string {
  if (!Array.isArray(value)) return '[]string(nil)';
  return `[]string{${value.map((v) => goQuote(String(v))).join(', ')}}`;
}

/** %#v of map[string]string: keys sorted, `"k":"v"` pairs joined by ", "; nil when absent. */
function goStringMap(value: unknown): string {
  if (!isRecord(value)) return 'map[string]string(nil)';
  const pairs = Object.keys(value)
    .sort()
    .map((k) => `${goQuote(k)}:${goQuote(String(value[k]))}`);
  return `map[string]string{${pairs.join(', ')}}`;
}

function goRequirements(value: unknown): string {
  if (!Array.isArray(value)) return '[]v1.LabelSelectorRequirement(nil)';
  const items = value.map((r) => {
    const req = rec(r);
    return `v1.LabelSelectorRequirement{Key:${goQuote(str(req.key))}, Operator:${goQuote(str(req.operator))}, Values:${goStringSlice(req.values)}}`;
  });
  return `[]v1.LabelSelectorRequirement{${items.join(', ')}}`;
}

/** %#v of a metav1.LabelSelector. */
export function goLabelSelector(value: unknown): string {
  const selector = rec(value);
  return `v1.LabelSelector{MatchLabels:${goStringMap(selector.matchLabels)}, MatchExpressions:${goRequirements(selector.matchExpressions)}}`;
}

/** %#v of an rbac.RoleRef (the internal type). */
function goRoleRef(value: unknown): string {
  const ref = rec(value);
  return `rbac.RoleRef{APIGroup:${goQuote(str(ref.apiGroup))}, Kind:${goQuote(str(ref.kind))}, Name:${goQuote(str(ref.name))}}`;
}

const IMMUTABLE_SELECTOR = new Set(['Deployment', 'DaemonSet']);

/** The update's errors (`next` defaulted as stored, `live` the stored object), in the registry's words. */
export function updateErrors(next: KubeObject, live: KubeObject): UpdateError[] {
  if (next.kind === 'RoleBinding' || next.kind === 'ClusterRoleBinding') {
    if (stableJson(next.roleRef) === stableJson(live.roleRef)) return [];
    return [{ field: 'roleRef', message: `Invalid value: ${goRoleRef(next.roleRef)}: cannot change roleRef` }];
  }
  if (IMMUTABLE_SELECTOR.has(next.kind)) {
    const selector = rec(next.spec).selector;
    if (stableJson(selector) === stableJson(rec(live.spec).selector)) return [];
    return [{ field: 'spec.selector', message: `Invalid value: ${goLabelSelector(selector)}: field is immutable` }];
  }
  return [];
}
