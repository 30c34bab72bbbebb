import type { EXPLAIN_MESSAGES } from '../../../lesson/explain/messages';
import { capitalized, shortDenial } from '../lessonText';
import type { AreaCatalog } from '../types';

const PSA = 'pod-security.kubernetes.io/';
const admitted = (warnings: number) => (warnings ? `Admitido con ${warnings} advertencia(s)` : 'Admitido');
const decidesToday = (fact: string | undefined) => (fact ? ` Lo que decide hoy: ${fact}.` : '');

export const explain: AreaCatalog<typeof EXPLAIN_MESSAGES> = {
  'explain.firstLine': ({ text }) => text.split('\n')[0],
  'explain.admission.vapFact': ({ policy, binding, step }) => `ValidatingAdmissionPolicy ${policy}${binding ? ` (binding ${binding})` : ''}: ${step}`,
  'explain.admission.webhookFact': ({ kind, name, webhook, step }) => `${kind} ${name}, webhook ${webhook}: ${step}`,
  'explain.admission.vapWarned': ({ binding }) =>
    `poné \`validationActions: [Deny]\` en el ValidatingAdmissionPolicyBinding ${binding}: Warn y Audit no rechazan`,
  'explain.admission.cover': ({ field }) => `hacé que \`${field}\` cubra esta solicitud`,
  'explain.admission.vapSkipped': ({ policy }) =>
    `agregá un ValidatingAdmissionPolicyBinding con \`policyName: ${policy}\` y \`validationActions: [Deny]\` (o corregí lo que el API server rechazaría)`,
  'explain.admission.vapAllowed': ({ policy }) =>
    `hacé que una validación de ${policy} dé \`false\` para este objeto (mirá qué campos lee la expresión y qué valores tiene el objeto)`,
  'explain.admission.vapErrorIgnored': () => 'con `failurePolicy: Ignore` un error deja pasar la solicitud: usá `Fail` y protegé la expresión con `has()`',
  'explain.admission.vapDenied': ({ number, policy }) =>
    `la validación ${number} de ${policy} da \`false\` para este objeto: corregí la expresión para que lo acepte, o sacá este namespace u objeto del alcance del binding (\`matchResources\`)`,
  'explain.criterion.rules': () => 'grupo de API, versión, recurso en plural, operación',
  'explain.criterion.namespaceSelector': () => 'las etiquetas del namespace',
  'explain.criterion.objectSelector': () => 'las etiquetas del objeto',
  'explain.criterion.matchConditions': () => 'sus condiciones CEL',
  'explain.criterion.excludeResourceRules': () => 'lo que excluye',
  'explain.admission.webhookErrorIgnored': ({ base }) =>
    `con \`failurePolicy: Ignore\` un webhook caído deja pasar todo: usá \`failurePolicy: Fail\` en ${base}`,
  'explain.admission.webhookCover': ({ field, criterion }) => `hacé que \`${field}\` cubra esta solicitud (${criterion})`,
  'explain.admission.webhookDenied': ({ base }) => `el webhook rechaza el objeto: cambiá el objeto o dejalo fuera de \`${base}.rules\`/\`namespaceSelector\``,
  'explain.admission.webhookMutatedThrough': ({ base, namespace }) =>
    `este webhook cambió el objeto antes de la validación, así que la validación vio el objeto cambiado y lo admitió: dejá el namespace ${namespace} fuera de ${base} con un \`namespaceSelector\` (o achicá sus \`rules\`)`,
  'explain.admission.denied': ({ code, by, denial }) => `Rechazado${code ? ` (${code})` : ''}${by ? ` por ${by}` : ''}: ${shortDenial(denial)}`,
  'explain.admission.admittedBut': ({ warnings, mismatch }) => `${admitted(warnings)}. ${mismatch}`,
  'explain.admission.admittedBy': ({ warnings, fact }) => `${admitted(warnings)}: ${fact}`,
  'explain.admission.admitted': ({ warnings }) => `${admitted(warnings)}.`,
  'explain.admission.nothingDenies': ({ fact }) =>
    'Nada de tus archivos rechaza este objeto: escribí ahí lo que lo frene (una política con su binding en `Deny`, un webhook que se llame para este recurso, o las etiquetas de PodSecurity del namespace).' +
    decidesToday(fact),
  'explain.admission.nothingAdmits': ({ fact }) =>
    'Nada de tus archivos hace que este objeto se admita como pide el objetivo: escribí ahí el objeto que falta (webhook, política o namespace) o corregí el que lo rechaza.' +
    decidesToday(fact),
  'explain.admission.fix': ({ action, also }) => capitalized(`${action}${also.length ? '. Revisá también: ' + also.join('; ') : ''}.`),
  'explain.podSecurity.reasonDetail': ({ reason, detail }) => `${reason} (${detail})`,
  'explain.podSecurity.noEnforce': ({ namespace }) => `el namespace ${namespace} no tiene la etiqueta \`${PSA}enforce\` (vale privileged)`,
  'explain.podSecurity.invalidEnforce': ({ level, namespace }) =>
    `\`${PSA}enforce: ${level}\` en ${namespace} no es un nivel válido (son privileged, baseline, restricted, en minúsculas)`,
  'explain.podSecurity.enforces': ({ level, namespace }) => `PodSecurity aplica enforce \`${level}\` en ${namespace}`,
  'explain.podSecurity.addWarn': ({ namespace }) => `agregá \`${PSA}warn: restricted\` a ${namespace} para que avise sin rechazar`,
  'explain.podSecurity.breaks': ({ current, level, reason }) => `${current}; este pod no cumple ${level}: ${reason}`,
  'explain.podSecurity.setEnforce': ({ level, namespace }) => `poné \`${PSA}enforce: ${level}\` en el Namespace ${namespace}`,
  'explain.podSecurity.oldVersion': ({ level, version, namespace }) =>
    `El Namespace ${namespace} exige ${level} tal como era en ${version} (\`${PSA}enforce-version: ${version}\`), un ${level} más viejo y más chico que este pod sí cumple`,
  'explain.podSecurity.setLatest': ({ namespace, version }) =>
    `cambiá \`${PSA}enforce-version: ${version}\` por \`latest\` (o borrá esa etiqueta) en el Namespace ${namespace}`,
  'explain.podSecurity.denied': ({ current, reason }) => `${current}: ${reason}`,
  'explain.podSecurity.inPod': ({ details, more }) => `en el pod: ${details.join('; ')}` + (more > 0 ? ` (${more} control(es) más)` : ''),
  'explain.podSecurity.enforceMeets': ({ namespace, level }) =>
    `si este pod tiene que entrar, el enforce de ${namespace} debe ser un nivel que cumpla (\`${level}\`); el nivel más estricto puede ir en \`${PSA}warn\``,
  'explain.podSecurity.meets': ({ level }) => `Cumple el nivel ${level}, y el objetivo espera que no lo cumpla.`,
  'explain.podSecurity.meetsFix': ({ level }) => `Este objetivo pide un pod que no cumpla ${level}: no le agregues las protecciones que ese nivel exige.`,
  'explain.podSecurity.fails': ({ level, check, reason, path, more }) =>
    `No cumple ${level}: control \`${check}\`, ${reason}, en \`${path}\`${more > 0 ? ` (y ${more} control(es) más)` : ''}.`,
  'explain.podSecurity.fix': ({ level, details }) => `Para cumplir ${level}, sacá o cambiá lo que prohíbe, en la línea marcada: ${details.join('; ')}.`,
  'explain.audit.noRule': ({ level }) =>
    `Ninguna regla coincide con esta solicitud (o la política es inválida): agregá una regla con \`level: ${level}\` que coincida (verbo, recurso, usuario o grupo), o corregí los errores de la lista de problemas.`,
  'explain.audit.firstRule': ({ number, level, want }) =>
    `La regla ${number} es la primera que coincide y pone \`${level}\`; hace falta \`${want}\`. Gana la primera regla que coincide: poné arriba de la regla ${number} una regla con \`level: ${want}\` para esta solicitud, o acotá la regla ${number} para que no la tome.`,
  'explain.goToBinding': ({ binding }) => `Ir al binding (${binding})`,
  'explain.can.podDeny': ({ pods, account, what }) =>
    `Los pods de ${pods} corren como \`${account}\`, que puede hacer \`${what}\`: dales una ServiceAccount propia sin ese permiso (\`serviceAccountName\`).`,
  'explain.can.ruleAllows': ({ number, role, what, binding, ruleEditable }) =>
    `La regla ${number} de ${role} permite \`${what}\` (vinculada por ${binding}). ${ruleEditable ? 'Sacá de esa regla el verbo o recurso (o el comodín `*`) que lo cubre' : `Ese rol no es tuyo: vinculá un rol más acotado en ${binding} o sacá al sujeto`}; RBAC solo suma permisos, no hay reglas que nieguen.`,
  'explain.can.podAllow': ({ pods, account, binding }) =>
    `Los pods de ${pods} corren como la ServiceAccount \`${account}\`, pero ${binding} le da el permiso a otra: poné en \`serviceAccountName\` la ServiceAccount que nombra ese binding.`,
  'explain.leastPrivilege.podAccount': ({ pods, account }) =>
    `Los pods de ${pods} corren como la ServiceAccount \`${account}\`, que tiene esos permisos: dales una ServiceAccount propia con exactamente lo que necesitan (\`serviceAccountName\`).`,
  'explain.leastPrivilege.extra': ({ grants, number, role, binding }) =>
    `Otorga más de lo necesario: ${grants}, por la regla ${number} de ${role}, vinculada por ${binding}.`,
  'explain.leastPrivilege.notYours': ({ role, binding, needed }) =>
    `${role} no es tuyo para editar: en ${binding}, apuntá \`roleRef\` a un Role propio que otorgue exactamente lo necesario (${needed.join('; ') || 'nada'}).`,
  'explain.leastPrivilege.needsNothing': ({ binding }) => `Este sujeto no necesita nada acá: sacalo de los subjects de ${binding} (o borrá el binding).`,
  'explain.leastPrivilege.wildcard': ({ number, role, needed }) =>
    `En la regla ${number} de ${role}, cambiá el comodín \`*\` por exactamente lo necesario (${needed.join('; ')}).`,
  'explain.leastPrivilege.remove': ({ grants, number, role, needed, binding }) =>
    `Sacá ${grants} de la regla ${number} de ${role} (lo necesario es: ${needed.join('; ')}), o dejá de vincular ese rol con ${binding}.`,
  'explain.noFinalPeriod': ({ text }) => text.replace(/\.$/, ''),
  'explain.traffic.peerParts': ({ parts }) => parts.join(' Y ') || '{}',
  'explain.traffic.portMiss': ({ direction, number, policy, peer, count, on }) =>
    `la regla ${direction} ${number} de la NetworkPolicy ${policy} admite a ${peer}, pero ninguna de sus ${count} entradas de ports es ${on}`,
  'explain.traffic.addPort': ({ port, protocol, direction, number, policy }) =>
    `agregá \`- port: ${port}\` (protocol ${protocol}) a los ports de la regla ${direction} ${number} de ${policy}`,
  'explain.traffic.isolated': ({ subject, direction, policies, peer }) =>
    `${subject} está aislado para ${direction} por ${policies} y ninguna regla ${direction} admite a ${peer} (ni el peer ni el puerto coinciden)`,
  'explain.traffic.addRule': ({ direction, peer }) => `agregá una regla ${direction} que admita a ${peer}`,
  'explain.traffic.peerMiss': ({ direction, number, policy, on, count, peer, anded }) =>
    `la regla ${direction} ${number} de la NetworkPolicy ${policy} cubre ${on}, pero ninguno de sus ${count} peers coincide con ${peer}${anded ? `; ${anded}` : ''}`,
  'explain.traffic.anded': ({ number, peer }) => `el peer ${number} (\`${peer}\`) exige las dos condiciones a la vez (Y)`,
  'explain.traffic.fixPeer': ({ field, direction, number, policy, peer, wanted }) =>
    `en ${field} de la regla ${direction} ${number} de ${policy}, agregá o corregí un peer que coincida con ${peer} (por ejemplo \`${wanted}\`); las etiquetas distinguen mayúsculas`,
  'explain.traffic.facts': ({ facts }) => `${capitalized(facts.join('; '))}.`,
  'explain.traffic.allActions': ({ actions }) => `${capitalized(actions.join('; '))}.`,
  'explain.traffic.anyAction': ({ actions }) => `${capitalized(actions.join('; o bien '))}.`,
  'explain.traffic.admits': ({ direction, number, policy, peer, via, port, also }) =>
    `la regla ${direction} ${number} de la NetworkPolicy ${policy} admite a ${peer}${via}${port}${also ?? ''}`,
  'explain.traffic.viaPeer': ({ number, peer }) => ` por el peer ${number} (\`${peer}\`)`,
  'explain.traffic.viaAnyone': ({ field }) => ` (la regla no tiene \`${field}\`: admite a cualquiera)`,
  'explain.traffic.onPortEntry': ({ number, entry }) => ` en la entrada de ports ${number} (${entry})`,
  'explain.traffic.onAnyPort': () => ' en cualquier puerto (sin `ports`)',
  'explain.traffic.alsoAdmitted': ({ others }) => `; también la admiten ${others}`,
  'explain.traffic.narrow': ({ direction, number, policy, peer }) =>
    `acotá ese peer o esa entrada de ports de la regla ${direction} ${number} de ${policy} para que ya no coincida con ${peer} (y revisá las demás reglas que lo admitan)`,
  'explain.traffic.notIsolated': ({ pod, direction }) => `ninguna NetworkPolicy selecciona a ${pod} para ${direction}, así que su ${direction} está abierto`,
  'explain.traffic.isolate': ({ pod, namespace, policyType, peer, on }) =>
    `seleccioná a ${pod} (podSelector) en una NetworkPolicy de ${namespace} con \`${policyType}\` en policyTypes y sin una regla que admita ${peer} en ${on}`,
  'explain.traffic.shadowed': ({ name }) => `no hay Pod ni workload ${name}, así que ese nombre se toma como el Service`,
  'explain.traffic.writeWorkload': ({ name }) => `escribí el workload (o Pod) ${name} en tus archivos, con el nombre y namespace exactos`,
  'explain.traffic.noBackends': ({ service }) => `el Service ${service} no tiene endpoints: su selector no coincide con ningún pod listo`,
  'explain.traffic.matchSelector': ({ service }) =>
    `hacé que el selector de ${service} coincida exactamente con las etiquetas de los pods (distinguen mayúsculas)`,
  'explain.traffic.unknownPort': ({ service, port }) => `el Service ${service} no expone el puerto ${port}`,
  'explain.traffic.addServicePort': ({ service, port }) => `agregá el puerto ${port} a spec.ports de ${service} con el targetPort del contenedor`,
  'explain.traffic.unknown': ({ subject }) => `la pregunta nombra algo que no existe o no se puede evaluar (${subject})`,
  'explain.traffic.checkNames': () => 'revisá nombres, namespaces, etiquetas y nombres de puertos en tus archivos (distinguen mayúsculas)',
};
