import { msg } from '../messages';
import type { Finding } from './finding';
import { finding } from './finding';
import { formatNetwork, isStrictSubnet, parseCidr } from './cidr';
import type { Cidr } from './cidr';
import { validateLabelSelector } from './labelSelector';
import { portName, portNumber, protocol } from './validatePorts';
import { didYouMean } from '../support/didYouMean';
import { indexPath, isRecord, joinPath } from '../parse/paths';

/**
 * NetworkPolicy validation (pkg/apis/networking/validation ValidateNetworkPolicySpec;
 * semantics/networkpolicy.md §1, §4.7, §5): policyTypes values, peers that set at least one
 * field and never mix ipBlock with selectors, valid CIDRs with `except` strictly inside,
 * ports (protocol, number or IANA name, `endPort` only after a numeric `port`), and rule
 * sections that policyTypes makes the cluster ignore.
 */
export function validateNetworkPolicy(object: Record<string, unknown>): Finding[] {
  const spec = object.spec;
  if (!isRecord(spec)) return [];
  const out = [...validateLabelSelector(spec.podSelector, 'spec.podSelector'), ...policyTypes(spec)];
  if (spec.podSelector === undefined) {
    out.push(finding('info', 'netpol-pod-selector-defaulted', 'spec', msg('validate.netpol.podSelectorDefaulted', {})));
  }
  for (const [section, peersKey] of [
    ['ingress', 'from'],
    ['egress', 'to'],
  ] as const) {
    const rules = Array.isArray(spec[section]) ? (spec[section] as unknown[]) : [];
    rules.forEach((rule, i) => {
      if (!isRecord(rule)) return;
      const at = indexPath(`spec.${section}`, i);
      const peers = Array.isArray(rule[peersKey]) ? (rule[peersKey] as unknown[]) : [];
      peers.forEach((peer, j) => out.push(...validatePeer(peer, indexPath(joinPath(at, peersKey), j), peersKey)));
      const ports = Array.isArray(rule.ports) ? rule.ports : [];
      ports.forEach((port, j) => out.push(...validatePort(port, indexPath(joinPath(at, 'ports'), j))));
    });
  }
  return out;
}

function policyTypes(spec: Record<string, unknown>): Finding[] {
  const hasRules = (s: string) => Array.isArray(spec[s]) && (spec[s] as unknown[]).length > 0;
  if (!Array.isArray(spec.policyTypes) || spec.policyTypes.length === 0) {
    if (!hasRules('egress') || hasRules('ingress')) return [];
    return [finding('info', 'netpol-implicit-ingress-isolation', 'spec.egress', msg('validate.netpol.implicitIngressIsolation', {}))];
  }
  const types = spec.policyTypes;
  const out: Finding[] = types.flatMap((t, i): Finding[] => {
    if (t === 'Ingress' || t === 'Egress' || typeof t !== 'string') return [];
    const guess = didYouMean(t, ['Ingress', 'Egress']);
    return [finding('error', 'netpol-invalid-policy-type', indexPath('spec.policyTypes', i), msg('validate.netpol.invalidPolicyType', { value: t, guess }))];
  });
  for (const [section, type] of [
    ['egress', 'Egress'],
    ['ingress', 'Ingress'],
  ] as const) {
    if (!hasRules(section) || types.includes(type)) continue;
    out.push(finding('warning', `netpol-${section}-ignored`, `spec.${section}`, msg('validate.netpol.sectionIgnored', { type, section })));
  }
  return out;
}

function validatePeer(peer: unknown, path: string, key: 'from' | 'to'): Finding[] {
  if (!isRecord(peer)) return [];
  const set = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((f) => peer[f] !== undefined && peer[f] !== null);
  if (set.length === 0) {
    return [finding('error', 'netpol-empty-peer', path, msg('validate.netpol.emptyPeer', { key }))];
  }
  if (set.includes('ipBlock') && set.length > 1) {
    return [finding('error', 'netpol-ipblock-with-selector', joinPath(path, 'ipBlock'), msg('validate.netpol.ipBlockWithSelector', {}))];
  }
  const out = [
    ...validateLabelSelector(peer.podSelector, joinPath(path, 'podSelector')),
    ...validateLabelSelector(peer.namespaceSelector, joinPath(path, 'namespaceSelector')),
  ];
  return isRecord(peer.ipBlock) ? [...out, ...validateIpBlock(peer.ipBlock, joinPath(path, 'ipBlock'))] : out;
}

function validateIpBlock(block: Record<string, unknown>, path: string): Finding[] {
  if (typeof block.cidr !== 'string') return [];
  const cidr = checkCidr(block.cidr, joinPath(path, 'cidr'));
  if (!('value' in cidr)) return cidr.findings;
  const out = cidr.findings;
  const except = Array.isArray(block.except) ? block.except : [];
  except.forEach((e, i) => {
    if (typeof e !== 'string') return;
    const at = indexPath(joinPath(path, 'except'), i);
    const inner = checkCidr(e, at);
    out.push(...inner.findings);
    if ('value' in inner && !isStrictSubnet(inner.value, cidr.value)) {
      out.push(finding('error', 'netpol-except-outside-cidr', at, msg('validate.netpol.exceptOutsideCidr', { except: e, cidr: String(block.cidr) })));
    }
  });
  return out;
}

function checkCidr(text: string, path: string): { findings: Finding[]; value: Cidr } | { findings: Finding[] } {
  const value = parseCidr(text);
  if (value === null) {
    return { findings: [finding('error', 'netpol-invalid-cidr', path, msg('validate.netpol.invalidCidr', { text }))] };
  }
  if (value.canonical) return { findings: [], value };
  const net = formatNetwork(value);
  return { value, findings: [finding('warning', 'netpol-noncanonical-cidr', path, msg('validate.netpol.noncanonicalCidr', { text, net }))] };
}

function validatePort(port: unknown, path: string): Finding[] {
  if (!isRecord(port)) return [];
  const out = protocol(port.protocol, joinPath(path, 'protocol'));
  if (typeof port.port === 'number') out.push(...portNumber(port.port, joinPath(path, 'port')));
  if (typeof port.port === 'string') out.push(...portName(port.port, joinPath(path, 'port')));
  if (typeof port.endPort !== 'number') return out;
  const at = joinPath(path, 'endPort');
  if (port.port === undefined) {
    out.push(finding('error', 'netpol-end-port-without-port', at, msg('validate.netpol.endPortWithoutPort', {})));
  } else if (typeof port.port === 'string') {
    out.push(finding('error', 'netpol-end-port-named-port', at, msg('validate.netpol.endPortNamedPort', {})));
  } else if (typeof port.port === 'number' && port.endPort < port.port) {
    out.push(finding('error', 'netpol-end-port-before-port', at, msg('validate.netpol.endPortBeforePort', { endPort: port.endPort, port: port.port })));
  } else {
    out.push(...portNumber(port.endPort, at));
  }
  return out;
}
