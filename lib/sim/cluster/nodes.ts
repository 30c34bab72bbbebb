// Nodes of the simulated cluster.
import type { KubeObject, NodeInfo } from '../types';
import { asArray, asRecord, childRecord, isRecord, setDefault, toStringMap } from './objectUtils';
import { formatIpv4, parseIpv4 } from './ip';

/** Name of the node the simulator adds when none is declared (as in the talk's minikube). */
export const IMPLICIT_NODE_NAME = 'minikube';
/** minikube's first node address on its docker network; more nodes get .3, .4, ... */
const FIRST_NODE_IP = parseIpv4('192.168.49.2') ?? 0;
/** Default per-node pod CIDRs are 10.244.<node index>.0/24 (kindnet/flannel convention). */
const POD_NETWORK = parseIpv4('10.244.0.0') ?? 0;

export interface NodeSlot {
  info: NodeInfo;
  /** First address of the node's pod range (as a number). */
  podRangeStart: number;
}

/** The InternalIP of a Node object (`status.addresses[type=InternalIP]`), if any. */
export function nodeInternalIp(node: KubeObject): string | undefined {
  for (const address of asArray(asRecord(node.status).addresses)) {
    const record = asRecord(address);
    if (record.type === 'InternalIP' && typeof record.address === 'string') return record.address;
  }
  return undefined;
}

/**
 * Builds the nodes: declared Node objects, plus an implicit node for every `spec.nodeName`
 * that names an undeclared node, plus `minikube` (192.168.49.2) when there is no node at all.
 * Nodes without an InternalIP get 192.168.49.2, .3, ... in order (skipping declared ones).
 * Labels get the kubelet's `kubernetes.io/hostname`, `kubernetes.io/os=linux` and
 * `kubernetes.io/arch=amd64` when absent (kubelet `initialNode`).
 * SIMPLIFICATION(k8s): nodes are always Ready and untainted.
 */
export function buildNodes(declared: KubeObject[], referencedNames: string[]): { slots: NodeSlot[]; generated: KubeObject[] } {
  const objects = [...declared];
  const generated: KubeObject[] = [];
  const known = new Set(declared.map((n) => String(n.metadata.name)));
  const addImplicit = (name: string, controlPlane: boolean) => {
    const labels: Record<string, string> = controlPlane ? { 'node-role.kubernetes.io/control-plane': '' } : {};
    const node: KubeObject = { apiVersion: 'v1', kind: 'Node', metadata: { name, labels } };
    known.add(name);
    objects.push(node);
    generated.push(node);
  };
  for (const name of referencedNames) if (!known.has(name)) addImplicit(name, false);
  if (objects.length === 0) addImplicit(IMPLICIT_NODE_NAME, true);
  const used = new Set(objects.map(nodeInternalIp).filter((ip): ip is string => ip !== undefined));
  let next = FIRST_NODE_IP;
  const slots = objects.map((node, index) => {
    let ip = nodeInternalIp(node);
    if (ip === undefined) {
      while (used.has(formatIpv4(next))) next++;
      ip = formatIpv4(next++);
      used.add(ip);
      setNodeAddress(node, ip);
    }
    return buildSlot(node, ip, index);
  });
  return { slots, generated };
}

function setNodeAddress(node: KubeObject, ip: string): void {
  const status = childRecord(node, 'status');
  const addresses = Array.isArray(status.addresses) ? status.addresses : [];
  status.addresses = [...addresses, { type: 'InternalIP', address: ip }, { type: 'Hostname', address: String(node.metadata.name) }];
}

function buildSlot(node: KubeObject, ip: string, index: number): NodeSlot {
  const name = String(node.metadata.name);
  const metadata = node.metadata;
  const labels = { ...toStringMap(metadata.labels) };
  labels['kubernetes.io/hostname'] ??= name;
  labels['kubernetes.io/os'] ??= 'linux';
  labels['kubernetes.io/arch'] ??= 'amd64';
  metadata.labels = labels;
  const spec = childRecord(node, 'spec');
  const declaredCidr = typeof spec.podCIDR === 'string' ? spec.podCIDR : undefined;
  const podRangeStart = podRangeFrom(declaredCidr) ?? POD_NETWORK + (index % 256) * 256 + 2;
  setDefault(spec, 'podCIDR', `${formatIpv4(podRangeStart - 2)}/24`);
  if (!isRecord(node.status)) node.status = {};
  return { info: { name, ip, labels, object: node }, podRangeStart };
}

/** First pod address of a declared IPv4 podCIDR (network + 2), if it parses. */
function podRangeFrom(cidr: string | undefined): number | undefined {
  if (cidr === undefined) return undefined;
  const [address, prefix] = cidr.split('/');
  const base = parseIpv4(address ?? '');
  const bits = Number(prefix);
  if (base === undefined || !Number.isInteger(bits) || bits < 8 || bits > 30) return undefined;
  const size = 2 ** (32 - bits);
  return base - (base % size) + 2;
}
