import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditEvents, auditLevel, describeAuditDecision, formatAuditEvents, validateAuditPolicy, type AuditDecision, type AuditRequest } from '@/lib/sim/audit';
import type { SourceMap } from '@/lib/sim/types';

const word = fc.constantFrom(
  '',
  '*',
  'pods',
  'pods/*',
  '*/exec',
  'secrets',
  'apps',
  'get',
  'watch',
  '/healthz*',
  'Metadata',
  'None',
  'Request',
  'RequestResponse',
  'RequestReceived',
  'ResponseStarted',
  'dev',
  'alice',
  'system:authenticated',
  '__proto__',
  'constructor',
);
const list = fc.oneof(fc.array(word, { maxLength: 3 }), word, fc.constant(null), fc.anything());
const groupResources = fc.record({ group: fc.oneof(word, fc.anything()), resources: list, resourceNames: list }, { requiredKeys: [] });
const rule = fc.oneof(
  fc.record(
    {
      level: fc.oneof(word, fc.anything()),
      users: list,
      userGroups: list,
      verbs: list,
      namespaces: list,
      nonResourceURLs: list,
      omitStages: list,
      omitManagedFields: fc.oneof(fc.boolean(), fc.anything()),
      resources: fc.oneof(fc.array(groupResources, { maxLength: 3 }), fc.anything()),
    },
    { requiredKeys: ['level'] },
  ),
  fc.anything(),
);
const policyArb = fc.oneof(
  fc.record(
    {
      apiVersion: fc.constantFrom('audit.k8s.io/v1', 'audit.k8s.io/v1beta1', 'v1'),
      kind: fc.constantFrom('Policy', 'Pod'),
      rules: fc.oneof(fc.array(rule, { maxLength: 4 }), fc.anything()),
      omitStages: list,
      omitManagedFields: fc.anything(),
    },
    { requiredKeys: ['rules'] },
  ),
  fc.anything(),
);
const attrs = fc.record(
  { verb: fc.oneof(word, fc.anything()), group: word, version: word, resource: word, subresource: word, namespace: word, name: word, path: word },
  { requiredKeys: [] },
);
const requestArb = fc.oneof(
  fc.record(
    {
      user: fc.oneof(word, fc.anything()),
      groups: fc.oneof(fc.array(word), fc.anything()),
      resourceAttributes: attrs,
      nonResourceAttributes: attrs,
      requestObject: fc.anything(),
      responseObject: fc.anything(),
      responseStatus: fc.oneof(fc.integer(), fc.anything()),
      authorization: fc.oneof(fc.record({ decision: fc.constantFrom('allow', 'forbid', 'x'), reason: fc.oneof(fc.string(), fc.anything()) }), fc.anything()),
      impersonate: fc.oneof(fc.record({ user: word, groups: fc.anything() }), fc.anything()),
      requestURI: fc.anything(),
      sourceIPs: fc.anything(),
      userAgent: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('never throws on generated junk', () => {
  it('auditLevel returns a valid decision', () => {
    fc.assert(
      fc.property(policyArb, requestArb, (policy, request) => {
        const d = auditLevel(policy, request as AuditRequest);
        expect(['None', 'Metadata', 'Request', 'RequestResponse']).toContain(d.level);
        expect(d.ruleIndex === null || Number.isInteger(d.ruleIndex)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('auditEvents returns serializable events, none for level None', () => {
    fc.assert(
      fc.property(policyArb, requestArb, fc.anything(), (policy, request, response) => {
        const events = auditEvents(policy, request as AuditRequest, { response });
        expect(events.length <= 3).toBe(true);
        if (auditLevel(policy, request as AuditRequest).level === 'None') expect(events).toEqual([]);
        expect(typeof formatAuditEvents(events)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
  it('auditEvents tolerates junk options', () => {
    fc.assert(
      fc.property(requestArb, fc.anything(), (request, options) => {
        auditEvents({ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [{ level: 'RequestResponse' }] }, request as AuditRequest, options as never);
      }),
      { numRuns: 200 },
    );
  });
  it('validateAuditPolicy returns positioned diagnostics', () => {
    fc.assert(
      fc.property(policyArb, fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()), (policy, sourceMap) => {
        for (const d of validateAuditPolicy(policy, sourceMap as SourceMap)) {
          expect(d.line >= 1 && d.column >= 1).toBe(true);
          expect(typeof d.message).toBe('string');
          expect(typeof render('es', d.text ?? { code: '', params: {} })).toBe('string');
          expect(render('en', d.text ?? { code: '', params: {} })).toBe(d.message);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('describeAuditDecision returns text for any decision', () => {
    fc.assert(
      fc.property(fc.anything(), policyArb, fc.constantFrom('en', 'es'), (decision, policy, lang) => {
        expect(typeof render(lang, describeAuditDecision(decision as AuditDecision, policy))).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
  it('a cyclic body does not hang or throw', () => {
    const body: Record<string, unknown> = { metadata: { name: 'x' } };
    body.self = body;
    const [, complete] = auditEvents(
      { apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [{ level: 'RequestResponse' }] },
      { user: 'a', resourceAttributes: { verb: 'create', resource: 'pods', namespace: 'd' }, requestObject: body, responseObject: body },
    );
    expect(complete.requestObject).toEqual({ metadata: { name: 'x' }, self: null });
  });
});
