/**
 * Endpoints the endpoints controller keeps for every Service with a selector: the ready pods
 * the selector picks, with each Service port's targetPort resolved on the pod (a named
 * targetPort a pod does not declare leaves that pod out of that port). The `kubernetes`
 * Service points at the API server (node IP, port 8443 on minikube). Upstream:
 * pkg/controller/endpoint/endpoints_controller.go; docs concepts/services-networking/service.
 */
import { clusterServices, type ServiceInfo } from '../cluster';
import type { Cluster, KubeObject, PodInfo } from '../types';
import { arr, rec, str, strMap } from './objectData';

export interface ServiceBackend {
  pod: PodInfo;
  port: number;
}

/** Is the pod Running and not marked unready? */
export function podIsReady(pod: PodInfo): boolean {
  const status = rec(pod.object.status);
  if (str(status.phase, 'Running') !== 'Running') return false;
  return !arr(status.conditions).some((c) => rec(c).type === 'Ready' && rec(c).status === 'False');
}

/** The container port a Service targetPort means on a pod (numbers as is, names looked up). */
export function resolveTargetPort(pod: PodInfo, target: number | string, protocol: string): number | undefined {
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  return pod.ports.find((p) => p.name === target && p.protocol === protocol)?.containerPort;
}

/** Ready backends of a Service port (ports by index in `spec.ports`). */
export function serviceBackends(cluster: Cluster, service: ServiceInfo, portIndex: number): ServiceBackend[] {
  const port = service.ports[portIndex];
  const selector = service.selector;
  if (!port || !selector || Object.keys(selector).length === 0) return [];
  const out: ServiceBackend[] = [];
  for (const pod of cluster.pods.values()) {
    if (pod.namespace !== service.namespace || !podIsReady(pod)) continue;
    if (!Object.entries(selector).every(([k, v]) => pod.labels[k] === v)) continue;
    const resolved = resolveTargetPort(pod, port.targetPort, port.protocol);
    if (resolved !== undefined) out.push({ pod, port: resolved });
  }
  return out.sort((a, b) => a.pod.name.localeCompare(b.pod.name));
}

function apiServerEndpoints(cluster: Cluster): KubeObject {
  const node = [...cluster.nodes.values()][0];
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: node?.ip ?? '192.168.49.2' }], ports: [{ name: 'https', port: 8443, protocol: 'TCP' }] }],
  };
}

function endpointsOf(cluster: Cluster, service: ServiceInfo): KubeObject {
  const subsets: unknown[] = [];
  service.ports.forEach((port, i) => {
    const backends = serviceBackends(cluster, service, i);
    if (backends.length === 0) return;
    subsets.push({
      addresses: backends.map((b) => ({ ip: b.pod.ip, nodeName: b.pod.nodeName, targetRef: { kind: 'Pod', name: b.pod.name, namespace: b.pod.namespace } })),
      ports: [{ ...(port.name ? { name: port.name } : {}), port: backends[0].port, protocol: port.protocol }],
    });
  });
  const labels = strMap(service.object.metadata.labels);
  const created = service.object.metadata.creationTimestamp;
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      name: service.name,
      namespace: service.namespace,
      ...(Object.keys(labels).length ? { labels } : {}),
      ...(created !== undefined ? { creationTimestamp: created } : {}),
    },
    ...(subsets.length > 0 ? { subsets } : {}),
  };
}

/** Endpoints objects for the cluster's Services. */
export function buildEndpoints(cluster: Cluster): KubeObject[] {
  const out: KubeObject[] = [];
  for (const service of clusterServices(cluster)) {
    if (service.namespace === 'default' && service.name === 'kubernetes') out.push(apiServerEndpoints(cluster));
    else if (service.selector && Object.keys(service.selector).length > 0) out.push(endpointsOf(cluster, service));
  }
  return out;
}

/** `10.244.0.5:8080,10.244.1.3:8080` (kubectl's ENDPOINTS column, at most 3 then `+ N more...`). */
export function formatEndpointList(endpoints: KubeObject, max = 3): string {
  const items: string[] = [];
  for (const subset of arr(endpoints.subsets)) {
    for (const port of arr(rec(subset).ports)) {
      for (const address of arr(rec(subset).addresses)) items.push(`${str(rec(address).ip)}:${str(rec(port).port)}`);
    }
  }
  if (items.length === 0) return '<none>';
  return items.length > max ? `${items.slice(0, max).join(',')} + ${items.length - max} more...` : items.join(',');
}
