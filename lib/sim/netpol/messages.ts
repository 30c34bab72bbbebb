/** Message codes of the NetworkPolicy explanations, with sample parameters (words: lib/i18n/messages/<lang>/netpol.ts). */
import { NESTED, optional } from '../messages/message';

const PROBLEM = { subject: 'x/web', detail: optional('x/db') };

export const NETPOL_MESSAGES = {
  'netpol.node': { name: 'node-1' },
  'netpol.workloadPods': { workloadKind: 'Deployment', name: 'x/web' },
  'netpol.traffic.problem': { allowed: false, from: NESTED, to: NESTED, problem: NESTED },
  'netpol.traffic': { allowed: true, from: NESTED, to: NESTED, port: 'TCP 80', aggregate: optional(NESTED), egress: NESTED, ingress: NESTED },
  'netpol.aggregate': { allowed: 1, pairs: 2, anyDenied: true, first: 'x/a → x/b TCP 80' },
  'netpol.problem.bad-endpoint': PROBLEM,
  'netpol.problem.bad-ip': PROBLEM,
  'netpol.problem.unknown-endpoint': PROBLEM,
  'netpol.problem.unknown-node': PROBLEM,
  'netpol.problem.unknown-service': PROBLEM,
  'netpol.problem.external-name-service': PROBLEM,
  'netpol.problem.service-as-source': PROBLEM,
  'netpol.problem.bad-port': PROBLEM,
  'netpol.problem.unknown-port-name': PROBLEM,
  'netpol.problem.named-port-not-pod': PROBLEM,
  'netpol.problem.unknown-service-port': PROBLEM,
  'netpol.problem.unsupported-protocol': PROBLEM,
  'netpol.problem.no-backends': PROBLEM,
  'netpol.dir.not-a-pod': { subject: NESTED, direction: 'ingress' },
  'netpol.dir.host-network': { subject: NESTED, direction: 'ingress' },
  'netpol.dir.not-isolated': { subject: NESTED, direction: 'ingress' },
  'netpol.dir.allowed': { subject: NESTED, direction: 'ingress', rules: 'x/web (spec.ingress[0])' },
  'netpol.dir.self': { subject: NESTED, direction: 'ingress' },
  'netpol.dir.node-local': { subject: NESTED, direction: 'ingress', node: 'node-1' },
  'netpol.dir.not-evaluated': { direction: 'ingress' },
  'netpol.dir.denied': {
    subject: NESTED,
    direction: 'ingress',
    policies: 'x/deny-all',
    peer: NESTED,
    on: 'TCP 80',
    misses: [NESTED],
    suggestion: optional(NESTED),
  },
  'netpol.miss.peer': { rule: 'x/web (spec.ingress[0])', peer: NESTED, on: 'TCP 80' },
  'netpol.miss.port': { rule: 'x/web (spec.ingress[0])', peer: NESTED, on: 'TCP 80' },
  'netpol.suggestion': { direction: 'ingress', field: 'from', peer: 'podSelector app=web', on: 'TCP 80', namespace: 'x', pod: 'x/b' },
};
