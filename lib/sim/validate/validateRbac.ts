import { msg } from '../messages';
import type { Finding } from './finding';
import { finding, withApi } from './finding';
import { isDNS1123Subdomain } from '../cel/extensions/format';
import { validateLabelSelector } from './labelSelector';
import { validateRules } from './validateRbacRules';
import { didYouMean } from '../support/didYouMean';
import { indexPath, isRecord, joinPath } from '../parse/paths';

/**
 * RBAC object validation (pkg/apis/rbac/validation/validation.go; semantics/rbac.md §5):
 * rules, aggregation rules, roleRef (a ClusterRoleBinding may only reference a ClusterRole;
 * `apiGroup` is `rbac.authorization.k8s.io`, empty is defaulted) and subjects (User, Group
 * or ServiceAccount; a ServiceAccount subject has `apiGroup: ""` and, in a
 * ClusterRoleBinding, a namespace; in a RoleBinding an empty namespace means the binding's).
 * Errors carry the registry's field.Error (`api`): ValidateRoleBinding / ValidateClusterRoleBinding
 * (NotSupported roleRef.kind and apiGroup, Required roleRef.name) and ValidateRoleBindingSubject
 * (NotSupported kind and apiGroup, Required name and namespace, a ServiceAccount name that is not
 * a DNS-1123 subdomain is Invalid: ValidateServiceAccountName = NameIsDNSSubdomain).
 */
const RBAC_GROUP = 'rbac.authorization.k8s.io';

export function validateRbac(object: Record<string, unknown>, kind: string): Finding[] {
  if (kind === 'Role' || kind === 'ClusterRole') return [...validateRules(object.rules, kind), ...aggregation(object)];
  if (kind !== 'RoleBinding' && kind !== 'ClusterRoleBinding') return [];
  const ns = isRecord(object.metadata) && typeof object.metadata.namespace === 'string' ? object.metadata.namespace : undefined;
  const subjects = Array.isArray(object.subjects) ? object.subjects : [];
  const out = roleRef(object.roleRef, kind);
  subjects.forEach((s, i) => {
    if (isRecord(s)) out.push(...subject(s, indexPath('subjects', i), kind, ns));
  });
  if (subjects.length === 0) {
    out.push(finding('info', 'rbac-binding-no-subjects', object.subjects === undefined ? '' : 'subjects', msg('validate.rbac.noSubjects', { kind })));
  }
  return out;
}

function aggregation(object: Record<string, unknown>): Finding[] {
  const rule = object.aggregationRule;
  if (!isRecord(rule)) return [];
  const selectors = Array.isArray(rule.clusterRoleSelectors) ? rule.clusterRoleSelectors : [];
  const out = selectors.flatMap((s, i) => validateLabelSelector(s, indexPath('aggregationRule.clusterRoleSelectors', i)));
  if (selectors.length === 0) {
    out.push(finding('error', 'rbac-aggregation-no-selectors', 'aggregationRule', msg('validate.rbac.aggregationNoSelectors', {})));
  }
  if (Array.isArray(object.rules) && object.rules.length > 0) {
    out.push(finding('info', 'rbac-aggregated-rules-overwritten', 'rules', msg('validate.rbac.aggregatedRulesOverwritten', {})));
  }
  return out;
}

function roleRef(ref: unknown, kind: string): Finding[] {
  if (!isRecord(ref)) return [];
  const out: Finding[] = [];
  if (ref.kind === 'Role' && kind === 'ClusterRoleBinding') {
    const bad = finding('error', 'rbac-cluster-binding-to-role', 'roleRef.kind', msg('validate.rbac.clusterBindingToRole', {}));
    out.push(withApi(bad, { type: 'Unsupported value', value: ref.kind, detail: 'supported values: "ClusterRole"' }));
  } else if (typeof ref.kind === 'string' && ref.kind !== 'Role' && ref.kind !== 'ClusterRole') {
    const guess = didYouMean(ref.kind, ['Role', 'ClusterRole']);
    const bad = finding('error', 'rbac-invalid-role-ref-kind', 'roleRef.kind', msg('validate.rbac.invalidRoleRefKind', { kind: ref.kind, guess }));
    const supported = kind === 'ClusterRoleBinding' ? '"ClusterRole"' : '"Role", "ClusterRole"';
    out.push(withApi(bad, { type: 'Unsupported value', value: ref.kind, detail: `supported values: ${supported}` }));
  }
  if (ref.apiGroup === undefined || ref.apiGroup === '') {
    out.push(finding('info', 'rbac-role-ref-api-group-defaulted', 'roleRef', msg('validate.rbac.roleRefApiGroupDefaulted', { group: RBAC_GROUP })));
  } else if (typeof ref.apiGroup === 'string' && ref.apiGroup !== RBAC_GROUP) {
    const text = msg('validate.rbac.invalidRoleRefApiGroup', { group: RBAC_GROUP, value: ref.apiGroup });
    out.push(
      withApi(finding('error', 'rbac-invalid-role-ref-api-group', 'roleRef.apiGroup', text), {
        type: 'Unsupported value',
        value: ref.apiGroup,
        detail: `supported values: "${RBAC_GROUP}"`,
      }),
    );
  }
  if (ref.name === '')
    out.push(
      withApi(finding('error', 'rbac-role-ref-name-required', 'roleRef.name', msg('validate.rbac.roleRefNameRequired', {})), { type: 'Required value' }),
    );
  return out;
}

function subject(s: Record<string, unknown>, path: string, kind: string, bindingNs: string | undefined): Finding[] {
  if (typeof s.kind !== 'string') return [];
  if (s.kind !== 'User' && s.kind !== 'Group' && s.kind !== 'ServiceAccount') {
    const guess = didYouMean(s.kind, ['User', 'Group', 'ServiceAccount']);
    const bad = finding('error', 'rbac-invalid-subject-kind', joinPath(path, 'kind'), msg('validate.rbac.invalidSubjectKind', { kind: s.kind, guess }));
    return [withApi(bad, { type: 'Unsupported value', value: s.kind, detail: 'supported values: "ServiceAccount", "User", "Group"' })];
  }
  const out: Finding[] = [];
  if (s.name === '') {
    out.push(
      withApi(finding('error', 'rbac-subject-name-required', joinPath(path, 'name'), msg('validate.rbac.subjectNameRequired', {})), { type: 'Required value' }),
    );
  }
  if (s.kind === 'ServiceAccount') return [...out, ...serviceAccountSubject(s, path, kind, bindingNs)];
  if (typeof s.apiGroup === 'string' && s.apiGroup !== '' && s.apiGroup !== RBAC_GROUP) {
    const text = msg('validate.rbac.invalidSubjectApiGroup', { kind: s.kind, group: RBAC_GROUP, value: s.apiGroup });
    const api = { type: 'Unsupported value', value: s.apiGroup, detail: `supported values: "${RBAC_GROUP}"` } as const;
    out.push(withApi(finding('error', 'rbac-invalid-subject-api-group', joinPath(path, 'apiGroup'), text), api));
  }
  if (s.kind === 'User' && typeof s.name === 'string' && s.name.startsWith('system:serviceaccount:')) {
    out.push(finding('info', 'rbac-user-is-service-account', joinPath(path, 'name'), msg('validate.rbac.userIsServiceAccount', {})));
  }
  return out;
}

function serviceAccountSubject(s: Record<string, unknown>, path: string, kind: string, bindingNs: string | undefined): Finding[] {
  const out: Finding[] = [];
  if (typeof s.apiGroup === 'string' && s.apiGroup !== '') {
    out.push(
      withApi(
        finding('error', 'rbac-invalid-subject-api-group', joinPath(path, 'apiGroup'), msg('validate.rbac.serviceAccountApiGroup', { value: s.apiGroup })),
        {
          type: 'Unsupported value',
          value: s.apiGroup,
          detail: 'supported values: ""',
        },
      ),
    );
  }
  out.push(...serviceAccountName(s.name, joinPath(path, 'name')));
  if (typeof s.namespace === 'string' && s.namespace !== '') return out;
  if (kind === 'ClusterRoleBinding') {
    const bad = finding('error', 'rbac-service-account-namespace-required', path, msg('validate.rbac.serviceAccountNamespaceRequired', {}));
    out.push(withApi(bad, { type: 'Required value', field: joinPath(path, 'namespace') }));
  } else {
    const text = msg('validate.rbac.serviceAccountNamespaceDefaulted', { namespace: bindingNs ?? 'default' });
    out.push(finding('info', 'rbac-service-account-namespace-defaulted', path, text));
  }
  return out;
}

/**
 * A ServiceAccount subject's name is validated as a ServiceAccount's own name, a DNS-1123
 * subdomain (pkg/apis/rbac/validation/validation.go ValidateRoleBindingSubject): the full
 * `system:serviceaccount:<ns>:<name>` form is rejected, as is any other invalid name.
 */
function serviceAccountName(name: unknown, path: string): Finding[] {
  if (typeof name !== 'string' || name === '') return [];
  const problems = isDNS1123Subdomain(name);
  if (problems.length === 0) return [];
  const text = name.startsWith('system:serviceaccount:')
    ? msg('validate.rbac.serviceAccountFullName', {})
    : msg('validate.rbac.serviceAccountNameInvalid', { name });
  const bad = finding('error', 'rbac-service-account-full-name', path, text);
  return problems.map((detail) => withApi(bad, { type: 'Invalid value', value: name, detail }));
}
