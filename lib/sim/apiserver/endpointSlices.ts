/**
 * EndpointSlices (discovery.k8s.io/v1) as the EndpointSlice controller keeps them for every
 * Service with a selector: a generated name `<service>-xxxxx`, the Service's labels plus
 * `kubernetes.io/service-name` and `endpointslice.kubernetes.io/managed-by`, an owner reference
 * to the Service, addressType IPv4, the ready pods the selector picks (grouped by the ports
 * their targetPorts resolve to: one slice per port mapping), and a placeholder slice without
 * endpoints when no pod is ready. The `kubernetes` Service's slice is the API server's own
 * (its endpoint reconciler): the node's address on 8443. Headless Services get the
 * `service.kubernetes.io/headless` label.
 * Upstream: kubernetes/kubernetes pkg/controller/endpointslice (reconciler.go, utils.go
 * newEndpointSlice / getEndpointPorts), https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/
 * SIMPLIFICATION(k8s): not-ready pods are left out (upstream lists them with ready: false);
 * at most one slice per port mapping (upstream splits at 100 endpoints).
 */
import { clusterServices, type ServiceInfo } from '../cluster';
import type { Cluster, KubeObject, PodInfo } from '../types';
import { podIsReady, resolveTargetPort } from './endpoints';
import { formatRfc3339 } from './clock';
import { createdAt } from './events';
import { suffixFrom, uuidFrom } from '../support/hash';
import { strMap } from './objectData';

/** The uid the server shows for an object (serverView.ts gives the same). */
function uidOf(object: KubeObject): string {
  const meta = object.metadata;
  if (typeof meta.uid === 'string') return meta.uid;
  const created = typeof meta.creationTimestamp === 'string' ? meta.creationTimestamp : formatRfc3339(createdAt(object));
  return uuidFrom(`${object.kind}/${String(meta.namespace ?? '')}/${String(meta.name ?? '')}@${created}`);
}

const MANAGED_BY = 'endpointslice-controller.k8s.io';

interface SlicePort {
  name: string;
  port: number;
  protocol: string;
}

function readyPods(cluster: Cluster, service: ServiceInfo): PodInfo[] {
  const selector = service.selector ?? {};
  return [...cluster.pods.values()]
    .filter((pod) => pod.namespace === service.namespace && podIsReady(pod) && Object.entries(selector).every(([k, v]) => pod.labels[k] === v))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** getEndpointPorts: each Service port whose targetPort the pod resolves. */
function portsOf(service: ServiceInfo, pod: PodInfo): SlicePort[] {
  const out: SlicePort[] = [];
  for (const port of service.ports) {
    const resolved = resolveTargetPort(pod, port.targetPort, port.protocol);
    if (resolved !== undefined) out.push({ name: port.name ?? '', port: resolved, protocol: port.protocol });
  }
  return out;
}

function endpointOf(pod: PodInfo): Record<string, unknown> {
  return {
    addresses: [pod.ip],
    conditions: { ready: true, serving: true, terminating: false },
    nodeName: pod.nodeName,
    targetRef: { kind: 'Pod', name: pod.name, namespace: pod.namespace, uid: uidOf(pod.object) },
  };
}

function sliceOf(service: ServiceInfo, key: string, ports: SlicePort[] | undefined, pods: PodInfo[]): KubeObject {
  const meta = service.object.metadata;
  const labels: Record<string, string> = {
    ...strMap(meta.labels),
    'endpointslice.kubernetes.io/managed-by': MANAGED_BY,
    'kubernetes.io/service-name': service.name,
  };
  if (service.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name: `${service.name}-${suffixFrom(`endpointslice:${service.namespace}/${service.name}/${key}`)}`,
      generateName: `${service.name}-`,
      namespace: service.namespace,
      labels,
      ...(meta.creationTimestamp !== undefined ? { creationTimestamp: meta.creationTimestamp } : {}),
      ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: service.name, uid: uidOf(service.object), controller: true, blockOwnerDeletion: true }],
    },
    addressType: 'IPv4',
    endpoints: pods.length > 0 ? pods.map(endpointOf) : null,
    ports: ports ?? null,
  };
}

function slicesOf(cluster: Cluster, service: ServiceInfo): KubeObject[] {
  const groups = new Map<string, { ports: SlicePort[]; pods: PodInfo[] }>();
  for (const pod of readyPods(cluster, service)) {
    const ports = portsOf(service, pod);
    const key = JSON.stringify(ports);
    const group = groups.get(key) ?? { ports, pods: [] };
    group.pods.push(pod);
    groups.set(key, group);
  }
  if (groups.size === 0) return [sliceOf(service, 'placeholder', undefined, [])];
  return [...groups.entries()].map(([key, g]) => sliceOf(service, key, g.ports, g.pods));
}

function apiServerSlice(cluster: Cluster, service: ServiceInfo): KubeObject {
  const node = [...cluster.nodes.values()][0];
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      labels: { 'kubernetes.io/service-name': 'kubernetes' },
      ...(service.object.metadata.creationTimestamp !== undefined ? { creationTimestamp: service.object.metadata.creationTimestamp } : {}),
    },
    addressType: 'IPv4',
    endpoints: [{ addresses: [node?.ip ?? '192.168.49.2'], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 8443, protocol: 'TCP' }],
  };
}

/** The EndpointSlices of the cluster's Services. */
export function buildEndpointSlices(cluster: Cluster): KubeObject[] {
  const out: KubeObject[] = [];
  for (const service of clusterServices(cluster)) {
    if (service.namespace === 'default' && service.name === 'kubernetes') out.push(apiServerSlice(cluster, service));
    else if (service.selector && Object.keys(service.selector).length > 0) out.push(...slicesOf(cluster, service));
  }
  return out;
}

function listWithMore(list: string[], count: number, max = 3): string {
  if (count > max) return `${list.slice(0, max).join(',')} + ${count - max} more...`;
  return list.length === 0 ? '<unset>' : list.join(',');
}

/** The PORTS column (printers.go formatDiscoveryPorts). */
export function formatSlicePorts(slice: KubeObject): string {
  const ports = Array.isArray(slice.ports) ? (slice.ports as Record<string, unknown>[]) : [];
  return listWithMore(
    ports.map((p) => (typeof p.port === 'number' ? String(p.port) : typeof p.name === 'string' ? p.name : '*')),
    ports.length,
  );
}

/** The ENDPOINTS column (printers.go formatDiscoveryEndpoints): the addresses, 3 at most. */
export function formatSliceEndpoints(slice: KubeObject): string {
  const endpoints = Array.isArray(slice.endpoints) ? (slice.endpoints as Record<string, unknown>[]) : [];
  const addresses = endpoints.flatMap((e) => (Array.isArray(e.addresses) ? e.addresses.map(String) : []));
  return listWithMore(addresses, addresses.length);
}
