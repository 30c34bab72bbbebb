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
import { goLabelSelector } from '../support/goValues';
import { rec, stableJson, str } from './objectData';

/** A FieldError whose bad value is already Go text (printed as is). */
export interface UpdateError {
  field: string;
  message: string;
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
