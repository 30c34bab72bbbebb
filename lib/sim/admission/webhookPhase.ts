// Calling admission webhooks: mutating ones one at a time (each sees the previous patches, with
// reinvocation), validating ones all together (k8s.io/apiserver .../webhook/mutating/dispatcher.go,
// .../webhook/validating/dispatcher.go, .../webhook/errors/statuserror.go).
import { msg, verbatim, type Message, type MessageLike } from '../messages';
import { english } from '../messages/english';
import { applyJsonPatch } from './jsonPatch';
import type { AdmissionContext, Rejection } from './context';
import type { AdmissionStep } from './types';
import {
  callWebhook,
  dryRunBlocked,
  failurePolicyOf,
  listWebhooks,
  webhookExempt,
  webhookLabel,
  webhookMatches,
  type WebhookConfigKind,
  type WebhookEntry,
} from './webhooks';

type Phase = 'mutating' | 'validating';
const PLUGIN = { mutating: 'MutatingAdmissionWebhook', validating: 'ValidatingAdmissionWebhook' } as const;

function step(entry: WebhookEntry, phase: Phase, outcome: AdmissionStep['outcome'], text: MessageLike, extra: Partial<AdmissionStep> = {}): AdmissionStep {
  return {
    phase,
    by: webhookLabel(entry),
    outcome,
    message: english(text),
    text,
    plugin: PLUGIN[phase],
    source: { kind: entry.configKind, name: entry.config, webhook: entry.name, index: entry.index },
    ...extra,
  };
}

function rejectionOf(text: Message, code: number, reason: string): Rejection {
  return { message: english(text), text, code, reason };
}

type Invocation = { rejection: Rejection | null; mutated: boolean; called: boolean };

/** Runs one webhook for the current object: match, dry-run check, call, apply the patch (mutating only). */
function invoke(entry: WebhookEntry, ctx: AdmissionContext, phase: Phase, reinvocation = false): Invocation {
  const match = webhookMatches(entry, ctx);
  if (match.outcome === 'skip') {
    const text = msg('admission.webhook.notCalled', { again: reinvocation, why: match.text });
    ctx.steps.push(step(entry, phase, match.ignoredError ? 'error-ignored' : 'not-matched', text, { failedCriterion: match.criterion }));
    return { rejection: null, mutated: false, called: false };
  }
  if (match.outcome === 'reject') {
    ctx.steps.push(step(entry, phase, 'denied', match.rejection.text, { failedCriterion: 'matchConditions' }));
    return { rejection: match.rejection, mutated: false, called: false };
  }
  if (dryRunBlocked(entry, ctx.attrs)) {
    const rejection = rejectionOf(msg('admission.webhook.noDryRun', { name: entry.name }), 400, 'BadRequest');
    ctx.steps.push(step(entry, phase, 'denied', rejection.text));
    return { rejection, mutated: false, called: false };
  }
  return respond(entry, ctx, phase, reinvocation);
}

function respond(entry: WebhookEntry, ctx: AdmissionContext, phase: Phase, again: boolean): Invocation {
  // An outage: the call times out, and failurePolicy decides (https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#failure-policy).
  if (ctx.outage) return callFailed(entry, ctx, phase, msg('admission.webhook.timeout', { name: entry.name }));
  const result = callWebhook(entry, ctx.attrs);
  if (result.outcome === 'failure') return callFailed(entry, ctx, phase, result.text);
  const { response } = result;
  ctx.warnings.push(...(response.warnings ?? []));
  if (!response.allowed) {
    // A webhook's own message is its server's words (verbatim); the lab's handlers word theirs.
    const detail = response.text ?? (response.message ? verbatim(response.message) : undefined);
    const code = typeof response.code === 'number' && response.code >= 400 ? response.code : 400;
    const rejection = rejectionOf(msg('admission.webhook.denied', { name: entry.name, detail, again: false }), code, code === 403 ? 'Forbidden' : 'BadRequest');
    ctx.steps.push(step(entry, phase, 'denied', msg('admission.webhook.denied', { name: entry.name, detail, again })));
    return { rejection, mutated: false, called: true };
  }
  if (phase === 'mutating' && response.patch && response.patch.length > 0) {
    const patched = applyJsonPatch(ctx.attrs.object, response.patch);
    if (!patched.ok) return callFailed(entry, ctx, phase, msg('admission.webhook.patchFailed', { name: entry.name, error: patched.error }));
    ctx.attrs = { ...ctx.attrs, object: patched.document as Record<string, unknown> };
    const text = msg('admission.webhook.mutated', { handler: result.handler, again, count: response.patch.length });
    ctx.steps.push(step(entry, phase, 'mutated', text, { patch: response.patch }));
    return { rejection: null, mutated: true, called: true };
  }
  const ignoredPatch = phase === 'validating' && (response.patch?.length ?? 0) > 0;
  ctx.steps.push(step(entry, phase, 'allowed', msg('admission.webhook.allowed', { handler: result.handler, again, ignoredPatch })));
  return { rejection: null, mutated: false, called: true };
}

function callFailed(entry: WebhookEntry, ctx: AdmissionContext, phase: Phase, error: MessageLike): Invocation {
  if (failurePolicyOf(entry.webhook) === 'Ignore') {
    ctx.steps.push(step(entry, phase, 'error-ignored', msg('admission.webhook.failIgnored', { error })));
    return { rejection: null, mutated: false, called: true };
  }
  const rejection = rejectionOf(msg('admission.webhook.failed', { error }), 500, 'InternalError');
  ctx.steps.push(step(entry, phase, 'denied', rejection.text));
  return { rejection, mutated: false, called: true };
}

function exemptStep(ctx: AdmissionContext, phase: Phase, configKind: WebhookConfigKind): void {
  if (listWebhooks(ctx, configKind).length === 0) return;
  const text = msg('admission.webhook.exempt', { resource: ctx.attrs.resource });
  ctx.steps.push({ phase, by: configKind, outcome: 'exempt', plugin: PLUGIN[phase], message: english(text), text });
}

/**
 * Mutating webhooks: configurations by name, webhooks in order, one at a time; those with
 * `reinvocationPolicy: IfNeeded` are called once more if a later webhook changed the object.
 */
export function runMutatingWebhooks(ctx: AdmissionContext): Rejection | null {
  if (webhookExempt(ctx.attrs)) return (exemptStep(ctx, 'mutating', 'MutatingWebhookConfiguration'), null);
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
  if (webhookExempt(ctx.attrs)) return (exemptStep(ctx, 'validating', 'ValidatingWebhookConfiguration'), null);
  let first: Rejection | null = null;
  for (const entry of listWebhooks(ctx, 'ValidatingWebhookConfiguration')) {
    const r = invoke(entry, ctx, 'validating');
    first = first ?? r.rejection;
  }
  return first;
}
