// Services: address allocation at build time and a read-only view for evaluators.
import type { Cluster, KubeObject, Protocol } from '../types';
import { asArray, asInt, asRecord, childRecord, isRecord, toStringMap } from './objectUtils';
import { fnv1a32 } from '../support/hash';
import { formatIpv4, parseIpv4 } from './ip';

export interface ServicePortInfo {
  name?: string;
  port: number;
  protocol: Protocol;
  /** Container port number or container port name on the backends. */
  targetPort: number | string;
  nodePort?: number;
}

export interface ServiceInfo {
  namespace: string;
  name: string;
  type: string;
  /** The ClusterIP (`None` for a headless Service, undefined for ExternalName). */
  clusterIP?: string;
  /** `spec.selector`; undefined or empty: the control plane manages no endpoints. */
  selector?: Record<string, string>;
  ports: ServicePortInfo[];
  object: KubeObject;
}

const SERVICE_NETWORK = parseIpv4('10.96.0.0') ?? 0;
const WELL_KNOWN: Record<string, string> = { 'default/kubernetes': '10.96.0.1', 'kube-system/kube-dns': '10.96.0.10' };

/**
 * Allocates what the API server allocates on Service create, in place: a ClusterIP from
 * 10.96.0.0/16 (kubeadm/minikube service CIDR) chosen by hashing `namespace/name`, so it does
 * not change when other Services are added (`default/kubernetes` gets 10.96.0.1 and
 * `kube-system/kube-dns` 10.96.0.10, as in kubeadm clusters), and node ports in 30000-32767
 * for NodePort/LoadBalancer. Declared values are kept. Upstream:
 * `pkg/registry/core/service/ipallocator`, `portallocator`.
 * SIMPLIFICATION(k8s): the real allocator picks at random; ours is a deterministic hash.
 */
export function allocateServiceAddresses(services: KubeObject[]): void {
  const usedIps = new Set<string>(Object.values(WELL_KNOWN));
  const usedPorts = new Set<number>();
  for (const service of services) {
    const spec = asRecord(service.spec);
    if (typeof spec.clusterIP === 'string') usedIps.add(spec.clusterIP);
    for (const port of asArray(spec.ports)) {
      const nodePort = asInt(asRecord(port).nodePort);
      if (nodePort !== undefined) usedPorts.add(nodePort);
    }
  }
  for (const service of services) {
    const spec = childRecord(service, 'spec');
    const key = `${String(service.metadata.namespace)}/${String(service.metadata.name)}`;
    if (spec.type !== 'ExternalName' && (typeof spec.clusterIP !== 'string' || spec.clusterIP === '')) {
      spec.clusterIP = WELL_KNOWN[key] ?? pickIp(key, usedIps);
    }
    if (typeof spec.clusterIP === 'string' && !Array.isArray(spec.clusterIPs)) spec.clusterIPs = [spec.clusterIP];
    if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
      // The ports are the Service's own copies (the declared records may be shared: collectObjects).
      if (Array.isArray(spec.ports)) spec.ports = spec.ports.map((port: unknown) => (isRecord(port) ? { ...port } : port));
      assignNodePorts(spec.ports, key, usedPorts);
    }
  }
}

function pickIp(key: string, used: Set<string>): string {
  let offset = fnv1a32(key) % 65536;
  for (let i = 0; i < 65536; i++, offset = (offset + 1) % 65536) {
    if (offset % 256 === 0 || offset % 256 === 255 || offset === 1 || offset === 10) continue;
    const ip = formatIpv4(SERVICE_NETWORK + offset);
    if (!used.has(ip)) {
      used.add(ip);
      return ip;
    }
  }
  return formatIpv4(SERVICE_NETWORK + 2);
}

function assignNodePorts(ports: unknown, key: string, used: Set<number>): void {
  for (const [index, port] of asArray(ports).entries()) {
    if (!isRecord(port) || asInt(port.nodePort) !== undefined) continue;
    let candidate = 30000 + (fnv1a32(`${key}/${index}`) % 2768);
    for (let i = 0; i < 2768 && used.has(candidate); i++) candidate = 30000 + ((candidate - 30000 + 1) % 2768);
    used.add(candidate);
    port.nodePort = candidate;
  }
}

const serviceCache = new WeakMap<Cluster, ServiceInfo[]>();

/** The Services of a cluster as ServiceInfo, in declaration order (cached per cluster). */
export function clusterServices(cluster: Cluster): ServiceInfo[] {
  const cached = serviceCache.get(cluster);
  if (cached) return cached;
  const list = (cluster.byKind.get('Service') ?? []).map(buildServiceInfo);
  serviceCache.set(cluster, list);
  return list;
}

/** The ServiceInfo view of one (defaulted) Service object. */
export function buildServiceInfo(service: KubeObject): ServiceInfo {
  const spec = asRecord(service.spec);
  const selector = isRecord(spec.selector) ? toStringMap(spec.selector) : undefined;
  return {
    namespace: String(service.metadata.namespace ?? 'default'),
    name: String(service.metadata.name ?? ''),
    type: typeof spec.type === 'string' ? spec.type : 'ClusterIP',
    ...(typeof spec.clusterIP === 'string' ? { clusterIP: spec.clusterIP } : {}),
    ...(selector !== undefined ? { selector } : {}),
    ports: asArray(spec.ports).flatMap(servicePort),
    object: service,
  };
}

function servicePort(value: unknown): ServicePortInfo[] {
  const port = asRecord(value);
  const number = asInt(port.port);
  const protocol = port.protocol;
  if (number === undefined || (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP')) return [];
  const target = typeof port.targetPort === 'string' || typeof port.targetPort === 'number' ? port.targetPort : number;
  const nodePort = asInt(port.nodePort);
  return [
    {
      ...(typeof port.name === 'string' && port.name !== '' ? { name: port.name } : {}),
      port: number,
      protocol,
      targetPort: target,
      ...(nodePort !== undefined ? { nodePort } : {}),
    },
  ];
}
