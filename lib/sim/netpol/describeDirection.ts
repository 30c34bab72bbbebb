// One direction of a NetworkPolicy verdict as a message (words: lib/i18n/messages/<lang>/netpol.ts).
import { msg, type Message } from '../messages';
import type { PolicyRuleRef } from '../types';
import { refText } from '../objectRef';
import type { EndKind, NetpolDirectionVerdict, RuleCheck, RuleSuggestion, SuggestedPeer } from './types';

/** An end of a connection (`x/a`, or the node `node-1`). */
export function describeEnd(kind: EndKind, name: string): string | Message {
  return kind === 'node' ? msg('netpol.node', { name }) : name;
}

/** A rule reference: `x/allow-web (spec.ingress[0])`. */
export function describeRuleRef(ref: PolicyRuleRef, direction: 'ingress' | 'egress'): string {
  return `${refText(ref.policy)} (spec.${direction}[${ref.ruleIndex}])`;
}

/**
 * Explains how one direction of a connection was decided (NetworkPolicy isolation and rule
 * matching, semantics/networkpolicy.md §2–§6).
 */
export function describeDirection(v: NetpolDirectionVerdict): Message {
  let described = descriptions.get(v);
  if (!described) descriptions.set(v, (described = describeOnce(v)));
  return described;
}

/**
 * One explanation per direction verdict: explainDirection renders it into the direction's
 * `reason` and describeTraffic nests it in the verdict's (so english() renders it once). It
 * never reads `reason`; verdicts are not changed after they are returned.
 */
const descriptions = new WeakMap<NetpolDirectionVerdict, Message>();

function describeOnce(v: NetpolDirectionVerdict): Message {
  const base = { subject: describeEnd(v.subjectKind, v.subject), direction: v.direction };
  switch (v.code) {
    case 'allowed':
      return msg('netpol.dir.allowed', { ...base, rules: v.allowedBy.map((r) => describeRuleRef(r, v.direction)).join(', ') });
    case 'node-local':
      return msg('netpol.dir.node-local', { ...base, node: v.node ?? '?' });
    case 'denied':
      return describeDenied(v);
    case 'not-a-pod':
    case 'host-network':
    case 'not-isolated':
    case 'self':
      return msg(`netpol.dir.${v.code}`, base);
    default:
      return msg('netpol.dir.not-evaluated', { direction: v.direction });
  }
}

function describeDenied(v: NetpolDirectionVerdict): Message {
  const peer = describeEnd(v.peerKind, v.peer);
  const s = v.suggestion;
  const on = s ? `${s.protocol} ${s.port}` : '';
  return msg('netpol.dir.denied', {
    subject: describeEnd(v.subjectKind, v.subject),
    direction: v.direction,
    policies: v.policies.map(refText).join(', '),
    peer,
    on,
    misses: describeNearMisses(v.checked, v.direction, peer, on),
    suggestion: s ? describeSuggestion(s) : undefined,
  });
}

function describeNearMisses(checked: RuleCheck[], direction: 'ingress' | 'egress', peer: string | Message, on: string): Message[] {
  return checked
    .filter((c) => c.peerMatches !== c.portMatches)
    .slice(0, 2)
    .map((c) => msg(c.peerMatches ? 'netpol.miss.peer' : 'netpol.miss.port', { rule: describeRuleRef(c, direction), peer, on }));
}

/** The suggested rule ("To allow it, add an ingress rule with from: ..."). */
export function describeSuggestion(s: RuleSuggestion): Message {
  return msg('netpol.suggestion', {
    direction: s.direction,
    field: s.direction === 'ingress' ? 'from' : 'to',
    peer: describeSuggestedPeer(s.peer),
    on: `${s.protocol} ${s.port}`,
    namespace: s.namespace,
    pod: refText(s.pod),
  });
}

/** `podSelector app=web`, `namespaceSelector kubernetes.io/metadata.name=y + podSelector app=web`, `ipBlock 1.2.3.4/32`. */
export function describeSuggestedPeer(peer: SuggestedPeer): string {
  if ('ipBlock' in peer) return `ipBlock ${peer.ipBlock}`;
  const pods =
    Object.entries(peer.podSelector)
      .map(([k, v]) => `${k}=${v}`)
      .join(',') || '{}';
  if (peer.namespaceSelector === undefined) return `podSelector ${pods}`;
  const ns = Object.entries(peer.namespaceSelector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `namespaceSelector ${ns} + podSelector ${pods}`;
}
