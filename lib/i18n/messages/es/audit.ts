import type { AUDIT_MESSAGES } from '../../../sim/audit/messages';
import type { AreaCatalog } from '../types';

export const audit: AreaCatalog<typeof AUDIT_MESSAGES> = {
  'audit.checkLevel': ({ p0, path }) => `${path}: falta el valor: cada regla necesita un level (${p0})`,
  'audit.checkLevel.1': ({ p0, p1, path, near }) =>
    `${path}: valor no soportado: ${p1}: los valores posibles son ${p0}${near ? ` (los niveles distinguen mayúsculas: ¿quisiste poner "${near}"?)` : ''}`,
  'audit.checkNonResourceURL': ({ p0, path }) => `${path}: valor inválido: ${p0}: las URLs no-recurso tienen que empezar con '/'`,
  'audit.checkNonResourceURL.1': ({ p0, path }) => `${path}: valor inválido: ${p0}: el comodín '*' solo puede ir al final de la URL`,
  'audit.checkGroup': ({ serverMinor, path }) =>
    `${path}: valor inválido: "*": el grupo tiene que ser un subdominio DNS en minúsculas; el grupo "*" (todos los grupos de la API) se acepta desde Kubernetes v1.36 y este clúster es v1.${serverMinor}: listá los grupos, o sacá resources para que coincida con todos`,
  'audit.checkGroup.1': ({ p0, path, bare }) =>
    `${path}: valor inválido: ${p0}: el grupo tiene que ser un subdominio DNS en minúsculas${bare ? ` (poné el grupo sin la versión, por ejemplo "${bare}")` : ''}`,
  'audit.checkStage': ({ p0, p1, path }) => `${path}: valor inválido: ${p1}: las etapas válidas son ${p0}`,
  'audit.typeProblem': ({ p0, path, what }) => `${path}: tiene que ser ${what}, vino ${p0}`,
  'audit.literalValueProblems': ({ field, at }) =>
    `${at}: "*" no es un comodín en ${field}: solo coincide con un "*" literal; sacá ${field} para que coincida con cualquiera`,
  'audit.literalValueProblems.1': ({ value, p0, at }) => `${at}: los verbos van en minúsculas ("${p0}"): "${value}" nunca coincide`,
  'audit.readGroupResources': ({ p0, path }) => `${path}.resourceNames: valor inválido: ${p0}: para usar resourceNames hace falta al menos un recurso`,
  'audit.readRule': ({ p0, path }) =>
    `${path}.nonResourceURLs: valor inválido: ${p0}: una regla no puede aplicar a la vez a recursos y a URLs no-recurso (namespaces/resources y nonResourceURLs)`,
  'audit.checkHeader': ({ p0 }) => `kind tiene que ser Policy, vino ${p0}`,
  'audit.unreachableProblems': ({ p0, i }) =>
    `rules[${i}] nunca se usa: la regla ${p0}, que está antes, coincide con todas las solicitudes y decide la primera regla que coincide`,
  'audit.readAuditPolicy': () => 'la política de auditoría tiene que ser un objeto (apiVersion: audit.k8s.io/v1, kind: Policy, rules: [...])',
  'audit.readAuditPolicy.1': () => 'política ilegal con 0 reglas: el API server no acepta una política sin reglas',
  'audit.type.list': () => 'una lista',
  'audit.type.string': () => 'un texto',
  'audit.type.boolean': () => 'true o false',
  'audit.type.object': () => 'un objeto',
  'audit.header.removed': ({ apiVersion }) => `apiVersion ${apiVersion} se eliminó en Kubernetes v1.24: usá audit.k8s.io/v1`,
  'audit.header.apiVersion': ({ apiVersion }) => `apiVersion tiene que ser audit.k8s.io/v1, vino ${apiVersion}`,
  'audit.group.every': () => 'todos los grupos',
  'audit.group.core': () => 'todo el grupo core',
  'audit.group.whole': ({ group }) => `todo el grupo ${group}`,
  'audit.group.named': ({ resources, names }) => `${resources} llamados ${names}`,
  'audit.rule.users': ({ list }) => `usuarios ${list}`,
  'audit.rule.groups': ({ list }) => `grupos ${list}`,
  'audit.rule.verbs': ({ list }) => `verbos ${list}`,
  'audit.rule.namespaces': ({ list }) => `namespaces ${list}`,
  'audit.rule.resources': ({ list }) => `recursos ${list}`,
  'audit.rule.urls': ({ list }) => `URLs ${list}`,
  'audit.rule.everything': () => 'coincide con todas las solicitudes',
  'audit.decision.invalid': ({ detail }) => `no se registra nada: la política es inválida y el API server no la cargaría (${detail})`,
  'audit.decision.noRule': () => 'no se registra: ninguna regla coincide, así que el nivel es None',
  'audit.decision.none': ({ number, rule }) => `no se registra: la regla ${number} (${rule}) pone el nivel None`,
  'audit.decision.logged': ({ number, rule, level, stages }) =>
    `se registra a nivel ${level} por la regla ${number} (${rule})${stages ? `; etapas omitidas: ${stages}` : ''}`,
  'audit.unknownField': ({ path, key, hint }) => `${path}: el API server ignora el campo desconocido ${key}${hint ? ` (¿quisiste poner "${hint}"?)` : ''}`,
};
