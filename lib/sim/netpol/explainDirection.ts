// Turning a decided direction into a verdict with data (rules checked, suggestion) and words.
import { english } from '../messages/english';
import type { ObjectRef, Protocol } from '../types';
import { sameRef } from '../objectRef';
import { NAMESPACE_NAME_LABEL } from '../cluster/namespaces';
import { ruleMatchDetail, type PortView, type RemoteView } from './matchRules';
import type { CompiledPolicy } from './compilePolicies';
import { remoteView, type DirectionOutcome, type PairOutcome } from './evaluatePair';
import type { NetpolIndex } from './netpolIndex';
import { probeEnd, probeEndWords, type Concrete } from './resolveEndpoint';
import type { NetpolDirectionVerdict, RuleCheck, RuleSuggestion, SuggestedPeer } from './types';
import { describeDirection } from './describeDirection';

/** Labels controllers add; a suggested selector avoids them (they change on every rollout). */
const GENERATED_LABELS = new Set([
  'pod-template-hash',
  'controller-revision-hash',
  'pod-template-generation',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'job-name',
  'batch.kubernetes.io/job-name',
  'controller-uid',
  'batch.kubernetes.io/controller-uid',
]);
const PREFERRED_LABELS = ['app.kubernetes.io/name', 'app', 'k8s-app', 'name', 'role', 'component', 'tier', 'run'];

/** The full verdicts of both directions of a probe. */
export function explainPair(
  index: NetpolIndex,
  src: Concrete,
  dst: Concrete,
  outcome: PairOutcome,
): { egress: NetpolDirectionVerdict; ingress: NetpolDirectionVerdict } {
  return {
    egress: explainDirection(index, outcome.egress, src, dst, outcome),
    ingress: explainDirection(index, outcome.ingress, dst, src, outcome),
  };
}

function explainDirection(index: NetpolIndex, outcome: DirectionOutcome, self: Concrete, other: Concrete, pair: PairOutcome): NetpolDirectionVerdict {
  const selfEnd = probeEnd(self);
  const otherEnd = probeEnd(other);
  const pod = 'pod' in selfEnd ? selfEnd.pod : undefined;
  const verdict: NetpolDirectionVerdict = {
    direction: outcome.direction,
    code: outcome.code,
    isolated: outcome.isolated,
    allowed: outcome.allowed,
    policies: outcome.policies.map((p) => p.ref),
    allowedBy: outcome.allowedBy,
    subject: probeEndWords(selfEnd),
    subjectKind: selfEnd.kind,
    peer: probeEndWords(otherEnd),
    peerKind: otherEnd.kind,
    checked: [],
    reason: '',
    ...(pod ? { pod } : {}),
    ...(outcome.code === 'node-local' ? { node: other.kind === 'node' ? other.node.name : other.kind === 'host-pod' ? other.pod.nodeName : undefined } : {}),
  };
  if (outcome.code === 'allowed' && outcome.allowedBy.length > 0) {
    const remote = remoteView(index, other);
    verdict.matched = outcome.allowedBy.flatMap((ref) => {
      const policy = outcome.policies.find((p) => sameRef(p.ref, ref.policy));
      const rule = policy?.[outcome.direction].find((r) => r.index === ref.ruleIndex);
      return policy && rule ? [ruleCheck(policy, rule, remote, pair.view)] : [];
    });
  }
  if (outcome.code === 'denied' && outcome.subject !== undefined) {
    const remote = remoteView(index, other);
    verdict.checked = outcome.policies.flatMap((policy) => policy[outcome.direction].map((rule) => ruleCheck(policy, rule, remote, pair.view)));
    const subject = { namespace: outcome.subject.namespace, name: outcome.subject.name };
    verdict.suggestion = suggestRule(outcome.direction, outcome.subject.namespace, pod ?? subject, other, pair.view.port, pair.view.protocol);
  }
  verdict.reason = english(describeDirection(verdict));
  return verdict;
}

function ruleCheck(policy: CompiledPolicy, rule: CompiledPolicy['ingress'][number], remote: RemoteView, view: PortView): RuleCheck {
  const match = ruleMatchDetail(rule, policy.namespace, remote, view);
  return {
    policy: policy.ref,
    ruleIndex: rule.index,
    peerMatches: match.peer,
    portMatches: match.port,
    ...(match.peerIndex !== undefined ? { peerIndex: match.peerIndex } : {}),
    ...(match.portIndex !== undefined ? { portIndex: match.portIndex } : {}),
    peerCount: rule.peers?.length ?? 0,
    portCount: rule.ports?.length ?? 0,
  };
}

/** The smallest rule that would admit `other` on (port, protocol) for a pod of `namespace`. */
function suggestRule(direction: 'ingress' | 'egress', namespace: string, pod: ObjectRef, other: Concrete, port: number, protocol: Protocol): RuleSuggestion {
  return { direction, namespace, pod, peer: suggestPeer(namespace, other), port, protocol };
}

function suggestPeer(namespace: string, other: Concrete): SuggestedPeer {
  if (other.kind !== 'pod') {
    const ip = other.kind === 'external' ? other.ip : other.kind === 'node' ? other.node.ip : (other.node?.ip ?? other.pod.ip);
    return { ipBlock: ip.includes(':') ? `${ip}/128` : `${ip}/32` };
  }
  const podSelector = selectorFor(other.pod.labels);
  if (other.pod.namespace === namespace) return { podSelector };
  return { podSelector, namespaceSelector: { [NAMESPACE_NAME_LABEL]: other.pod.namespace } };
}

function selectorFor(labels: Record<string, string>): Record<string, string> {
  for (const key of PREFERRED_LABELS) {
    if (labels[key] !== undefined) return { [key]: labels[key] };
  }
  return Object.fromEntries(Object.entries(labels).filter(([key]) => !GENERATED_LABELS.has(key)));
}
