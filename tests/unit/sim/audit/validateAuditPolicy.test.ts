import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { validateAuditPolicy } from '@/lib/sim/audit';
import type { SourceMap } from '@/lib/sim/types';

const policy = (rules: unknown, extra: Record<string, unknown> = {}) => ({ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules, ...extra });
const codes = (p: unknown) => validateAuditPolicy(p).map((d) => [d.severity, d.code, d.path]);

describe('2.7 validation: what the API server refuses', () => {
  it('a valid policy has no diagnostics', () => {
    expect(
      validateAuditPolicy(
        policy(
          [
            { level: 'None', users: ['system:kube-proxy'], verbs: ['watch'], resources: [{ group: '', resources: ['endpoints', 'services'] }] },
            {
              level: 'Metadata',
              resources: [
                { group: '', resources: ['secrets', 'configmaps'] },
                { group: 'authentication.k8s.io', resources: ['tokenreviews'] },
              ],
              omitStages: ['RequestReceived'],
            },
            { level: 'None', nonResourceURLs: ['/healthz*', '/version', '*'] },
            { level: 'Request', namespaces: ['kube-system', ''], omitManagedFields: true },
            { level: 'RequestResponse' },
          ],
          { omitStages: ['ResponseStarted'], omitManagedFields: false },
        ),
      ),
    ).toEqual([]);
  });
  it.each([
    ['unknown level', [{ level: 'Everything' }], 'audit-level-unsupported', 'rules[0].level'],
    ['level with wrong case', [{ level: 'requestResponse' }], 'audit-level-unsupported', 'rules[0].level'],
    ['missing level', [{ users: ['a'] }], 'audit-level-required', 'rules[0].level'],
    [
      'both nonResourceURLs and resources',
      [{ level: 'Metadata', resources: [{ group: '' }], nonResourceURLs: ['/x'] }],
      'audit-rule-resource-and-non-resource',
      'rules[0].nonResourceURLs',
    ],
    [
      'both nonResourceURLs and namespaces',
      [{ level: 'Metadata', namespaces: ['a'], nonResourceURLs: ['/x'] }],
      'audit-rule-resource-and-non-resource',
      'rules[0].nonResourceURLs',
    ],
    ['URL without leading slash', [{ level: 'Metadata', nonResourceURLs: ['healthz'] }], 'audit-url-no-slash', 'rules[0].nonResourceURLs[0]'],
    ['wildcard not last', [{ level: 'Metadata', nonResourceURLs: ['/api/*/foo'] }], 'audit-url-wildcard-position', 'rules[0].nonResourceURLs[0]'],
    [
      'group with a version',
      [{ level: 'Metadata', resources: [{ group: 'apps/v1', resources: ['deployments'] }] }],
      'audit-group-invalid',
      'rules[0].resources[0].group',
    ],
    ['group in uppercase', [{ level: 'Metadata', resources: [{ group: 'Apps' }] }], 'audit-group-invalid', 'rules[0].resources[0].group'],
    [
      'resourceNames without resources',
      [{ level: 'Metadata', resources: [{ group: '', resourceNames: ['x'] }] }],
      'audit-resource-names-without-resources',
      'rules[0].resources[0].resourceNames',
    ],
    ['invalid omitStage', [{ level: 'Metadata', omitStages: ['RequestRecieved'] }], 'audit-omit-stage-invalid', 'rules[0].omitStages[0]'],
    ['users is a string', [{ level: 'Metadata', users: 'alice' }], 'audit-field-type', 'rules[0].users'],
    ['verbs entry is a number', [{ level: 'Metadata', verbs: ['get', 1] }], 'audit-field-type', 'rules[0].verbs[1]'],
    ['rule is a string', ['Metadata'], 'audit-field-type', 'rules[0]'],
    ['omitManagedFields is a string', [{ level: 'Metadata', omitManagedFields: 'yes' }], 'audit-field-type', 'rules[0].omitManagedFields'],
    ['no rules', [], 'audit-policy-no-rules', 'rules'],
    ['rules is an object', { level: 'Metadata' }, 'audit-field-type', 'rules'],
  ])('%s → error %s at %s', (_name, rules, code, path) => {
    expect(codes(policy(rules))).toContainEqual(['error', code, path]);
  });
  it.each([
    ['v1beta1 (removed in 1.24)', { apiVersion: 'audit.k8s.io/v1beta1' }, 'audit-policy-api-version'],
    ['missing apiVersion', { apiVersion: undefined }, 'audit-policy-api-version'],
    ['wrong kind', { kind: 'AuditPolicy' }, 'audit-policy-kind'],
    ['invalid policy-level omitStages', { omitStages: ['Done'] }, 'audit-omit-stage-invalid'],
  ])('policy header: %s → %s', (_name, extra, code) => {
    expect(codes(policy([{ level: 'Metadata' }], extra)).map((c) => c[1])).toContain(code);
  });
  it('the policy must be an object', () => {
    expect(codes(null)).toEqual([['error', 'audit-policy-not-object', undefined]]);
    expect(codes([])).toEqual([['error', 'audit-policy-not-object', undefined]]);
  });
  it('the errors of every rule are reported, each at its rule', () => {
    const diags = validateAuditPolicy(policy([{ level: 'Metadata' }, { level: 'Bogus' }, { level: 'None', nonResourceURLs: ['x*y'] }]));
    expect(diags.filter((d) => d.severity === 'error').map((d) => d.path)).toEqual([
      'rules[1].level',
      'rules[2].nonResourceURLs[0]',
      'rules[2].nonResourceURLs[0]',
    ]);
  });
});

describe('warnings and hints', () => {
  // kubernetes/kubernetes#135262 (v1.36) allows group "*"; validation.go validateResources rejects it before.
  it('group "*" is an error on v1.35 (the default) and accepted from v1.36', () => {
    const wildcard = policy([{ level: 'Metadata', resources: [{ group: '*' }] }]);
    expect(codes(wildcard)).toEqual([['error', 'audit-group-wildcard', 'rules[0].resources[0].group']]);
    expect(validateAuditPolicy(wildcard, undefined, { serverMinor: 35 })[0].message).toContain('v1.36');
    expect(validateAuditPolicy(wildcard, undefined, { serverMinor: 36 })).toEqual([]);
  });
  it('unknown fields are ignored by the API server: warning with a typo hint', () => {
    const [d] = validateAuditPolicy(policy([{ level: 'Metadata', resource: [{ group: '' }] }]));
    expect(d).toMatchObject({ severity: 'warning', code: 'audit-unknown-field', path: 'rules[0].resource' });
    expect(d.message).toContain('did you mean "resources"');
    expect(render('es', d.text ?? { code: '', params: {} })).toContain('¿quisiste poner "resources"?');
  });
  it.each([
    ['verbs', { verbs: ['*'] }, 'audit-no-wildcard', 'rules[0].verbs[0]'],
    ['users', { users: ['alice', '*'] }, 'audit-no-wildcard', 'rules[0].users[1]'],
    ['userGroups', { userGroups: ['*'] }, 'audit-no-wildcard', 'rules[0].userGroups[0]'],
    ['namespaces', { namespaces: ['*'] }, 'audit-no-wildcard', 'rules[0].namespaces[0]'],
    ['verb case', { verbs: ['GET'] }, 'audit-verb-case', 'rules[0].verbs[0]'],
  ])('2.3 %s: literal values that never match what was meant → warning', (_name, fields, code, path) => {
    expect(codes(policy([{ level: 'Metadata', ...fields }]))).toEqual([['warning', code, path]]);
  });
  it('A1: rules after a catch-all are unreachable', () => {
    const diags = validateAuditPolicy(policy([{ level: 'Metadata' }, { level: 'None', resources: [{ group: '', resources: ['secrets'] }] }]));
    expect(diags.map((d) => [d.severity, d.code, d.path])).toEqual([['warning', 'audit-rule-unreachable', 'rules[1]']]);
    expect(diags[0].message).toBe('rules[1] is never used: rule 1 before it matches every request, and the first matching rule decides');
  });
  it('level hint for a case mistake, in both languages', () => {
    const [d] = validateAuditPolicy(policy([{ level: 'metadata' }]));
    expect(d.message).toBe(
      'rules[0].level: Unsupported value: "metadata": supported values: "None", "Metadata", "Request", "RequestResponse" (levels are case-sensitive: did you mean "Metadata"?)',
    );
    expect(render('es', d.text ?? { code: '', params: {} })).toContain('¿quisiste poner "Metadata"?');
  });
});

describe('positions from the source map', () => {
  const sourceMap: SourceMap = {
    '': { line: 1, column: 1 },
    rules: { line: 3, column: 1 },
    'rules[0]': { line: 4, column: 3 },
    'rules[0].level': { line: 4, column: 5, endLine: 4, endColumn: 20 },
    'rules[1]': { line: 5, column: 3 },
  };
  it('the exact field when mapped', () => {
    const [d] = validateAuditPolicy(policy([{ level: 'Metdata' }, { level: 'None' }]), sourceMap);
    expect(d).toMatchObject({ line: 4, column: 5, endLine: 4, endColumn: 20, path: 'rules[0].level' });
  });
  it('the nearest mapped ancestor otherwise', () => {
    const [d] = validateAuditPolicy(policy([{ level: 'None' }, { level: 'Metadata', omitStages: ['x'] }]), sourceMap);
    expect(d).toMatchObject({ line: 5, column: 3, path: 'rules[1].omitStages[0]' });
  });
  it('line 1 column 1 without a source map or with junk in it', () => {
    expect(validateAuditPolicy(policy([{ level: 'x' }]))[0]).toMatchObject({ line: 1, column: 1 });
    expect(validateAuditPolicy(policy([{ level: 'x' }]), { 'rules[0].level': 'junk' } as unknown as SourceMap)[0]).toMatchObject({ line: 1, column: 1 });
  });
});
