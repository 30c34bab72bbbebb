// Pods: scheduling, addresses and the PodInfo view the evaluators read.
import type { KubeObject, OwnerRef, PodInfo, Protocol } from '../types';
import { asArray, asInt, asRecord, childRecord, isRecord, toStringMap } from './objectUtils';
import { formatIpv4, parseIp } from './ip';
import type { NodeSlot } from './nodes';

export interface PodSource {
  pod: KubeObject;
  owner?: OwnerRef;
}

/**
 * Places and addresses pods, in creation order, and returns their PodInfo keyed by
 * `namespace/name`. Models the scheduler and the CNI IPAM in their simplest converged form:
 * - `spec.nodeName` is kept; otherwise pods go round-robin over the nodes whose labels match
 *   `spec.nodeSelector` (all nodes if none match).
 *   SIMPLIFICATION(k8s): no resources, taints, affinity; an unschedulable pod still runs.
 * - `status.podIP` is kept; hostNetwork pods get their node's IP; other pods get the next free
 *   address of their node's pod range (10.244.<node index>.2, .3, ...; a range that fills up
 *   continues upward; addresses ending in .0, .1 and .255 are skipped).
 * - `status.phase` defaults to Running, `status.hostIP` to the node IP.
 */
export function placePods(sources: PodSource[], slots: readonly NodeSlot[]): Map<string, PodInfo> {
  const byName = new Map(slots.map((slot) => [slot.info.name, slot]));
  const used = new Set<string>(slots.map((s) => s.info.ip));
  for (const { pod } of sources) {
    const ip = asRecord(pod.status).podIP;
    if (typeof ip === 'string' && parseIp(ip) !== undefined && asRecord(pod.spec).hostNetwork !== true) used.add(ip);
  }
  const cursors = new Map<string, number>();
  let roundRobin = 0;
  const pods = new Map<string, PodInfo>();
  for (const source of sources) {
    const spec = childRecord(source.pod, 'spec');
    let slot = typeof spec.nodeName === 'string' ? byName.get(spec.nodeName) : undefined;
    if (slot === undefined) {
      slot = pickNode(slots, spec.nodeSelector, roundRobin++);
      spec.nodeName = slot.info.name;
    }
    const ip = podAddress(source.pod, slot, used, cursors);
    const info = buildPodInfo(source, slot, ip);
    const key = `${info.namespace}/${info.name}`;
    if (!pods.has(key)) pods.set(key, info);
  }
  return pods;
}

function pickNode(slots: readonly NodeSlot[], nodeSelector: unknown, turn: number): NodeSlot {
  const wanted = toStringMap(nodeSelector);
  const keys = Object.keys(wanted);
  const matching = slots.filter((slot) => keys.every((key) => slot.info.labels[key] === wanted[key]));
  const candidates = matching.length > 0 ? matching : slots;
  return candidates[turn % candidates.length];
}

function podAddress(pod: KubeObject, slot: NodeSlot, used: Set<string>, cursors: Map<string, number>): string {
  const status = childRecord(pod, 'status');
  const declared = typeof status.podIP === 'string' && parseIp(status.podIP) !== undefined ? status.podIP : undefined;
  let ip = declared;
  if (asRecord(pod.spec).hostNetwork === true) ip ??= slot.info.ip;
  if (ip === undefined) {
    let next = cursors.get(slot.info.name) ?? slot.podRangeStart;
    while (used.has(formatIpv4(next)) || [0, 1, 255].includes(next % 256)) next++;
    ip = formatIpv4(next);
    used.add(ip);
    cursors.set(slot.info.name, next + 1);
  }
  status.podIP = ip;
  if (!Array.isArray(status.podIPs)) status.podIPs = [{ ip }];
  if (typeof status.hostIP !== 'string') status.hostIP = slot.info.ip;
  if (typeof status.phase !== 'string') status.phase = 'Running';
  return ip;
}

function buildPodInfo(source: PodSource, slot: NodeSlot, ip: string): PodInfo {
  const pod = source.pod;
  const spec = asRecord(pod.spec);
  return {
    namespace: String(pod.metadata.namespace ?? 'default'),
    name: String(pod.metadata.name),
    labels: toStringMap(pod.metadata.labels),
    ip,
    nodeName: slot.info.name,
    hostNetwork: spec.hostNetwork === true,
    serviceAccountName: typeof spec.serviceAccountName === 'string' ? spec.serviceAccountName : 'default',
    ports: containerPorts(spec),
    ...(source.owner !== undefined ? { owner: source.owner } : {}),
    object: pod,
  };
}

const PROTOCOLS: readonly string[] = ['TCP', 'UDP', 'SCTP'];

/** Declared ports of the regular containers (init and ephemeral containers excluded). */
function containerPorts(spec: Record<string, unknown>): PodInfo['ports'] {
  const ports: PodInfo['ports'] = [];
  for (const container of asArray(spec.containers)) {
    for (const port of asArray(asRecord(container).ports)) {
      if (!isRecord(port)) continue;
      const containerPort = asInt(port.containerPort);
      if (containerPort === undefined) continue;
      // A protocol that is not one of the three is rejected by validation (schema-wrong-type or
      // an enum diagnostic); the port is left out here rather than read as text: a mapping such as
      // `{toString: x}` cannot be turned into a string.
      if (typeof port.protocol !== 'string' || !PROTOCOLS.includes(port.protocol)) continue;
      const protocol = port.protocol as Protocol;
      ports.push({ ...(typeof port.name === 'string' && port.name !== '' ? { name: port.name } : {}), containerPort, protocol });
    }
  }
  return ports;
}
