import type { ADMISSION_MESSAGES } from '../../../sim/admission/messages';
import type { AreaCatalog } from '../types';

const OUTCOME: Record<string, string> = {
  allowed: 'permitido',
  denied: 'RECHAZADO',
  mutated: 'modificado',
  warned: 'advertencia',
  audited: 'auditado',
  'not-matched': 'no coincide',
  skipped: 'salteado',
  'error-ignored': 'error ignorado',
  exempt: 'exento',
};

const PHASE: Record<string, string> = {
  request: 'solicitud',
  authorization: 'autorización',
  mutating: 'admisión mutante',
  validating: 'admisión de validación',
};

export const admission: AreaCatalog<typeof ADMISSION_MESSAGES> = {
  'admission.rbacStep': ({ what, why }) => `${what}: ${why}`,
  'admission.rbacDenied': ({ what, why }) => `${what}: ${why}`,
  'admission.rbacRejected': ({ forbidden, why }) => `${forbidden} (${why})`,
  'admission.psa.notPod': ({ what }) => `no se evalúa: ${what} no es un pod ni un workload con plantilla de pod`,
  'admission.psa.ignored': ({ operation, what }) => `no se evalúa: PodSecurity ignora ${operation} de ${what}`,
  'admission.psa.noChange': () =>
    'no se evalúa: la actualización no cambia contenedores, init containers, contenedores efímeros, imágenes ni anotaciones de seccomp',
  'admission.psa.forbidden': ({ name, label, violations }) => `pods "${name}" está prohibido: viola PodSecurity "${label}": ${violations.join(', ')}`,
  'admission.psa.violation': ({ reason, detail }) => (detail ? `${reason} (${detail})` : reason),
  'admission.psa.allowedAt': ({ label }) => `permitido con enforce "${label}"`,
  'admission.psa.workload': () => 'a los workloads solo se les audita y advierte, no se les aplica enforce (a sus pods sí)',
  'admission.psa.warnedAt': ({ label }) => `advertencia con "${label}"`,
  'admission.psa.auditedAt': ({ label }) => `anotación de auditoría con "${label}"`,
  'admission.psa.namespaceOnly': () => 'no se evalúa: solo se revisan altas y cambios de namespaces',
  'admission.psa.namespaceInvalid': ({ name, list }) => `Namespace "${name}" es inválido: ${list}`,
  'admission.psa.namespaceValid': ({ label }) => `las labels del namespace son válidas (enforce "${label}")`,
  'admission.bad.notObject': () => 'la solicitud tiene que ser un objeto',
  'admission.bad.operation': ({ operation }) => `operación desconocida ${operation} (CREATE, UPDATE, DELETE o CONNECT)`,
  'admission.bad.needsObject': ({ operation }) => `${operation} necesita el objeto`,
  'admission.bad.oldObject': () => 'oldObject tiene que ser un objeto',
  'admission.bad.target': () => 'no se sabe a qué recurso va la solicitud: pasá un objeto con kind, o `resource`',
  'admission.internalError': () => 'Error interno: el simulador falló al admitir esta solicitud',
  'admission.webhook.privileged': ({ names, plural }) =>
    `no se permiten contenedores privilegiados: ${plural ? 'los contenedores' : 'el contenedor'} ${names} ${plural ? 'ponen' : 'pone'} securityContext.privileged=true`,
  'admission.webhook.polaris': ({ list }) => `Polaris impidió este despliegue por problemas de configuración: ${list}`,
  'admission.match.namespaceSelector': () => 'el namespaceSelector no selecciona el namespace',
  'admission.match.objectSelector': () => 'el objectSelector no coincide con las labels del objeto ni con las del objeto anterior',
  'admission.match.excluded': ({ index }) => `excluido por excludeResourceRules[${index}]`,
  'admission.match.noResourceRule': ({ what }) => `ninguna resourceRule coincide con ${what}`,
  'admission.webhook.noRule': ({ operation, resource }) => `ninguna regla coincide con ${operation} ${resource}`,
  'admission.webhook.badSelector': ({ name, error }) => `el webhook "${name}" tiene un selector inválido: ${error}`,
  'admission.webhook.conditionFalse': ({ name }) => `la matchCondition '${name}' dio false`,
  'admission.webhook.conditionIgnored': ({ error }) => `${error} (failurePolicy: Ignore)`,
  'admission.webhook.conditionForbidden': ({ resource, name, error }) => `${resource} "${name}" está prohibido: ${error}`,
  'admission.webhook.unreachable': ({ name, url, why }) =>
    `falló la llamada al webhook "${name}": Post "${url}": ${why} (en el laboratorio solo responden deny-privileged, image-cloner y polaris)`,
  'admission.webhook.invalidResponse': ({ name }) => `falló la llamada al webhook "${name}": respuesta inválida`,
  'admission.webhook.notCalled': ({ again, why }) => `no se llama${again ? ' (reinvocado)' : ''}: ${why}`,
  'admission.webhook.noDryRun': ({ name }) => `el webhook "${name}" no soporta dry run (sideEffects no es None ni NoneOnDryRun)`,
  'admission.webhook.timeout': ({ name }) => `falló la llamada al webhook "${name}": se agotó el tiempo (el servidor del webhook no está disponible)`,
  'admission.webhook.denied': ({ name, detail, again }) =>
    `el webhook de admisión "${name}" rechazó la solicitud${detail ? `: ${detail}` : ' sin explicación'}${again ? ' (reinvocado)' : ''}`,
  'admission.webhook.patchFailed': ({ name, error }) => `el parche del webhook "${name}" no se pudo aplicar: ${error}`,
  'admission.webhook.mutated': ({ handler, again, count }) =>
    `permitido por ${handler}${again ? ' (reinvocado)' : ''}, con un JSONPatch de ${count} ${count === 1 ? 'operación' : 'operaciones'}`,
  'admission.webhook.allowed': ({ handler, again, ignoredPatch }) =>
    `permitido por ${handler}${again ? ' (reinvocado)' : ''}${ignoredPatch ? ' (un webhook de validación no puede parchear: se ignora)' : ''}`,
  'admission.webhook.failIgnored': ({ error }) => `${error}; failurePolicy Ignore: se toma como permitido`,
  'admission.webhook.failed': ({ error }) => `Error interno: ${error} (failurePolicy Fail)`,
  'admission.webhook.exempt': ({ resource }) => `los webhooks nunca se llaman para ${resource} (para no bloquearse a sí mismos)`,
  'admission.matchConditionFailed': ({ name, error }) => `la matchCondition '${name}' falló: ${error}`,
  'admission.vap.expressionError': ({ expression, compiled, error }) => `la expresión '${expression}' ${compiled ? 'dio error' : 'no compila'}: ${error}`,
  'admission.vap.outOfBudget': () => 'la validación falló porque se agotó el presupuesto de costo de CEL; no se evalúan más reglas',
  'admission.vap.outageBudget': () => 'la validación falló por quedarse sin presupuesto de costo; no se evalúan más reglas',
  'admission.vap.annotationType': ({ expression, key }) =>
    `la valueExpression '${expression}' de la auditAnnotation '${key}' tiene que dar un string o ser nulo`,
  'admission.vap.annotationError': ({ expression, key, error }) => `la valueExpression '${expression}' de la auditAnnotation '${key}' dio error: ${error}`,
  'admission.vap.paramNamespace': () => 'paramRef.namespace no va con un paramKind de alcance de clúster',
  'admission.vap.paramClusterScoped': () => 'no se puede usar un paramRef con namespace en un binding que coincide con recursos de alcance de clúster',
  'admission.vap.paramsNotFound': ({ kind, name, namespace }) =>
    `no se encontraron params para el binding y parameterNotFoundAction es \`Deny\` (${kind}${name ? ` "${name}"` : ''}${namespace ? ` en el namespace "${namespace}"` : ''})`,
  'admission.vap.exempt': ({ resource }) => `las políticas de admisión nunca se aplican a ${resource}`,
  'admission.vap.invalidPolicy': ({ invalid }) => `el API server rechazaría esta política: ${invalid}`,
  'admission.vap.invalidBinding': ({ invalid }) => `el API server rechazaría este binding: ${invalid}`,
  'admission.vap.notMatched': ({ field, why }) => `${field}: ${why}`,
  'admission.vap.policyConfigIgnored': ({ policy, error }) => `error de configuración de la política '${policy}' (failurePolicy Ignore: se saltea): ${error}`,
  'admission.vap.policyConfigDenied': ({ prefix, policy, error }) =>
    `${prefix}la ValidatingAdmissionPolicy '${policy}' rechazó la solicitud: no se pudo configurar la política: ${error}`,
  'admission.vap.bindingConfig': ({ prefix, policy, binding, error }) =>
    `${prefix}ValidatingAdmissionPolicy '${policy}' con binding '${binding}' rechazó la solicitud: no se pudo configurar el binding: ${error}`,
  'admission.vap.bindingConfigIgnored': ({ error }) => `error de configuración ignorado (failurePolicy Ignore): ${error}`,
  'admission.vap.bindingConfigDenied': ({ rejection }) => `${rejection} (los errores de configuración rechazan sin importar las validationActions)`,
  'admission.vap.noBinding': () => 'coincide, pero ningún ValidatingAdmissionPolicyBinding la vincula: una política sin binding no hace nada',
  'admission.vap.paramAllowMissing': () => 'no hay param y parameterNotFoundAction es Allow: el binding pasa',
  'admission.vap.conditionFalse': ({ name, withParam }) => `la matchCondition '${name}' dio false${withParam}`,
  'admission.vap.passed': ({ withParam, ignored }) =>
    `pasaron todas las validaciones${withParam}${ignored ? ` (errors ignored by failurePolicy Ignore: ${ignored})` : ''}`,
  'admission.vap.denied': ({ prefix, policy, binding, violation }) =>
    `${prefix}ValidatingAdmissionPolicy '${policy}' con binding '${binding}' rechazó la solicitud: ${violation}`,
  'admission.vap.withParam': ({ text, withParam }) => `${text}${withParam}`,
  'admission.vap.notEnforced': ({ withParam, actions, violation }) => `falló la validación${withParam} pero validationActions es [${actions}]: ${violation}`,
  'admission.stepLine': ({ phase, by, outcome, text }) => `- [${PHASE[phase] ?? phase}] ${by}: ${OUTCOME[outcome] ?? outcome} — ${text}`,
  'admission.admitted': () => 'Admitido: la solicitud llega al almacenamiento (etcd).',
  'admission.deniedLine': ({ status, text }) => `Rechazado${status ? ` (${status})` : ''}: ${text}`,
  'admission.warningLine': ({ warning }) => `Warning: ${warning}`,
};
