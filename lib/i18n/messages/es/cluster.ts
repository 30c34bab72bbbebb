import type { CLUSTER_MESSAGES } from '../../../sim/cluster/messages';
import type { AreaCatalog } from '../types';

const FEMININE_KINDS = new Set(['NetworkPolicy', 'ValidatingAdmissionPolicy', 'PriorityClass', 'StorageClass', 'IngressClass', 'RuntimeClass']);

/** Sentence start naming an object: `El RoleBinding dev/x`, `La NetworkPolicy shop/deny`. */
const label = (kind: string, object: string) => `${FEMININE_KINDS.has(kind) ? 'La' : 'El'} ${object}`;
const subject = (p: { kind?: string; object?: string }, text: string) =>
  p.kind !== undefined && p.object !== undefined ? `${label(p.kind, p.object)} ${text}` : text;

export const cluster: AreaCatalog<typeof CLUSTER_MESSAGES> = {
  'cluster.internalError': ({ detail }) => `El simulador no pudo revisar estos objetos (error interno: ${detail}). Por favor, reportalo.`,
  'cluster.namespaceNotDeclared': ({ ns }) =>
    `El namespace ${ns} no está declarado. El simulador lo crea, pero un cluster real rechaza objetos en un namespace que no existe: agregá un manifiesto Namespace o corré kubectl create namespace ${ns} antes.`,
  'cluster.note.objectIgnored': () => 'Este documento no es un objeto de Kubernetes (no tiene kind): se ignoró.',
  'cluster.note.objectMissingName': () => 'Este objeto no tiene metadata.name (ni generateName): se ignoró.',
  'cluster.note.nameTooLong': () => 'El API server rechaza un nombre de más de 253 caracteres: el simulador deja este objeto afuera (no crea pods para él).',
  'cluster.note.duplicateObject': (p) => subject(p, 'se declara de nuevo más adelante; el último reemplaza a este, como haría un segundo kubectl apply.'),
  'cluster.note.replicasCapped': (p) => subject(p, 'pide más de 1000 pods; el simulador crea los primeros 1000.'),
  'cluster.note.inputTruncated': () => 'La entrada es demasiado grande; el simulador leyó solo una parte.',
  'cluster.netpolSelectsNone': ({ kind, object, namespace, selector }) =>
    `${label(kind, object)} no selecciona ningún pod del namespace ${namespace} (podSelector: ${selector}): no tiene efecto hasta que exista un pod así.`,
  'cluster.netpolNamedPort': ({ kind, object, name, protocol, ingress }) =>
    `${label(kind, object)} usa el puerto con nombre "${name}" (${protocol}), pero ${ingress ? 'ningún pod que selecciona' : 'ningún pod al que llega esta regla de egress'} declara un containerPort con ese nombre y protocolo: esta entrada de ports no coincide con nada.`,
  'cluster.missingRole': ({ kind, object, roleKind, name, namespace, other }) =>
    `${label(kind, object)} apunta al ${roleKind} "${name}", que no existe${namespace !== undefined ? ` en el namespace ${namespace}` : ''}: el binding no otorga nada hasta que exista.${other ? ` Existe un ${other} llamado "${name}": ¿quisiste poner roleRef.kind: ${other}?` : ''}`,
  'cluster.roleInOtherNamespace': ({ kind, object, name, list, ns, first }) =>
    `${label(kind, object)} apunta al Role "${name}", que existe solo en el namespace ${list}. Un RoleBinding siempre busca su Role en su propio namespace (${ns}), así que no otorga nada: creá el Role en ${ns} o mové el binding a ${first}.`,
  'cluster.serviceSelectsNone': ({ kind, object, selector }) =>
    `${label(kind, object)} no selecciona ningún pod (selector ${selector}): no tiene endpoints, así que las conexiones fallan.`,
  'cluster.serviceTargetPort': ({ kind, object, index, name }) =>
    `${label(kind, object)} manda el puerto ${index} al puerto con nombre "${name}", pero ninguno de sus pods declara un containerPort con ese nombre: ese puerto no tiene endpoints.`,
  'cluster.podRejected': ({ label, pod, error, name, ns }) =>
    `El API server rechaza el ${label}: pods "${pod}" is forbidden: ${error}. Creá la ServiceAccount ${name} en ${ns}, o hacé que el pod corra con una que exista.`,
  'cluster.workloadPodsRejected': ({ label, error, name, ns }) =>
    `El ${label} se acepta, pero sus pods nunca se crean: el API server rechaza cada uno (${error}). Creá la ServiceAccount ${name} en ${ns}, o usá una que exista.`,
  'cluster.missingServiceAccount': ({ kind, object, name, ns, pod }) =>
    `${label(kind, object)} corre con la ServiceAccount "${name}", que no existe en el namespace ${ns}: ${pod ? 'el API server rechaza el pod' : 'su controlador no puede crear pods'} hasta que exista (error looking up service account ${ns}/${name}: serviceaccount "${name}" not found).`,
};
