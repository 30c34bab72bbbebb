/**
 * Defensive readers for RBAC manifests. Learners type these objects by hand, so nothing
 * here trusts a field's type: wrong types read as empty, nothing throws.
 */
import type { PolicyRule } from './types';
import { isRecord } from '../support/record';
export { isRecord };

/** A string field, or '' when absent or not a string (the API would reject other types). */
export function readString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A list of strings; non-string entries are dropped, a non-list reads as empty. */
export function readStringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) if (typeof item === 'string') out.push(item);
  return out;
}

/** A string map such as metadata.labels; non-string values are dropped. */
export function readStringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (typeof item === 'string') out[key] = item;
  }
  return out;
}

/**
 * One rbac/v1 PolicyRule read from YAML. SIMPLIFICATION(k8s): a rule the API server would
 * reject (no verbs, no apiGroups, resources and nonResourceURLs mixed) is kept as written and
 * evaluated literally; the parse/cluster layer reports the validation error.
 */
export function readPolicyRule(value: unknown): PolicyRule {
  const rule = isRecord(value) ? value : {};
  return {
    verbs: readStringList(rule.verbs),
    apiGroups: readStringList(rule.apiGroups),
    resources: readStringList(rule.resources),
    resourceNames: readStringList(rule.resourceNames),
    nonResourceURLs: readStringList(rule.nonResourceURLs),
  };
}

/** The `rules` list of a Role or ClusterRole; a non-list reads as no rules. */
export function readPolicyRules(value: unknown): PolicyRule[] {
  return Array.isArray(value) ? value.map(readPolicyRule) : [];
}

/** Key for semantic rule equality (nil and empty lists are equal, as in apimachinery). */
export function policyRuleKey(rule: PolicyRule): string {
  return JSON.stringify([rule.verbs, rule.apiGroups, rule.resources, rule.resourceNames, rule.nonResourceURLs]);
}

/** Metadata fields of any object. */
export function readMeta(object: unknown): { name: string; namespace: string; labels: Record<string, string> } {
  const meta = isRecord(object) && isRecord(object.metadata) ? object.metadata : {};
  return { name: readString(meta.name), namespace: readString(meta.namespace), labels: readStringMap(meta.labels) };
}
