import type { LabelSelector } from '../types';
import type { Finding } from './finding';
import { msg } from '../messages';
import { finding } from './finding';
import { selectorMatches, validateLabels, validateLabelSelector } from './labelSelector';
import { podSpecPath, validatePodSpecPorts, validateServicePorts } from './validatePorts';
import { isRecord, pathSegments, valueAt } from '../parse/paths';

/**
 * Workload and Service checks of the API server (pkg/apis/apps/validation ValidateDeploymentSpec
 * and friends): an apps/v1 workload needs a non-empty `selector` that matches its pod
 * template's labels ("selector does not match template labels"); pod specs get the port
 * checks; Service selectors are label maps.
 */
const SELECTOR_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/** Checks a workload, Pod or Service object. */
export function validateWorkload(object: Record<string, unknown>, kind: string): Finding[] {
  const out: Finding[] = [];
  const specPath = podSpecPath(kind);
  if (specPath !== undefined) out.push(...validatePodSpecPorts(valueAt(object, pathSegments(specPath)), specPath));
  if (specPath !== undefined) out.push(...ephemeralOnCreate(valueAt(object, pathSegments(specPath)), specPath, kind));
  if (SELECTOR_KINDS.has(kind)) out.push(...checkSelector(object, kind));
  if (kind === 'Service' && isRecord(object.spec)) {
    out.push(...validateLabels(object.spec.selector, 'spec.selector'), ...validateServicePorts(object.spec));
  }
  return out;
}

/**
 * Ephemeral containers are only added to a running pod, through the `ephemeralcontainers`
 * subresource: pkg/apis/core/validation/validation.go ValidatePodCreate forbids them on create
 * ("cannot be set on create") and ValidatePodTemplateSpec in a template ("ephemeral containers not
 * allowed in pod template"). An empty list sets nothing (the Go check is `len(...) > 0`).
 */
function ephemeralOnCreate(spec: unknown, specPath: string, kind: string): Finding[] {
  if (!isRecord(spec) || !Array.isArray(spec.ephemeralContainers) || spec.ephemeralContainers.length === 0) return [];
  const code = kind === 'Pod' ? 'validate.ephemeralOnCreate' : 'validate.ephemeralInTemplate';
  return [finding('error', kind === 'Pod' ? 'ephemeral-on-create' : 'ephemeral-in-template', `${specPath}.ephemeralContainers`, msg(code, { kind }))];
}

function checkSelector(object: Record<string, unknown>, kind: string): Finding[] {
  const spec = object.spec;
  if (!isRecord(spec) || !isRecord(spec.selector)) return [];
  const selector = spec.selector;
  const labels = valueAt(spec, ['template', 'metadata', 'labels']);
  const out = [...validateLabelSelector(selector, 'spec.selector'), ...validateLabels(labels, 'spec.template.metadata.labels')];
  const empty = !hasEntries(selector.matchLabels) && !(Array.isArray(selector.matchExpressions) && selector.matchExpressions.length > 0);
  if (empty) {
    out.push(finding('error', 'workload-empty-selector', 'spec.selector', msg('validate.workloadEmptySelector', { kind })));
    return out;
  }
  if (out.length > 0 || !isStringMap(labels ?? {}) || !isWellFormedSelector(selector)) return out;
  if (!selectorMatches(selector, (labels ?? {}) as Record<string, string>)) {
    out.push(finding('error', 'workload-selector-mismatch', 'spec.selector', msg('validate.workloadSelectorMismatch', { kind })));
  }
  return out;
}

function hasEntries(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length > 0;
}

function isStringMap(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

function isWellFormedSelector(selector: Record<string, unknown>): selector is LabelSelector & Record<string, unknown> {
  if (selector.matchLabels !== undefined && !isStringMap(selector.matchLabels)) return false;
  if (selector.matchExpressions === undefined) return true;
  return (
    Array.isArray(selector.matchExpressions) &&
    selector.matchExpressions.every(
      (e) =>
        isRecord(e) &&
        typeof e.key === 'string' &&
        typeof e.operator === 'string' &&
        (e.values === undefined || (Array.isArray(e.values) && e.values.every((v) => typeof v === 'string'))),
    )
  );
}
