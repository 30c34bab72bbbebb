// Words for a whole traffic verdict, in English and Spanish.
import type { Lang, TrafficVerdict } from '../types';
import { describeDirection } from './describeDirection';
import type { EndpointRef, NetpolTrafficVerdict, TrafficProblem } from './types';

export { describeDirection } from './describeDirection';

function endpointText(ref: EndpointRef, lang: Lang): string {
  const es = lang === 'es';
  switch (ref.kind) {
    case 'service':
      return `Service ${ref.name}${ref.ip ? ` (${ref.ip})` : ''}`;
    case 'workload':
      return es ? `los pods de ${ref.workloadKind ?? ''} ${ref.name}` : `the pods of ${ref.workloadKind ?? ''} ${ref.name}`;
    case 'node':
      return es ? `el nodo ${ref.name}` : `node ${ref.name}`;
    default:
      return ref.name;
  }
}

function portText(v: NetpolTrafficVerdict): string {
  const target = v.targetPort ?? (typeof v.port === 'number' ? v.port : undefined);
  if (v.to.kind === 'service') return `${v.protocol} ${v.port}${target !== undefined && target !== v.port ? ` → ${target}` : ''}`;
  if (typeof v.port === 'string') return `${v.protocol} ${target ?? '?'} (${v.port})`;
  return `${v.protocol} ${v.port}`;
}

/**
 * Explains a NetworkPolicy traffic verdict (semantics/networkpolicy.md §6): the decision,
 * then each direction — which policies isolate the pod and which rules allowed it, or what
 * rule would have to be added. Works on any TrafficVerdict; NetpolTrafficVerdicts get the
 * full explanation in the requested language.
 */
export function describeTraffic(verdict: TrafficVerdict, lang: Lang): string {
  if (!isNetpolVerdict(verdict)) return verdict.reason;
  const es = lang === 'es';
  const decision = verdict.allowed ? (es ? 'Permitido' : 'Allowed') : es ? 'Denegado' : 'Denied';
  const route = `${endpointText(verdict.from, lang)} → ${endpointText(verdict.to, lang)}`;
  if (verdict.problem !== undefined) return `${decision}: ${route}: ${describeProblem(verdict.problem, lang)}`;
  const head = `${decision}: ${route} ${es ? 'en' : 'on'} ${portText(verdict)}.`;
  const aggregate = verdict.aggregate ? ` ${describeAggregate(verdict, lang)}` : '';
  const egress = `Egress: ${describeDirection(verdict.egress, lang)}`;
  const ingress = `Ingress: ${describeDirection(verdict.ingress, lang)}`;
  return `${head}${aggregate} ${egress} ${ingress}`;
}

function isNetpolVerdict(v: TrafficVerdict): v is NetpolTrafficVerdict {
  const candidate = v as Partial<NetpolTrafficVerdict>;
  return typeof candidate.code === 'string' && typeof candidate.from === 'object' && typeof candidate.to === 'object'
    && typeof candidate.egress?.subject === 'string' && typeof candidate.ingress?.subject === 'string';
}

function describeAggregate(v: NetpolTrafficVerdict, lang: Lang): string {
  const a = v.aggregate ?? { pairs: 0, allowed: 0 };
  const first = v.pairs?.find((p) => !p.allowed) ?? v.pairs?.[0];
  const which = first ? `${first.from} → ${first.to} ${v.protocol} ${first.port}` : '';
  if (lang === 'es') {
    const rule = 'cuenta como alcanzable solo si se permiten todos los pares de pods';
    return `Se permiten ${a.allowed} de ${a.pairs} pares origen → destino (${rule}). ${v.allowed ? 'Primer par' : 'Primer par denegado'}: ${which}.`;
  }
  const rule = 'it counts as reachable only when every pod pair is allowed';
  return `${a.allowed} of ${a.pairs} source → destination pairs are allowed (${rule}). ${v.allowed ? 'First pair' : 'First denied pair'}: ${which}.`;
}

const PROBLEM_TEXT: Record<TrafficProblem['code'], { en: (p: TrafficProblem) => string; es: (p: TrafficProblem) => string }> = {
  'bad-endpoint': {
    en: (p) => `${p.subject} is not an endpoint; use "namespace/pod", {ip}, {node} or {service: "namespace/name"}.`,
    es: (p) => `${p.subject} no es un extremo válido; usá "namespace/pod", {ip}, {node} o {service: "namespace/nombre"}.`,
  },
  'bad-ip': { en: (p) => `${p.subject} is not an IPv4 or IPv6 address.`, es: (p) => `${p.subject} no es una dirección IPv4 ni IPv6.` },
  'unknown-endpoint': {
    en: (p) => `there is no pod or workload named ${p.subject}.`,
    es: (p) => `no hay ningún pod ni workload llamado ${p.subject}.`,
  },
  'unknown-node': { en: (p) => `there is no node named ${p.subject}.`, es: (p) => `no hay ningún nodo llamado ${p.subject}.` },
  'unknown-service': { en: (p) => `there is no Service ${p.subject}.`, es: (p) => `no hay ningún Service ${p.subject}.` },
  'external-name-service': {
    en: (p) => `Service ${p.subject} is an ExternalName (a DNS alias): it has no pods to reach.`,
    es: (p) => `el Service ${p.subject} es ExternalName (un alias DNS): no tiene pods a los que llegar.`,
  },
  'service-as-source': {
    en: (p) => `a Service (${p.subject}) never opens connections; ask from one of its pods.`,
    es: (p) => `un Service (${p.subject}) nunca abre conexiones; preguntá desde uno de sus pods.`,
  },
  'bad-port': { en: (p) => `${p.subject} is not a port (1-65535 or a port name).`, es: (p) => `${p.subject} no es un puerto (1-65535 o un nombre de puerto).` },
  'unknown-port-name': {
    en: (p) => `${p.detail ?? 'the destination'} has no container port named ${p.subject}.`,
    es: (p) => `${p.detail ?? 'el destino'} no tiene ningún containerPort llamado ${p.subject}.`,
  },
  'named-port-not-pod': {
    en: (p) => `a port name (${p.subject}) only means something on a pod; ${p.detail ?? 'this destination'} is not one.`,
    es: (p) => `un nombre de puerto (${p.subject}) solo tiene sentido en un pod; ${p.detail ?? 'este destino'} no lo es.`,
  },
  'unknown-service-port': {
    en: (p) => `the Service has no port ${p.subject} (its ports: ${p.detail ?? 'none'}).`,
    es: (p) => `el Service no tiene el puerto ${p.subject} (sus puertos: ${p.detail ?? 'ninguno'}).`,
  },
  'unsupported-protocol': {
    en: (p) => `NetworkPolicy only defines TCP, UDP and SCTP; what happens to ${p.subject} depends on the network plugin.`,
    es: (p) => `NetworkPolicy solo define TCP, UDP y SCTP; qué pasa con ${p.subject} depende del plugin de red.`,
  },
  'no-backends': {
    en: (p) => `Service ${p.subject} has no ready backend pod${p.detail ? ` for ${p.detail}` : ''}, so the connection is refused before any policy applies.`,
    es: (p) => `el Service ${p.subject} no tiene pods backend listos${p.detail ? ` para ${p.detail}` : ''}, así que la conexión se rechaza antes de que aplique cualquier política.`,
  },
};

/** Words for a question that could not be evaluated. */
export function describeProblem(problem: TrafficProblem, lang: Lang): string {
  const text = PROBLEM_TEXT[problem.code];
  return text ? text[lang === 'es' ? 'es' : 'en'](problem) : problem.code;
}
