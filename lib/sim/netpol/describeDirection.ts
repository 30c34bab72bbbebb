// Words for one direction of a NetworkPolicy verdict, in English and Spanish.
import type { Lang, PolicyRuleRef } from '../types';
import { refText } from '../objectRef';
import type { EndKind, NetpolDirectionVerdict, RuleCheck, RuleSuggestion, SuggestedPeer } from './types';

/** An end of a connection in words (`x/a`, `node node-1 (10.0.0.1)` / `el nodo ...`). */
export function describeEnd(kind: EndKind, name: string, lang: Lang): string {
  if (kind !== 'node') return name;
  return lang === 'es' ? `el nodo ${name}` : `node ${name}`;
}

/** A rule reference in words: `x/allow-web (spec.ingress[0])`. */
export function describeRuleRef(ref: PolicyRuleRef, direction: 'ingress' | 'egress'): string {
  return `${refText(ref.policy)} (spec.${direction}[${ref.ruleIndex}])`;
}

/**
 * Explains how one direction of a connection was decided (NetworkPolicy isolation and rule
 * matching, semantics/networkpolicy.md §2–§6), in English or Spanish.
 */
export function describeDirection(v: NetpolDirectionVerdict, lang: Lang): string {
  const es = lang === 'es';
  const subject = describeEnd(v.subjectKind, v.subject, lang);
  const dir = v.direction;
  switch (v.code) {
    case 'not-a-pod':
      return es ? `${subject} no es un pod: no le aplica ninguna política de ${dir}.` : `${subject} is not a pod: no ${dir} policy applies to it.`;
    case 'host-network':
      return es
        ? `${subject} usa la red del host: las NetworkPolicies nunca lo seleccionan, así que su ${dir} no está restringido.`
        : `${subject} uses the host network: NetworkPolicies never select it, so its ${dir} is not restricted.`;
    case 'not-isolated':
      return es
        ? `ninguna NetworkPolicy selecciona a ${subject} para ${dir}, así que todo su ${dir} está permitido.`
        : `no NetworkPolicy selects ${subject} for ${dir}, so all its ${dir} is allowed.`;
    case 'allowed': {
      const rules = v.allowedBy.map((r) => describeRuleRef(r, dir)).join(', ');
      return es ? `el ${dir} de ${subject} está permitido por ${rules}.` : `${dir} of ${subject} is allowed by ${rules}.`;
    }
    case 'self':
      return es ? `${subject} se conecta consigo mismo: un pod siempre puede alcanzarse a sí mismo.` : `${subject} is connecting to itself: a pod can always reach itself.`;
    case 'node-local':
      return es
        ? `la conexión viene del nodo ${v.node ?? '?'}, donde corre ${subject}: el tráfico desde el propio nodo del pod siempre está permitido (por ejemplo, las probes del kubelet).`
        : `the connection comes from node ${v.node ?? '?'}, where ${subject} runs: traffic from a pod's own node is always allowed (kubelet probes, for example).`;
    case 'denied':
      return describeDenied(v, lang);
    case 'not-evaluated':
      return es ? 'no se evaluó.' : 'not evaluated.';
  }
}

function describeDenied(v: NetpolDirectionVerdict, lang: Lang): string {
  const es = lang === 'es';
  const subject = describeEnd(v.subjectKind, v.subject, lang);
  const peer = describeEnd(v.peerKind, v.peer, lang);
  const policies = v.policies.map(refText).join(', ');
  const s = v.suggestion;
  const on = s ? `${s.protocol} ${s.port}` : '';
  const misses = describeNearMisses(v.checked, v.direction, peer, on, lang);
  const head = es
    ? `${subject} está aislado para ${v.direction} (lo seleccionan ${policies}) y ninguna regla de ${v.direction} admite a ${peer} en ${on}${misses}.`
    : `${subject} is isolated for ${v.direction} (selected by ${policies}) and no ${v.direction} rule admits ${peer} on ${on}${misses}.`;
  return s ? `${head} ${describeSuggestion(s, lang)}` : head;
}

function describeNearMisses(checked: RuleCheck[], direction: 'ingress' | 'egress', peer: string, on: string, lang: Lang): string {
  const es = lang === 'es';
  const parts = checked
    .filter((c) => c.peerMatches !== c.portMatches)
    .slice(0, 2)
    .map((c) => {
      const rule = describeRuleRef(c, direction);
      if (c.peerMatches) return es ? `${rule} admite a ${peer} pero no en ${on}` : `${rule} admits ${peer} but not on ${on}`;
      return es ? `${rule} cubre ${on} pero no a ${peer}` : `${rule} covers ${on} but not ${peer}`;
    });
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** The suggested rule in words ("To allow it, add an ingress rule with from: ..."). */
export function describeSuggestion(s: RuleSuggestion, lang: Lang): string {
  const field = s.direction === 'ingress' ? 'from' : 'to';
  const peer = describeSuggestedPeer(s.peer);
  if (lang === 'es') {
    return `Para permitirlo, agregá una regla de ${s.direction} con ${field}: ${peer} y ports: ${s.protocol} ${s.port}, en una NetworkPolicy de ${s.namespace} que seleccione a ${s.pod}.`;
  }
  return `To allow it, add an ${s.direction} rule with ${field}: ${peer} and ports: ${s.protocol} ${s.port}, in a NetworkPolicy of ${s.namespace} that selects ${s.pod}.`;
}

/** `podSelector app=web`, `namespaceSelector kubernetes.io/metadata.name=y + podSelector app=web`, `ipBlock 1.2.3.4/32`. */
export function describeSuggestedPeer(peer: SuggestedPeer): string {
  if ('ipBlock' in peer) return `ipBlock ${peer.ipBlock}`;
  const pods = Object.entries(peer.podSelector).map(([k, v]) => `${k}=${v}`).join(',') || '{}';
  if (peer.namespaceSelector === undefined) return `podSelector ${pods}`;
  const ns = Object.entries(peer.namespaceSelector).map(([k, v]) => `${k}=${v}`).join(',');
  return `namespaceSelector ${ns} + podSelector ${pods}`;
}
