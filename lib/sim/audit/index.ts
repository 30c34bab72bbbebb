/**
 * Audit: which level a request is logged at under an audit Policy, and the audit.k8s.io/v1
 * events the API server writes for it. Semantics: ../shared/semantics/audit.md.
 */
export { auditLevel, evaluateAuditPolicy, unionStages, type AuditEvaluation } from './auditLevel';
export { auditEvents, buildCounterClock, buildCounterIds, formatAuditEvents, DEFAULT_SOURCE_IPS, DEFAULT_USER_AGENT } from './auditEvents';
export { validateAuditPolicy } from './validateAuditPolicy';
export { describeAuditDecision, describeAuditRule } from './describeAuditDecision';
export { readAuditPolicy, type ReadAuditPolicyResult } from './readAuditPolicy';
export { auditRuleMatches, nonResourceURLMatches, resourceEntryMatches } from './auditRuleMatches';
export { buildAuditAttributes, defaultGroupVersion } from './auditAttributes';
export { buildRequestUri } from './buildRequestUri';
export { isLongRunning, buildForbiddenMessage } from './auditResponse';
export type { PolicyProblem } from './policyChecks';
export * from './types';
