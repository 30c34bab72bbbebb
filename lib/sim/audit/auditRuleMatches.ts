/**
 * Does one audit PolicyRule match a request? Models k8s.io/apiserver
 * `pkg/audit/policy/checker.go` (ruleMatches, ruleMatchesResource, ruleMatchesNonResource,
 * pathMatches). All present conditions must hold; an empty list means "any".
 */
import type { AuditAttributes, AuditGroupResources, AuditPolicyRule } from './types';

/** `*`, exact, or a trailing-`*` string prefix (`/healthz*` matches `/healthzz`). */
export function nonResourceURLMatches(path: string, spec: string): boolean {
  if (spec === '*' || spec === path) return true;
  return spec.endsWith('*') && path.startsWith(spec.replace(/\*+$/, ''));
}

/**
 * One resource entry against the request: `*`, `resource`, `resource/subresource`, `* /sub`
 * and `resource/*` (which, unlike RBAC, also matches the resource itself).
 */
export function resourceEntryMatches(entry: string, resource: string, subresource: string): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  if (entry === '*' || entry === combined) return true;
  if (subresource !== '' && entry.startsWith('*/') && entry.slice(2) === subresource) return true;
  return entry.endsWith('/*') && entry.slice(0, -2) === resource;
}

function groupResourcesMatch(gr: AuditGroupResources, attrs: AuditAttributes): boolean {
  // SIMPLIFICATION(k8s): group "*" matches every group, as v1.36+ does; older servers reject the policy.
  if (gr.group !== attrs.group && gr.group !== '*') return false;
  if (gr.resources.length === 0) return true;
  if (gr.resourceNames.length > 0 && !gr.resourceNames.includes(attrs.name)) return false;
  return gr.resources.some((entry) => resourceEntryMatches(entry, attrs.resource, attrs.subresource));
}

function resourceRuleMatches(rule: AuditPolicyRule, attrs: AuditAttributes): boolean {
  if (!attrs.isResourceRequest) return false;
  // Cluster-scoped requests (and lists across all namespaces) have the namespace "".
  if (rule.namespaces.length > 0 && !rule.namespaces.includes(attrs.namespace)) return false;
  if (rule.resources.length === 0) return true;
  return rule.resources.some((gr) => groupResourcesMatch(gr, attrs));
}

/** The whole rule: users, userGroups and verbs, then resource or non-resource conditions. */
export function auditRuleMatches(rule: AuditPolicyRule, attrs: AuditAttributes): boolean {
  if (rule.users.length > 0 && !rule.users.includes(attrs.user)) return false;
  if (rule.userGroups.length > 0 && !attrs.groups.some((g) => rule.userGroups.includes(g))) return false;
  // No wildcard for verbs: an entry "*" only matches a literal "*" verb.
  if (rule.verbs.length > 0 && !rule.verbs.includes(attrs.verb)) return false;
  if (rule.namespaces.length > 0 || rule.resources.length > 0) return resourceRuleMatches(rule, attrs);
  if (rule.nonResourceURLs.length > 0) {
    return !attrs.isResourceRequest && rule.nonResourceURLs.some((spec) => nonResourceURLMatches(attrs.path, spec));
  }
  return true;
}
