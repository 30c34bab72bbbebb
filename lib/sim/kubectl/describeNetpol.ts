/**
 * `kubectl describe networkpolicy` (describe.go describeNetworkPolicy and
 * printNetworkPolicySpec{Ingress,Egress}): selectors, each rule's ports and peers.
 */
import type { KubeObject } from '../types';
import { formatGoTime } from '../apiserver/clock';
import { createdAt } from '../apiserver/events';
import { annotationLines, labelLines, level } from './describeText';
import { arr, isRecord, rec, str, type JsonRecord } from '../apiserver/objectData';
import { formatLabelSelector } from './selectorText';

function peerLines(peer: JsonRecord, indent: string): string[] {
  const out: string[] = [];
  if (isRecord(peer.podSelector) && isRecord(peer.namespaceSelector)) {
    out.push(
      `${level(1)}${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}`,
      `${level(1)}${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}`,
    );
  } else if (isRecord(peer.podSelector)) out.push(`${level(1)}${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}`);
  else if (isRecord(peer.namespaceSelector)) out.push(`${level(1)}${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}`);
  else if (isRecord(peer.ipBlock)) {
    out.push(
      `${level(1)}${indent}IPBlock:`,
      `${level(2)}${indent}CIDR: ${str(peer.ipBlock.cidr)}`,
      `${level(2)}${indent}Except: ${arr(peer.ipBlock.except)
        .map((e) => str(e))
        .join(', ')}`,
    );
  }
  return out;
}

/** `To Port: 80/TCP`, or with endPort `To Port Range: 32000-32768/TCP` (kubectl pkg/describe/describe.go printNetworkPolicySpecIngressFrom). */
function portLine(port: JsonRecord): string {
  const value = port.port === undefined ? '<nil>' : str(port.port);
  if (port.endPort !== undefined) return `To Port Range: ${value}-${str(port.endPort)}/${str(port.protocol, 'TCP')}`;
  return `To Port: ${value}/${str(port.protocol, 'TCP')}`;
}

function ruleLines(rules: unknown, direction: 'ingress' | 'egress'): string[] {
  const indent = '    ';
  const list = arr(rules);
  const peerKey = direction === 'ingress' ? 'from' : 'to';
  const peerLabel = direction === 'ingress' ? 'From' : 'To';
  if (list.length === 0) return [`${indent}<none> (Selected pods are isolated for ${direction} connectivity)`];
  const out: string[] = [];
  list.forEach((raw, i) => {
    const rule = rec(raw);
    const ports = arr(rule.ports).map(rec);
    if (ports.length === 0) out.push(`${indent}To Port: <any> (traffic allowed to all ports)`);
    for (const port of ports) out.push(`${indent}${portLine(port)}`);
    const peers = arr(rule[peerKey]).map(rec);
    if (peers.length === 0) out.push(`${indent}${peerLabel}: <any> (traffic not restricted by ${direction === 'ingress' ? 'source' : 'destination'})`);
    for (const peer of peers) out.push(`${indent}${peerLabel}:`, ...peerLines(peer, indent));
    if (i !== list.length - 1) out.push(`${indent}----------`);
  });
  return out;
}

/** Describe a NetworkPolicy. */
export function describeNetworkPolicy(policy: KubeObject): string[] {
  const spec = rec(policy.spec);
  const types = arr(spec.policyTypes).map((t) => str(t));
  const selector = formatLabelSelector(spec.podSelector);
  const lines = [
    `Name:\t${str(policy.metadata.name)}`,
    `Namespace:\t${str(policy.metadata.namespace)}`,
    `Created on:\t${formatGoTime(createdAt(policy))}`,
    ...labelLines('Labels', policy.metadata.labels),
    ...annotationLines(policy.metadata.annotations),
    'Spec:',
    `${level(1)}PodSelector: ${level(2)}${selector === '<none>' ? '<none> (Allowing the specific traffic to all pods in this namespace)' : selector}`,
  ];
  if (types.includes('Ingress')) lines.push(`${level(1)}Allowing ingress traffic:`, ...ruleLines(spec.ingress, 'ingress'));
  else lines.push(`${level(1)}Not affecting ingress traffic`);
  if (types.includes('Egress')) lines.push(`${level(1)}Allowing egress traffic:`, ...ruleLines(spec.egress, 'egress'));
  else lines.push(`${level(1)}Not affecting egress traffic`);
  lines.push(`${level(1)}Policy Types: ${types.join(', ')}`);
  return lines;
}
