import type { RBAC_MESSAGES } from '../../../sim/rbac/messages';
import type { AreaCatalog } from '../types';

const via = (rule: string, binding: string, hints: string[]) => `(${rule}, vía el ${binding})${hints.length ? `; ${hints.join('; ')}` : ''}`;
const subject = (kind: string, p: { name: string; noNamespace: boolean }) =>
  `${kind} ${p.name}${p.noNamespace ? ' (sin namespace: no coincide con nadie)' : ''}`;

export const rbac: AreaCatalog<typeof RBAC_MESSAGES> = {
  'rbac.ruleNumber': ({ index }) => `regla ${index + 1}`,
  'rbac.scope': ({ namespace }) => (namespace ? `en el namespace ${namespace}` : 'a nivel de todo el clúster'),
  'rbac.requestPath': ({ verb, path }) => `hacer ${verb} sobre la ruta ${path}`,
  'rbac.request': ({ verb, what, name, scope }) => `hacer ${verb} sobre ${what}${name ? ` "${name}"` : ''} ${scope}`,
  'rbac.subject.User': (p) => subject(p.to ? 'al usuario' : 'usuario', p),
  'rbac.subject.Group': (p) => subject(p.to ? 'al grupo' : 'grupo', p),
  'rbac.subject.ServiceAccount': (p) => subject(p.to ? 'a la service account' : 'service account', p),
  'rbac.subject.other': (p) => subject(p.to ? `a ${p.kind}` : p.kind, p),
  'rbac.groupMember': ({ group }) => `un miembro del grupo ${group}`,
  'rbac.lack.verb': ({ verb }) => `el verbo ${verb}`,
  'rbac.lack.apiGroup': ({ group, core }) => `el grupo de API "${group}"${core ? ' (core)' : ''}`,
  'rbac.lack.resource': ({ what }) => `el recurso ${what}`,
  'rbac.lack.resourceHint': ({ parent, what }) => `una regla sobre ${parent} no cubre ${what}`,
  'rbac.lack.name': ({ name }) => `el nombre "${name}"`,
  'rbac.lack.nameHint': ({ allowed }) => `la regla solo permite ${allowed}`,
  'rbac.lack.noName': () => 'un pedido sin nombre',
  'rbac.lack.noNameHint': ({ allowed }) => `list, watch, create y deletecollection no llevan nombre, y la regla está limitada a ${allowed}`,
  'rbac.lack.path': ({ path }) => `la ruta ${path}`,
  'rbac.lack.resources': () => 'recursos',
  'rbac.lack.resourcesHint': () => 'esa regla solo lista nonResourceURLs',
  'rbac.lack.paths': ({ path }) => `rutas como ${path}`,
  'rbac.lack.pathsHint': () => 'esa regla solo lista recursos',
  'rbac.missScope': ({ namespace }) => (namespace ? `en ${namespace}` : 'en todo el clúster'),
  'rbac.miss.rule': ({ role, matched, scope, lacking, rule, binding, hints }) =>
    matched
      ? `el ${role} coincide con ${matched} ${scope} pero no con ${lacking} ${via(rule, binding, hints)}`
      : `el ${role} aplica ${scope} pero no coincide con ${lacking} ${via(rule, binding, hints)}`,
  'rbac.reqScope.path': () => 'una ruta no tiene namespace, así que los RoleBindings nunca aplican',
  'rbac.reqScope.in': ({ namespace }) => `el pedido es en ${namespace}`,
  'rbac.reqScope.none': () => 'el pedido no tiene namespace',
  'rbac.reqScope.noneLong': () =>
    'el pedido no tiene namespace (es a nivel de clúster o sobre todos los namespaces), y un RoleBinding solo vale dentro de su namespace',
  'rbac.miss.namespace': ({ binding, where, request }) => `el ${binding} da este permiso en el namespace ${where}, pero ${request}`,
  'rbac.miss.namespaceAnd': ({ binding, where, request, rest }) => `el ${binding} solo aplica en el namespace ${where} (${request}); además, ${rest}`,
  'rbac.miss.noSubjects': ({ role, rule, binding, applies }) =>
    `el ${role} (${rule}) ${applies ? 'aplica' : 'permite esto'}, pero el ${binding} no tiene subjects`,
  'rbac.miss.notInGroup': ({ role, rule, subjects, binding, who }) => `el ${role} (${rule}) está asignado ${subjects} (${binding}), pero ${who} no está en él`,
  'rbac.miss.notSubject': ({ role, rule, subjects, binding, who }) => `el ${role} (${rule}) está asignado ${subjects} (${binding}), no a ${who}`,
  'rbac.miss.noneOfSubjects': ({ role, rule, subjects, binding, who }) =>
    `el ${role} (${rule}) está asignado ${subjects} (${binding}), y ${who} no es ninguno de ellos`,
  'rbac.miss.subject': ({ subject: s, rest, near }) => `${s}${rest ? `; además, ${rest}` : ''}${near ? `. ${near}` : ''}`,
  'rbac.near.case': ({ subject: s, user }) => `Ojo: el subject dice "${s}" y el usuario es "${user}": los nombres distinguen mayúsculas`,
  'rbac.near.serviceAccount': ({ subject: s, requester }) => `Ojo: el subject es la ServiceAccount ${s}, pero quien pide es ${requester}`,
  'rbac.allowed.masters': ({ user, group }) => `permitido: ${user} está en el grupo ${group}, al que el API server le permite todo sin mirar RBAC`,
  'rbac.allowed.by': ({ binding, role, rule, aggregatedFrom, subject: s }) =>
    `permitido por el ${binding} (${role}, ${rule}${aggregatedFrom ? `, agregada desde el ClusterRole ${aggregatedFrom}` : ''}) a ${s}`,
  'rbac.unusable.missingRoleElsewhere': ({ binding, who, role, roleName, where }) =>
    `El ${binding} nombra a ${who}, pero su ${role} no existe (hay un Role ${roleName} en ${where}, pero un RoleBinding solo usa Roles de su propio namespace)`,
  'rbac.unusable.missingRole': ({ binding, who, role }) => `El ${binding} nombra a ${who}, pero su ${role} no existe`,
  'rbac.unusable.kind': ({ binding, who, kind }) => `El ${binding} nombra a ${who}, pero su roleRef.kind "${kind}" no es Role ni ClusterRole`,
  'rbac.unusable.noRules': ({ binding, who, role }) => `El ${binding} nombra a ${who}, pero el ${role} no tiene reglas`,
  'rbac.unusable.aggregatedEmpty': ({ binding, who, role }) =>
    `El ${binding} nombra a ${who}, pero el ${role} no tiene reglas: es agregado, así que sus reglas escritas a mano se reemplazan por las de los ClusterRoles que eligen sus selectores, y ninguno aporta`,
  'rbac.denied.invalid': ({ detail }) => `denegado: el pedido no es válido (${detail ?? 'sin atributos'})`,
  'rbac.denied': ({ who, request, miss, unusable, errors }) => {
    const notes = unusable.map((u) => ` ${u}.`).join('');
    const nothing = ' Ningún binding menciona a este usuario ni a sus grupos, y ninguno en este alcance da este permiso.';
    const detail = miss ? ` Lo más cerca: ${miss}.${notes}` : notes || nothing;
    return `denegado: ninguna regla RBAC le permite a ${who} ${request}.${detail}${errors.length ? ` Errores de RBAC: ${errors.join('; ')}.` : ''}`;
  },
  'rbac.foreign': ({ allowed, decided, nearest }) => {
    if (allowed) return decided ? `permitido por el ${decided}` : 'permitido';
    return nearest ? `denegado. Lo más cerca: ${nearest}` : 'denegado: ninguna regla RBAC lo permite';
  },
  'rbac.foreign.decided': ({ binding, role, rule }) => `${binding} (${role}, ${rule})`,
  'rbac.noVerdict': () => 'sin veredicto',
  'rbac.impersonation.none': ({ actor }) => `sin impersonación: los pedidos van como ${actor}`,
  'rbac.impersonation.groupsWithoutUser': () => 'denegado: --as-group necesita --as (un usuario a impersonar)',
  'rbac.impersonation.denied': ({ actor, as, because }) => `denegado: ${actor} no puede actuar como ${as}: ${because.replace(/^denegado: /, '')}`,
  'rbac.impersonation.allowed': ({ actor, as, groups }) => `permitido: ${actor} puede actuar como ${as} (grupos: ${groups})`,
  'rbac.noUser': () => '(sin usuario)',
  'rbacWrite.roleRef': ({ kind, name, namespace }) => `${kind} ${name}${namespace ? ` (en ${namespace})` : ''}`,
  'rbacWrite.not-rbac': () => 'no es un objeto RBAC: no se aplica el control de escalada',
  'rbacWrite.system:masters': ({ who }) => `permitido: ${who} está en system:masters, que puede otorgar cualquier permiso`,
  'rbacWrite.escalate': ({ who, resource, kind }) =>
    `permitido: ${who} tiene el verbo escalate sobre ${resource}, así que el ${kind} puede otorgar cualquier cosa`,
  'rbacWrite.bind': ({ who, role }) => `permitido: ${who} tiene el verbo bind sobre ${role}`,
  'rbacWrite.coversRole': ({ who, role }) => `permitido: ${who} ya tiene todos los permisos de ${role}`,
  'rbacWrite.coversObject': ({ who, object }) => `permitido: ${who} ya tiene todos los permisos que otorga ${object}`,
  'rbacWrite.denied-missing-role': ({ role }) =>
    `denegado: ${role} no existe; solo system:masters o quien tenga bind sobre él puede asignarlo antes de que exista`,
  'rbacWrite.deniedEscalationRole': ({ who, role }) =>
    `denegado: ${role} otorga permisos que ${who} no tiene, y ${who} no puede asignarlo (le falta el verbo bind)`,
  'rbacWrite.deniedEscalationObject': ({ who, object }) =>
    `denegado: ${object} otorga permisos que ${who} no tiene, y ${who} no puede escalar (le falta el verbo escalate)`,
  'rbacWrite.denied-aggregation': ({ who, object }) =>
    `denegado: ${object} tiene aggregationRule, que exige todos los permisos de cluster-admin (o escalate), y ${who} no los tiene`,
  'rbacWrite.invalid': ({ kind, refKind }) => `inválido: un ${kind} no puede referenciar ${refKind || '(sin kind)'}`,
  'rbacWrite.theWriter': () => 'quien escribe',
  'rbacWrite.missing': ({ base, missing }) => `${base}. Le falta: ${missing}`,
};
