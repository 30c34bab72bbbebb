import type { NETPOL_MESSAGES } from '../../../sim/netpol/messages';
import type { AreaCatalog } from '../types';

export const netpol: AreaCatalog<typeof NETPOL_MESSAGES> = {
  'netpol.node': ({ name }) => `el nodo ${name}`,
  'netpol.workloadPods': ({ workloadKind, name }) => `los pods de ${workloadKind} ${name}`,
  'netpol.traffic.problem': ({ allowed, from, to, problem }) => `${allowed ? 'Permitido' : 'Denegado'}: ${from} → ${to}: ${problem}`,
  'netpol.traffic': ({ allowed, from, to, port, aggregate, egress, ingress }) =>
    `${allowed ? 'Permitido' : 'Denegado'}: ${from} → ${to} en ${port}.${aggregate ? ` ${aggregate}` : ''} Egress: ${egress} Ingress: ${ingress}`,
  'netpol.aggregate': ({ allowed, pairs, anyDenied, first }) =>
    `Se permiten ${allowed} de ${pairs} pares origen → destino (cuenta como alcanzable solo si se permiten todos los pares de pods). ${anyDenied ? 'Primer par denegado' : 'Primer par'}: ${first}.`,
  'netpol.problem.bad-endpoint': (p) => `${p.subject} no es un extremo válido; usá "namespace/pod", {ip}, {node} o {service: "namespace/nombre"}.`,
  'netpol.problem.bad-ip': (p) => `${p.subject} no es una dirección IPv4 ni IPv6.`,
  'netpol.problem.unknown-endpoint': (p) => `no hay ningún pod ni workload llamado ${p.subject}.`,
  'netpol.problem.unknown-node': (p) => `no hay ningún nodo llamado ${p.subject}.`,
  'netpol.problem.unknown-service': (p) => `no hay ningún Service ${p.subject}.`,
  'netpol.problem.external-name-service': (p) => `el Service ${p.subject} es ExternalName (un alias DNS): no tiene pods a los que llegar.`,
  'netpol.problem.service-as-source': (p) => `un Service (${p.subject}) nunca abre conexiones; preguntá desde uno de sus pods.`,
  'netpol.problem.bad-port': (p) => `${p.subject} no es un puerto (1-65535 o un nombre de puerto).`,
  'netpol.problem.unknown-port-name': (p) => `${p.detail ?? 'el destino'} no tiene ningún containerPort llamado ${p.subject}.`,
  'netpol.problem.named-port-not-pod': (p) => `un nombre de puerto (${p.subject}) solo tiene sentido en un pod; ${p.detail ?? 'este destino'} no lo es.`,
  'netpol.problem.unknown-service-port': (p) => `el Service no tiene el puerto ${p.subject} (sus puertos: ${p.detail ?? 'ninguno'}).`,
  'netpol.problem.unsupported-protocol': (p) => `NetworkPolicy solo define TCP, UDP y SCTP; qué pasa con ${p.subject} depende del plugin de red.`,
  'netpol.problem.no-backends': (p) =>
    `el Service ${p.subject} no tiene pods backend listos${p.detail ? ` para ${p.detail}` : ''}, así que la conexión se rechaza antes de que aplique cualquier política.`,
  'netpol.dir.not-a-pod': ({ subject, direction }) => `${subject} no es un pod: no le aplica ninguna política de ${direction}.`,
  'netpol.dir.host-network': ({ subject, direction }) =>
    `${subject} usa la red del host: las NetworkPolicies nunca lo seleccionan, así que su ${direction} no está restringido.`,
  'netpol.dir.not-isolated': ({ subject, direction }) =>
    `ninguna NetworkPolicy selecciona a ${subject} para ${direction}, así que todo su ${direction} está permitido.`,
  'netpol.dir.allowed': ({ subject, direction, rules }) => `el ${direction} de ${subject} está permitido por ${rules}.`,
  'netpol.dir.self': ({ subject }) => `${subject} se conecta consigo mismo: un pod siempre puede alcanzarse a sí mismo.`,
  'netpol.dir.node-local': ({ subject, node }) =>
    `la conexión viene del nodo ${node}, donde corre ${subject}: el tráfico desde el propio nodo del pod siempre está permitido (por ejemplo, las probes del kubelet).`,
  'netpol.dir.not-evaluated': () => 'no se evaluó.',
  'netpol.dir.denied': ({ subject, direction, policies, peer, on, misses, suggestion }) =>
    `${subject} está aislado para ${direction} (lo seleccionan ${policies}) y ninguna regla de ${direction} admite a ${peer} en ${on}${misses.length ? ` (${misses.join('; ')})` : ''}.${suggestion ? ` ${suggestion}` : ''}`,
  'netpol.miss.peer': ({ rule, peer, on }) => `${rule} admite a ${peer} pero no en ${on}`,
  'netpol.miss.port': ({ rule, peer, on }) => `${rule} cubre ${on} pero no a ${peer}`,
  'netpol.suggestion': ({ direction, field, peer, on, namespace, pod }) =>
    `Para permitirlo, agregá una regla de ${direction} con ${field}: ${peer} y ports: ${on}, en una NetworkPolicy de ${namespace} que seleccione a ${pod}.`,
};
