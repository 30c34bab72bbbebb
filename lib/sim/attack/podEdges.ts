// Edges that start at a pod or a node: what a shell in a container (or on the node) gives.
import { serviceAccountObject } from './clusterFacts';
import { asArray, asRecord, asString, isRecord } from '../cluster/objectUtils';
import { labelSelectorMatches } from '../cluster';
import { trafficDecision } from '../netpol/evaluateTraffic';
import { networkMemo } from '../netpol/networkMemo';
import type { Cluster, Endpoint, PodInfo, Protocol } from '../types';
import { attackNodeKey, identityNode, nodeNode, secretNode, serviceAccountUser } from './nodes';
import type { AttackEdge, AttackEvidence, AttackNode } from './types';

/** An address outside the cluster (TEST-NET-3, RFC 5737) standing for "the internet". */
export const INTERNET_IP = '203.0.113.10';

/** Host paths whose mount hands over the node (KubeHound EXPLOIT_HOST_WRITE/READ, EXPLOIT_CONTAINERD_SOCK). */
const SENSITIVE_HOST_PATHS = [
  '/',
  '/etc',
  '/root',
  '/var',
  '/var/lib/kubelet',
  '/var/log',
  '/proc',
  '/dev',
  '/run/containerd/containerd.sock',
  '/var/run/containerd/containerd.sock',
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/crio/crio.sock',
];
/** Capabilities that break out of a container (KubeHound CE_MODULE_LOAD, CE_UMH_CORE_PATTERN, CE_SYS_PTRACE). */
const ESCAPE_CAPABILITIES = new Set(['SYS_ADMIN', 'SYS_MODULE', 'ALL']);

interface Container {
  container: Record<string, unknown>;
  path: string;
}

function containersOf(pod: PodInfo): Container[] {
  const spec = asRecord(pod.object.spec);
  const out: Container[] = [];
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    asArray(spec[field]).forEach((c, i) => {
      if (isRecord(c)) out.push({ container: c, path: `spec.${field}[${i}]` });
    });
  }
  return out;
}

/**
 * Is a ServiceAccount token mounted? The pod's automountServiceAccountToken wins, else the
 * ServiceAccount's, else true (plugin/pkg/admission/serviceaccount/admission.go); a projected
 * serviceAccountToken volume mounts one regardless.
 */
export function tokenEvidence(cluster: Cluster, pod: PodInfo): AttackEvidence | undefined {
  const spec = asRecord(pod.object.spec);
  const projected = asArray(spec.volumes).findIndex((v) =>
    asArray(asRecord(asRecord(v).projected).sources).some((s) => isRecord(asRecord(s).serviceAccountToken)),
  );
  if (projected >= 0) return { type: 'field', path: `spec.volumes[${projected}].projected`, value: 'serviceAccountToken' };
  if (typeof spec.automountServiceAccountToken === 'boolean') {
    return spec.automountServiceAccountToken ? { type: 'field', path: 'spec.automountServiceAccountToken', value: true } : undefined;
  }
  const sa = serviceAccountObject(cluster, pod.namespace, pod.serviceAccountName || 'default');
  if (sa && sa.automountServiceAccountToken === false) return undefined;
  return {
    type: 'field',
    path: 'spec.automountServiceAccountToken',
    value: sa && sa.automountServiceAccountToken === true ? 'ServiceAccount: true' : 'unset (default true)',
  };
}

/** Why a shell in this pod owns the node, or undefined (KubeHound CE_* edges, MITRE T1611). */
export function escapeEvidence(pod: PodInfo): AttackEvidence | undefined {
  const spec = asRecord(pod.object.spec);
  for (const { container, path } of containersOf(pod)) {
    const sc = asRecord(container.securityContext);
    if (sc.privileged === true) return { type: 'field', path: `${path}.securityContext.privileged`, value: true };
    const add = asArray(asRecord(sc.capabilities).add).map((c) => String(c).toUpperCase().replace(/^CAP_/, ''));
    const cap = add.find((c) => ESCAPE_CAPABILITIES.has(c) || (c === 'SYS_PTRACE' && spec.hostPID === true));
    if (cap) return { type: 'field', path: `${path}.securityContext.capabilities.add`, value: cap };
  }
  const volumes = asArray(spec.volumes);
  for (let i = 0; i < volumes.length; i++) {
    const hostPath = asString(asRecord(asRecord(volumes[i]).hostPath).path);
    if (hostPath !== undefined && SENSITIVE_HOST_PATHS.includes(hostPath.replace(/\/+$/, '') || '/')) {
      return { type: 'field', path: `spec.volumes[${i}].hostPath.path`, value: hostPath };
    }
  }
  return undefined;
}

/** Secrets the pod mounts or reads into its environment (KubeHound VOLUME_ACCESS). */
export function mountedSecrets(pod: PodInfo): { name: string; path: string }[] {
  const spec = asRecord(pod.object.spec);
  const found: { name: string; path: string }[] = [];
  asArray(spec.volumes).forEach((v, i) => {
    const name = asString(asRecord(asRecord(v).secret).secretName);
    if (name) found.push({ name, path: `spec.volumes[${i}].secret.secretName` });
    asArray(asRecord(asRecord(v).projected).sources).forEach((s, j) => {
      const projected = asString(asRecord(asRecord(s).secret).name);
      if (projected) found.push({ name: projected, path: `spec.volumes[${i}].projected.sources[${j}].secret.name` });
    });
  });
  for (const { container, path } of containersOf(pod)) {
    asArray(container.env).forEach((e, i) => {
      const name = asString(asRecord(asRecord(asRecord(e).valueFrom).secretKeyRef).name);
      if (name) found.push({ name, path: `${path}.env[${i}].valueFrom.secretKeyRef.name` });
    });
    asArray(container.envFrom).forEach((e, i) => {
      const name = asString(asRecord(asRecord(e).secretRef).name);
      if (name) found.push({ name, path: `${path}.envFrom[${i}].secretRef.name` });
    });
  }
  return found;
}

function secretExists(cluster: Cluster, namespace: string, name: string): boolean {
  return (cluster.byKind.get('Secret') ?? []).some((s) => s.metadata.namespace === namespace && s.metadata.name === name);
}

/** What a shell in `pod` reaches without touching the API: its token, its Secrets, its node. */
export function podLocalEdges(cluster: Cluster, pod: PodInfo, from: AttackNode): AttackEdge[] {
  const edges: AttackEdge[] = [];
  const token = tokenEvidence(cluster, pod);
  if (token)
    edges.push({ from, to: identityNode(serviceAccountUser(pod.namespace, pod.serviceAccountName || 'default')), technique: 'token', evidence: token });
  for (const secret of mountedSecrets(pod)) {
    if (secretExists(cluster, pod.namespace, secret.name)) {
      edges.push({
        from,
        to: secretNode(pod.namespace, secret.name),
        technique: 'mounted-secret',
        evidence: { type: 'field', path: secret.path, value: secret.name },
      });
    }
  }
  const escape = escapeEvidence(pod);
  if (escape && pod.nodeName) edges.push({ from, to: nodeNode(pod.nodeName), technique: 'escape', evidence: escape });
  return edges;
}

/** From the node: every token and Secret mounted in the pods scheduled on it (KubeHound EXPLOIT_HOST_READ). */
export function nodeEdges(cluster: Cluster, nodeName: string, from: AttackNode): AttackEdge[] {
  const edges: AttackEdge[] = [];
  const seen = new Set<string>();
  for (const pod of cluster.pods.values()) {
    if (pod.nodeName !== nodeName) continue;
    for (const edge of podLocalEdges(cluster, pod, from)) {
      const to = attackNodeKey(edge.to);
      if (edge.technique === 'escape' || seen.has(to)) continue;
      seen.add(to);
      edges.push({
        ...edge,
        technique: edge.technique === 'token' ? 'node-tokens' : 'node-secrets',
        evidence: edge.evidence.type === 'field' ? { ...edge.evidence, via: { namespace: pod.namespace, name: pod.name } } : edge.evidence,
      });
    }
  }
  return edges;
}

/** Ports to probe on a pod: its declared ones, or 80/TCP when it declares none. */
export function probePorts(pod: PodInfo): { port: number; protocol: Protocol }[] {
  return pod.ports.length ? pod.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol })) : [{ port: 80, protocol: 'TCP' }];
}

/** The first port on which `from` reaches `to`, as traffic evidence. */
export function reachEvidence(cluster: Cluster, from: PodInfo | { ip: string }, to: PodInfo): AttackEvidence | undefined {
  const source: Endpoint = 'namespace' in from ? { pod: { namespace: from.namespace, name: from.name } } : from;
  const known = networkMemo<AttackEvidence | undefined>(cluster, 'reachEvidence');
  const key = `${'pod' in source ? `pod:${source.pod.namespace}/${source.pod.name}` : `ip:${source.ip}`}\u0000${to.namespace}/${to.name}`;
  if (known.has(key)) return known.get(key);
  const evidence = firstReachablePort(cluster, source, to);
  known.set(key, evidence);
  return evidence;
}

function firstReachablePort(cluster: Cluster, from: Endpoint, to: PodInfo): AttackEvidence | undefined {
  for (const { port, protocol } of probePorts(to)) {
    // The decision alone (evaluateTraffic's explanation and words are not needed here).
    const verdict = trafficDecision(cluster, { from, to: { pod: { namespace: to.namespace, name: to.name } }, port, protocol });
    if (verdict.allowed) {
      return {
        type: 'traffic',
        port,
        protocol,
        ingress: verdict.ingress.allowedBy,
        egress: verdict.egress.allowedBy,
        ingressIsolated: verdict.ingress.isolated,
        egressIsolated: verdict.egress.isolated,
      };
    }
  }
  return undefined;
}

/** Is the pod published outside the cluster: a LoadBalancer/NodePort Service selects it, or a container has a hostPort. */
export function isPublished(cluster: Cluster, pod: PodInfo): boolean {
  if (containersOf(pod).some(({ container }) => asArray(container.ports).some((p) => typeof asRecord(p).hostPort === 'number'))) return true;
  return (cluster.byKind.get('Service') ?? []).some((svc) => {
    const spec = asRecord(svc.spec);
    if (svc.metadata.namespace !== pod.namespace || (spec.type !== 'LoadBalancer' && spec.type !== 'NodePort')) return false;
    const selector = asRecord(spec.selector);
    return Object.keys(selector).length > 0 && labelSelectorMatches({ matchLabels: selector as Record<string, string> }, pod.labels);
  });
}
