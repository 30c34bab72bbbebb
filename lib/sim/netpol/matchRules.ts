// Matching one rule of a NetworkPolicy against a connection.
import type { PodInfo, Protocol } from '../types';
import { labelSelectorMatches } from '../cluster/labelSelector';
import { cidrContains, type IpAddress } from '../cluster/ip';
import type { CompiledPeer, CompiledPort, CompiledRule } from './compilePolicies';

/** The other end of a connection, as a peer matcher sees it. */
export interface RemoteView {
  /** Set only for pods on the pod network (selectors never match hostNetwork pods, nodes, IPs). */
  pod?: PodInfo;
  /** Labels of the remote pod's namespace. */
  namespaceLabels?: Record<string, string>;
  ip?: IpAddress;
}

/** The connection as seen by the destination. */
export interface PortView {
  port: number;
  protocol: Protocol;
  /** Container ports of the destination pod (undefined when it is not a pod-network pod). */
  destinationPorts?: PodInfo['ports'];
}

/**
 * Does one NetworkPolicyPeer match the remote end? podSelector alone: pods of the policy's
 * namespace; namespaceSelector alone: all pods of matching namespaces; both: AND; ipBlock:
 * any address inside cidr and outside every except (IPv4 never matches IPv6 blocks).
 * Upstream: networking/v1 types.go NetworkPolicyPeer; semantics/networkpolicy.md §4.
 */
export function peerMatches(peer: CompiledPeer, policyNamespace: string, remote: RemoteView): boolean {
  if (peer.kind === 'ipBlock') {
    const ip = remote.ip;
    return ip !== undefined && cidrContains(peer.cidr, ip) && !peer.except.some((block) => cidrContains(block, ip));
  }
  if (peer.kind !== 'pods' || remote.pod === undefined) return false;
  const namespaceOk =
    peer.namespaceSelector === undefined ? remote.pod.namespace === policyNamespace : labelSelectorMatches(peer.namespaceSelector, remote.namespaceLabels);
  return namespaceOk && (peer.podSelector === undefined || labelSelectorMatches(peer.podSelector, remote.pod.labels));
}

/**
 * Does one NetworkPolicyPort match? Same protocol; no port = every port of it; a number
 * (with endPort: the inclusive range); a name: the destination pod has a container port with
 * that name, protocol and number. Upstream: networking/v1 types.go NetworkPolicyPort;
 * semantics/networkpolicy.md §5.
 */
export function portMatches(entry: CompiledPort, view: PortView): boolean {
  if (entry.invalid || entry.protocol !== view.protocol) return false;
  if (entry.name !== undefined) {
    return (view.destinationPorts ?? []).some((p) => p.name === entry.name && p.protocol === view.protocol && p.containerPort === view.port);
  }
  if (entry.port === undefined) return true;
  return entry.endPort === undefined ? view.port === entry.port : view.port >= entry.port && view.port <= entry.endPort;
}

/** Which halves of a rule match: the peer list and the port list (absent lists match all). */
export function ruleMatches(rule: CompiledRule, policyNamespace: string, remote: RemoteView, view: PortView): { peer: boolean; port: boolean } {
  const peer = rule.peers === undefined || rule.peers.some((p) => peerMatches(p, policyNamespace, remote));
  const port = rule.ports === undefined || rule.ports.some((p) => portMatches(p, view));
  return { peer, port };
}

/** Which halves of a rule match, and which peer and port entry (first match) did it. */
export function ruleMatchDetail(
  rule: CompiledRule,
  policyNamespace: string,
  remote: RemoteView,
  view: PortView,
): { peer: boolean; port: boolean; peerIndex?: number; portIndex?: number } {
  const peerIndex = rule.peers?.findIndex((p) => peerMatches(p, policyNamespace, remote)) ?? -1;
  const portIndex = rule.ports?.findIndex((p) => portMatches(p, view)) ?? -1;
  return {
    peer: rule.peers === undefined || peerIndex >= 0,
    port: rule.ports === undefined || portIndex >= 0,
    ...(peerIndex >= 0 ? { peerIndex } : {}),
    ...(portIndex >= 0 ? { portIndex } : {}),
  };
}

/** Does the rule admit the connection (ports checked first: they are cheaper)? */
export function ruleAdmits(rule: CompiledRule, policyNamespace: string, remote: RemoteView, view: PortView): boolean {
  if (rule.ports !== undefined && !rule.ports.some((p) => portMatches(p, view))) return false;
  return rule.peers === undefined || rule.peers.some((p) => peerMatches(p, policyNamespace, remote));
}
