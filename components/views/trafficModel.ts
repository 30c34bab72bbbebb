import { evaluateTraffic, matrixCellFor, trafficMatrix, type Cluster, type ObjectRef, type Protocol, type TrafficMatrix } from '@/lib/sim';
import { selectorTextMatches, type SelectorRequirement } from '@/lib/sim/support/labelSelectorText';

export type MatrixCell = TrafficMatrix['cells'][number][number];
type MatrixGroup = TrafficMatrix['groups'][number];

/** What the traffic view asks: the port and protocol, and which pods to show. */
export interface TrafficQuery {
  /** Number, container-port name, or undefined for every declared port. */
  port?: number | string;
  protocol?: Protocol;
  /** Namespaces to show (undefined = all). */
  namespaces?: string[];
  labelTerms?: SelectorRequirement[];
  /** One node per group of pods every policy treats alike (trafficMatrix's groups). */
  combine: boolean;
}

/** Which policies isolate a pod, per direction (empty: not isolated). */
export interface Isolation {
  ingress: ObjectRef[];
  egress: ObjectRef[];
}

export interface TrafficNode {
  /** A key naming the node across answers (its first pod's `ns/name`): React keys and selection, never parsed back. */
  id: string;
  namespace: string;
  /** Short name: the pod's, or `app=api ×3` for a combined node. */
  name: string;
  /** Its pods (one, or every member when combined), sorted. */
  pods: ObjectRef[];
  labels: Record<string, string>;
  hostNetwork: boolean;
  isolation: Isolation;
  group: number;
}

export interface TrafficEdge {
  id: string;
  from: number;
  to: number;
  /** Some but not all probed ports are allowed ("2 of 3 ports"): drawn dashed and labelled. */
  partial?: { allowed: number; total: number };
}

import { partialOf } from './partialReach';

export { partialOf };

export interface TrafficModel {
  nodes: TrafficNode[];
  /** Namespaces of the shown nodes, in order. */
  namespaces: string[];
  /** Every namespace that has pods (for the namespace filter). */
  allNamespaces: string[];
  /** `cells[from][to]` between node indexes (the diagonal: two members of a combined node, or self). */
  cells: MatrixCell[][];
  /** Allowed connections between different nodes. */
  edges: TrafficEdge[];
  totalPods: number;
  shownPods: number;
}

const OUTSIDE = '192.0.2.1';
const isolationCache = new WeakMap<Cluster, Map<string, Isolation>>();

/** A pod's key (`ns/name`): a Map and React key that is produced here and never parsed back. */
export function podKey(pod: ObjectRef): string {
  return `${pod.namespace}/${pod.name}`;
}

/**
 * Which NetworkPolicies isolate a pod (a policy of its namespace selects it for that
 * direction: concepts/services-networking/network-policies/#the-two-sorts-of-pod-isolation).
 * Asked of the simulator with a probe from/to an address outside the cluster, so the
 * simulator's own selection rules decide; cached per cluster snapshot.
 */
export function podIsolation(cluster: Cluster, pod: ObjectRef): Isolation {
  let cache = isolationCache.get(cluster);
  if (!cache) isolationCache.set(cluster, (cache = new Map()));
  const key = podKey(pod);
  const known = cache.get(key);
  if (known) return known;
  const inbound = evaluateTraffic(cluster, { from: { ip: OUTSIDE }, to: { pod }, port: 1 });
  const outbound = evaluateTraffic(cluster, { from: { pod }, to: { ip: OUTSIDE }, port: 1 });
  const isolation = {
    ingress: inbound.ingress.isolated ? [...inbound.ingress.policies] : [],
    egress: outbound.egress.isolated ? [...outbound.egress.policies] : [],
  };
  cache.set(key, isolation);
  return isolation;
}

/** Every namespace with at least one pod, sorted. */
export function podNamespaces(cluster: Cluster): string[] {
  return [...new Set([...cluster.pods.values()].map((p) => p.namespace))].sort();
}

function combinedName(group: MatrixGroup): string {
  const short = group.pods[0].name;
  if (group.pods.length === 1) return short;
  const key = ['app.kubernetes.io/name', 'app', 'k8s-app', 'name'].find((k) => k in group.labels) ?? Object.keys(group.labels)[0];
  return `${key ? `${key}=${group.labels[key]}` : short} ×${group.pods.length}`;
}

function buildNodes(cluster: Cluster, matrix: TrafficMatrix, query: TrafficQuery): TrafficNode[] {
  const terms = query.labelTerms ?? [];
  const groups = matrix.groups.filter((g) => selectorTextMatches(terms, g.labels));
  const nodes: TrafficNode[] = [];
  for (const group of groups) {
    const base = { namespace: group.namespace, labels: group.labels, hostNetwork: group.hostNetwork, group: group.id };
    if (query.combine) {
      const first = group.pods[0];
      nodes.push({ ...base, id: podKey(first), name: combinedName(group), pods: group.pods, isolation: podIsolation(cluster, first) });
    } else {
      for (const pod of group.pods) {
        nodes.push({ ...base, id: podKey(pod), name: pod.name, pods: [pod], isolation: podIsolation(cluster, pod) });
      }
    }
  }
  return nodes.sort((a, b) => (a.namespace === b.namespace ? a.name.localeCompare(b.name) : a.namespace < b.namespace ? -1 : 1));
}

/**
 * The traffic view's model: nodes (pods, or groups of pods treated alike) of the chosen
 * namespaces and labels, the truth table between them and the allowed edges, from
 * `trafficMatrix` (NetworkPolicy semantics as the simulator implements them).
 */
export function buildTrafficModel(cluster: Cluster, query: TrafficQuery): TrafficModel {
  const matrix = trafficMatrix(cluster, { namespaces: query.namespaces, port: query.port, protocol: query.protocol });
  const nodes = buildNodes(cluster, matrix, query);
  const cells = nodes.map((from) => nodes.map((to) => cellBetween(matrix, from, to, query.combine)));
  const edges: TrafficEdge[] = [];
  cells.forEach((row, a) =>
    row.forEach((cell, b) => {
      const partial = partialOf(cell);
      if (a !== b && (cell.allowed || partial)) edges.push({ id: `${nodes[a].id}->${nodes[b].id}`, from: a, to: b, ...(partial ? { partial } : {}) });
    }),
  );
  return {
    nodes,
    namespaces: [...new Set(nodes.map((n) => n.namespace))],
    allNamespaces: podNamespaces(cluster),
    cells,
    edges,
    totalPods: cluster.pods.size,
    shownPods: nodes.reduce((sum, n) => sum + n.pods.length, 0),
  };
}

const SELF: MatrixCell = { allowed: true, reason: 'a pod always reaches itself', egress: 'self', ingress: 'self', allowedBy: [], probes: [] };

function cellBetween(matrix: TrafficMatrix, from: TrafficNode, to: TrafficNode, combine: boolean): MatrixCell {
  if (combine) return matrix.cells[from.group]?.[to.group] ?? SELF;
  return matrixCellFor(matrix, from.pods[0], to.pods[0]) ?? SELF;
}

export { cellQuestion } from './trafficCell';
