// The CEL `authorizer` of an admission request: the requesting user, answered by the simulator's
// authorizer chain (system:masters, then RBAC), as the API server passes its authorizer to admission
// CEL (staging/src/k8s.io/apiserver/pkg/admission/plugin/cel/activation.go; library/authz.go).
import type { CelAuthorizerInput, CelAuthzDecision, CelAuthzRequest } from '../cel';
import { authorize, rbacDenialReason } from '../rbac';
import type { RbacVerdict } from '../rbac';
import type { Cluster } from '../types';
import type { RequestAttributes } from './types';

/**
 * RBAC's reason for an allow: `RBAC: allowed by RoleBinding "b/ns" of Role "r" to User "u"`
 * (plugin/pkg/auth/authorizer/rbac/rbac.go authorizingVisitor; its describers). The privileged
 * group authorizer allows system:masters with no reason.
 */
export function allowReason(verdict: RbacVerdict): string {
  const decided = verdict.decidedBy;
  if (!decided || !('binding' in decided)) return '';
  const s = verdict.subject;
  const who = !s ? '' : s.kind === 'ServiceAccount' ? `ServiceAccount "${s.name}/${s.namespace ?? decided.binding.namespace ?? ''}"` : `${s.kind} "${s.name}"`;
  const binding = decided.binding.kind === 'RoleBinding' ? `${decided.binding.name}/${decided.binding.namespace ?? ''}` : decided.binding.name;
  return `RBAC: allowed by ${decided.binding.kind} "${binding}" of ${decided.role.kind} "${decided.role.name}" to ${who}`;
}

/** One authorization decision: allow, or no opinion (nothing in the chain allows). */
export function decideForCel(cluster: Cluster, request: CelAuthzRequest): CelAuthzDecision {
  const verdict = authorize(cluster, request);
  if (verdict.allowed) return { decision: 'allow', reason: allowReason(verdict) };
  return { decision: 'noOpinion', reason: rbacDenialReason(verdict) };
}

/** The `authorizer` input of an admission request's CEL activation. */
export function celAuthorizerFor(cluster: Cluster, a: RequestAttributes): CelAuthorizerInput {
  return {
    user: a.user,
    groups: a.groups,
    authorize: (request) => decideForCel(cluster, request),
    requestResource: { group: a.group, resource: a.resource, subresource: a.subresource, namespace: a.namespace, name: a.name },
  };
}
