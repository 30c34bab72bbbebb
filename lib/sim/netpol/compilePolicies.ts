// NetworkPolicies compiled into small matchers, once per cluster.
import type { KubeObject, ObjectRef } from '../types';
import { asArray, asInt, asRecord, isRecord } from '../cluster/objectUtils';
import { cidrStrictlyInside, parseCidr, type Cidr } from '../cluster/ip';

export type CompiledPeer =
  | { kind: 'pods'; podSelector?: unknown; namespaceSelector?: unknown }
  | { kind: 'ipBlock'; cidr: Cidr; except: Cidr[] }
  /** Rejected by API validation (empty peer, ipBlock mixed with selectors, bad CIDR): matches nothing. */
  | { kind: 'invalid' };

export interface CompiledPort {
  protocol: string;
  /** Numeric port (range start with endPort). */
  port?: number;
  endPort?: number;
  /** Named container port, resolved on the destination pod. */
  name?: string;
  /** Rejected by validation: matches nothing. */
  invalid?: boolean;
}

export interface CompiledRule {
  index: number;
  /** undefined: every peer (from/to absent or empty). */
  peers?: CompiledPeer[];
  /** undefined: every port and protocol (ports absent or empty). */
  ports?: CompiledPort[];
}

export interface CompiledPolicy {
  /** `namespace/name`: a map key only (read `ref` for the reference). */
  key: string;
  namespace: string;
  name: string;
  ref: ObjectRef;
  podSelector: unknown;
  /** Defaulted policyTypes. */
  types: { ingress: boolean; egress: boolean };
  ingress: CompiledRule[];
  egress: CompiledRule[];
}

/**
 * Compiles a (defaulted) NetworkPolicy. Invalid pieces that the API server would reject
 * match nothing, so a learner's mistake never widens access: an empty peer `{}`, an ipBlock
 * combined with a selector, an unparsable CIDR, an unknown protocol, an endPort without a
 * numeric port. A `null` rule decodes as an empty rule (matches everything), as in Go.
 * Upstream: networking/v1 types.go; `pkg/apis/networking/validation/validation.go`.
 */
export function compilePolicy(object: KubeObject): CompiledPolicy {
  const spec = asRecord(object.spec);
  const namespace = String(object.metadata.namespace ?? 'default');
  const name = String(object.metadata.name ?? '');
  const types = asArray(spec.policyTypes);
  return {
    key: `${namespace}/${name}`,
    namespace,
    name,
    ref: { namespace, name },
    podSelector: spec.podSelector,
    types: { ingress: types.includes('Ingress'), egress: types.includes('Egress') },
    ingress: compileRules(spec.ingress, 'from'),
    egress: compileRules(spec.egress, 'to'),
  };
}

function compileRules(value: unknown, peerField: 'from' | 'to'): CompiledRule[] {
  return asArray(value).map((rule, index) => {
    if (rule === null || rule === undefined) return { index };
    if (!isRecord(rule)) return { index, peers: [{ kind: 'invalid' }] };
    const peers = compileList(rule[peerField], compilePeer);
    const ports = compileList(rule.ports, compilePort);
    return { index, ...(peers !== undefined ? { peers } : {}), ...(ports !== undefined ? { ports } : {}) };
  });
}

/** undefined for absent/null/empty lists (= everything); junk gives one item that matches nothing. */
function compileList<T>(value: unknown, compile: (item: unknown) => T): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return [compile('invalid')];
  return value.length === 0 ? undefined : value.map(compile);
}

function compilePeer(value: unknown): CompiledPeer {
  if (!isRecord(value)) return { kind: 'invalid' };
  const hasPods = value.podSelector != null || value.namespaceSelector != null;
  if (value.ipBlock != null) return hasPods ? { kind: 'invalid' } : compileIpBlock(value.ipBlock);
  if (!hasPods) return { kind: 'invalid' };
  return {
    kind: 'pods',
    ...(value.podSelector != null ? { podSelector: value.podSelector } : {}),
    ...(value.namespaceSelector != null ? { namespaceSelector: value.namespaceSelector } : {}),
  };
}

function compileIpBlock(value: unknown): CompiledPeer {
  const block = asRecord(value);
  const cidr = parseCidr(block.cidr);
  if (cidr === undefined) return { kind: 'invalid' };
  const except: Cidr[] = [];
  for (const item of asArray(block.except)) {
    const parsed = parseCidr(item);
    if (parsed === undefined || !cidrStrictlyInside(parsed, cidr)) return { kind: 'invalid' };
    except.push(parsed);
  }
  return { kind: 'ipBlock', cidr, except };
}

function compilePort(value: unknown): CompiledPort {
  if (!isRecord(value)) return { protocol: 'TCP', invalid: true };
  // Validation reports a protocol that is not a string; here it only makes the port invalid
  // (a mapping such as `{toString: x}` cannot be turned into text).
  const protocol = value.protocol === undefined || value.protocol === null ? 'TCP' : typeof value.protocol === 'string' ? value.protocol : '';
  const invalid = !['TCP', 'UDP', 'SCTP'].includes(protocol);
  const endPort = asInt(value.endPort);
  if (typeof value.port === 'string' && value.port !== '') {
    return { protocol, name: value.port, ...(invalid || value.endPort != null ? { invalid: true } : {}) };
  }
  const port = asInt(value.port);
  if (value.port != null && port === undefined) return { protocol, invalid: true };
  if (value.endPort != null && (port === undefined || endPort === undefined || endPort < port)) return { protocol, invalid: true };
  return { protocol, ...(port !== undefined ? { port } : {}), ...(endPort !== undefined ? { endPort } : {}), ...(invalid ? { invalid: true } : {}) };
}
