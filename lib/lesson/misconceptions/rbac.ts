// RBAC traps. Semantics: https://kubernetes.io/docs/reference/access-authn-authz/rbac/ and
// kubernetes/kubernetes pkg/apis/rbac/v1/evaluation_helpers.go (VerbMatches, ResourceMatches),
// plugin/pkg/auth/authorizer/rbac/rbac.go (appliesToUser: a ServiceAccount subject without a
// namespace means the binding's namespace).
import { fire, list, nameOf, nsOf, ofKind, rbacRules, rec, strings, subjects } from './helpers';
import { msg } from '../messages';
import type { Detector } from './types';

const CLUSTER_SCOPED = new Set([
  'nodes',
  'namespaces',
  'persistentvolumes',
  'clusterroles',
  'clusterrolebindings',
  'storageclasses',
  'customresourcedefinitions',
  'certificatesigningrequests',
  'validatingwebhookconfigurations',
  'mutatingwebhookconfigurations',
  'validatingadmissionpolicies',
  'priorityclasses',
]);
const SINGULAR: Record<string, string> = {
  pod: 'pods',
  secret: 'secrets',
  configmap: 'configmaps',
  deployment: 'deployments',
  service: 'services',
  namespace: 'namespaces',
  node: 'nodes',
  role: 'roles',
  rolebinding: 'rolebindings',
  serviceaccount: 'serviceaccounts',
  daemonset: 'daemonsets',
  statefulset: 'statefulsets',
  job: 'jobs',
  ingress: 'ingresses',
};

export const rbacDetectors: Detector[] = [
  {
    id: 'rbac-wildcard-verb',
    title: msg('trap.rbac-wildcard-verb.title', {}),
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.verbs).includes('*'))
        .map((r) => fire(r.at, `${r.path}.verbs`, msg('trap.rbac-wildcard-verb.why', {}), msg('trap.rbac-wildcard-verb.fix', {}))),
  },
  {
    id: 'rbac-wildcard-resource',
    title: msg('trap.rbac-wildcard-resource.title', {}),
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.resources).includes('*') || strings(r.rule.apiGroups).includes('*'))
        .map((r) => fire(r.at, `${r.path}.resources`, msg('trap.rbac-wildcard-resource.why', {}), msg('trap.rbac-wildcard-resource.fix', {}))),
  },
  {
    id: 'rbac-singular-resource',
    title: msg('trap.rbac-singular-resource.title', {}),
    detect: ({ mine }) =>
      rbacRules(mine).flatMap((r) =>
        strings(r.rule.resources)
          .filter((x) => SINGULAR[x.split('/')[0]])
          .map((x) =>
            fire(
              r.at,
              `${r.path}.resources`,
              msg('trap.rbac-singular-resource.why', { x: String(x), p2: String(SINGULAR[x.split('/')[0]]) }),
              msg('trap.rbac-singular-resource.fix', { p1: String(x.replace(/^[^/]+/, SINGULAR[x.split('/')[0]])) }),
            ),
          ),
      ),
  },
  {
    id: 'rbac-core-group-name',
    title: msg('trap.rbac-core-group-name.title', {}),
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.apiGroups).some((g) => g === 'core' || g === 'v1'))
        .map((r) => fire(r.at, `${r.path}.apiGroups`, msg('trap.rbac-core-group-name.why', {}), msg('trap.rbac-core-group-name.fix', {}))),
  },
  {
    id: 'rbac-subresource-star',
    title: msg('trap.rbac-subresource-star.title', {}),
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.resources).some((x) => /^[^*]+\/\*$/.test(x)))
        .map((r) => fire(r.at, `${r.path}.resources`, msg('trap.rbac-subresource-star.why', {}), msg('trap.rbac-subresource-star.fix', {}))),
  },
  {
    id: 'rbac-resource-names-nameless-verb',
    title: msg('trap.rbac-resource-names-nameless-verb.title', {}),
    // `create` on a subresource (pods/eviction) does name its object, so it is not a trap there.
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter(
          (r) =>
            strings(r.rule.resourceNames).length > 0 &&
            strings(r.rule.verbs).some(
              (v) => ['list', 'watch', 'deletecollection'].includes(v) || (v === 'create' && strings(r.rule.resources).some((x) => !x.includes('/'))),
            ),
        )
        .map((r) =>
          fire(r.at, `${r.path}.verbs`, msg('trap.rbac-resource-names-nameless-verb.why', {}), msg('trap.rbac-resource-names-nameless-verb.fix', {})),
        ),
  },
  {
    id: 'rbac-list-secrets-reads-them',
    title: msg('trap.rbac-list-secrets-reads-them.title', {}),
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.resources).includes('secrets') && strings(r.rule.verbs).some((v) => v === 'list' || v === 'watch'))
        .map((r) => fire(r.at, `${r.path}.verbs`, msg('trap.rbac-list-secrets-reads-them.why', {}), msg('trap.rbac-list-secrets-reads-them.fix', {}))),
  },
  {
    id: 'rbac-escalation-verbs',
    title: msg('trap.rbac-escalation-verbs.title', {}),
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.verbs).some((v) => ['bind', 'escalate', 'impersonate'].includes(v)))
        .map((r) => fire(r.at, `${r.path}.verbs`, msg('trap.rbac-escalation-verbs.why', {}), msg('trap.rbac-escalation-verbs.fix', {}))),
  },
  {
    id: 'rbac-rolebinding-clusterrole-is-local',
    title: msg('trap.rbac-rolebinding-clusterrole-is-local.title', {}),
    detect: ({ mine, all }) =>
      ofKind(mine, 'RoleBinding').flatMap((at) => {
        const ref = rec(at.object.roleRef);
        if (ref.kind !== 'ClusterRole') return [];
        const role = ofKind(all, 'ClusterRole').find((r) => nameOf(r.object) === ref.name);
        const clusterOnly = role
          ? list(role.object.rules).flatMap((r) => [
              ...strings(rec(r).resources).filter((x) => CLUSTER_SCOPED.has(x.split('/')[0])),
              ...strings(rec(r).nonResourceURLs),
            ])
          : [];
        if (clusterOnly.length === 0) return [];
        return [
          fire(
            at,
            'roleRef',
            msg('trap.rbac-rolebinding-clusterrole-is-local.why', { p1: String(nsOf(at.object)), p2: String(clusterOnly.join('`, `')) }),
            msg('trap.rbac-rolebinding-clusterrole-is-local.fix', {}),
          ),
        ];
      }),
  },
  {
    id: 'rbac-role-ref-elsewhere',
    title: msg('trap.rbac-role-ref-elsewhere.title', {}),
    detect: ({ mine, all }) =>
      ofKind(mine, 'RoleBinding').flatMap((at) => {
        const ref = rec(at.object.roleRef);
        if (ref.kind !== 'Role') return [];
        const roles = ofKind(all, 'Role').filter((r) => nameOf(r.object) === ref.name);
        if (roles.length === 0 || roles.some((r) => nsOf(r.object) === nsOf(at.object))) return [];
        const where = roles.map((r) => nsOf(r.object)).join(', ');
        return [
          fire(
            at,
            'roleRef.name',
            msg('trap.rbac-role-ref-elsewhere.why', { p1: String(String(ref.name)), where: String(where), p3: String(nsOf(at.object)) }),
            msg('trap.rbac-role-ref-elsewhere.fix', { p1: String(nsOf(at.object)) }),
          ),
        ];
      }),
  },
  {
    id: 'rbac-sa-subject-without-namespace',
    title: msg('trap.rbac-sa-subject-without-namespace.title', {}),
    detect: ({ mine }) =>
      subjects(mine)
        .filter((s) => s.subject.kind === 'ServiceAccount' && !s.subject.namespace)
        .map((s) =>
          s.at.object.kind === 'ClusterRoleBinding'
            ? fire(s.at, s.path, msg('trap.rbac-sa-subject-without-namespace.why', {}), msg('trap.rbac-sa-subject-without-namespace.fix', {}))
            : fire(
                s.at,
                s.path,
                msg('trap.rbac-sa-subject-without-namespace.2.why', { p1: String(String(s.subject.name)), p2: String(nsOf(s.at.object)) }),
                msg('trap.rbac-sa-subject-without-namespace.2.fix', {}),
              ),
        ),
  },
  {
    id: 'rbac-everyone-groups',
    title: msg('trap.rbac-everyone-groups.title', {}),
    detect: ({ mine }) =>
      subjects(mine)
        .filter(
          (s) => s.subject.kind === 'Group' && ['system:authenticated', 'system:unauthenticated', 'system:serviceaccounts'].includes(String(s.subject.name)),
        )
        .map((s) =>
          fire(
            s.at,
            s.path,
            msg('trap.rbac-everyone-groups.why', { group: String(s.subject.name), anyone: s.subject.name === 'system:unauthenticated' }),
            msg('trap.rbac-everyone-groups.fix', {}),
          ),
        ),
  },
  {
    id: 'rbac-binds-default-sa',
    title: msg('trap.rbac-binds-default-sa.title', {}),
    detect: ({ mine }) =>
      subjects(mine)
        .filter((s) => s.subject.kind === 'ServiceAccount' && s.subject.name === 'default')
        .map((s) => fire(s.at, s.path, msg('trap.rbac-binds-default-sa.why', {}), msg('trap.rbac-binds-default-sa.fix', {}))),
  },
];
