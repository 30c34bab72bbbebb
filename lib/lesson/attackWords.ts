// Attack paths as messages: one line per step, and what breaks each kind of link (words:
// lib/i18n/messages/<lang>/attack.ts).
import { refText, splitServiceAccountUser, type AttackEdge, type AttackEvidence, type AttackNode } from '../sim';
import { verbatim } from '../sim/messages';
import { msg } from './messages';
import type { LessonMessage } from './types';

type Ref = { kind: string; namespace?: string; name: string };
const ref = (r: Ref | undefined) => (r ? `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}` : '');

/** A node as a learner reads it: `pod shop/web`, `ServiceAccount shop/default`, `Secret shop/db`. */
export function describeAttackNode(node: AttackNode): LessonMessage {
  switch (node.type) {
    case 'internet':
      return verbatim('internet');
    case 'clusterAdmin':
      return msg('attack.node.clusterAdmin', {});
    case 'pod':
      return verbatim(`pod ${refText(node.pod)}`);
    case 'endpoint':
      return msg('attack.node.endpoint', { name: refText(node.pod) });
    case 'node':
      return msg('attack.node.node', { name: node.name });
    case 'secret':
      return verbatim(`Secret ${refText(node.secret)}`);
    case 'identity': {
      const sa = splitServiceAccountUser(node.user);
      return sa ? verbatim(`ServiceAccount ${sa.namespace}/${sa.name}`) : msg('attack.node.user', { name: node.user });
    }
  }
}

/** An entry the attack view offers: the internet, a shell in a pod, a stolen token, a user's credentials. */
export function describeAttackEntry(entry: string): LessonMessage {
  if (entry === 'internet') return msg('attack.entry.internet', {});
  if (entry.startsWith('pod:')) return msg('attack.entry.pod', { name: entry.slice(4) });
  if (entry.startsWith('sa:')) return msg('attack.entry.serviceAccount', { name: entry.slice(3) });
  return msg('attack.entry.user', { name: entry.slice(5) });
}

export function describeNode(node: AttackNode): LessonMessage {
  return describeAttackNode(node);
}

function evidenceText(evidence: AttackEvidence): LessonMessage {
  switch (evidence.type) {
    case 'rbac': {
      const what = `${evidence.request.verb} ${evidence.request.resource}${evidence.request.subresource ? `/${evidence.request.subresource}` : ''}`;
      if (evidence.privilegedGroup) return verbatim(`\`${what}\` (${evidence.privilegedGroup})`);
      const rule = evidence.ruleIndex !== undefined ? msg('attack.evidence.rule', { number: evidence.ruleIndex + 1, role: ref(evidence.role) }) : undefined;
      return msg('attack.evidence.rbac', { what, binding: ref(evidence.binding), rule });
    }
    case 'traffic': {
      const rules = [...evidence.egress, ...evidence.ingress].map((r) => `${refText(r.policy)} #${r.ruleIndex + 1}`);
      return msg('attack.evidence.traffic', { port: String(evidence.port), protocol: evidence.protocol, rules: rules.join(', ') });
    }
    case 'field':
      return msg('attack.evidence.field', {
        path: evidence.path,
        value: JSON.stringify(evidence.value),
        via: evidence.via ? refText(evidence.via) : undefined,
      });
    case 'admission':
      return msg('attack.evidence.admission', {
        namespace: evidence.request.namespace ?? '',
        ignored: evidence.ignoredWebhooks.length ? evidence.ignoredWebhooks.join(', ') : undefined,
      });
  }
}

/** One step of a path: "pod shop/web carries the token of ServiceAccount shop/default (`spec...`: true)". */
export function describeAttackEdge(edge: AttackEdge): LessonMessage {
  return msg('attack.edge', {
    from: describeAttackNode(edge.from),
    verb: msg(`attack.verb.${edge.technique}`, {}),
    to: describeAttackNode(edge.to),
    evidence: evidenceText(edge.evidence),
  });
}

/** What breaks this kind of link. */
export function attackEdgeFix(edge: AttackEdge): LessonMessage {
  return msg(`attack.fix.${edge.technique}`, {});
}
