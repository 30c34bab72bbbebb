import type { Finding } from './finding';
import { finding } from './finding';
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
    out.push(
      finding(
        'info',
        'rbac-binding-no-subjects',
        object.subjects === undefined ? '' : 'subjects',
        `This ${kind} has no subjects: it grants nothing to anyone.`,
        `Este ${kind} no tiene sujetos: no le da permisos a nadie.`,
      ),
    );
  }
  return out;
}

function aggregation(object: Record<string, unknown>): Finding[] {
  const rule = object.aggregationRule;
  if (!isRecord(rule)) return [];
  const selectors = Array.isArray(rule.clusterRoleSelectors) ? rule.clusterRoleSelectors : [];
  const out = selectors.flatMap((s, i) => validateLabelSelector(s, indexPath('aggregationRule.clusterRoleSelectors', i)));
  if (selectors.length === 0) {
    out.push(
      finding(
        'error',
        'rbac-aggregation-no-selectors',
        'aggregationRule',
        '`aggregationRule` needs at least one entry in `clusterRoleSelectors`.',
        '`aggregationRule` necesita al menos una entrada en `clusterRoleSelectors`.',
      ),
    );
  }
  if (Array.isArray(object.rules) && object.rules.length > 0) {
    out.push(
      finding(
        'info',
        'rbac-aggregated-rules-overwritten',
        'rules',
        'This ClusterRole aggregates other roles: the controller replaces these `rules` with the rules of the selected ClusterRoles.',
        'Este ClusterRole agrega otros roles: el controlador reemplaza estas `rules` por las reglas de los ClusterRoles seleccionados.',
      ),
    );
  }
  return out;
}

function roleRef(ref: unknown, kind: string): Finding[] {
  if (!isRecord(ref)) return [];
  const out: Finding[] = [];
  if (ref.kind === 'Role' && kind === 'ClusterRoleBinding') {
    out.push(
      finding(
        'error',
        'rbac-cluster-binding-to-role',
        'roleRef.kind',
        'A ClusterRoleBinding can only reference a ClusterRole: a Role lives in one namespace. Use a RoleBinding in that namespace, or a ClusterRole.',
        'Un ClusterRoleBinding solo puede referenciar un ClusterRole: un Role vive en un namespace. Usá un RoleBinding en ese namespace, o un ClusterRole.',
      ),
    );
  } else if (typeof ref.kind === 'string' && ref.kind !== 'Role' && ref.kind !== 'ClusterRole') {
    const guess = didYouMean(ref.kind, ['Role', 'ClusterRole']);
    out.push(
      finding(
        'error',
        'rbac-invalid-role-ref-kind',
        'roleRef.kind',
        `\`roleRef.kind\` must be Role or ClusterRole, not \`${ref.kind}\`.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
        `\`roleRef.kind\` tiene que ser Role o ClusterRole, no \`${ref.kind}\`.${guess ? ` ¿Quisiste decir \`${guess}\`?` : ''}`,
      ),
    );
  }
  if (ref.apiGroup === undefined || ref.apiGroup === '') {
    out.push(
      finding(
        'info',
        'rbac-role-ref-api-group-defaulted',
        'roleRef',
        `\`roleRef.apiGroup\` is empty: the API server fills in \`${RBAC_GROUP}\`.`,
        `\`roleRef.apiGroup\` está vacío: el API server completa \`${RBAC_GROUP}\`.`,
      ),
    );
  } else if (typeof ref.apiGroup === 'string' && ref.apiGroup !== RBAC_GROUP) {
    out.push(
      finding(
        'error',
        'rbac-invalid-role-ref-api-group',
        'roleRef.apiGroup',
        `\`roleRef.apiGroup\` must be \`${RBAC_GROUP}\`, not \`${ref.apiGroup}\`.`,
        `\`roleRef.apiGroup\` tiene que ser \`${RBAC_GROUP}\`, no \`${ref.apiGroup}\`.`,
      ),
    );
  }
  if (ref.name === '')
    out.push(
      finding(
        'error',
        'rbac-role-ref-name-required',
        'roleRef.name',
        '`roleRef.name` is empty: name the role to bind.',
        '`roleRef.name` está vacío: poné el nombre del rol a vincular.',
      ),
    );
  return out;
}

function subject(s: Record<string, unknown>, path: string, kind: string, bindingNs: string | undefined): Finding[] {
  if (typeof s.kind !== 'string') return [];
  if (s.kind !== 'User' && s.kind !== 'Group' && s.kind !== 'ServiceAccount') {
    const guess = didYouMean(s.kind, ['User', 'Group', 'ServiceAccount']);
    return [
      finding(
        'error',
        'rbac-invalid-subject-kind',
        joinPath(path, 'kind'),
        `A subject's kind is User, Group or ServiceAccount, not \`${s.kind}\`.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
        `El kind de un sujeto es User, Group o ServiceAccount, no \`${s.kind}\`.${guess ? ` ¿Quisiste decir \`${guess}\`?` : ''}`,
      ),
    ];
  }
  const out: Finding[] = [];
  if (s.name === '')
    out.push(finding('error', 'rbac-subject-name-required', joinPath(path, 'name'), 'The subject has an empty `name`.', 'El sujeto tiene `name` vacío.'));
  if (s.kind === 'ServiceAccount') return [...out, ...serviceAccountSubject(s, path, kind, bindingNs)];
  if (typeof s.apiGroup === 'string' && s.apiGroup !== '' && s.apiGroup !== RBAC_GROUP) {
    out.push(
      finding(
        'error',
        'rbac-invalid-subject-api-group',
        joinPath(path, 'apiGroup'),
        `A ${s.kind} subject has \`apiGroup: ${RBAC_GROUP}\`, not \`${s.apiGroup}\`.`,
        `Un sujeto ${s.kind} lleva \`apiGroup: ${RBAC_GROUP}\`, no \`${s.apiGroup}\`.`,
      ),
    );
  }
  if (s.kind === 'User' && typeof s.name === 'string' && s.name.startsWith('system:serviceaccount:')) {
    out.push(
      finding(
        'info',
        'rbac-user-is-service-account',
        joinPath(path, 'name'),
        "This User subject names a service account's user name: it does match that service account (subjects are compared as strings).",
        'Este sujeto User nombra el usuario de una service account: sí coincide con esa service account (los sujetos se comparan como texto).',
      ),
    );
  }
  return out;
}

function serviceAccountSubject(s: Record<string, unknown>, path: string, kind: string, bindingNs: string | undefined): Finding[] {
  const out: Finding[] = [];
  if (typeof s.apiGroup === 'string' && s.apiGroup !== '') {
    out.push(
      finding(
        'error',
        'rbac-invalid-subject-api-group',
        joinPath(path, 'apiGroup'),
        `A ServiceAccount subject has \`apiGroup: ""\` (or none), not \`${s.apiGroup}\`.`,
        `Un sujeto ServiceAccount lleva \`apiGroup: ""\` (o ninguno), no \`${s.apiGroup}\`.`,
      ),
    );
  }
  if (typeof s.name === 'string' && s.name.startsWith('system:serviceaccount:')) {
    out.push(
      finding(
        'warning',
        'rbac-service-account-full-name',
        joinPath(path, 'name'),
        "Write only the service account's name here (and its namespace in `namespace`), not `system:serviceaccount:...`.",
        'Acá va solo el nombre de la service account (y su namespace en `namespace`), no `system:serviceaccount:...`.',
      ),
    );
  }
  if (typeof s.namespace === 'string' && s.namespace !== '') return out;
  if (kind === 'ClusterRoleBinding') {
    out.push(
      finding(
        'error',
        'rbac-service-account-namespace-required',
        path,
        'A ServiceAccount subject of a ClusterRoleBinding needs `namespace`: without it, it matches no account.',
        'Un sujeto ServiceAccount de un ClusterRoleBinding necesita `namespace`: sin él no coincide con ninguna cuenta.',
      ),
    );
  } else {
    const ns = bindingNs ?? 'default';
    out.push(
      finding(
        'info',
        'rbac-service-account-namespace-defaulted',
        path,
        `No \`namespace\` on this ServiceAccount subject: it means the binding's namespace (\`${ns}\`).`,
        `Este sujeto ServiceAccount no tiene \`namespace\`: vale el namespace del binding (\`${ns}\`).`,
      ),
    );
  }
  return out;
}
