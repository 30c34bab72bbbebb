// Admission evaluates a policy's expressions as stored expressions: the StoredExpressions environment
// of the server's own version (staging/src/k8s.io/apiserver/pkg/cel/environment/environment.go;
// base.go says which release added each library).
import { describe, expect, it } from 'vitest';
import { admit } from '../../../../lib/sim/admission';
import { createCluster } from '../../../../lib/sim/cluster';
import { binding, create, deployment, namespace, policy } from './fixtures';

describe('stored expressions at admission see the libraries of the server version (environment.go StoredExpressions)', () => {
  const withValidation = (expression: string, serverVersion: string) => createCluster([
    namespace('dev'),
    policy('p', {
      matchConstraints: { resourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['deployments'] }] },
      validations: [{ expression }],
    }),
    binding('b', { policyName: 'p', validationActions: ['Deny'] }),
  ], { serverVersion });

  it.each([
    ["isCIDR('10.0.0.0/8')", '1.30'],
    ["format.dns1123Label().validate(object.metadata.name).hasValue() == false", '1.31'],
    ["object.metadata.labels.all(k, v, v != '')", '1.32'],
  ])('%s runs on %s, the release that added it', (expression, version) => {
    expect(admit(withValidation(expression, version), create(deployment('web', { namespace: 'dev' }))).allowed).toBe(true);
  });

  it.each([
    ["format.dns1123Label().validate(object.metadata.name).hasValue() == false", '1.30'],
    ["object.metadata.labels.all(k, v, v != '')", '1.31'],
  ])('%s does not compile on %s (before its release): the policy fails closed', (expression, version) => {
    const v = admit(withValidation(expression, version), create(deployment('web', { namespace: 'dev' })));
    expect(v.allowed).toBe(false);
    expect(v.message).toContain('undeclared reference to');
  });
});
