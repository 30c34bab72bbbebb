// Pods: scheduling, addresses and the PodInfo view the evaluators read.
import type { KubeObject, OwnerRef, PodInfo, Protocol } from '../types';
import { asArray, asInt, asRecord, childRecord, isRecord, toStringMap } from './objectUtils';
import { formatIpv4, parseIp, parseIpv4 } from './ip';
import { fnv1a32 } from '../support/hash';
import type { NodeSlot } from './nodes';

export interface PodSource {
  pod: KubeObject;
  owner?: OwnerRef;
}

/** Addresses of a node's pod range a pod's hash picks from: .2 to .254 of its /24. */
const RANGE_SIZE = 253;

/**
 * Places and addresses pods and returns their PodInfo keyed by `namespace/name`, in creation
 * order. Models the scheduler and the CNI IPAM in their simplest converged form, so that a
 * pod's node and address follow from the pod itself and not from the order of the other
 * objects (an edit elsewhere in the files leaves every unchanged pod where it was):
 * - `spec.nodeName` is kept; otherwise the node is picked by a hash of `namespace/name` among
 *   the nodes whose labels match `spec.nodeSelector` (all nodes if none match).
 *   SIMPLIFICATION(k8s): no resources, taints, affinity; an unschedulable pod still runs. The
 *   real scheduler scores nodes (https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/).
 * - `status.podIP` is kept; hostNetwork pods get their node's IP; other pods get an address of
 *   their node's pod range picked by a hash of `namespace/name` (10.244.<node index>.2 to .254),
 *   probing upward (wrapping inside the range) past addresses already taken. Collisions are
 *   settled in `namespace/name` order, never in creation order. A full range continues upward
 *   past its end (addresses ending in .0, .1 and .255 are skipped).
 *   SIMPLIFICATION(k8s): host-local IPAM hands out the next free address in creation order
 *   (https://www.cni.dev/plugins/current/ipam/host-local/); ours is stable under edits instead.
 * - `status.phase` defaults to Running, `status.hostIP` to the node IP.
 */
export function placePods(sources: PodSource[], slots: readonly NodeSlot[]): Map<string, PodInfo> {
  const byName = new Map(slots.map((slot) => [slot.info.name, slot]));
  const used = new Set<number>();
  for (const slot of slots) addUsed(used, slot.info.ip);
  for (const { pod } of sources) if (asRecord(pod.spec).hostNetwork !== true) addUsed(used, asRecord(pod.status).podIP);
  const keys = sources.map(({ pod }) => `${String(pod.metadata.namespace ?? 'default')}/${String(pod.metadata.name)}`);
  const order = sources.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
  const ranges = new Map<string, RangeState>();
  const infos: PodInfo[] = [];
  for (const i of order) {
    const source = sources[i];
    const spec = childRecord(source.pod, 'spec');
    let slot = typeof spec.nodeName === 'string' ? byName.get(spec.nodeName) : undefined;
    if (slot === undefined) {
      slot = pickNode(slots, spec.nodeSelector, fnv1a32(keys[i]));
      spec.nodeName = slot.info.name;
    }
    const ip = podAddress(source.pod, slot, keys[i], used, ranges);
    infos[i] = buildPodInfo(source, slot, ip);
  }
  const pods = new Map<string, PodInfo>();
  infos.forEach((info, i) => {
    if (!pods.has(keys[i])) pods.set(keys[i], info);
  });
  return pods;
}

/** Marks an IPv4 address (text) as taken; other values (IPv6, junk) never collide with the ranges. */
function addUsed(used: Set<number>, ip: unknown): void {
  const value = typeof ip === 'string' ? parseIpv4(ip) : undefined;
  if (value !== undefined) used.add(value);
}

function pickNode(slots: readonly NodeSlot[], nodeSelector: unknown, hash: number): NodeSlot {
  const wanted = toStringMap(nodeSelector);
  const keys = Object.keys(wanted);
  const matching = slots.filter((slot) => keys.every((key) => slot.info.labels[key] === wanted[key]));
  const candidates = matching.length > 0 ? matching : slots;
  return candidates[hash % candidates.length];
}

/** A node range's overflow: once its 253 hashed addresses are taken, the next free ones past its end. */
interface RangeState {
  full: boolean;
  next: number;
}

const skipped = (address: number) => [0, 1, 255].includes(address % 256);

function freeAddress(slot: NodeSlot, key: string, used: Set<number>, ranges: Map<string, RangeState>): number {
  let state = ranges.get(slot.info.name);
  if (!state) ranges.set(slot.info.name, (state = { full: false, next: slot.podRangeStart + RANGE_SIZE }));
  if (!state.full) {
    const first = fnv1a32(`${key}\u0000ip`) % RANGE_SIZE;
    for (let k = 0; k < RANGE_SIZE; k++) {
      const address = slot.podRangeStart + ((first + k) % RANGE_SIZE);
      if (!used.has(address) && !skipped(address)) return address;
    }
    state.full = true;
  }
  while (used.has(state.next) || skipped(state.next)) state.next++;
  return state.next++;
}

function podAddress(pod: KubeObject, slot: NodeSlot, key: string, used: Set<number>, ranges: Map<string, RangeState>): string {
  const status = childRecord(pod, 'status');
  const declared = typeof status.podIP === 'string' && parseIp(status.podIP) !== undefined ? status.podIP : undefined;
  let ip = declared;
  if (asRecord(pod.spec).hostNetwork === true) ip ??= slot.info.ip;
  if (ip === undefined) {
    const address = freeAddress(slot, key, used, ranges);
    used.add(address);
    ip = formatIpv4(address);
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
