// Cross-object checks of NetworkPolicies against the pods that exist.
import type { PodInfo } from '../types';
import { asArray, asRecord, isRecord } from './objectUtils';
import { describeLabelSelector, labelSelectorMatches } from './labelSelector';
import { msg } from '../messages';
import { objectParams, type CheckContext, type CheckEntry } from './checkContext';

/**
 * Warns when a NetworkPolicy selects no pod (it has no effect until one exists; hostNetwork
 * pods are never selected) and when a named port in a rule cannot match: for ingress, no
 * selected pod declares a container port with that name and protocol; for egress, no pod the
 * rule's peers can reach declares it. Named ports resolve on the destination pod
 * (networking/v1 types.go NetworkPolicyPort.port; semantics/networkpolicy.md §5.4).
 */
export function checkNetworkPolicies(ctx: CheckContext): void {
  const pods = [...ctx.cluster.pods.values()].filter((pod) => !pod.hostNetwork);
  for (const entry of ctx.entries) {
    if (entry.object.kind !== 'NetworkPolicy') continue;
    const spec = asRecord(entry.object.spec);
    const namespace = String(entry.object.metadata.namespace);
    const selected = ctx.podsIn(namespace).filter((pod) => !pod.hostNetwork && labelSelectorMatches(spec.podSelector, pod.labels));
    if (selected.length === 0) reportSelectsNone(ctx, entry, spec.podSelector);
    else checkPorts(ctx, entry, 'ingress', () => selected);
    checkPorts(ctx, entry, 'egress', (rule) => reachablePods(ctx, pods, namespace, rule));
  }
}

function reportSelectsNone(ctx: CheckContext, entry: CheckEntry, selector: unknown): void {
  const namespace = String(entry.object.metadata.namespace);
  const text = describeLabelSelector(selector);
  const shown = text === '' ? '{}' : text;
  ctx.report(entry, {
    severity: 'warning',
    code: 'netpol-selects-no-pod',
    path: 'spec.podSelector',
    text: msg('cluster.netpolSelectsNone', { ...objectParams(entry.object), namespace, selector: shown }),
  });
}

function checkPorts(ctx: CheckContext, entry: CheckEntry, direction: 'ingress' | 'egress', candidates: (rule: Record<string, unknown>) => PodInfo[]): void {
  asArray(asRecord(entry.object.spec)[direction]).forEach((rule, i) => {
    if (!isRecord(rule)) return;
    asArray(rule.ports).forEach((port, j) => {
      const record = asRecord(port);
      if (typeof record.port !== 'string' || record.port === '') return;
      const name = record.port;
      const protocol = typeof record.protocol === 'string' ? record.protocol : 'TCP';
      const found = candidates(rule).some((pod) => pod.ports.some((p) => p.name === name && p.protocol === protocol));
      if (!found) reportNamedPort(ctx, entry, direction, `spec.${direction}[${i}].ports[${j}].port`, name, protocol);
    });
  });
}

function reportNamedPort(ctx: CheckContext, entry: CheckEntry, direction: 'ingress' | 'egress', path: string, name: string, protocol: string): void {
  ctx.report(entry, {
    severity: 'warning',
    code: 'netpol-named-port-unmatched',
    path,
    text: msg('cluster.netpolNamedPort', { ...objectParams(entry.object), name, protocol, ingress: direction === 'ingress' }),
  });
}

/** Pod-network pods an egress rule's peers may reach (all of them when `to` is empty or has an ipBlock). */
function reachablePods(ctx: CheckContext, pods: PodInfo[], namespace: string, rule: Record<string, unknown>): PodInfo[] {
  const peers = asArray(rule.to).filter(isRecord);
  if (peers.length === 0 || peers.some((peer) => peer.ipBlock != null)) return pods;
  return pods.filter((pod) => peers.some((peer) => podPeerMatches(ctx, peer, namespace, pod)));
}

function podPeerMatches(ctx: CheckContext, peer: Record<string, unknown>, namespace: string, pod: PodInfo): boolean {
  if (peer.podSelector == null && peer.namespaceSelector == null) return false;
  const nsLabels = ctx.cluster.namespaces.get(pod.namespace)?.labels;
  const nsOk = peer.namespaceSelector == null ? pod.namespace === namespace : labelSelectorMatches(peer.namespaceSelector, nsLabels);
  return nsOk && (peer.podSelector == null || labelSelectorMatches(peer.podSelector, pod.labels));
}
