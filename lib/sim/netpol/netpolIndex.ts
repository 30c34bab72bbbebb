// Per-cluster indexes for the NetworkPolicy evaluator (built once, cached on the Cluster).
import type { Cluster, NodeInfo, PodInfo } from '../types';
import { labelSelectorMatches } from '../cluster/labelSelector';
import { ipKey, parseIp, type IpAddress } from '../cluster/ip';
import { clusterServices, type ServiceInfo } from '../cluster/services';
import { compilePolicy, type CompiledPolicy } from './compilePolicies';
import type { RemoteView } from './matchRules';

export interface AppliedPolicies {
  ingress: CompiledPolicy[];
  egress: CompiledPolicy[];
}

export interface NetpolIndex {
  cluster: Cluster;
  policies: CompiledPolicy[];
  byNamespace: Map<string, CompiledPolicy[]>;
  /** Parsed IP of every pod (`ns/name`). */
  podIps: Map<string, IpAddress | undefined>;
  /** Pod-network pods by address key (hostNetwork pods share their node's address). */
  podsByIp: Map<string, PodInfo>;
  nodesByIp: Map<string, NodeInfo>;
  servicesByIp: Map<string, ServiceInfo>;
  services: ServiceInfo[];
  applied: Map<PodInfo, AppliedPolicies>;
  /** Peer views of pod-network pods (see evaluatePair remoteView). */
  remotes: Map<PodInfo, RemoteView>;
}

const cache = new WeakMap<Cluster, NetpolIndex>();

/** The evaluator's index for a cluster (cached: a Cluster is immutable). */
export function netpolIndex(cluster: Cluster): NetpolIndex {
  const cached = cache.get(cluster);
  if (cached) return cached;
  const policies = (cluster.byKind.get('NetworkPolicy') ?? []).map(compilePolicy);
  const byNamespace = new Map<string, CompiledPolicy[]>();
  for (const policy of policies) {
    const list = byNamespace.get(policy.namespace);
    if (list) list.push(policy);
    else byNamespace.set(policy.namespace, [policy]);
  }
  const podIps = new Map<string, IpAddress | undefined>();
  const podsByIp = new Map<string, PodInfo>();
  for (const [key, pod] of cluster.pods) {
    const ip = parseIp(pod.ip);
    podIps.set(key, ip);
    if (ip !== undefined && !pod.hostNetwork && !podsByIp.has(ipKey(ip))) podsByIp.set(ipKey(ip), pod);
  }
  const nodesByIp = new Map<string, NodeInfo>();
  for (const node of cluster.nodes.values()) {
    const ip = parseIp(node.ip);
    if (ip !== undefined && !nodesByIp.has(ipKey(ip))) nodesByIp.set(ipKey(ip), node);
  }
  const services = clusterServices(cluster);
  const servicesByIp = new Map<string, ServiceInfo>();
  for (const service of services) {
    const ip = parseIp(service.clusterIP);
    if (ip !== undefined && !servicesByIp.has(ipKey(ip))) servicesByIp.set(ipKey(ip), service);
  }
  const index = { cluster, policies, byNamespace, podIps, podsByIp, nodesByIp, servicesByIp, services, applied: new Map(), remotes: new Map() };
  cache.set(cluster, index);
  return index;
}

/**
 * The policies that select a pod, per direction: same namespace, `spec.podSelector` matches
 * its labels, and the direction is in the defaulted policyTypes. hostNetwork pods are never
 * selected (simulator convention, semantics/networkpolicy.md §6.6).
 */
export function appliedPolicies(index: NetpolIndex, pod: PodInfo): AppliedPolicies {
  const cached = index.applied.get(pod);
  if (cached) return cached;
  const result: AppliedPolicies = { ingress: [], egress: [] };
  if (!pod.hostNetwork) {
    for (const policy of index.byNamespace.get(pod.namespace) ?? []) {
      if (!labelSelectorMatches(policy.podSelector, pod.labels)) continue;
      if (policy.types.ingress) result.ingress.push(policy);
      if (policy.types.egress) result.egress.push(policy);
    }
  }
  index.applied.set(pod, result);
  return result;
}

/** Labels of a namespace (with `kubernetes.io/metadata.name`), empty when unknown. */
export function namespaceLabels(index: NetpolIndex, namespace: string): Record<string, string> {
  return index.cluster.namespaces.get(namespace)?.labels ?? {};
}
