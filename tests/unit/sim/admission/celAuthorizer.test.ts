// The CEL `authorizer` in admission: answered by the cluster's RBAC for the requesting user
// (staging/src/k8s.io/apiserver/pkg/cel/library/authz.go; plugin/pkg/auth/authorizer/rbac/rbac.go for
// the reason text; https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#authorization-check).
import { describe, expect, it } from 'vitest';
import { admit } from '../../../../lib/sim/admission';
import { decideForCel } from '../../../../lib/sim/admission/celAuthorizer';
import { binding, cluster, create, deployment, namespace, policy } from './fixtures';

const rbac = [
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'deployer' },
    rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['create', 'update'] }],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'approver' },
    rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['approve'] }],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'deployers', namespace: 'dev' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'deployer' },
    subjects: [
      { kind: 'User', name: 'alice' },
      { kind: 'User', name: 'bob' },
    ],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'approvers', namespace: 'dev' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'approver' },
    subjects: [
      { kind: 'User', name: 'bob' },
      { kind: 'ServiceAccount', name: 'ci', namespace: 'dev' },
    ],
  },
];

const approvalPolicy = policy('big-needs-approval', {
  matchConstraints: { resourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['deployments'] }] },
  validations: [
    {
      expression:
        "object.spec.replicas <= 3 || authorizer.group('apps').resource('deployments').namespace(object.metadata.namespace).name(object.metadata.name).check('approve').allowed()",
      messageExpression: "'more than 3 replicas needs approve permission; ' + request.userInfo.username + ' has not'",
    },
  ],
});

function world() {
  return cluster(namespace('dev'), ...rbac, approvalPolicy, binding('b', { policyName: 'big-needs-approval', validationActions: ['Deny'] }));
}

const asUser = (user: string) => ({ user, groups: ['system:authenticated'] });

describe('authorizer in ValidatingAdmissionPolicy CEL', () => {
  it('asks RBAC for the requesting user: without approve, a big Deployment is denied', () => {
    const v = admit(world(), create(deployment('web', { namespace: 'dev', replicas: 5 }), asUser('alice')));
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/more than 3 replicas needs approve permission; alice has not$/);
  });

  it('with approve (a RoleBinding in the namespace), the same Deployment is allowed', () => {
    expect(admit(world(), create(deployment('web', { namespace: 'dev', replicas: 5 }), asUser('bob'))).allowed).toBe(true);
    expect(admit(world(), create(deployment('web', { namespace: 'dev', replicas: 2 }), asUser('alice'))).allowed).toBe(true);
  });

  it('the approve right is namespaced: bob has no approve in another namespace', () => {
    const c = world();
    const decision = decideForCel(c, {
      user: 'bob',
      groups: [],
      resourceAttributes: { verb: 'approve', group: 'apps', version: '*', resource: 'deployments', namespace: 'prod' },
    });
    expect(decision.decision).toBe('noOpinion');
  });

  it('reason() is RBAC\'s: allowed by RoleBinding "name/namespace" of ClusterRole ... to User ...', () => {
    const decision = decideForCel(world(), {
      user: 'bob',
      groups: [],
      resourceAttributes: { verb: 'approve', group: 'apps', version: '*', resource: 'deployments', namespace: 'dev' },
    });
    expect(decision).toEqual({ decision: 'allow', reason: 'RBAC: allowed by RoleBinding "approvers/dev" of ClusterRole "approver" to User "bob"' });
  });

  it('authorizer.serviceAccount(ns, name) checks as that ServiceAccount', () => {
    const saPolicy = policy('sa-check', {
      matchConstraints: { resourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['deployments'] }] },
      validations: [{ expression: "authorizer.serviceAccount('dev', 'ci').group('apps').resource('deployments').namespace('dev').check('approve').allowed()" }],
    });
    const c = cluster(namespace('dev'), ...rbac, saPolicy, binding('b', { policyName: 'sa-check', validationActions: ['Deny'] }));
    expect(admit(c, create(deployment('web', { namespace: 'dev' }), asUser('alice'))).allowed).toBe(true);
    const other = saPolicy.spec.validations as { expression: string }[];
    other[0].expression = other[0].expression.replace("'ci'", "'builder'");
    const c2 = cluster(namespace('dev'), ...rbac, saPolicy, binding('b', { policyName: 'sa-check', validationActions: ['Deny'] }));
    expect(admit(c2, create(deployment('web', { namespace: 'dev' }), asUser('alice'))).allowed).toBe(false);
  });

  it('three checks in one expression pass the per-call cost limit (350,000 each, library/cost.go)', () => {
    const check = "authorizer.group('apps').resource('deployments').namespace('dev').check('approve').allowed()";
    const costly = policy('costly', {
      matchConstraints: { resourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['deployments'] }] },
      validations: [{ expression: `${check} && ${check} && ${check}` }],
    });
    const c = cluster(namespace('dev'), ...rbac, costly, binding('b', { policyName: 'costly', validationActions: ['Deny'] }));
    const v = admit(c, create(deployment('web', { namespace: 'dev' }), asUser('bob')));
    expect(v.allowed).toBe(false);
    const two = cluster(
      namespace('dev'),
      ...rbac,
      policy('costly', { ...costly.spec, validations: [{ expression: `${check} && ${check}` }] }),
      binding('b', { policyName: 'costly', validationActions: ['Deny'] }),
    );
    const twoChecks = admit(two, create(deployment('web', { namespace: 'dev' }), asUser('bob')));
    expect(twoChecks.message ?? '').toBe('');
    expect(twoChecks.allowed).toBe(true);
    expect(v.message).toContain('operation cancelled: actual cost limit exceeded');
  });
});
