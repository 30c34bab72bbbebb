// Binding a role inside a namespace: creating a RoleBinding needs `bind` on its roleRef, checked in
// the binding's namespace (kubernetes/kubernetes pkg/registry/rbac/escalation_check.go
// BindingAuthorized; https://kubernetes.io/docs/reference/access-authn-authz/rbac/#restrictions-on-role-binding-creation-or-update).
// Whoever may create RoleBindings and bind a role that reads Secrets reads them (KubeHound ROLE_BIND).
import { describe, expect, it } from 'vitest';
import { findAttackPath } from '../../../../lib/sim/attack';
import { world } from './worlds';

const base = (rules: string, extra = '') => `
apiVersion: v1
kind: Namespace
metadata: {name: pay}
---
apiVersion: v1
kind: Namespace
metadata: {name: other}
---
apiVersion: v1
kind: Secret
metadata: {name: live, namespace: pay}
stringData: {key: k}
---
apiVersion: v1
kind: Secret
metadata: {name: test, namespace: pay}
stringData: {key: t}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: secret-reader}
rules:
  - {apiGroups: [""], resources: [secrets], verbs: [get]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: lead, namespace: pay}
rules:
${rules}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: lead, namespace: pay}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: lead}
subjects: [{kind: User, name: lead, apiGroup: rbac.authorization.k8s.io}]
${extra}`;

const CREATE = '  - {apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create]}';
const bind = (resource: string, names: string) =>
  `  - {apiGroups: [rbac.authorization.k8s.io], resources: [${resource}], resourceNames: [${names}], verbs: [bind]}`;
const path = (yaml: string, target = 'secret:pay/live') => findAttackPath(world(yaml), 'user:lead', target);

describe('namespace bind edges', () => {
  it('create rolebindings + bind on a ClusterRole that reads Secrets reaches them, with the bind verdict as evidence', () => {
    const found = path(base(`${CREATE}\n${bind('clusterroles', 'secret-reader')}`));
    expect(found.edges?.map((e) => e.technique)).toEqual(['bind']);
    expect(found.edges?.[0].evidence).toMatchObject({
      type: 'rbac',
      request: { verb: 'bind', resource: 'clusterroles', name: 'secret-reader', namespace: 'pay' },
    });
  });

  it('bind on a role that reads no Secrets (view) reaches none', () => {
    expect(path(base(`${CREATE}\n${bind('clusterroles', 'view')}`)).edges).toBeUndefined();
  });

  it('bind without create rolebindings reaches none', () => {
    expect(path(base(bind('clusterroles', 'secret-reader'))).edges).toBeUndefined();
  });

  it('a Role of the namespace limited by resourceNames opens only the Secrets it names', () => {
    const role = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: test-reader, namespace: pay}
rules:
  - {apiGroups: [""], resources: [secrets], resourceNames: [test], verbs: [get]}`;
    const yaml = base(`${CREATE}\n${bind('roles', 'test-reader')}`, role);
    expect(path(yaml, 'secret:pay/test').edges?.map((e) => e.technique)).toEqual(['bind']);
    expect(path(yaml, 'secret:pay/live').edges).toBeUndefined();
  });

  it('bind granted in another namespace does not open this one', () => {
    const elsewhere = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: lead-other, namespace: other}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: binder}
subjects: [{kind: User, name: lead, apiGroup: rbac.authorization.k8s.io}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: binder}
rules:
  - {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind]}`;
    expect(path(base(CREATE, elsewhere)).edges).toBeUndefined();
  });
});
