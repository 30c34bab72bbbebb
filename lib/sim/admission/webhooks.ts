// Which admission webhooks a request reaches and what calling them gives
// (k8s.io/apiserver pkg/admission/plugin/webhook/generic/webhook.go ShouldCallHook, dispatchers).
import { msg, type Message } from '../messages';
import { english } from '../messages/english';
import { isRecord, qualifiedResource } from './attributes';
import { activationFor, type AdmissionContext, type Rejection } from './context';
import { builtInHandlerFor, webhookUrl, type WebhookResponse } from './handlers';
import { evaluateMatchConditions } from './matchConditions';
import { rulesMatch } from './rules';
import { namespaceSelectorMatches, objectSelectorMatches } from './selectors';
import type { AdmissionStep, RequestAttributes } from './types';

export type WebhookConfigKind = 'MutatingWebhookConfiguration' | 'ValidatingWebhookConfiguration';

export interface WebhookEntry {
  configKind: WebhookConfigKind;
  config: string;
  index: number;
  name: string;
  webhook: Record<string, unknown>;
}

const EXEMPT = new Set([
  'validatingwebhookconfigurations',
  'mutatingwebhookconfigurations',
  'validatingadmissionpolicies',
  'validatingadmissionpolicybindings',
  'mutatingadmissionpolicies',
  'mutatingadmissionpolicybindings',
]);
const VIRTUAL = new Set([
  'tokenreviews',
  'subjectaccessreviews',
  'selfsubjectaccessreviews',
  'selfsubjectrulesreviews',
  'localsubjectaccessreviews',
  'selfsubjectreviews',
]);

/** Webhook configurations sorted by name, webhooks in list order (configuration/*_webhook_manager.go). */
export function listWebhooks(ctx: AdmissionContext, configKind: WebhookConfigKind): WebhookEntry[] {
  const configs = [...(ctx.cluster.byKind?.get?.(configKind) ?? [])]
    .filter((c) => isRecord(c))
    .sort((x, y) => String(x.metadata?.name ?? '').localeCompare(String(y.metadata?.name ?? '')));
  const out: WebhookEntry[] = [];
  for (const config of configs) {
    const webhooks = Array.isArray(config.webhooks) ? config.webhooks : [];
    webhooks.forEach((webhook, index) => {
      if (!isRecord(webhook)) return;
      const name = typeof webhook.name === 'string' ? webhook.name : `${String(config.metadata?.name)}[${index}]`;
      out.push({ configKind, config: String(config.metadata?.name ?? ''), index, name, webhook });
    });
  }
  return out;
}

/** Webhooks never see the admission configuration kinds (no self-lockout) nor the virtual review resources. */
export function webhookExempt(a: RequestAttributes): boolean {
  if (a.group === 'admissionregistration.k8s.io' && EXEMPT.has(a.resource)) return true;
  return (a.group === 'authentication.k8s.io' || a.group === 'authorization.k8s.io') && VIRTUAL.has(a.resource);
}

export type WebhookMatch =
  | { outcome: 'call' }
  | { outcome: 'skip'; criterion: NonNullable<AdmissionStep['failedCriterion']>; text: Message; ignoredError?: boolean }
  | { outcome: 'reject'; rejection: Rejection };

function skip(criterion: NonNullable<AdmissionStep['failedCriterion']>, text: Message, ignoredError = false): WebhookMatch {
  return { outcome: 'skip', criterion, text, ignoredError };
}

/**
 * ShouldCallHook: namespaceSelector, objectSelector, rules (with matchPolicy Equivalent), then
 * matchConditions. Selector errors reject; a matchCondition error rejects under failurePolicy
 * Fail and skips the webhook under Ignore.
 */
export function webhookMatches(entry: WebhookEntry, ctx: AdmissionContext): WebhookMatch {
  const a = ctx.attrs;
  const w = entry.webhook;
  const ns = namespaceSelectorMatches(w.namespaceSelector, a, ctx.cluster);
  if (ns.ok && !ns.matches) return skip('namespaceSelector', msg('admission.match.namespaceSelector', {}));
  const obj = objectSelectorMatches(w.objectSelector, a);
  if (obj.ok && !obj.matches) return skip('objectSelector', msg('admission.match.objectSelector', {}));
  const rules = rulesMatch(w.rules, a, w.matchPolicy ?? 'Equivalent');
  if (!rules.matched) return skip('rules', msg('admission.webhook.noRule', { operation: a.operation, resource: describeResource(a) }));
  const selectorError = !ns.ok ? ns.error : !obj.ok ? obj.error : null;
  if (selectorError) return rejectWith(msg('admission.webhook.badSelector', { name: entry.name, error: selectorError }), 500, 'InternalError');
  const conditions = evaluateMatchConditions(w.matchConditions, () => activationFor(ctx), ctx.attrs.serverMinor);
  if (conditions.outcome === 'no-match') return skip('matchConditions', msg('admission.webhook.conditionFalse', { name: conditions.name }));
  if (conditions.outcome === 'error') {
    if (failurePolicyOf(w) === 'Ignore') return skip('matchConditions', msg('admission.webhook.conditionIgnored', { error: conditions.text }), true);
    return rejectWith(msg('admission.webhook.conditionForbidden', { resource: qualifiedResource(a), name: a.name, error: conditions.text }), 403, 'Forbidden');
  }
  return { outcome: 'call' };
}

function rejectWith(text: Message, code: number, reason: string): WebhookMatch {
  return { outcome: 'reject', rejection: { message: english(text), text, code, reason } };
}

/** `pods/exec`, `deployments.apps` ... for messages. */
export function describeResource(a: RequestAttributes): string {
  return qualifiedResource(a) + (a.subresource ? `/${a.subresource}` : '');
}

export function failurePolicyOf(webhook: Record<string, unknown>): 'Fail' | 'Ignore' {
  return webhook.failurePolicy === 'Ignore' ? 'Ignore' : 'Fail';
}

export function timeoutOf(webhook: Record<string, unknown>): number {
  const t = webhook.timeoutSeconds;
  return typeof t === 'number' && Number.isFinite(t) ? Math.min(30, Math.max(1, Math.floor(t))) : 10;
}

export type CallResult = { outcome: 'response'; handler: string; response: WebhookResponse } | { outcome: 'failure'; text: Message };

/** Calls the webhook: a built-in handler answers; anything else is unreachable. */
export function callWebhook(entry: WebhookEntry, a: RequestAttributes): CallResult {
  const handler = builtInHandlerFor(entry.webhook.clientConfig);
  const timeout = timeoutOf(entry.webhook);
  const url = webhookUrl(entry.webhook.clientConfig, timeout);
  if (!handler) {
    const cc = isRecord(entry.webhook.clientConfig) ? entry.webhook.clientConfig : {};
    const why = isRecord(cc.service) ? `service "${String(cc.service.name ?? '')}" not found` : 'dial tcp: lookup failed: no such host';
    return { outcome: 'failure', text: msg('admission.webhook.unreachable', { name: entry.name, url, why }) };
  }
  try {
    return { outcome: 'response', handler: handler.name, response: handler.handle(a) };
  } catch {
    return { outcome: 'failure', text: msg('admission.webhook.invalidResponse', { name: entry.name }) };
  }
}

/** Dry-run: webhooks with side effects (sideEffects not None/NoneOnDryRun) make the request fail. */
export function dryRunBlocked(entry: WebhookEntry, a: RequestAttributes): boolean {
  return a.dryRun && entry.webhook.sideEffects !== 'None' && entry.webhook.sideEffects !== 'NoneOnDryRun';
}

export function webhookLabel(entry: WebhookEntry): string {
  return `${entry.configKind}/${entry.config} webhook ${entry.name}`;
}
