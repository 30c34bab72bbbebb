import { msg } from '../messages';
import type { Finding } from './finding';
import { finding, show, withApi } from './finding';
import { indexPath, isRecord, joinPath } from '../parse/paths';

/**
 * Webhook configuration validation (pkg/apis/admissionregistration/validation/validation.go,
 * validateValidatingWebhook / validateMutatingWebhook, as the v1 API applies it at create):
 * `sideEffects` is None or NoneOnDryRun (Unknown and Some are v1beta1 only), `timeoutSeconds` is
 * 1 to 30, `admissionReviewVersions` lists v1 or v1beta1, and the policy fields take only their
 * enumerated values. An invalid configuration is rejected, so none of its webhooks run.
 */
const ENUMS: Record<string, readonly string[]> = {
  sideEffects: ['None', 'NoneOnDryRun'],
  failurePolicy: ['Ignore', 'Fail'],
  matchPolicy: ['Exact', 'Equivalent'],
};
const MUTATING_ENUMS: Record<string, readonly string[]> = { ...ENUMS, reinvocationPolicy: ['Never', 'IfNeeded'] };
const REVIEW_VERSIONS = ['v1', 'v1beta1'];

export function validateWebhooks(object: Record<string, unknown>, kind: string): Finding[] {
  if (kind !== 'ValidatingWebhookConfiguration' && kind !== 'MutatingWebhookConfiguration') return [];
  if (!Array.isArray(object.webhooks)) return [];
  const enums = kind === 'MutatingWebhookConfiguration' ? MUTATING_ENUMS : ENUMS;
  return object.webhooks.flatMap((hook, i) => (isRecord(hook) ? webhook(hook, indexPath('webhooks', i), enums) : []));
}

function webhook(hook: Record<string, unknown>, path: string, enums: Record<string, readonly string[]>): Finding[] {
  const out: Finding[] = [];
  for (const [field, allowed] of Object.entries(enums)) {
    const value = hook[field];
    if (value === undefined || (typeof value === 'string' && allowed.includes(value))) continue;
    out.push(
      finding(
        'error',
        'webhook-unsupported-value',
        joinPath(path, field),
        msg('validate.webhook.unsupportedValue', { field, value: show(value), allowed: [...allowed] }),
      ),
    );
  }
  const timeout = hook.timeoutSeconds;
  if (typeof timeout === 'number' && (timeout < 1 || timeout > 30)) {
    const bad = finding('error', 'webhook-timeout-range', joinPath(path, 'timeoutSeconds'), msg('validate.webhook.timeoutRange', { value: timeout }));
    // pkg/apis/admissionregistration/validation/validation.go validateWebhook.
    out.push(withApi(bad, { type: 'Invalid value', value: timeout, detail: 'the timeout value must be between 1 and 30 seconds' }));
  }
  const versions = hook.admissionReviewVersions;
  if (Array.isArray(versions) && !versions.some((v) => typeof v === 'string' && REVIEW_VERSIONS.includes(v))) {
    out.push(
      finding(
        'error',
        'webhook-review-versions',
        joinPath(path, 'admissionReviewVersions'),
        msg('validate.webhook.reviewVersions', { allowed: REVIEW_VERSIONS }),
      ),
    );
  }
  return out;
}
