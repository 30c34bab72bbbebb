import { describe, expect, it } from 'vitest';
import { admit, type AdmissionVerdict } from '../../../../lib/sim/admission';
import { ADMIN, binding, cluster, configMap, create, deployment, namespace, policy, validatingConfig } from './fixtures';

const deployRules = { resourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['deployments'] }] };

function maxReplicasPolicy(extra: Record<string, unknown> = {}) {
  return policy('max-replicas', {
    matchConstraints: deployRules,
    validations: [{ expression: 'object.spec.replicas <= 5', message: 'at most 5 replicas' }],
    ...extra,
  });
}

function vapSteps(v: AdmissionVerdict) {
  return v.steps.filter((s) => s.plugin === 'ValidatingAdmissionPolicy');
}

describe('ValidatingAdmissionPolicy: edge cases of admission.md §5', () => {
  it('a policy without a binding does nothing', () => {
    const v = admit(cluster(namespace('default'), maxReplicasPolicy()), create(deployment('d', { replicas: 9 })));
    expect(v.allowed).toBe(true);
    expect(vapSteps(v)[0].outcome).toBe('skipped');
  });

  it.each([
    [{ validations: [{ expression: 'false' }] }, /matchConstraints.resourceRules: Required value/],
    [{ matchConstraints: deployRules }, /at least one of validations or auditAnnotations/],
  ])('a policy the API server would refuse is skipped and says why (%j)', (spec, why) => {
    const v = admit(cluster(policy('bad', spec), binding('b', { policyName: 'bad', validationActions: ['Deny'] })), create(deployment('d')));
    expect(v.allowed).toBe(true);
    expect(vapSteps(v)[0].message).toMatch(why);
  });

  it("Deny: rejected with the API server's message and reason Invalid (422)", () => {
    const c = cluster(maxReplicasPolicy(), binding('b', { policyName: 'max-replicas', validationActions: ['Deny'] }));
    const v = admit(c, create(deployment('d', { replicas: 9 })));
    expect(v.allowed).toBe(false);
    expect(v.message).toBe("deployments.apps \"d\" is forbidden: ValidatingAdmissionPolicy 'max-replicas' with binding 'b' denied request: at most 5 replicas");
    expect(v.code).toBe(422);
    expect(v.reason).toBe('Invalid');
    expect(admit(c, create(deployment('d', { replicas: 5 }))).allowed).toBe(true);
  });

  it('W9: validationActions [Warn] and a failing validation → allowed with a warning', () => {
    const c = cluster(maxReplicasPolicy(), binding('b', { policyName: 'max-replicas', validationActions: ['Warn'] }));
    const v = admit(c, create(deployment('d', { replicas: 9 })));
    expect(v.allowed).toBe(true);
    expect(v.warnings).toEqual(["Validation failed for ValidatingAdmissionPolicy 'max-replicas' with binding 'b': at most 5 replicas"]);
  });

  it('Audit adds the validation_failure audit annotation; [Deny, Audit] denies and audits', () => {
    const audit = admit(
      cluster(maxReplicasPolicy(), binding('b', { policyName: 'max-replicas', validationActions: ['Audit'] })),
      create(deployment('d', { replicas: 9 })),
    );
    expect(audit.allowed).toBe(true);
    expect(JSON.parse(audit.auditAnnotations['validation.policy.admission.k8s.io/validation_failure'])).toEqual([
      { message: 'at most 5 replicas', policy: 'max-replicas', binding: 'b', expressionIndex: 0, validationActions: ['Audit'] },
    ]);
    const both = admit(
      cluster(maxReplicasPolicy(), binding('b', { policyName: 'max-replicas', validationActions: ['Deny', 'Audit'] })),
      create(deployment('d', { replicas: 9 })),
    );
    expect(both.allowed).toBe(false);
    expect(both.auditAnnotations['validation.policy.admission.k8s.io/validation_failure']).toBeDefined();
  });

  it('[Deny, Warn] or no actions: the API server would reject the binding, so it is ignored (and says so)', () => {
    for (const actions of [['Deny', 'Warn'], [], ['Block']]) {
      const v = admit(
        cluster(maxReplicasPolicy(), binding('b', { policyName: 'max-replicas', validationActions: actions })),
        create(deployment('d', { replicas: 9 })),
      );
      expect(v.allowed).toBe(true);
      expect(vapSteps(v)[0].message).toMatch(/would reject this binding/);
    }
  });

  const paramPolicy = (failurePolicy: string) =>
    policy('limits', {
      failurePolicy,
      paramKind: { apiVersion: 'v1', kind: 'ConfigMap' },
      matchConstraints: deployRules,
      validations: [{ expression: 'object.spec.replicas <= int(params.data.max)' }],
    });

  it('W10: missing namespaced param with parameterNotFoundAction Deny → denied under Fail even with [Warn]; allowed under Ignore', () => {
    const ref = { name: 'limits', parameterNotFoundAction: 'Deny' };
    const fail = admit(
      cluster(namespace('shop'), paramPolicy('Fail'), binding('b', { policyName: 'limits', validationActions: ['Warn'], paramRef: ref })),
      create(deployment('d', { namespace: 'shop' })),
    );
    expect(fail.allowed).toBe(false);
    expect(fail.message).toMatch(
      /^deployments\.apps "d" is forbidden: ValidatingAdmissionPolicy 'limits' with binding 'b' denied request: failed to configure binding: no params found for policy binding with `Deny` parameterNotFoundAction/,
    );
    expect(fail.code).toBe(422);
    const ignore = admit(
      cluster(namespace('shop'), paramPolicy('Ignore'), binding('b', { policyName: 'limits', validationActions: ['Warn'], paramRef: ref })),
      create(deployment('d', { namespace: 'shop' })),
    );
    expect(ignore.allowed).toBe(true);
  });

  it('the param is looked up in the request namespace unless paramRef.namespace says otherwise', () => {
    const ref = { name: 'limits', parameterNotFoundAction: 'Deny' };
    const c = cluster(
      namespace('shop'),
      configMap('limits', 'shop', { max: '2' }),
      paramPolicy('Fail'),
      binding('b', { policyName: 'limits', validationActions: ['Deny'], paramRef: ref }),
    );
    expect(admit(c, create(deployment('d', { namespace: 'shop', replicas: 2 }))).allowed).toBe(true);
    expect(admit(c, create(deployment('d', { namespace: 'shop', replicas: 3 }))).allowed).toBe(false);
    expect(admit(c, create(deployment('d', { namespace: 'other', replicas: 1 }))).allowed).toBe(false);
    const pinned = cluster(
      configMap('limits', 'shop', { max: '2' }),
      paramPolicy('Fail'),
      binding('b', { policyName: 'limits', validationActions: ['Deny'], paramRef: { ...ref, namespace: 'shop' } }),
    );
    expect(admit(pinned, create(deployment('d', { namespace: 'other', replicas: 1 }))).allowed).toBe(true);
  });

  it('W11: selector {} picks every ConfigMap, the policy runs once per param and all must pass', () => {
    const c = cluster(
      namespace('shop'),
      configMap('a', 'shop', { max: '3' }),
      configMap('b', 'shop', { max: '5' }),
      paramPolicy('Fail'),
      binding('b', { policyName: 'limits', validationActions: ['Deny'], paramRef: { selector: {}, parameterNotFoundAction: 'Allow' } }),
    );
    const v = admit(c, create(deployment('d', { namespace: 'shop', replicas: 4 })));
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/failed expression: object\.spec\.replicas <= int\(params\.data\.max\)$/);
    expect(admit(c, create(deployment('d', { namespace: 'shop', replicas: 3 }))).allowed).toBe(true);
  });

  it('a label selector picks only the labelled params; none found with Allow → passes', () => {
    const c = cluster(
      namespace('shop'),
      configMap('a', 'shop', { max: '3' }, { tier: 'gold' }),
      configMap('b', 'shop', { max: '1' }),
      paramPolicy('Fail'),
      binding('b', {
        policyName: 'limits',
        validationActions: ['Deny'],
        paramRef: { selector: { matchLabels: { tier: 'gold' } }, parameterNotFoundAction: 'Allow' },
      }),
    );
    expect(admit(c, create(deployment('d', { namespace: 'shop', replicas: 3 }))).allowed).toBe(true);
    const none = admit(c, create(deployment('d', { namespace: 'empty', replicas: 30 })));
    expect(none.allowed).toBe(true);
    expect(vapSteps(none)[0].message).toMatch(/parameterNotFoundAction is Allow/);
  });

  it('a namespaced paramKind without paramRef.namespace on a cluster-scoped request is a configuration error', () => {
    const p = policy('ns-guard', {
      paramKind: { apiVersion: 'v1', kind: 'ConfigMap' },
      matchConstraints: { resourceRules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['namespaces'] }] },
      validations: [{ expression: 'true' }],
    });
    const v = admit(
      cluster(p, binding('b', { policyName: 'ns-guard', validationActions: ['Deny'], paramRef: { name: 'x', parameterNotFoundAction: 'Allow' } })),
      create(namespace('n')),
    );
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/cannot use namespaced paramRef in policy binding that matches cluster-scoped resources/);
  });

  it('no paramKind → params is null and paramRef is ignored', () => {
    const p = policy('p', { matchConstraints: deployRules, validations: [{ expression: 'params == null' }] });
    const v = admit(
      cluster(p, binding('b', { policyName: 'p', validationActions: ['Deny'], paramRef: { name: 'whatever', parameterNotFoundAction: 'Deny' } })),
      create(deployment('d')),
    );
    expect(v.allowed).toBe(true);
  });

  it('W12: excludeResourceRules wins over resourceRules', () => {
    const p = policy('p', {
      matchConstraints: {
        ...deployRules,
        excludeResourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['*'], resources: ['deployments'], resourceNames: ['legacy'] }],
      },
      validations: [{ expression: 'false', message: 'no' }],
    });
    const c = cluster(p, binding('b', { policyName: 'p', validationActions: ['Deny'] }));
    const excluded = admit(c, create(deployment('legacy')));
    expect(excluded.allowed).toBe(true);
    expect(vapSteps(excluded)[0].failedCriterion).toBe('excludeResourceRules');
    expect(admit(c, create(deployment('new'))).allowed).toBe(false);
  });

  it('binding matchResources narrows the policy (namespaceSelector)', () => {
    const c = cluster(
      namespace('prod', { env: 'prod' }),
      namespace('dev'),
      maxReplicasPolicy(),
      binding('b', { policyName: 'max-replicas', validationActions: ['Deny'], matchResources: { namespaceSelector: { matchLabels: { env: 'prod' } } } }),
    );
    expect(admit(c, create(deployment('d', { namespace: 'prod', replicas: 9 }))).allowed).toBe(false);
    const dev = admit(c, create(deployment('d', { namespace: 'dev', replicas: 9 })));
    expect(dev.allowed).toBe(true);
    expect(vapSteps(dev)[0].failedCriterion).toBe('namespaceSelector');
  });
});

describe('ValidatingAdmissionPolicy: messages, reasons, errors', () => {
  const bound = (spec: Record<string, unknown>, actions = ['Deny']) =>
    cluster(policy('p', { matchConstraints: deployRules, ...spec }), binding('b', { policyName: 'p', validationActions: actions }));

  it.each([
    [
      { expression: 'object.spec.replicas <= 5', messageExpression: "'replicas ' + string(object.spec.replicas) + ' > 5'", message: 'static' },
      'replicas 9 > 5',
    ],
    [{ expression: 'object.spec.replicas <= 5', messageExpression: "''", message: 'static' }, 'static'],
    [{ expression: 'object.spec.replicas <= 5', messageExpression: "'two\\nlines'", message: 'static' }, 'static'],
    [{ expression: 'object.spec.replicas <= 5', messageExpression: 'object.nope.x', message: 'static' }, 'static'],
    [{ expression: 'object.spec.replicas <= 5' }, 'failed expression: object.spec.replicas <= 5'],
  ])('message for %j', (validation, message) => {
    const v = admit(bound({ validations: [validation] }), create(deployment('d', { replicas: 9 })));
    expect(v.message?.endsWith(`denied request: ${message}`)).toBe(true);
  });

  it.each([
    ['Forbidden', 403],
    ['Invalid', 422],
    ['Unauthorized', 401],
    ['RequestEntityTooLarge', 413],
    [undefined, 422],
  ])('reason %s → HTTP %i', (reason, code) => {
    const v = admit(bound({ validations: [{ expression: 'false', ...(reason ? { reason } : {}) }] }), create(deployment('d')));
    expect(v.code).toBe(code);
    expect(v.reason).toBe(reason ?? 'Invalid');
  });

  it('an evaluation error under Fail denies through the validationActions', () => {
    const spec = { validations: [{ expression: "object.metadata.labels.owner == 'me'" }] };
    const deny = admit(bound(spec), create(deployment('d')));
    expect(deny.allowed).toBe(false);
    expect(deny.message).toMatch(/expression 'object\.metadata\.labels\.owner == 'me'' resulted in error: No such key: owner/);
    const warn = admit(bound(spec, ['Warn']), create(deployment('d')));
    expect(warn.allowed).toBe(true);
    expect(warn.warnings[0]).toMatch(/resulted in error/);
  });

  it('under Ignore an erroring expression counts as passed, other expressions can still deny', () => {
    const spec = {
      failurePolicy: 'Ignore',
      validations: [{ expression: 'object.nope.x == 1' }, { expression: 'object.spec.replicas <= 5', message: 'too many' }],
    };
    expect(admit(bound(spec), create(deployment('d', { replicas: 1 }))).allowed).toBe(true);
    const v = admit(bound(spec), create(deployment('d', { replicas: 9 })));
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/too many$/);
  });

  it('a validation that does not compile is an error, never a pass', () => {
    const v = admit(bound({ validations: [{ expression: "semvr('1.2.3').major() == 1" }] }), create(deployment('d')));
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/failed to compile: /);
  });

  it('matchConditions: false skips the binding; an error denies under Fail', () => {
    const skip = admit(
      bound({ matchConditions: [{ name: 'not-admin', expression: "request.userInfo.username != 'admin'" }], validations: [{ expression: 'false' }] }),
      create(deployment('d')),
    );
    expect(skip.allowed).toBe(true);
    expect(vapSteps(skip)[0].failedCriterion).toBe('matchConditions');
    const err = admit(
      bound({ matchConditions: [{ name: 'broken', expression: 'object.nope.x' }], validations: [{ expression: 'true' }] }, ['Warn']),
      create(deployment('d')),
    );
    expect(err.allowed).toBe(false);
  });

  it('variables are shared by validations and messageExpressions', () => {
    const spec = {
      variables: [
        { name: 'images', expression: 'object.spec.template.spec.containers.map(c, c.image)' },
        { name: 'latest', expression: "variables.images.filter(i, i.endsWith(':latest'))" },
      ],
      validations: [{ expression: 'size(variables.latest) == 0', messageExpression: "'images with :latest: ' + variables.latest.join(', ')" }],
    };
    const v = admit(bound(spec), create(deployment('d', { image: 'nginx:latest' })));
    expect(v.message).toMatch(/images with :latest: nginx:latest$/);
    expect(admit(bound(spec), create(deployment('d', { image: 'nginx:1.27' }))).allowed).toBe(true);
  });

  it('auditAnnotations: non-empty strings become <policy>/<key>; null adds nothing; other types deny', () => {
    const spec = {
      validations: [{ expression: 'true' }],
      auditAnnotations: [
        { key: 'replicas', valueExpression: "'n=' + string(object.spec.replicas)" },
        { key: 'none', valueExpression: 'null' },
      ],
    };
    const v = admit(bound(spec), create(deployment('d', { replicas: 2 })));
    expect(v.allowed).toBe(true);
    expect(v.auditAnnotations['p/replicas']).toBe('n=2');
    expect(v.auditAnnotations['p/none']).toBeUndefined();
    const wrongType = admit(
      bound({ validations: [{ expression: 'true' }], auditAnnotations: [{ key: 'k', valueExpression: 'object.spec.replicas' }] }, ['Audit']),
      create(deployment('d')),
    );
    expect(wrongType.allowed).toBe(false);
  });

  it('the CEL variables: request, namespaceObject, oldObject, object null on DELETE', () => {
    const spec = {
      matchConstraints: { resourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['*'], resources: ['deployments'] }] },
      validations: [
        { expression: "request.operation == 'DELETE' ? object == null && oldObject.metadata.name == 'd' : oldObject == null" },
        {
          expression:
            "namespaceObject.metadata.name == request.namespace && request.resource.resource == 'deployments' && request.userInfo.username == 'admin'",
        },
      ],
    };
    const c = cluster(namespace('shop'), policy('p', spec), binding('b', { policyName: 'p', validationActions: ['Deny'] }));
    expect(admit(c, create(deployment('d', { namespace: 'shop' }))).allowed).toBe(true);
    expect(admit(c, { operation: 'DELETE', oldObject: deployment('d', { namespace: 'shop' }), ...ADMIN }).allowed).toBe(true);
  });

  it('a policy can guard webhook configurations, but never the policy kinds themselves', () => {
    const guard = policy('no-webhooks', {
      matchConstraints: { resourceRules: [{ apiGroups: ['admissionregistration.k8s.io'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['*'] }] },
      validations: [{ expression: 'false', message: 'no admission objects' }],
    });
    const c = cluster(guard, binding('b', { policyName: 'no-webhooks', validationActions: ['Deny'] }));
    expect(admit(c, create(validatingConfig('x', []))).allowed).toBe(false);
    expect(admit(c, create(policy('other', {}))).allowed).toBe(true);
  });
});
