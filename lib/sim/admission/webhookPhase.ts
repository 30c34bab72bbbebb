// Calling admission webhooks: mutating ones one at a time (each sees the previous patches, with
// reinvocation), validating ones all together (k8s.io/apiserver .../webhook/mutating/dispatcher.go,
// .../webhook/validating/dispatcher.go, .../webhook/errors/statuserror.go).
import { applyJsonPatch } from './jsonPatch';
import type { AdmissionContext, Rejection } from './context';
import type { AdmissionStep } from './types';
import {
  callWebhook, dryRunBlocked, failurePolicyOf, listWebhooks, webhookExempt, webhookLabel, webhookMatches,
  type WebhookConfigKind, type WebhookEntry,
} from './webhooks';

type Phase = 'mutating' | 'validating';
const PLUGIN = { mutating: 'MutatingAdmissionWebhook', validating: 'ValidatingAdmissionWebhook' } as const;

function step(entry: WebhookEntry, phase: Phase, outcome: AdmissionStep['outcome'], message: string, messageEs: string, extra: Partial<AdmissionStep> = {}): AdmissionStep {
  return {
    phase, by: webhookLabel(entry), outcome, message, messageEs, plugin: PLUGIN[phase],
    source: { kind: entry.configKind, name: entry.config, webhook: entry.name, index: entry.index }, ...extra,
  };
}

type Invocation = { rejection: Rejection | null; mutated: boolean; called: boolean };

/** Runs one webhook for the current object: match, dry-run check, call, apply the patch (mutating only). */
function invoke(entry: WebhookEntry, ctx: AdmissionContext, phase: Phase, reinvocation = false): Invocation {
  const match = webhookMatches(entry, ctx);
  const again = reinvocation ? ' (reinvoked)' : '';
  const againEs = reinvocation ? ' (reinvocado)' : '';
  if (match.outcome === 'skip') {
    ctx.steps.push(step(entry, phase, match.ignoredError ? 'error-ignored' : 'not-matched', `not called${again}: ${match.message}`, `no se llama${againEs}: ${match.messageEs}`, { failedCriterion: match.criterion }));
    return { rejection: null, mutated: false, called: false };
  }
  if (match.outcome === 'reject') {
    ctx.steps.push(step(entry, phase, 'denied', match.rejection.message, match.messageEs, { failedCriterion: 'matchConditions' }));
    return { rejection: match.rejection, mutated: false, called: false };
  }
  if (dryRunBlocked(entry, ctx.attrs)) {
    const rejection = { message: `admission webhook "${entry.name}" does not support dry run`, messageEs: `el webhook "${entry.name}" no soporta dry run (sideEffects no es None ni NoneOnDryRun)`, code: 400, reason: 'BadRequest' };
    ctx.steps.push(step(entry, phase, 'denied', rejection.message, rejection.messageEs));
    return { rejection, mutated: false, called: false };
  }
  return respond(entry, ctx, phase, again, againEs);
}

function respond(entry: WebhookEntry, ctx: AdmissionContext, phase: Phase, again: string, againEs: string): Invocation {
  // An outage: the call times out, and failurePolicy decides (https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#failure-policy).
  if (ctx.outage) return callFailed(entry, ctx, phase, `failed calling webhook "${entry.name}": context deadline exceeded (the webhook server is unavailable)`, `falló la llamada al webhook "${entry.name}": se agotó el tiempo (el servidor del webhook no está disponible)`);
  const result = callWebhook(entry, ctx.attrs);
  if (result.outcome === 'failure') return callFailed(entry, ctx, phase, result.message, result.messageEs);
  const { response } = result;
  ctx.warnings.push(...(response.warnings ?? []));
  if (!response.allowed) {
    const detail = response.message ? `: ${response.message}` : ' without explanation';
    const detailEs = response.messageEs ? `: ${response.messageEs}` : response.message ? `: ${response.message}` : ' sin explicación';
    const code = typeof response.code === 'number' && response.code >= 400 ? response.code : 400;
    const rejection = { message: `admission webhook "${entry.name}" denied the request${detail}`, messageEs: `el webhook de admisión "${entry.name}" rechazó la solicitud${detailEs}`, code, reason: code === 403 ? 'Forbidden' : 'BadRequest' };
    ctx.steps.push(step(entry, phase, 'denied', `${rejection.message}${again}`, `${rejection.messageEs}${againEs}`));
    return { rejection, mutated: false, called: true };
  }
  if (phase === 'mutating' && response.patch && response.patch.length > 0) {
    const patched = applyJsonPatch(ctx.attrs.object, response.patch);
    if (!patched.ok) return callFailed(entry, ctx, phase, `failed calling webhook "${entry.name}": the patch could not be applied: ${patched.error}`, `el parche del webhook "${entry.name}" no se pudo aplicar: ${patched.error}`);
    ctx.attrs = { ...ctx.attrs, object: patched.document as Record<string, unknown> };
    const n = response.patch.length;
    ctx.steps.push(step(entry, phase, 'mutated', `allowed by ${result.handler}${again}, with a JSONPatch of ${n} ${n === 1 ? 'operation' : 'operations'}`, `permitido por ${result.handler}${againEs}, con un JSONPatch de ${n} ${n === 1 ? 'operación' : 'operaciones'}`, { patch: response.patch }));
    return { rejection: null, mutated: true, called: true };
  }
  const ignoredPatch = phase === 'validating' && response.patch?.length ? ' (validating webhooks cannot patch: patch ignored)' : '';
  ctx.steps.push(step(entry, phase, 'allowed', `allowed by ${result.handler}${again}${ignoredPatch}`, `permitido por ${result.handler}${againEs}${ignoredPatch ? ' (un webhook de validación no puede parchear: se ignora)' : ''}`));
  return { rejection: null, mutated: false, called: true };
}

function callFailed(entry: WebhookEntry, ctx: AdmissionContext, phase: Phase, message: string, messageEs: string): Invocation {
  if (failurePolicyOf(entry.webhook) === 'Ignore') {
    ctx.steps.push(step(entry, phase, 'error-ignored', `${message}; failurePolicy Ignore: treated as allowed`, `${messageEs}; failurePolicy Ignore: se toma como permitido`));
    return { rejection: null, mutated: false, called: true };
  }
  const rejection = { message: `Internal error occurred: ${message}`, messageEs: `Error interno: ${messageEs} (failurePolicy Fail)`, code: 500, reason: 'InternalError' };
  ctx.steps.push(step(entry, phase, 'denied', rejection.message, rejection.messageEs));
  return { rejection, mutated: false, called: true };
}

function exemptStep(ctx: AdmissionContext, phase: Phase, configKind: WebhookConfigKind): void {
  if (listWebhooks(ctx, configKind).length === 0) return;
  ctx.steps.push({
    phase, by: configKind, outcome: 'exempt', plugin: PLUGIN[phase],
    message: `webhooks are never called for ${ctx.attrs.resource} (no self-lockout)`,
    messageEs: `los webhooks nunca se llaman para ${ctx.attrs.resource} (para no bloquearse a sí mismos)`,
  });
}

/**
 * Mutating webhooks: configurations by name, webhooks in order, one at a time; those with
 * `reinvocationPolicy: IfNeeded` are called once more if a later webhook changed the object.
 */
export function runMutatingWebhooks(ctx: AdmissionContext): Rejection | null {
  if (webhookExempt(ctx.attrs)) return exemptStep(ctx, 'mutating', 'MutatingWebhookConfiguration'), null;
  const entries = listWebhooks(ctx, 'MutatingWebhookConfiguration');
  const calledAt: number[] = [];
  let lastMutation = -1;
  for (const [i, entry] of entries.entries()) {
    const r = invoke(entry, ctx, 'mutating');
    if (r.rejection) return r.rejection;
    if (r.called) calledAt.push(i);
    if (r.mutated) lastMutation = i;
  }
  for (const i of calledAt) {
    if (entries[i].webhook.reinvocationPolicy !== 'IfNeeded' || lastMutation <= i) continue;
    const r = invoke(entries[i], ctx, 'mutating', true);
    if (r.rejection) return r.rejection;
  }
  return null;
}

/** Validating webhooks: all matching ones are called (in parallel upstream); the first rejection in order is reported. */
export function runValidatingWebhooks(ctx: AdmissionContext): Rejection | null {
  if (webhookExempt(ctx.attrs)) return exemptStep(ctx, 'validating', 'ValidatingWebhookConfiguration'), null;
  let first: Rejection | null = null;
  for (const entry of listWebhooks(ctx, 'ValidatingWebhookConfiguration')) {
    const r = invoke(entry, ctx, 'validating');
    first = first ?? r.rejection;
  }
  return first;
}
