// Admission evaluates a policy's expressions as stored expressions: the StoredExpressions environment
// of the server's own version (staging/src/k8s.io/apiserver/pkg/cel/environment/environment.go;
// base.go says which release added each library).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { admit } from '../../../../lib/sim/admission';
import { createCluster } from '../../../../lib/sim/cluster';
import { binding, create, deployment, namespace, policy } from './fixtures';

describe('stored expressions at admission see the libraries of the server version (environment.go StoredExpressions)', () => {
  const withValidation = (expression: string, serverVersion: string) =>
    createCluster(
      [
        namespace('dev'),
        policy('p', {
          matchConstraints: { resourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['deployments'] }] },
          validations: [{ expression }],
        }),
        binding('b', { policyName: 'p', validationActions: ['Deny'] }),
      ],
      { serverVersion },
    );

  it.each([
    ["isCIDR('10.0.0.0/8')", '1.30'],
    ['format.dns1123Label().validate(object.metadata.name).hasValue() == false', '1.31'],
    ["object.metadata.labels.all(k, v, v != '')", '1.32'],
  ])('%s runs on %s, the release that added it', (expression, version) => {
    expect(admit(withValidation(expression, version), create(deployment('web', { namespace: 'dev' }))).allowed).toBe(true);
  });

  it.each([
    ['format.dns1123Label().validate(object.metadata.name).hasValue() == false', '1.30'],
    ["object.metadata.labels.all(k, v, v != '')", '1.31'],
  ])('%s does not compile on %s (before its release): the policy fails closed', (expression, version) => {
    const v = admit(withValidation(expression, version), create(deployment('web', { namespace: 'dev' })));
    expect(v.allowed).toBe(false);
    expect(v.message).toContain('undeclared reference to');
  });
});

describe('the CIDR example of the admission lesson does what the lesson says', () => {
  const lessonDir = join(process.cwd(), 'lessons/02-hardening/03-admission-controllers');
  const snippet = (lang: string) => {
    const text = readFileSync(join(lessonDir, `lesson.${lang}.md`), 'utf8');
    const block = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('external-ips-in-range'));
    if (!block) throw new Error(`no external-ips-in-range example in lesson.${lang}.md`);
    return parse(block) as ReturnType<typeof policy>;
  };
  const service = (externalIPs?: string[]) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'dev' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80 }], ...(externalIPs ? { externalIPs } : {}) },
  });

  it('the English and Spanish lessons show the same policy', () => {
    expect(snippet('es')).toEqual(snippet('en'));
  });

  it.each([
    [undefined, true],
    [['203.0.113.7'], true],
    [['203.0.113.7', '198.51.100.1'], false],
    [['203.0.113.999'], false],
    [['2001:db8::1'], false],
  ])('externalIPs %j → allowed %s', (ips, allowed) => {
    const c = createCluster([namespace('dev'), snippet('en'), binding('b', { policyName: 'external-ips-in-range', validationActions: ['Deny'] })]);
    expect(admit(c, create(service(ips))).allowed).toBe(allowed);
  });
});
