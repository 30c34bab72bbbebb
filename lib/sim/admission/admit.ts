// The admission pipeline of the API server: authorization, mutating admission, validating admission
// (https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/; plugin order from
// kubernetes/kubernetes pkg/kubeapiserver/options/plugins.go).
import { msg } from '../messages';
import { english } from '../messages/english';
import type { Cluster } from '../types';
import { buildAttributes } from './attributes';
import { runAuthorization } from './authorizationStep';
import type { AdmissionContext, Rejection } from './context';
import { runPodSecurity } from './podSecurityPhase';
import type { AdmissionRequest, AdmissionVerdict } from './types';
import { runValidatingPolicies } from './vapPhase';
import { runMutatingWebhooks, runValidatingWebhooks } from './webhookPhase';

const PHASES: ((ctx: AdmissionContext) => Rejection | null)[] = [
  runAuthorization,
  runMutatingWebhooks,
  runPodSecurity,
  runValidatingPolicies,
  runValidatingWebhooks,
];

/**
 * Is this write admitted? RBAC first, then mutating webhooks (configurations by name, one at a
 * time), then the validating plugins in the API server's order: PodSecurity,
 * ValidatingAdmissionPolicy, validating webhooks. A rejection stops the request. `steps` is the
 * whole trip, including what did not match and why. Never throws.
 */
export function admit(cluster: Cluster, request: AdmissionRequest): AdmissionVerdict {
  const built = buildAttributes(request);
  if (!built.ok) {
    const message = english(built.text);
    return {
      allowed: false,
      warnings: [],
      auditAnnotations: {},
      code: 400,
      reason: 'BadRequest',
      message,
      text: built.text,
      steps: [{ phase: 'request', by: 'API server', outcome: 'denied', message, text: built.text }],
    };
  }
  const attrs = { ...built.attributes, serverMinor: cluster?.serverVersion?.minor };
  const ctx: AdmissionContext = { cluster, attrs, steps: [], warnings: [], auditAnnotations: {}, outage: request.outage === true };
  try {
    for (const phase of PHASES) {
      const rejection = phase(ctx);
      if (rejection) return verdictOf(ctx, rejection);
    }
    return verdictOf(ctx, null);
  } catch (error) {
    const message = `Internal error occurred: the simulator failed while admitting this request (${error instanceof Error ? error.message : String(error)})`;
    const text = msg('admission.internalError', { upstream: message });
    ctx.steps.push({ phase: 'request', by: 'simulator', outcome: 'denied', message, text });
    return verdictOf(ctx, { message, text, code: 500, reason: 'InternalError' });
  }
}

function verdictOf(ctx: AdmissionContext, rejection: Rejection | null): AdmissionVerdict {
  const object = ctx.attrs.object ?? undefined;
  const base = { warnings: ctx.warnings, steps: ctx.steps, auditAnnotations: ctx.auditAnnotations, ...(object ? { object } : {}) };
  if (!rejection) return { allowed: true, ...base };
  return {
    allowed: false,
    ...base,
    message: rejection.message,
    text: rejection.text,
    code: rejection.code,
    reason: rejection.reason,
    ...(rejection.details ? { details: rejection.details } : {}),
  };
}
