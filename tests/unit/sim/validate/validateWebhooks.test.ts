// Webhook configurations the v1 API rejects at create
// (pkg/apis/admissionregistration/validation/validation.go, validateValidatingWebhook and
// validateMutatingWebhook): sideEffects None or NoneOnDryRun, timeoutSeconds 1 to 30,
// admissionReviewVersions with v1 or v1beta1, enumerated policy fields.
import { describe, expect, it } from 'vitest';
import { textOf } from '@/lib/i18n/messages';
import { parseManifests } from '@/lib/sim/parse';

const hook = (kind: string, extra: string) =>
  `apiVersion: admissionregistration.k8s.io/v1\nkind: ${kind}\nmetadata: {name: w}\nwebhooks:\n  - name: w.example.com\n    admissionReviewVersions: ["v1"]\n    sideEffects: None\n    clientConfig: {service: {name: w, namespace: w}}\n${extra}`;

function findings(text: string) {
  return parseManifests(text).diagnostics.filter((d) => d.code.startsWith('webhook-'));
}

describe('webhook configuration validation', () => {
  it.each([
    ['sideEffects Some', 'ValidatingWebhookConfiguration', (t: string) => t.replace('sideEffects: None', 'sideEffects: Some'), 7, 'sideEffects'],
    ['sideEffects Unknown', 'MutatingWebhookConfiguration', (t: string) => t.replace('sideEffects: None', 'sideEffects: Unknown'), 7, 'sideEffects'],
    ['timeoutSeconds 60', 'ValidatingWebhookConfiguration', (t: string) => `${t}    timeoutSeconds: 60\n`, 9, 'timeoutSeconds'],
    ['timeoutSeconds 0', 'MutatingWebhookConfiguration', (t: string) => `${t}    timeoutSeconds: 0\n`, 9, 'timeoutSeconds'],
    ['admissionReviewVersions v2', 'ValidatingWebhookConfiguration', (t: string) => t.replace('["v1"]', '["v2"]'), 6, 'admissionReviewVersions'],
    ['failurePolicy fail (lowercase)', 'ValidatingWebhookConfiguration', (t: string) => `${t}    failurePolicy: fail\n`, 9, 'failurePolicy'],
    ['reinvocationPolicy Always', 'MutatingWebhookConfiguration', (t: string) => `${t}    reinvocationPolicy: Always\n`, 9, 'reinvocationPolicy'],
  ])('%s is an error at its line, in both languages', (_title, kind, edit, line, field) => {
    const found = findings(edit(hook(kind, '')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line });
    expect(textOf('en', found[0])).toContain(field);
    expect(textOf('es', found[0])).toContain(field);
    expect(textOf('es', found[0])).not.toBe(textOf('en', found[0]));
  });

  it.each([
    ['the minimal valid webhook', 'ValidatingWebhookConfiguration', ''],
    [
      'NoneOnDryRun, 1 and 30 second bounds',
      'MutatingWebhookConfiguration',
      '    timeoutSeconds: 30\n    reinvocationPolicy: IfNeeded\n    matchPolicy: Exact\n',
    ],
    ['v1beta1 next to v2', 'ValidatingWebhookConfiguration', '    timeoutSeconds: 1\n    failurePolicy: Ignore\n'],
  ])('%s has no finding', (_title, kind, extra) => {
    const text = hook(kind, extra).replace('["v1"]', kind === 'ValidatingWebhookConfiguration' && extra ? '["v2", "v1beta1"]' : '["v1"]');
    expect(findings(text.replace('sideEffects: None', extra.includes('IfNeeded') ? 'sideEffects: NoneOnDryRun' : 'sideEffects: None'))).toEqual([]);
  });

  it('reinvocationPolicy is not a field of a validating webhook (the schema reports it, not this check)', () => {
    expect(findings(`${hook('ValidatingWebhookConfiguration', '')}    reinvocationPolicy: Always\n`)).toEqual([]);
  });
});
