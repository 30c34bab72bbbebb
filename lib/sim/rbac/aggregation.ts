/**
 * Aggregated ClusterRoles, as the clusterrole-aggregation controller leaves them once it has
 * converged (k8s `pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go`;
 * docs: reference/access-authn-authz/rbac/#aggregated-clusterroles).
 */
import { compareGo } from './goText';
import { isRecord, policyRuleKey, readMeta, readPolicyRules, readString, readStringList, readStringMap } from './read';
import type { PolicyRule, ResolvedRule } from './types';

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

/** Names each selector of each aggregated role picks, sorted by name (the controller's order). */
function selectedNames(roles: ReadonlyMap<string, ClusterRoleSource>): Map<string, string[][]> {
  const names = [...roles.keys()].sort(compareGo);
  const out = new Map<string, string[][]>();
  for (const role of roles.values()) {
    if (role.selectors === null) continue;
    const perSelector = role.selectors.map((selector) =>
      names.filter((name) => name !== role.name && clusterRoleSelectorMatches(selector, roles.get(name)?.labels ?? {})),
    );
    out.set(role.name, perSelector);
  }
  return out;
}

function aggregateOnce(picks: string[][], current: ReadonlyMap<string, readonly ResolvedRule[]>): ResolvedRule[] {
  const seen = new Set<string>();
  const out: ResolvedRule[] = [];
  for (const names of picks) {
    for (const name of names) {
      const rules = current.get(name) ?? [];
      rules.forEach((rule, ruleIndex) => {
        const key = policyRuleKey(rule);
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ ...rule, aggregatedFrom: rule.aggregatedFrom ?? { clusterRole: name, ruleIndex } });
      });
    }
  }
  return out;
}

function sameRules(a: readonly ResolvedRule[] | undefined, b: readonly ResolvedRule[]): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every((rule, i) => policyRuleKey(rule) === policyRuleKey(b[i]));
}

/**
 * Resolve every ClusterRole's effective rules. An aggregated role's `rules` are REPLACED by
 * the union of the rules of every other ClusterRole any selector picks (selectors in order,
 * then roles by name, then each role's rule order; duplicates dropped). Chains are followed
 * to a fixed point, starting aggregated roles from no rules, so hand-written rules never
 * leak in, not even through a cycle. A role never aggregates itself. Bounded: never hangs.
 */
export function buildResolvedClusterRoles(roles: ReadonlyMap<string, ClusterRoleSource>): Map<string, ResolvedRule[]> {
  const picks = selectedNames(roles);
  let current = new Map<string, ResolvedRule[]>();
  for (const role of roles.values()) current.set(role.name, picks.has(role.name) ? [] : role.rules.map((rule) => ({ ...rule })));
  const maxRounds = picks.size + 2;
  for (let round = 0; round < maxRounds; round++) {
    const next = new Map(current);
    let changed = false;
    for (const [name, rolePicks] of picks) {
      const rules = aggregateOnce(rolePicks, current);
      if (!sameRules(current.get(name), rules)) changed = true;
      next.set(name, rules);
    }
    current = next;
    if (!changed) break;
  }
  return current;
}
