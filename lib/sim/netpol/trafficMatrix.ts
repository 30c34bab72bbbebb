// trafficMatrix: the pod × pod truth table, computed per equivalence class of pods.
import type { Cluster, ObjectRef, PodInfo, Protocol } from '../types';
import { createCluster } from '../cluster';
import { isRecord } from '../cluster/objectUtils';
import { netpolIndex, type NetpolIndex } from './netpolIndex';
import { podClasses } from './podClasses';
import { podEndpoint } from './resolveEndpoint';
import { evaluatePair, type PairOutcome } from './evaluatePair';
import { matrixCells } from './matrixCells';
import { describeRuleRef } from './describeDirection';
import type { MatrixCell, MatrixGroup, MatrixProbe, TrafficMatrix } from './types';

export interface TrafficMatrixOptions {
  namespaces?: string[];
  port?: number | string;
  protocol?: Protocol;
}

interface PortPlan {
  probes: { port: number; protocol: Protocol }[];
  assumed?: boolean;
  missing?: string;
}

const PROTOCOLS: readonly string[] = ['TCP', 'UDP', 'SCTP'];

/**
 * The reachability truth table between pods (of `namespaces`, default all), on `port`/
 * `protocol` (semantics/networkpolicy.md §6, same rules as evaluateTraffic). Pods are grouped
 * into equivalence classes (see podClasses.ts: same namespace, labels, ports, hostNetwork,
 * ipBlock membership, and node when hostNetwork pods exist), so the cost grows with the
 * number of distinct groups squared, not pods squared. `cells[a][b]` is the answer for any
 * two different pods of groups a and b; a pod always reaches itself (matrixCellFor handles it).
 * Without `port`, each destination group is probed on every port it declares (of `protocol`,
 * if given) and a cell is allowed only if all are; a group declaring none is probed on 80/TCP
 * (`assumedPort`). A named port resolves on each destination group. Never throws.
 */
export function trafficMatrix(cluster: Cluster, options?: TrafficMatrixOptions): TrafficMatrix {
  return guarded(cluster, options, true);
}

/**
 * The same matrix computed pair by pair (one evaluatePair per group pair and probe): the
 * reference the set-based trafficMatrix is tested against. Not exported from the package.
 */
export function trafficMatrixPairwise(cluster: Cluster, options?: TrafficMatrixOptions): TrafficMatrix {
  return guarded(cluster, options, false);
}

function guarded(cluster: Cluster, options: TrafficMatrixOptions | undefined, fast: boolean): TrafficMatrix {
  try {
    return buildMatrix(isRecord(cluster) && cluster.pods instanceof Map ? cluster : createCluster([]), isRecord(options) ? options : {}, fast);
  } catch {
    return { groups: [], cells: [], groupOf: [], pods: [] };
  }
}

function buildMatrix(cluster: Cluster, options: TrafficMatrixOptions, fast: boolean): TrafficMatrix {
  const index = netpolIndex(cluster);
  const classes = podClasses(index);
  const wanted = Array.isArray(options.namespaces) ? new Set(options.namespaces.map(String)) : undefined;
  // Sorted by the cluster's `ns/name` keys (produced, never read back).
  const keys = [...cluster.pods.keys()].filter((key) => wanted === undefined || wanted.has(cluster.pods.get(key)?.namespace ?? '')).sort();
  const groupOfClass = new Map<number, number>();
  const members: PodInfo[][] = [];
  const groupOf: number[] = [];
  const pods: ObjectRef[] = [];
  for (const key of keys) {
    const classId = classes.classOf.get(key) ?? -1;
    let group = groupOfClass.get(classId);
    if (group === undefined) {
      group = members.length;
      groupOfClass.set(classId, group);
      members.push([]);
    }
    const pod = cluster.pods.get(key) as PodInfo;
    members[group].push(pod);
    groupOf.push(group);
    pods.push({ namespace: pod.namespace, name: pod.name });
  }
  const protocol = typeof options.protocol === 'string' && PROTOCOLS.includes(options.protocol) ? options.protocol : undefined;
  const plans = members.map((group) => portPlan(group[0], options.port, protocol));
  const slowCell = (a: number, b: number) => buildCell(index, members, a, b, plans[b]);
  const cells = fast ? matrixCells(index, members, plans, slowCell) : members.map((_, a) => members.map((__, b) => slowCell(a, b)));
  const groups = members.map((group, id) => describeGroup(id, group));
  return { ...(options.port !== undefined ? { port: options.port } : {}), ...(protocol ? { protocol } : {}), groups, cells, groupOf, pods };
}

function describeGroup(id: number, group: PodInfo[]): MatrixGroup {
  const first = group[0];
  return {
    id,
    namespace: first.namespace,
    labels: first.labels,
    ports: first.ports,
    hostNetwork: first.hostNetwork,
    node: first.nodeName,
    pods: group.map((p) => ({ namespace: p.namespace, name: p.name })),
  };
}

function portPlan(pod: PodInfo, port: number | string | undefined, protocol: Protocol | undefined): PortPlan {
  const numeric = typeof port === 'string' && /^[0-9]+$/.test(port.trim()) ? Number(port) : port;
  if (typeof numeric === 'number') return { probes: [{ port: numeric, protocol: protocol ?? 'TCP' }] };
  if (typeof numeric === 'string') {
    const match = pod.ports.find((p) => p.name === numeric && (protocol === undefined || p.protocol === protocol));
    return match ? { probes: [{ port: match.containerPort, protocol: match.protocol }] } : { probes: [], missing: numeric };
  }
  const declared = pod.ports.filter((p) => protocol === undefined || p.protocol === protocol);
  if (declared.length === 0) return { probes: [{ port: 80, protocol: protocol ?? 'TCP' }], assumed: true };
  const seen = new Set<string>();
  const probes = declared
    .map((p) => ({ port: p.containerPort, protocol: p.protocol }))
    .filter((p) => !seen.has(`${p.port}/${p.protocol}`) && seen.add(`${p.port}/${p.protocol}`));
  return { probes };
}

function buildCell(index: NetpolIndex, members: PodInfo[][], a: number, b: number, plan: PortPlan): MatrixCell {
  const src = members[a][0];
  const dst = a === b ? members[b][1] : members[b][0];
  if (dst === undefined) return withPlanFlags(fixedCell(true, 'a pod always reaches itself', 'self'), plan);
  if (plan.probes.length === 0) {
    return withPlanFlags(fixedCell(false, `${dst.namespace}/${dst.name} has no port named ${plan.missing ?? '?'}`, 'not-evaluated'), plan);
  }
  const probes: MatrixProbe[] = [];
  let deciding: PairOutcome | undefined;
  const from = podEndpoint(index, src);
  const to = podEndpoint(index, dst);
  for (const probe of plan.probes) {
    const outcome = evaluatePair(index, from, to, probe.port, probe.protocol, true);
    probes.push({ port: probe.port, protocol: probe.protocol, allowed: outcome.allowed });
    if (deciding === undefined || (deciding.allowed && !outcome.allowed)) deciding = outcome;
  }
  const outcome = deciding as PairOutcome;
  const allowedBy = outcome.egress.allowedBy.concat(outcome.ingress.allowedBy);
  const cell: MatrixCell = {
    allowed: outcome.allowed,
    reason: shortReason(outcome),
    egress: outcome.egress.code,
    ingress: outcome.ingress.code,
    allowedBy,
    probes,
  };
  return withPlanFlags(cell, plan);
}

function fixedCell(allowed: boolean, reason: string, code: MatrixCell['egress']): MatrixCell {
  return { allowed, reason, egress: code, ingress: code, allowedBy: [], probes: [] };
}

function withPlanFlags(cell: MatrixCell, plan: PortPlan): MatrixCell {
  if (plan.assumed) cell.assumedPort = true;
  if (plan.missing !== undefined) cell.missingPort = plan.missing;
  return cell;
}

/** A one-line English reason for a matrix cell. */
function shortReason(outcome: PairOutcome): string {
  const parts: string[] = [];
  for (const side of [outcome.egress, outcome.ingress]) {
    if (outcome.allowed || side.code === 'denied') parts.push(sideReason(side));
  }
  return `${outcome.allowed ? 'allowed' : 'denied'}: ${parts.join('; ')}`;
}

function sideReason(side: PairOutcome['egress']): string {
  if (side.code === 'allowed') return `${side.direction} allowed by ${side.allowedBy.map((r) => describeRuleRef(r, side.direction)).join(', ')}`;
  if (side.code === 'denied') return `${side.direction} denied: no rule of ${side.policies.map((p) => p.key).join(', ')} admits it`;
  return `${side.direction} ${side.code.replace('-', ' ')}`;
}

const positions = new WeakMap<TrafficMatrix, Map<string, Map<string, number>>>();

/** Where each pod is in `matrix.pods`, by namespace then name (built once per matrix). */
function positionOf(matrix: TrafficMatrix, ref: ObjectRef): number | undefined {
  let byNamespace = positions.get(matrix);
  if (!byNamespace) {
    byNamespace = new Map();
    for (const [i, pod] of matrix.pods.entries()) {
      const names = byNamespace.get(pod.namespace) ?? new Map<string, number>();
      byNamespace.set(pod.namespace, names.set(pod.name, i));
    }
    positions.set(matrix, byNamespace);
  }
  return byNamespace.get(ref.namespace)?.get(ref.name);
}

/** The matrix cell for two pods of the matrix; a pod to itself is always allowed. */
export function matrixCellFor(matrix: TrafficMatrix, from: ObjectRef, to: ObjectRef): MatrixCell | undefined {
  const a = positionOf(matrix, from);
  const b = positionOf(matrix, to);
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return { allowed: true, reason: 'a pod always reaches itself', egress: 'self', ingress: 'self', allowedBy: [], probes: [] };
  return matrix.cells[matrix.groupOf[a]]?.[matrix.groupOf[b]];
}
