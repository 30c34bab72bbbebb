import type { GOAL_MESSAGES } from '../../../lesson/messages';
import { capitalized } from '../lessonText';
import type { AreaCatalog } from '../types';

export const lesson: AreaCatalog<typeof GOAL_MESSAGES> = {
  'goal.missingTarget': ({ target }) => `Todavía no hay ${target} en tus archivos ni en el mundo.`,
  'goal.missingTargetFix': ({ target }) => `Escribí ${target} en tu archivo (tipo, namespace y nombre tal cual están acá: distinguen mayúsculas).`,
  'goal.podOf': ({ target }) => `un pod de ${target}`,
  'goal.rejectedFix': () =>
    'Primero arreglá lo que nombra el motivo de arriba (también está en la lista de problemas de ese archivo): hasta que el API server acepte el objeto, este objetivo no lo puede ver.',
  'goal.rejected': ({ label, line, detail }) => `El API server rechaza ${label} (línea ${line}): ${detail}`,
  'goal.noAuditPolicyFix': () => 'Escribí una Policy de auditoría con `apiVersion: audit.k8s.io/v1`, `kind: Policy` y sus `rules` en tu archivo.',
  'goal.noAuditPolicy': () => 'Todavía no hay una Policy de auditoría (audit.k8s.io/v1, kind: Policy) en tus archivos.',
  'goal.auditEveryStageOmitted': ({ level, stages }) =>
    `El pedido coincide con una regla en ${level}, pero \`omitStages\` (${stages.join(', ')}) descarta todas las etapas por las que pasa: no se escribe ningún evento, así que no queda nada registrado.`,
  'goal.auditEveryStageOmittedFix': () =>
    'Sacá `ResponseComplete` de `omitStages` (la lista de toda la policy o la de la regla, en esta línea): omití solo `RequestReceived`, la etapa que todavía no tiene respuesta.',
  'goal.noFinding': ({ finding, target }) => `${target} no tiene el hallazgo "${finding}".`,
  'goal.checkPasses': ({ check }) => `El control "${check}" pasa.`,
  'goal.canNoBindingFix': () => 'Ningún binding le da a este sujeto algo que coincida: agregá un Role (o ClusterRole) con esta regla y vinculalo al sujeto.',
  'goal.canDenyFix': () => 'Esto tiene que estar denegado: acotá la regla o el binding que lo permite (mínimo privilegio).',
  'goal.miss.rule': ({ number, role }) => `la regla ${number} de ${role}`,
  'goal.miss.subject': ({ binding, subject }) => `en ${binding}, nombrá exactamente a ${subject} como subject`,
  'goal.miss.namespace': ({ namespace }) =>
    `el permiso tiene que valer en ${namespace || 'todo el clúster'}: un RoleBinding en ese namespace (o un ClusterRoleBinding)`,
  'goal.miss.verb': ({ verb, rule }) => `agregá el verbo \`${verb}\` a ${rule}`,
  'goal.miss.resource': ({ resource, rule }) => `agregá \`${resource}\` a ${rule}`,
  'goal.miss.apiGroup': ({ group, rule }) => `usá el apiGroup \`${group}\` en ${rule}`,
  'goal.miss.resourceName': ({ name, rule }) => `agregá \`${name}\` a resourceNames de ${rule} (o sacá resourceNames si el pedido no nombra un objeto)`,
  'goal.miss.kind': ({ rule }) => `${rule} es del otro tipo (recursos vs. URLs): escribí una regla del tipo que corresponde`,
  'goal.miss.steps': ({ steps }) => `${capitalized(steps.join('; '))}.`,
  'goal.exclusiveOthers': ({ user, subjects, binding }) =>
    `${user} puede hacerlo, pero tu ${binding} también se lo da a ${subjects.join(', ')}: la consigna se lo da solo a ${user}. Cada sujeto de un binding recibe todo lo que otorga su rol.`,
  'goal.exclusiveOthersFix': ({ subjects, binding }) =>
    `Sacá ${subjects.join(', ')} de los subjects de ${binding} (o dales su propio binding a un rol que no otorgue esto).`,
  'goal.leastPrivilegeOk': ({ count }) => `Nada más de lo necesario: los ${count} permisos otorgados están en la lista permitida.`,
  'goal.leastPrivilegeExtra': ({ grants }) => `Otorga más de lo necesario: ${grants.join('; ')}.`,
  'goal.leastPrivilegeFix': () => 'Sacá los verbos o recursos de más (y evitá comodines) del rol vinculado a este sujeto.',
  'goal.checkMismatch': ({ path, expected, actual }) => `Después de la admisión, ${path} vale ${actual ?? 'nada'}, no ${expected}.`,
  'goal.withNotes': ({ parts }) => parts.join(' '),
  'goal.couldNotRun': ({ message }) => `No se pudo evaluar: ${message}`,
};
