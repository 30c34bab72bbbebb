// Deciding one probe: a concrete source → a concrete destination on one port and protocol.
import type { PodInfo, PolicyRuleRef, Protocol } from '../types';
import { parseIp } from '../cluster/ip';
import type { CompiledPolicy } from './compilePolicies';
import { appliedPolicies, namespaceLabels, type NetpolIndex } from './netpolIndex';
import { ruleAdmits, type PortView, type RemoteView } from './matchRules';
import type { Concrete } from './resolveEndpoint';
import type { DirectionCode } from './types';

/** One direction, decided (no words yet). */
export interface DirectionOutcome {
  direction: 'ingress' | 'egress';
  code: DirectionCode;
  allowed: boolean;
  isolated: boolean;
  /** The pod whose policies apply (source for egress, destination for ingress). */
  subject?: PodInfo;
  policies: CompiledPolicy[];
  allowedBy: PolicyRuleRef[];
}

export interface PairOutcome {
  allowed: boolean;
  egress: DirectionOutcome;
  ingress: DirectionOutcome;
  view: PortView;
}

/**
 * Decides src → dst on (port, protocol), semantics/networkpolicy.md §6: allowed iff the
 * source's egress allows it AND the destination's ingress allows it. Only pod-network pods
 * have policies; a pod always reaches itself; traffic from the destination pod's own node
 * (the node itself or a hostNetwork pod on it) is always allowed. With `firstOnly` the rule
 * search stops at the first allowing rule (the matrix); otherwise every allowing rule is listed.
 */
export function evaluatePair(index: NetpolIndex, src: Concrete, dst: Concrete, port: number, protocol: Protocol, firstOnly = false): PairOutcome {
  const view: PortView = { port, protocol, ...(dst.kind === 'pod' ? { destinationPorts: dst.pod.ports } : {}) };
  const same = (src.kind === 'pod' || src.kind === 'host-pod') && (dst.kind === 'pod' || dst.kind === 'host-pod') && src.pod === dst.pod;
  const egress = sideOutcome(index, 'egress', src, dst, view, same, firstOnly);
  const ingress = sideOutcome(index, 'ingress', dst, src, view, same, firstOnly);
  return { allowed: egress.allowed && ingress.allowed, egress, ingress, view };
}

function sideOutcome(
  index: NetpolIndex,
  direction: 'ingress' | 'egress',
  self: Concrete,
  other: Concrete,
  view: PortView,
  same: boolean,
  firstOnly: boolean,
): DirectionOutcome {
  if (self.kind !== 'pod') {
    const code: DirectionCode = same ? 'self' : self.kind === 'host-pod' ? 'host-network' : 'not-a-pod';
    return { direction, code, allowed: true, isolated: false, policies: [], allowedBy: [] };
  }
  const pod = self.pod;
  const policies = appliedPolicies(index, pod)[direction];
  if (same) return decided(direction, 'self', pod, policies, NONE);
  if (direction === 'ingress' && fromOwnNode(other, pod)) return decided(direction, 'node-local', pod, policies, NONE);
  if (policies.length === 0) return decided(direction, 'not-isolated', pod, policies, NONE);
  const remote = remoteView(index, other);
  const allowedBy: PolicyRuleRef[] = [];
  for (const policy of policies) {
    for (const rule of policy[direction]) {
      if (!ruleAdmits(rule, policy.namespace, remote, view)) continue;
      allowedBy.push({ policy: policy.ref, ruleIndex: rule.index });
      if (firstOnly) return decided(direction, 'allowed', pod, policies, allowedBy);
    }
  }
  return decided(direction, allowedBy.length > 0 ? 'allowed' : 'denied', pod, policies, allowedBy);
}

const NONE: PolicyRuleRef[] = [];

function decided(
  direction: 'ingress' | 'egress',
  code: DirectionCode,
  subject: PodInfo,
  policies: CompiledPolicy[],
  allowedBy: PolicyRuleRef[],
): DirectionOutcome {
  return { direction, code, allowed: code !== 'denied', isolated: policies.length > 0, subject, policies, allowedBy: allowedBy === NONE ? [] : allowedBy };
}

function fromOwnNode(other: Concrete, pod: PodInfo): boolean {
  if (other.kind === 'node') return other.node.name === pod.nodeName;
  if (other.kind === 'host-pod') return other.pod.nodeName === pod.nodeName;
  return false;
}

/** How a peer matcher sees the other end: pod-network pods by labels and IP, the rest by IP only. */
export function remoteView(index: NetpolIndex, other: Concrete): RemoteView {
  switch (other.kind) {
    case 'pod': {
      const cached = index.remotes.get(other.pod);
      if (cached) return cached;
      const view = {
        pod: other.pod,
        namespaceLabels: namespaceLabels(index, other.pod.namespace),
        ip: index.podIps.get(`${other.pod.namespace}/${other.pod.name}`),
      };
      index.remotes.set(other.pod, view);
      return view;
    }
    case 'host-pod':
      return { ip: parseIp(other.node?.ip ?? other.pod.ip) };
    case 'node':
      return { ip: parseIp(other.node.ip) };
    case 'external':
      return { ip: parseIp(other.ip) };
  }
}
