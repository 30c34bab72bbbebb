// The admission pipeline of the API server: authorization, mutating admission, validating admission
// (https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/; plugin order from
// kubernetes/kubernetes pkg/kubeapiserver/options/plugins.go).
import type { Cluster } from '../types';
import { buildAttributes } from './attributes';
import { runAuthorization } from './authorizationStep';
import type { AdmissionContext, Rejection } from './context';
import { runPodSecurity } from './podSecurityPhase';
import type { AdmissionRequest, AdmissionVerdict } from './types';
import { runValidatingPolicies } from './vapPhase';
import { runMutatingWebhooks, runValidatingWebhooks } from './webhookPhase';

const PHASES: ((ctx: AdmissionContext) => Rejection | null)[] = [
  runAuthorization, runMutatingWebhooks, runPodSecurity, runValidatingPolicies, runValidatingWebhooks,
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
    return {
      allowed: false, warnings: [], auditAnnotations: {}, code: 400, reason: 'BadRequest',
      message: built.message, messageEs: built.messageEs,
      steps: [{ phase: 'request', by: 'API server', outcome: 'denied', message: built.message, messageEs: built.messageEs }],
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
    ctx.steps.push({ phase: 'request', by: 'simulator', outcome: 'denied', message, messageEs: 'Error interno: el simulador falló al admitir esta solicitud' });
    return verdictOf(ctx, { message, messageEs: 'Error interno: el simulador falló al admitir esta solicitud', code: 500, reason: 'InternalError' });
  }
}

function verdictOf(ctx: AdmissionContext, rejection: Rejection | null): AdmissionVerdict {
  const object = ctx.attrs.object ?? undefined;
  const base = { warnings: ctx.warnings, steps: ctx.steps, auditAnnotations: ctx.auditAnnotations, ...(object ? { object } : {}) };
  if (!rejection) return { allowed: true, ...base };
  return { allowed: false, ...base, message: rejection.message, messageEs: rejection.messageEs, text: rejection.text, code: rejection.code, reason: rejection.reason, ...(rejection.details ? { details: rejection.details } : {}) };
}
