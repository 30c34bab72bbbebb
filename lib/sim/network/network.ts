/**
 * What a process in a pod sees on the network: cluster DNS (search path
 * `<ns>.svc.cluster.local svc.cluster.local cluster.local`, Service and pod records, which
 * need egress to kube-dns on 53/UDP), and whether a TCP/UDP connection opens, is refused or
 * times out, decided by NetworkPolicies (`evaluateTraffic`) and by what listens on the port.
 * Upstream: docs concepts/services-networking/dns-pod-service, network-policies, service.
 * SIMPLIFICATION(k8s): a port is open when a container declares it (or the image is known to
 * listen there, or the pod declares no port at all); a Service connection needs every ready
 * backend to be allowed; names outside the cluster resolve to 203.0.113.x documentation addresses.
 */
import { clusterServices, type ServiceInfo } from '../cluster';
import { evaluateTraffic } from '../netpol';
import type { Cluster, ObjectRef, PodInfo, Protocol } from '../types';
import { serviceBackends } from '../apiserver/endpoints';
import { fnv1a32 } from '../support/hash';

export type Target =
  | { kind: 'pod'; pod: PodInfo; ip: string }
  | { kind: 'service'; service: ServiceInfo; ip: string }
  | { kind: 'node'; node: string; ip: string }
  | { kind: 'loopback'; ip: string }
  | { kind: 'external'; ip: string };

export type Resolution = { ok: true; target: Target } | { ok: false; reason: 'nxdomain' | 'dns-timeout' };

export type ConnectOutcome = { result: 'open'; pod?: PodInfo; port: number; apiServer?: boolean } | { result: 'refused' } | { result: 'timeout' };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const DOMAIN = 'cluster.local';

function targetForIp(cluster: Cluster, ip: string, self: PodInfo): Target {
  if (ip.startsWith('127.')) return { kind: 'loopback', ip };
  if (ip === self.ip && !self.hostNetwork) return { kind: 'pod', pod: self, ip };
  const pod = [...cluster.pods.values()].find((p) => p.ip === ip && !p.hostNetwork);
  if (pod) return { kind: 'pod', pod, ip };
  const service = clusterServices(cluster).find((s) => s.clusterIP === ip);
  if (service) return { kind: 'service', service, ip };
  const node = [...cluster.nodes.values()].find((n) => n.ip === ip);
  if (node) return { kind: 'node', node: node.name, ip };
  return { kind: 'external', ip };
}

function lookupFqdn(cluster: Cluster, fqdn: string): Target | undefined {
  const svc = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(fqdn);
  if (svc) {
    const service = clusterServices(cluster).find((s) => s.name === svc[1] && s.namespace === svc[2]);
    if (service && service.clusterIP && service.clusterIP !== 'None') return { kind: 'service', service, ip: service.clusterIP };
    if (service && service.clusterIP === 'None') {
      const backend = serviceBackends(cluster, service, 0)[0];
      if (backend) return { kind: 'pod', pod: backend.pod, ip: backend.pod.ip };
    }
    return undefined;
  }
  const pod = /^(\d+)-(\d+)-(\d+)-(\d+)\.([a-z0-9-]+)\.pod\.cluster\.local$/.exec(fqdn);
  if (pod) {
    const ip = pod.slice(1, 5).join('.');
    const found = [...cluster.pods.values()].find((p) => p.ip === ip && p.namespace === pod[5]);
    return found ? { kind: 'pod', pod: found, ip } : undefined;
  }
  return undefined;
}

/** A pod as a traffic endpoint: a typed reference, never an `ns/name` string to resolve again. */
function podEnd(pod: PodInfo): { pod: ObjectRef } {
  return { pod: { namespace: pod.namespace, name: pod.name } };
}

/** Can the pod reach the cluster DNS (53/UDP to kube-dns)? True when the cluster has no kube-dns Service. */
export function dnsReachable(cluster: Cluster, from: PodInfo): boolean {
  const dns = clusterServices(cluster).find((s) => s.namespace === 'kube-system' && s.name === 'kube-dns');
  if (!dns || from.hostNetwork) return true;
  const verdict = evaluateTraffic(cluster, { from: podEnd(from), to: { service: { namespace: 'kube-system', name: 'kube-dns' } }, port: 53, protocol: 'UDP' });
  return verdict.allowed || verdict.problem !== undefined;
}

/** Resolve a host name the way a pod's resolver would (ndots:5, the namespace search path). */
export function resolveHost(cluster: Cluster, from: PodInfo, host: string): Resolution {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(name)) return { ok: true, target: targetForIp(cluster, name, from) };
  if (name === 'localhost') return { ok: true, target: { kind: 'loopback', ip: '127.0.0.1' } };
  if (name === from.name) return { ok: true, target: { kind: 'pod', pod: from, ip: from.ip } };
  if (!dnsReachable(cluster, from)) return { ok: false, reason: 'dns-timeout' };
  const dots = name.split('.').length - 1;
  const search = [`${from.namespace}.svc.${DOMAIN}`, `svc.${DOMAIN}`, DOMAIN].map((suffix) => `${name}.${suffix}`);
  const candidates = dots >= 5 ? [name, ...search] : [...search, name];
  for (const candidate of candidates) {
    const found = lookupFqdn(cluster, candidate);
    if (found) return { ok: true, target: found };
  }
  if (name.endsWith(DOMAIN) || dots === 0) return { ok: false, reason: 'nxdomain' };
  return { ok: true, target: { kind: 'external', ip: `203.0.113.${(fnv1a32(name) % 250) + 2}` } };
}

const IMAGE_PORTS: [RegExp, number[]][] = [
  [/nginx-unprivileged|nginxinc\/nginx-unprivileged/, [8080]],
  [/nginx/, [80]],
  [/httpd|apache/, [80]],
  [/redis/, [6379]],
  [/postgres/, [5432]],
  [/mysql|mariadb/, [3306]],
  [/mongo/, [27017]],
  [/coredns/, [53, 9153]],
  [/etcd/, [2379, 2380]],
  [/kube-apiserver/, [6443, 8443]],
  [/hello-app|echoserver|http-echo|whoami/, [8080, 80, 5678]],
];

/** Does something in the pod listen on this port? */
export function podListens(pod: PodInfo, port: number, protocol: Protocol): boolean {
  if (pod.ports.some((p) => p.containerPort === port && p.protocol === protocol)) return true;
  const images = (((pod.object.spec as Record<string, unknown> | undefined)?.containers as Record<string, unknown>[] | undefined) ?? []).map((c) =>
    String(c?.image ?? ''),
  );
  const known = IMAGE_PORTS.filter(([pattern]) => images.some((image) => pattern.test(image)));
  if (known.some(([, ports]) => ports.includes(port))) return true;
  return pod.ports.length === 0 && known.length === 0;
}

function connectToService(cluster: Cluster, from: PodInfo, service: ServiceInfo, port: number, protocol: Protocol, turn: number): ConnectOutcome {
  const index = service.ports.findIndex((p) => p.port === port && p.protocol === protocol);
  if (index < 0) return { result: 'timeout' };
  if (service.namespace === 'default' && service.name === 'kubernetes') {
    // The API server on the control-plane node (endpoints managed by the API server itself).
    const node = [...cluster.nodes.values()][0];
    const verdict = node ? evaluateTraffic(cluster, { from: podEnd(from), to: { ip: node.ip }, port: 8443, protocol }) : undefined;
    return !verdict || verdict.allowed ? { result: 'open', port: 8443, apiServer: true } : { result: 'timeout' };
  }
  const backends = serviceBackends(cluster, service, index);
  if (backends.length === 0) return { result: 'refused' };
  const verdict = evaluateTraffic(cluster, { from: podEnd(from), to: { service: { namespace: service.namespace, name: service.name } }, port, protocol });
  if (!verdict.allowed) return verdict.problem?.code === 'no-backends' ? { result: 'refused' } : { result: 'timeout' };
  const chosen = backends[turn % backends.length];
  return podListens(chosen.pod, chosen.port, protocol) ? { result: 'open', pod: chosen.pod, port: chosen.port } : { result: 'refused' };
}

/** Try to open a connection from a pod to a resolved target. */
export function connect(cluster: Cluster, from: PodInfo, target: Target, port: number, protocol: Protocol, turn: number): ConnectOutcome {
  const source = podEnd(from);
  switch (target.kind) {
    case 'loopback':
      return podListens(from, port, protocol) ? { result: 'open', pod: from, port } : { result: 'refused' };
    case 'service':
      return connectToService(cluster, from, target.service, port, protocol, turn);
    case 'pod': {
      if (target.pod === from) return podListens(from, port, protocol) ? { result: 'open', pod: from, port } : { result: 'refused' };
      const verdict = evaluateTraffic(cluster, { from: source, to: podEnd(target.pod), port, protocol });
      if (!verdict.allowed) return { result: 'timeout' };
      return podListens(target.pod, port, protocol) ? { result: 'open', pod: target.pod, port } : { result: 'refused' };
    }
    case 'node': {
      const nodePortService = clusterServices(cluster).find((s) => s.ports.some((p) => p.nodePort === port && p.protocol === protocol));
      if (nodePortService) {
        const servicePort = nodePortService.ports.find((p) => p.nodePort === port)?.port ?? port;
        return connectToService(cluster, from, nodePortService, servicePort, protocol, turn);
      }
      const verdict = evaluateTraffic(cluster, { from: source, to: { node: target.node }, port, protocol });
      if (!verdict.allowed) return { result: 'timeout' };
      return [10250, 22, 8443].includes(port) ? { result: 'open', port } : { result: 'refused' };
    }
    default: {
      const verdict = evaluateTraffic(cluster, { from: source, to: { ip: target.ip }, port, protocol });
      return verdict.allowed ? { result: 'open', port } : { result: 'timeout' };
    }
  }
}
