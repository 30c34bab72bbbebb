/**
 * Aggregated ClusterRoles, as the clusterrole-aggregation controller leaves them once it has
 * converged (k8s `pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go`;
 * docs: reference/access-authn-authz/rbac/#aggregated-clusterroles).
 */
import { isRecord, readMeta, readPolicyRules, readString, readStringList, readStringMap } from './read';
import type { PolicyRule } from './types';

/** A ClusterRole as read from its manifest. */
export interface ClusterRoleSource {
  name: string;
  labels: Record<string, string>;
  rules: PolicyRule[];
  /** The clusterRoleSelectors when `aggregationRule` is an object; null otherwise. */
  selectors: unknown[] | null;
}

/** Read a ClusterRole manifest (rbac/v1 ClusterRole: labels, rules, aggregationRule). */
export function readClusterRole(object: unknown): ClusterRoleSource {
  const meta = readMeta(object);
  const body = isRecord(object) ? object : {};
  const aggregation = body.aggregationRule;
  let selectors: unknown[] | null = null;
  if (isRecord(aggregation)) selectors = Array.isArray(aggregation.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : [];
  return { name: meta.name, labels: meta.labels, rules: readPolicyRules(body.rules), selectors };
}

function expressionMatches(term: unknown, labels: Record<string, string>): boolean {
  if (!isRecord(term)) return false;
  const key = readString(term.key);
  const values = readStringList(term.values);
  const has = Object.prototype.hasOwnProperty.call(labels, key);
  switch (term.operator) {
    case 'In':
      return values.length > 0 && has && values.includes(labels[key]);
    case 'NotIn':
      return values.length > 0 && (!has || !values.includes(labels[key]));
    case 'Exists':
      return values.length === 0 && has;
    case 'DoesNotExist':
      return values.length === 0 && !has;
    default:
      return false;
  }
}

/**
 * metav1.LabelSelector semantics for one clusterRoleSelector: matchLabels AND every
 * expression; `{}` selects every ClusterRole. SIMPLIFICATION(k8s): a selector the API server
 * would reject (unknown operator, `In` without values, ...) selects nothing here.
 */
export function clusterRoleSelectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  if (!isRecord(selector)) return false;
  const matchLabels = readStringMap(selector.matchLabels);
  for (const key of Object.keys(matchLabels)) if (labels[key] !== matchLabels[key]) return false;
  const expressions = selector.matchExpressions;
  if (expressions !== undefined && expressions !== null && !Array.isArray(expressions)) return false;
  for (const term of Array.isArray(expressions) ? expressions : []) if (!expressionMatches(term, labels)) return false;
  return true;
}
