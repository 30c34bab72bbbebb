import { msg } from '../messages';
import type { Finding } from './finding';
import { finding, withApi } from './finding';
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
 * sections that policyTypes makes the cluster ignore. Errors carry the registry's field.Error
 * (`api`): ValidateNetworkPolicyPort (protocols listed TCP, UDP, SCTP; endPort texts),
 * ValidateNetworkPolicyPeer, ValidateIPBlock (IsValidCIDRForLegacyField's text), policyTypes.
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
    const bad = finding('error', 'netpol-invalid-policy-type', indexPath('spec.policyTypes', i), msg('validate.netpol.invalidPolicyType', { value: t, guess }));
    return [withApi(bad, { type: 'Unsupported value', value: t, detail: 'supported values: "Ingress", "Egress"' })];
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
    return [
      withApi(finding('error', 'netpol-empty-peer', path, msg('validate.netpol.emptyPeer', { key })), {
        type: 'Required value',
        detail: 'must specify a peer',
      }),
    ];
  }
  if (set.includes('ipBlock') && set.length > 1) {
    const bad = finding('error', 'netpol-ipblock-with-selector', joinPath(path, 'ipBlock'), msg('validate.netpol.ipBlockWithSelector', {}));
    return [withApi(bad, { type: 'Forbidden', field: path, detail: 'may not specify both ipBlock and another peer' })];
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
      const bad = finding('error', 'netpol-except-outside-cidr', at, msg('validate.netpol.exceptOutsideCidr', { except: e, cidr: String(block.cidr) }));
      out.push(withApi(bad, { type: 'Invalid value', value: e, detail: 'must be a strict subset of `cidr`' }));
    }
  });
  return out;
}

function checkCidr(text: string, path: string): { findings: Finding[]; value: Cidr } | { findings: Finding[] } {
  const value = parseCidr(text);
  if (value === null) {
    const bad = finding('error', 'netpol-invalid-cidr', path, msg('validate.netpol.invalidCidr', { text }));
    return { findings: [withApi(bad, { type: 'Invalid value', value: text, detail: 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)' })] };
  }
  if (value.canonical) return { findings: [], value };
  const net = formatNetwork(value);
  return { value, findings: [finding('warning', 'netpol-noncanonical-cidr', path, msg('validate.netpol.noncanonicalCidr', { text, net }))] };
}

/** ValidateNetworkPolicyPort lists the protocols unsorted (the Service and container checks sort them). */
const NETPOL_PROTOCOLS = 'supported values: "TCP", "UDP", "SCTP"';

function validatePort(port: unknown, path: string): Finding[] {
  if (!isRecord(port)) return [];
  const out = protocol(port.protocol, joinPath(path, 'protocol'), NETPOL_PROTOCOLS);
  if (typeof port.port === 'number') out.push(...portNumber(port.port, joinPath(path, 'port')));
  if (typeof port.port === 'string') out.push(...portName(port.port, joinPath(path, 'port')));
  if (typeof port.endPort !== 'number') return out;
  const at = joinPath(path, 'endPort');
  if (port.port === undefined) {
    const bad = finding('error', 'netpol-end-port-without-port', at, msg('validate.netpol.endPortWithoutPort', {}));
    out.push(withApi(bad, { type: 'Invalid value', value: port.endPort, detail: 'may not be specified when `port` is not specified' }));
  } else if (typeof port.port === 'string') {
    const bad = finding('error', 'netpol-end-port-named-port', at, msg('validate.netpol.endPortNamedPort', {}));
    // Upstream reports the endPort before the port name's own problems.
    out.splice(
      out.length - portName(port.port, '').length,
      0,
      withApi(bad, { type: 'Invalid value', value: port.endPort, detail: 'may not be specified when `port` is non-numeric' }),
    );
  } else if (typeof port.port === 'number' && port.endPort < port.port) {
    const bad = finding('error', 'netpol-end-port-before-port', at, msg('validate.netpol.endPortBeforePort', { endPort: port.endPort, port: port.port }));
    // The bad value upstream shows is the port's, not the endPort's (field.Invalid(endPort, port.Port.IntVal, ...)).
    out.push(withApi(bad, { type: 'Invalid value', value: port.port, detail: 'must be greater than or equal to `port`' }));
  } else {
    out.push(...portNumber(port.endPort, at));
  }
  return out;
}
