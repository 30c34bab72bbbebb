import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { auditLevel, describeAuditDecision, type AuditRequest } from '@/lib/sim/audit';

const TALK = {
  apiVersion: 'audit.k8s.io/v1',
  kind: 'Policy',
  rules: [
    { level: 'RequestResponse', resources: [{ group: '', resources: ['pods'] }] },
    { level: 'Metadata', resources: [{ group: '', resources: ['secrets'] }] },
    { level: 'None', resources: [{ group: '', resources: ['configmaps'], resourceNames: ['controller-leader'] }] },
  ],
};
const req = (verb: string, resource: string, name?: string): AuditRequest => ({
  user: 'pochoclo',
  resourceAttributes: { verb, resource, namespace: 'default', ...(name ? { name } : {}) },
});
const both = (policy: unknown, request: AuditRequest) => {
  const decision = auditLevel(policy, request);
  return [render('en', describeAuditDecision(decision, policy)), render('es', describeAuditDecision(decision, policy))];
};

describe('describeAuditDecision', () => {
  it('a matching rule, numbered from 1', () => {
    expect(both(TALK, req('list', 'secrets'))).toEqual([
      'logged at Metadata by rule 2 (resources secrets)',
      'se registra a nivel Metadata por la regla 2 (recursos secrets)',
    ]);
  });
  it('a None rule', () => {
    expect(both(TALK, req('update', 'configmaps', 'controller-leader'))).toEqual([
      'not logged: rule 3 (resources configmaps named controller-leader) sets level None',
      'no se registra: la regla 3 (recursos configmaps llamados controller-leader) pone el nivel None',
    ]);
  });
  it('no rule matches', () => {
    expect(both(TALK, req('get', 'services', 'x'))).toEqual([
      'not logged: no rule matches, so the level is None',
      'no se registra: ninguna regla coincide, así que el nivel es None',
    ]);
  });
  it('every condition and the omitted stages', () => {
    const policy = {
      apiVersion: 'audit.k8s.io/v1',
      kind: 'Policy',
      omitStages: ['RequestReceived'],
      rules: [
        {
          level: 'Request',
          users: ['alice'],
          userGroups: ['devs'],
          verbs: ['get', 'list'],
          namespaces: ['dev', ''],
          resources: [{ group: 'apps', resources: ['deployments', 'deployments/scale'] }, { group: '' }],
        },
      ],
    };
    const request: AuditRequest = { user: 'alice', groups: ['devs'], resourceAttributes: { verb: 'get', resource: 'pods', namespace: 'dev' } };
    expect(both(policy, request)).toEqual([
      'logged at Request by rule 1 (users alice; groups devs; verbs get, list; namespaces dev, ""; resources deployments.apps, deployments/scale.apps; the whole core group); stages omitted: RequestReceived',
      'se registra a nivel Request por la regla 1 (usuarios alice; grupos devs; verbos get, list; namespaces dev, ""; recursos deployments.apps, deployments/scale.apps; todo el grupo core); etapas omitidas: RequestReceived',
    ]);
  });
  it('catch-all and URL rules', () => {
    const policy = { apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [{ level: 'None', nonResourceURLs: ['/healthz*'] }, { level: 'Metadata' }] };
    expect(both(policy, { user: 'a', nonResourceAttributes: { verb: 'get', path: '/healthz' } })[0]).toBe(
      'not logged: rule 1 (URLs /healthz*) sets level None',
    );
    expect(both(policy, req('get', 'pods'))).toEqual([
      'logged at Metadata by rule 2 (matches every request)',
      'se registra a nivel Metadata por la regla 2 (coincide con todas las solicitudes)',
    ]);
  });
  it('an invalid policy: nothing is logged, and why', () => {
    const policy = { apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [{ level: 'Metdata' }] };
    const [en, es] = both(policy, req('get', 'pods'));
    expect(en).toBe(
      'nothing is logged: the policy is invalid and the API server would refuse to load it (rules[0].level: Unsupported value: "Metdata": supported values: "None", "Metadata", "Request", "RequestResponse")',
    );
    expect(es.startsWith('no se registra nada: la política es inválida y el API server no la cargaría (rules[0].level: valor no soportado')).toBe(true);
  });
});
