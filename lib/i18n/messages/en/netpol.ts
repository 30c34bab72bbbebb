import type { NETPOL_MESSAGES } from '../../../sim/netpol/messages';
import type { AreaCatalog } from '../types';

export const netpol: AreaCatalog<typeof NETPOL_MESSAGES> = {
  'netpol.node': ({ name }) => `node ${name}`,
  'netpol.workloadPods': ({ workloadKind, name }) => `the pods of ${workloadKind} ${name}`,
  'netpol.traffic.problem': ({ allowed, from, to, problem }) => `${allowed ? 'Allowed' : 'Denied'}: ${from} → ${to}: ${problem}`,
  'netpol.traffic': ({ allowed, from, to, port, aggregate, egress, ingress }) =>
    `${allowed ? 'Allowed' : 'Denied'}: ${from} → ${to} on ${port}.${aggregate ? ` ${aggregate}` : ''} Egress: ${egress} Ingress: ${ingress}`,
  'netpol.aggregate': ({ allowed, pairs, anyDenied, first }) =>
    `${allowed} of ${pairs} source → destination pairs are allowed (it counts as reachable only when every pod pair is allowed). ${anyDenied ? 'First denied pair' : 'First pair'}: ${first}.`,
  'netpol.problem.bad-endpoint': (p) => `${p.subject} is not an endpoint; use "namespace/pod", {ip}, {node} or {service: "namespace/name"}.`,
  'netpol.problem.bad-ip': (p) => `${p.subject} is not an IPv4 or IPv6 address.`,
  'netpol.problem.unknown-endpoint': (p) => `there is no pod or workload named ${p.subject}.`,
  'netpol.problem.unknown-node': (p) => `there is no node named ${p.subject}.`,
  'netpol.problem.unknown-service': (p) => `there is no Service ${p.subject}.`,
  'netpol.problem.external-name-service': (p) => `Service ${p.subject} is an ExternalName (a DNS alias): it has no pods to reach.`,
  'netpol.problem.service-as-source': (p) => `a Service (${p.subject}) never opens connections; ask from one of its pods.`,
  'netpol.problem.bad-port': (p) => `${p.subject} is not a port (1-65535 or a port name).`,
  'netpol.problem.unknown-port-name': (p) => `${p.detail ?? 'the destination'} has no container port named ${p.subject}.`,
  'netpol.problem.named-port-not-pod': (p) => `a port name (${p.subject}) only means something on a pod; ${p.detail ?? 'this destination'} is not one.`,
  'netpol.problem.unknown-service-port': (p) => `the Service has no port ${p.subject} (its ports: ${p.detail ?? 'none'}).`,
  'netpol.problem.unsupported-protocol': (p) => `NetworkPolicy only defines TCP, UDP and SCTP; what happens to ${p.subject} depends on the network plugin.`,
  'netpol.problem.no-backends': (p) =>
    `Service ${p.subject} has no ready backend pod${p.detail ? ` for ${p.detail}` : ''}, so the connection is refused before any policy applies.`,
  'netpol.dir.not-a-pod': ({ subject, direction }) => `${subject} is not a pod: no ${direction} policy applies to it.`,
  'netpol.dir.host-network': ({ subject, direction }) =>
    `${subject} uses the host network: NetworkPolicies never select it, so its ${direction} is not restricted.`,
  'netpol.dir.not-isolated': ({ subject, direction }) => `no NetworkPolicy selects ${subject} for ${direction}, so all its ${direction} is allowed.`,
  'netpol.dir.allowed': ({ subject, direction, rules }) => `${direction} of ${subject} is allowed by ${rules}.`,
  'netpol.dir.self': ({ subject }) => `${subject} is connecting to itself: a pod can always reach itself.`,
  'netpol.dir.node-local': ({ subject, node }) =>
    `the connection comes from node ${node}, where ${subject} runs: traffic from a pod's own node is always allowed (kubelet probes, for example).`,
  'netpol.dir.not-evaluated': () => 'not evaluated.',
  'netpol.dir.denied': ({ subject, direction, policies, peer, on, misses, suggestion }) =>
    `${subject} is isolated for ${direction} (selected by ${policies}) and no ${direction} rule admits ${peer} on ${on}${misses.length ? ` (${misses.join('; ')})` : ''}.${suggestion ? ` ${suggestion}` : ''}`,
  'netpol.miss.peer': ({ rule, peer, on }) => `${rule} admits ${peer} but not on ${on}`,
  'netpol.miss.port': ({ rule, peer, on }) => `${rule} covers ${on} but not ${peer}`,
  'netpol.suggestion': ({ direction, field, peer, on, namespace, pod }) =>
    `To allow it, add an ${direction} rule with ${field}: ${peer} and ports: ${on}, in a NetworkPolicy of ${namespace} that selects ${pod}.`,
};
