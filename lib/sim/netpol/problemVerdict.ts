// The verdict for a question that cannot be evaluated (unknown pod, bad port, ...).
import { english } from '../messages/english';
import type { Protocol } from '../types';
import { describeTraffic } from './describeTraffic';
import type { EndKind, EndpointRef, NetpolDirectionVerdict, NetpolTrafficVerdict, TrafficProblem } from './types';

function endKind(ref: EndpointRef): EndKind {
  if (ref.kind === 'host-network-pod' || ref.kind === 'node' || ref.kind === 'ip') return ref.kind;
  return 'pod';
}

function notEvaluated(direction: 'ingress' | 'egress', self: EndpointRef, other: EndpointRef): NetpolDirectionVerdict {
  return {
    direction,
    code: 'not-evaluated',
    isolated: false,
    allowed: false,
    policies: [],
    allowedBy: [],
    subject: self.name,
    subjectKind: endKind(self),
    peer: other.name,
    peerKind: endKind(other),
    checked: [],
    reason: '',
  };
}

/**
 * A denied verdict carrying the problem: nothing can flow to an endpoint that does not exist
 * or on a port that cannot be resolved (a Service without ready backends refuses the
 * connection before any policy applies).
 */
export function problemVerdict(from: EndpointRef, to: EndpointRef, port: number | string, protocol: Protocol, problem: TrafficProblem): NetpolTrafficVerdict {
  const egress = notEvaluated('egress', from, to);
  const ingress = notEvaluated('ingress', to, from);
  const verdict: NetpolTrafficVerdict = {
    allowed: false,
    code: codeFor(problem),
    from,
    to,
    port,
    protocol,
    problem,
    egress,
    ingress,
    reason: '',
  };
  verdict.reason = english(describeTraffic(verdict));
  egress.reason = verdict.reason;
  ingress.reason = verdict.reason;
  return verdict;
}

function codeFor(problem: TrafficProblem): NetpolTrafficVerdict['code'] {
  switch (problem.code) {
    case 'bad-port':
    case 'unknown-port-name':
    case 'named-port-not-pod':
    case 'unknown-service-port':
      return 'invalid-port';
    case 'unsupported-protocol':
      return 'unsupported-protocol';
    case 'no-backends':
      return 'no-backends';
    case 'service-as-source':
      return 'service-as-source';
    default:
      return 'invalid-endpoint';
  }
}
