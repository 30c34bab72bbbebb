// Turning the endpoints of a question into concrete pods, nodes and addresses.
import type { Endpoint, NodeInfo, ObjectRef, PodInfo } from '../types';
import { isRecord } from '../cluster/objectUtils';
import { ipKey, parseIp } from '../cluster/ip';
import type { ServiceInfo } from '../cluster/services';
import type { NetpolIndex } from './netpolIndex';
import type { EndpointRef, ProbeEnd, TrafficProblem } from './types';

/** One end of a probe. */
export type Concrete =
  { kind: 'pod'; pod: PodInfo } | { kind: 'host-pod'; pod: PodInfo; node?: NodeInfo } | { kind: 'node'; node: NodeInfo } | { kind: 'external'; ip: string };

export type Resolved = { ok: true; ref: EndpointRef; endpoints: Concrete[]; service?: ServiceInfo } | { ok: false; ref: EndpointRef; problem: TrafficProblem };

const WORKLOAD_ALIASES: Record<string, string> = {
  deploy: 'Deployment',
  deployment: 'Deployment',
  deployments: 'Deployment',
  sts: 'StatefulSet',
  statefulset: 'StatefulSet',
  statefulsets: 'StatefulSet',
  ds: 'DaemonSet',
  daemonset: 'DaemonSet',
  daemonsets: 'DaemonSet',
  rs: 'ReplicaSet',
  replicaset: 'ReplicaSet',
  replicasets: 'ReplicaSet',
  rc: 'ReplicationController',
  replicationcontroller: 'ReplicationController',
  job: 'Job',
  jobs: 'Job',
  cj: 'CronJob',
  cronjob: 'CronJob',
  cronjobs: 'CronJob',
};

/**
 * Resolves an Endpoint: `"ns/pod"` (or `"pod"` in `default`); when no such pod exists,
 * `"ns/workload"` = all pods of the Deployment/StatefulSet/DaemonSet/ReplicaSet/Job/CronJob
 * of that name, else the Service of that name (port = Service port); `"ns/kind/name"` (`shop/deploy/web`, `shop/svc/web`, `shop/pod/web-0`)
 * names the kind; `{ip}` = the pod-network pod, node or Service ClusterIP with that address,
 * else an address outside the cluster; `{node}`; `{service: "ns/name"}`; `{pod: {namespace, name}}` = that pod only;
 * `{service: {namespace, name}}` = that Service. Only the strings are read as text (the question
 * syntax); a typed reference is never turned into text and read again.
 */
export function resolveEndpoint(index: NetpolIndex, endpoint: Endpoint | unknown): Resolved {
  if (typeof endpoint === 'string') return resolveName(index, endpoint.trim());
  if (!isRecord(endpoint)) return fail({ kind: 'unknown', name: String(endpoint) }, 'bad-endpoint');
  if (typeof endpoint.ip === 'string') return resolveIp(index, endpoint.ip.trim());
  if (typeof endpoint.node === 'string') {
    const node = index.cluster.nodes.get(endpoint.node);
    const ref: EndpointRef = { kind: 'node', name: endpoint.node, ...(node ? { ip: node.ip } : {}) };
    return node ? { ok: true, ref, endpoints: [{ kind: 'node', node }] } : fail(ref, 'unknown-node');
  }
  if (typeof endpoint.service === 'string') {
    const { namespace, name } = splitName(endpoint.service.trim());
    return resolveService(index, { namespace, name });
  }
  if (isRecord(endpoint.service)) return typedRef(endpoint.service, 'service', (ref) => resolveService(index, ref));
  if (isRecord(endpoint.pod)) return typedRef(endpoint.pod, 'pod', (ref) => resolvePod(index, ref));
  return fail({ kind: 'unknown', name: safeText(endpoint) }, 'bad-endpoint');
}

function fail(ref: EndpointRef, code: TrafficProblem['code'], detail?: string): Resolved {
  return { ok: false, ref, problem: { code, subject: ref.name, ...(detail !== undefined ? { detail } : {}) } };
}

function safeText(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 80) ?? String(value);
  } catch {
    return '?';
  }
}

function splitName(text: string): { namespace: string; kind?: string; name: string } {
  const parts = text.split('/');
  if (parts.length >= 3) return { namespace: parts[0] || 'default', kind: parts[1].toLowerCase(), name: parts.slice(2).join('/') };
  if (parts.length === 2) return { namespace: parts[0] || 'default', name: parts[1] };
  return { namespace: 'default', name: text };
}

/** A `{ pod }` or `{ service }` reference: both fields must be strings. */
function typedRef(value: Record<string, unknown>, field: 'pod' | 'service', resolve: (ref: ObjectRef) => Resolved): Resolved {
  if (typeof value.namespace !== 'string' || typeof value.name !== 'string')
    return fail({ kind: 'unknown', name: safeText({ [field]: value }) }, 'bad-endpoint');
  return resolve({ namespace: value.namespace, name: value.name });
}

function resolveName(index: NetpolIndex, text: string): Resolved {
  const { namespace, kind, name } = splitName(text);
  const key = `${namespace}/${name}`;
  if (kind === 'svc' || kind === 'service' || kind === 'services') return resolveService(index, { namespace, name });
  const podKind = kind === 'pod' || kind === 'po' || kind === 'pods';
  const pod = kind === undefined || podKind ? index.cluster.pods.get(key) : undefined;
  if (pod) return { ok: true, ref: podRef(pod), endpoints: [podEndpoint(index, pod)] };
  const wantedKind = kind === undefined ? undefined : WORKLOAD_ALIASES[kind];
  // A written kind is honoured: `ns/pod/x` is that pod only, and a kind with no pods names nothing.
  if (kind !== undefined && wantedKind === undefined) return fail({ kind: 'unknown', name: key }, 'unknown-endpoint', namespace);
  const pods = [...index.cluster.pods.values()].filter((p) => {
    if (p.namespace !== namespace || p.owner === undefined) return false;
    return p.owner.name === name && (wantedKind === undefined || p.owner.kind === wantedKind);
  });
  if (pods.length === 0) {
    const isService = kind === undefined && index.services.some((s) => s.namespace === namespace && s.name === name);
    return isService ? resolveService(index, { namespace, name }) : fail({ kind: 'unknown', name: key }, 'unknown-endpoint', namespace);
  }
  const ref: EndpointRef = {
    kind: 'workload',
    name: key,
    object: { namespace, name },
    workloadKind: pods[0].owner?.kind ?? '',
    pods: pods.map((p) => ({ namespace: p.namespace, name: p.name })),
  };
  return { ok: true, ref, endpoints: pods.map((p) => podEndpoint(index, p)) };
}

/** `{ pod: { namespace, name } }`: exactly that pod (no workload or Service fallback). */
function resolvePod(index: NetpolIndex, ref: ObjectRef): Resolved {
  const pod = index.cluster.pods.get(`${ref.namespace}/${ref.name}`);
  return pod
    ? { ok: true, ref: podRef(pod), endpoints: [podEndpoint(index, pod)] }
    : fail({ kind: 'unknown', name: refWords(ref) }, 'unknown-endpoint', ref.namespace);
}

function resolveIp(index: NetpolIndex, text: string): Resolved {
  const ip = parseIp(text);
  if (ip === undefined) return fail({ kind: 'ip', name: text }, 'bad-ip');
  const key = ipKey(ip);
  const pod = index.podsByIp.get(key);
  if (pod) return { ok: true, ref: podRef(pod), endpoints: [{ kind: 'pod', pod }] };
  const node = index.nodesByIp.get(key);
  if (node) return { ok: true, ref: { kind: 'node', name: node.name, ip: node.ip }, endpoints: [{ kind: 'node', node }] };
  const service = index.servicesByIp.get(key);
  if (service) return resolveService(index, { namespace: service.namespace, name: service.name });
  return { ok: true, ref: { kind: 'ip', name: text, ip: text }, endpoints: [{ kind: 'external', ip: text }] };
}

function resolveService(index: NetpolIndex, { namespace, name }: ObjectRef): Resolved {
  const words = refWords({ namespace, name });
  const service = index.services.find((s) => s.namespace === namespace && s.name === name);
  if (!service) return fail({ kind: 'service', name: words, object: { namespace, name } }, 'unknown-service');
  const ref: EndpointRef = { kind: 'service', name: words, object: { namespace, name }, ...(service.clusterIP ? { ip: service.clusterIP } : {}) };
  if (service.type === 'ExternalName') return fail(ref, 'external-name-service');
  return { ok: true, ref, endpoints: [], service };
}

/** A pod as a probe endpoint: pod-network pod, or hostNetwork pod (traffic with its node's IP). */
export function podEndpoint(index: NetpolIndex, pod: PodInfo): Concrete {
  return pod.hostNetwork ? { kind: 'host-pod', pod, node: index.cluster.nodes.get(pod.nodeName) } : { kind: 'pod', pod };
}

/** `ns/name` in words (a message parameter, an EndpointRef's `name`): never read back. */
function refWords(ref: ObjectRef): string {
  return `${ref.namespace}/${ref.name}`;
}

function podRef(pod: PodInfo): EndpointRef {
  const object = { namespace: pod.namespace, name: pod.name };
  return { kind: pod.hostNetwork ? 'host-network-pod' : 'pod', name: refWords(object), object, ip: pod.ip };
}

/** One concrete end as data: a pod's typed reference, a node, or an address. */
export function probeEnd(endpoint: Concrete): ProbeEnd {
  switch (endpoint.kind) {
    case 'pod':
    case 'host-pod':
      return { kind: endpoint.kind === 'pod' ? 'pod' : 'host-network-pod', pod: { namespace: endpoint.pod.namespace, name: endpoint.pod.name } };
    case 'node':
      return { kind: 'node', node: endpoint.node.name, ip: endpoint.node.ip };
    case 'external':
      return { kind: 'ip', ip: endpoint.ip };
  }
}

/** A probe end in words: `x/a` (pod), `node-1 (10.0.0.1)` (node), `203.0.113.10` (ip). */
export function probeEndWords(end: ProbeEnd): string {
  if ('pod' in end) return refWords(end.pod);
  if (end.kind === 'node') return `${end.node} (${end.ip})`;
  return end.ip;
}
