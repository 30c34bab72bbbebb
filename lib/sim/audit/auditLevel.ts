import { buildAuditAttributes } from './auditAttributes';
import { auditRuleMatches } from './auditRuleMatches';
import { readAuditPolicy, type AuditVersionOptions } from './readAuditPolicy';
import { AUDIT_STAGES, type AuditAttributes, type AuditDecision, type AuditPolicy, type AuditRequest } from './types';

export interface AuditEvaluation {
  decision: AuditDecision;
  /** Effective omitManagedFields: the rule's value if set, else the policy's. */
  omitManagedFields: boolean;
  attributes: AuditAttributes;
  policy: AuditPolicy;
}

/** Union of stage lists in the canonical stage order (upstream builds it from a map). */
export function unionStages(...lists: readonly (readonly string[])[]): string[] {
  const all = new Set(lists.flat());
  const known = AUDIT_STAGES.filter((s) => all.has(s));
  const unknown = [...all].filter((s) => !(AUDIT_STAGES as readonly string[]).includes(s)).sort();
  return [...known, ...unknown];
}

/**
 * Evaluate a Policy for a request, keeping everything the events need. Models
 * k8s.io/apiserver `pkg/audit/policy/checker.go` (NewChecker, LevelAndStages).
 * A policy the API server would refuse to load (see validateAuditPolicy) logs nothing.
 */
export function evaluateAuditPolicy(policyInput: unknown, request: unknown, options?: AuditVersionOptions): AuditEvaluation {
  const { policy } = readAuditPolicy(policyInput, options);
  const attributes = buildAuditAttributes(request);
  const index = policy.valid ? policy.rules.findIndex((rule) => auditRuleMatches(rule, attributes)) : -1;
  if (index < 0) {
    return {
      decision: { level: 'None', omitStages: unionStages(policy.omitStages), ruleIndex: null },
      omitManagedFields: policy.omitManagedFields,
      attributes,
      policy,
    };
  }
  const rule = policy.rules[index];
  return {
    decision: { level: rule.level, omitStages: unionStages(policy.omitStages, rule.omitStages), ruleIndex: index },
    omitManagedFields: rule.omitManagedFields ?? policy.omitManagedFields,
    attributes,
    policy,
  };
}

/**
 * At what level is this request audited? The first matching rule decides the level and the
 * stages to omit (policy-level omitStages ∪ rule omitStages); no match → None.
 * Upstream: k8s.io/apiserver pkg/audit/policy/checker.go; docs:
 * https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy
 */
export function auditLevel(policy: unknown, request: AuditRequest, options?: AuditVersionOptions): AuditDecision {
  return evaluateAuditPolicy(policy, request, options).decision;
}
