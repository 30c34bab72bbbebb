// The matrix's cells from compiled sets: per source group, the destinations its egress rules
// admit (a union of rule sets, per probe); per destination group, the sources its ingress
// rules admit. A cell is two bit tests per probe; only the deciding probe looks up which rule
// admitted it (the first, in policy then rule order, as evaluatePair with firstOnly). Cells
// with the same outcome and the same probes are one shared object. Groups that use the host
// network (node-local traffic, node IPs) take the per-pair path (`slowCell`).
import type { PodInfo, PolicyRuleRef } from '../types';
import type { CompiledPolicy, CompiledRule } from './compilePolicies';
import { appliedPolicies, type NetpolIndex } from './netpolIndex';
import { newBits, orAndInto, orInto, setBit, transposeBits, type Bits } from './bitset';
import { matrixSets, type MatrixProbeSpec, type MatrixSets } from './matrixSets';
import { describeRuleRef } from './describeDirection';
import { refineClasses } from './refineClasses';
import type { DirectionCode, MatrixCell } from './types';

export interface CellPlan {
  probes: MatrixProbeSpec[];
  assumed?: boolean;
  missing?: string;
}

type Direction = 'ingress' | 'egress';

/** Bit `i` of `bits` (bitset.ts hasBit, kept in this module: the per-cell loops call it millions of times). */
function bit(bits: Bits, i: number): boolean {
  return (bits[i >>> 5] & (1 << (i & 31))) !== 0;
}

interface SideRule {
  id: number;
  /** Groups the rule's peers select. */
  peers: Bits;
  /** Per probe position k: destination groups whose k-th probe the rule's ports admit. */
  ports: Bits[];
}

/** How one direction was decided: 0 not isolated, then one id per admitting rule or per denying policy list. */
interface Decision {
  code: DirectionCode;
  allowedBy: PolicyRuleRef[];
  text: string;
}

class Decisions {
  readonly list: Decision[];
  private readonly rules = new Map<CompiledRule, number>();
  private readonly denials = new Map<string, number>();

  constructor(private readonly direction: Direction) {
    this.list = [{ code: 'not-isolated', allowedBy: [], text: `${direction} not isolated` }];
  }

  ruleId(policy: CompiledPolicy, rule: CompiledRule): number {
    let id = this.rules.get(rule);
    if (id === undefined) {
      const ref = { policy: policy.ref, ruleIndex: rule.index };
      id = this.list.push({ code: 'allowed', allowedBy: [ref], text: `${this.direction} allowed by ${describeRuleRef(ref, this.direction)}` }) - 1;
      this.rules.set(rule, id);
    }
    return id;
  }

  deniedId(policies: CompiledPolicy[]): number {
    const keys = policies.map((p) => p.key).join(', ');
    let id = this.denials.get(keys);
    if (id === undefined) {
      id = this.list.push({ code: 'denied', allowedBy: [], text: `${this.direction} denied: no rule of ${keys} admits it` }) - 1;
      this.denials.set(keys, id);
    }
    return id;
  }
}

interface Side {
  /** Rules of the policies isolating the group in this direction (policy order, then rule order); null: not isolated. */
  rules: SideRule[] | null;
  denied: number;
}

function sideOf(sets: MatrixSets, decisions: Decisions, policies: CompiledPolicy[], direction: Direction, probes: number): Side {
  if (policies.length === 0) return { rules: null, denied: 0 };
  const rules = policies.flatMap((policy) =>
    policy[direction].map((rule): SideRule => ({
      id: decisions.ruleId(policy, rule),
      peers: sets.peerSet(rule, policy.namespace),
      ports: Array.from({ length: probes }, (_, k) => sets.portSet(rule, k)),
    })),
  );
  return { rules, denied: decisions.deniedId(policies) };
}

/** The first rule of `side` whose peers hold `peer` and whose ports admit destination `dst` on probe k. */
function firstRule(side: Side, peer: number, dst: number, k: number): number {
  const rules = side.rules ?? [];
  for (let i = 0; i < rules.length; i++) {
    if (bit(rules[i].peers, peer) && bit(rules[i].ports[k], dst)) return rules[i].id;
  }
  return -1;
}

/** Per probe k, the union of (peers ∩ admitted destinations) of a source's egress rules. */
function egressTargets(size: number, side: Side, probes: number): Bits[] {
  const out: Bits[] = [];
  for (let k = 0; k < probes; k++) {
    const bits = newBits(size);
    for (const rule of side.rules ?? []) orAndInto(bits, rule.peers, rule.ports[k]);
    out.push(bits);
  }
  return out;
}

/** Per probe k, the union of the peers of a destination's ingress rules whose ports admit its k-th probe. */
function ingressSources(size: number, side: Side, dst: number, probes: number): Bits[] {
  const out: Bits[] = [];
  for (let k = 0; k < probes; k++) {
    const bits = newBits(size);
    for (const rule of side.rules ?? []) if (bit(rule.ports[k], dst)) orInto(bits, rule.peers);
    out.push(bits);
  }
  return out;
}

interface Row {
  egress: Decisions;
  ingress: Decisions;
  plans: CellPlan[];
  planIds: number[];
  sides: ({ egress: Side; ingress: Side } | null)[];
  sources: (Bits[] | null)[];
  planCount: number;
  cache: Map<number, Map<number, MatrixCell>>;
  /** admitted[s][k]: destinations whose ingress admits s on their k-th probe. */
  admitted: Bits[][];
  /** hasProbe[k]: destinations with a k-th probe. */
  hasProbe: Bits[];
  /** Shared probe lists of cells, by plan and allowed-probe mask. */
  probeLists: Map<number, MatrixCell['probes']>;
  /** Scratch: which probes of the current cell are allowed. */
  oks: Uint8Array;
  size: number;
  maxProbes: number;
  /** Destinations whose cells take the per-pair path (host network, no probe). */
  slowColumns: number[];
}

function planIdsOf(plans: CellPlan[]): number[] {
  const ids = new Map<string, number>();
  return plans.map((plan) => {
    const key = JSON.stringify([plan.probes, plan.assumed ?? false, plan.missing ?? null]);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
}

function makeCell(egress: Decision, ingress: Decision, allowed: boolean, plan: CellPlan, probes: MatrixCell['probes']): MatrixCell {
  const reason = allowed
    ? `allowed: ${egress.text}; ${ingress.text}`
    : egress.code === 'denied' && ingress.code === 'denied'
      ? `denied: ${egress.text}; ${ingress.text}`
      : `denied: ${egress.code === 'denied' ? egress.text : ingress.text}`;
  // Cells share their lists (as they share whole cells): a side without rules adds nothing.
  const allowedBy =
    ingress.allowedBy.length === 0 ? egress.allowedBy : egress.allowedBy.length === 0 ? ingress.allowedBy : egress.allowedBy.concat(ingress.allowedBy);
  const cell: MatrixCell = { allowed, reason, egress: egress.code, ingress: ingress.code, allowedBy, probes };
  if (plan.assumed) cell.assumedPort = true;
  if (plan.missing !== undefined) cell.missingPort = plan.missing;
  return cell;
}

/** The probe list of a cell of destination plan `planId` whose allowed probes are `mask` (shared by every such cell). */
function probeList(row: Row, d: number, mask: number): MatrixCell['probes'] {
  const key = row.planIds[d] * 256 + mask;
  let list = row.probeLists.get(key);
  if (!list) {
    list = row.plans[d].probes.map((probe, k) => ({ port: probe.port, protocol: probe.protocol, allowed: (mask & (1 << k)) !== 0 }));
    row.probeLists.set(key, list);
  }
  return list;
}

/** Which probes of d are allowed from s (into row.oks); returns the first denied probe, or -1. */
function probeOutcomes(row: Row, s: number, d: number, targets: Bits[] | null): number {
  const probes = row.plans[d].probes.length;
  const sources = row.sources[d];
  if (row.oks.length < probes) row.oks = new Uint8Array(probes);
  let deciding = -1;
  for (let k = 0; k < probes; k++) {
    const ok = (targets === null || bit(targets[k], d)) && (sources === null || bit(sources[k], s));
    row.oks[k] = ok ? 1 : 0;
    if (!ok && deciding < 0) deciding = k;
  }
  return deciding;
}

/** The cell s → d between two pod-network groups (s ≠ d, or two members of one group). */
function fastCell(row: Row, s: number, d: number, targets: Bits[] | null): MatrixCell {
  const plan = row.plans[d];
  const sources = row.sources[d];
  const deciding = probeOutcomes(row, s, d, targets);
  const allowed = deciding < 0;
  const at = allowed ? 0 : deciding;
  const eId = targets === null ? 0 : bit(targets[at], d) ? firstRule(row.sides[s]!.egress, d, d, at) : row.sides[s]!.egress.denied;
  const iId = sources === null ? 0 : bit(sources[at], s) ? firstRule(row.sides[d]!.ingress, s, d, at) : row.sides[d]!.ingress.denied;
  const probes = plan.probes.length;
  const slot = iId * row.planCount + row.planIds[d];
  if (probes > 8 || slot > 0x7fffff) {
    const list = plan.probes.map((probe, k) => ({ port: probe.port, protocol: probe.protocol, allowed: row.oks[k] === 1 }));
    return makeCell(row.egress.list[eId], row.ingress.list[iId], allowed, plan, list);
  }
  let mask = 0;
  for (let k = 0; k < probes; k++) mask |= row.oks[k] << k;
  const inner = (slot << 8) | mask;
  let byOutcome = row.cache.get(eId);
  if (!byOutcome) row.cache.set(eId, (byOutcome = new Map()));
  let cell = byOutcome.get(inner);
  if (!cell) byOutcome.set(inner, (cell = makeCell(row.egress.list[eId], row.ingress.list[iId], allowed, plan, probeList(row, d, mask))));
  return cell;
}

/**
 * Every cell of the matrix (`members`: pods of each group, `plans`: each destination group's
 * probes). `slowCell(a, b)` answers the cells this path does not: host-network groups, a
 * one-pod group to itself, a destination without the asked named port.
 */
export function matrixCells(index: NetpolIndex, members: PodInfo[][], plans: CellPlan[], slowCell: (a: number, b: number) => MatrixCell): MatrixCell[][] {
  const reps = members.map((group) => group[0]);
  const egress = new Decisions('egress');
  const ingress = new Decisions('ingress');
  const sets = matrixSets(
    index,
    reps,
    plans.map((plan) => plan.probes),
  );
  const maxProbes = plans.reduce((max, plan) => Math.max(max, plan.probes.length), 0);
  const sides = reps.map((pod) => {
    if (pod.hostNetwork) return null;
    const applied = appliedPolicies(index, pod);
    return { egress: sideOf(sets, egress, applied.egress, 'egress', maxProbes), ingress: sideOf(sets, ingress, applied.ingress, 'ingress', maxProbes) };
  });
  const sources = sides.map((side, d) => (side?.ingress.rules ? ingressSources(sets.size, side.ingress, d, plans[d].probes.length) : null));
  const planIds = planIdsOf(plans);
  const planCount = planIds.reduce((max, id) => Math.max(max, id + 1), 1);
  const hasProbe = Array.from({ length: maxProbes }, (_, k) => {
    const bits = newBits(sets.size);
    plans.forEach((plan, d) => plan.probes.length > k && setBit(bits, d));
    return bits;
  });
  // admitted[s][k]: the per-destination source sets transposed, so a row tests whole words, not cells.
  const admitted = transposeBits(sets.size, sources, maxProbes);
  const row: Row = {
    egress,
    ingress,
    plans,
    planIds,
    planCount,
    sides,
    sources,
    cache: new Map(),
    oks: new Uint8Array(8),
    admitted,
    hasProbe,
    probeLists: new Map(),
    size: sets.size,
    maxProbes,
    slowColumns: plans.flatMap((plan, d) => (sides[d] === null || plan.probes.length === 0 ? [d] : [])),
  };
  const columns = columnKeys(row);
  const repOf = alikeSources(sides);
  const out: MatrixCell[][] = [];
  for (let s = 0; s < members.length; s++) {
    const rep = repOf[s];
    if (rep < 0) out.push(members.map((__, d) => slowCell(s, d)));
    else if (rep === s) out.push(fastRow(row, members, s, sets.size, maxProbes, columns, slowCell));
    else out.push(copiedRow(row, members, out[rep], s, rep, slowCell));
  }
  return out;
}

/**
 * Per source group, the first group every rule sees alike (-1 for host-network groups): the same
 * egress rules (so the same destinations admitted) and the same membership in every ingress
 * rule's peers (so the same first admitting rule at each destination). Their rows are equal
 * except where the source meets itself.
 */
function alikeSources(sides: Row['sides']): Int32Array {
  const egressKeys = new Map<string, number>();
  const initial = new Int32Array(sides.length);
  const peerSets = new Set<Bits>();
  sides.forEach((side, s) => {
    if (side === null) {
      initial[s] = -1;
      return;
    }
    const rules = side.egress.rules;
    const key = rules === null ? '' : `${side.egress.denied}:${rules.map((r) => r.id).join(',')}`;
    let id = egressKeys.get(key);
    if (id === undefined) egressKeys.set(key, (id = egressKeys.size));
    initial[s] = id;
    for (const rule of side.ingress.rules ?? []) peerSets.add(rule.peers);
  });
  return refineClasses(initial, peerSets);
}

/** Row s from the row of a source every rule sees alike: the cells where either meets itself, and the per-pair (slow) cells, are computed again. */
function copiedRow(row: Row, members: PodInfo[][], repRow: MatrixCell[], s: number, rep: number, slowCell: (a: number, b: number) => MatrixCell): MatrixCell[] {
  const out = repRow.slice();
  const side = row.sides[s]!;
  let targets: Bits[] | null | undefined;
  for (const d of [rep, s, ...row.slowColumns]) {
    if (row.sides[d] === null || (s === d && members[d].length < 2) || row.plans[d].probes.length === 0) out[d] = slowCell(s, d);
    else out[d] = fastCell(row, s, d, (targets ??= side.egress.rules ? egressTargets(row.size, side.egress, row.maxProbes) : null));
  }
  return out;
}

/** Destinations that any source sees alike when no rule admits it: same ingress denial (or none) and same probes. */
function columnKeys(row: Row): { keys: Int32Array; count: number } {
  const ids = new Map<number, number>();
  const keys = new Int32Array(row.plans.length);
  row.plans.forEach((_, d) => {
    const denied = row.sides[d]?.ingress.rules ? row.sides[d]!.ingress.denied : 0;
    const key = denied * row.planCount + row.planIds[d];
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    keys[d] = id;
  });
  return { keys, count: ids.size };
}

/** Destinations some rule of either side admits on one of their probes from s (else the cell depends only on d's column key). */
function touchedBy(row: Row, s: number, targets: Bits[] | null, size: number): Bits {
  const touched = newBits(size);
  row.admitted[s].forEach((bits) => orInto(touched, bits));
  targets?.forEach((bits, k) => orAndInto(touched, bits, row.hasProbe[k]));
  return touched;
}

function fastRow(
  row: Row,
  members: PodInfo[][],
  s: number,
  size: number,
  maxProbes: number,
  columns: { keys: Int32Array; count: number },
  slowCell: (a: number, b: number) => MatrixCell,
): MatrixCell[] {
  const side = row.sides[s]!;
  const targets = side.egress.rules ? egressTargets(size, side.egress, maxProbes) : null;
  const touched = touchedBy(row, s, targets, size);
  const seen: (MatrixCell | undefined)[] = new Array(columns.count);
  const out: MatrixCell[] = new Array(members.length);
  for (let d = 0; d < members.length; d++) {
    if (row.sides[d] === null || (s === d && members[d].length < 2) || row.plans[d].probes.length === 0) {
      out[d] = slowCell(s, d);
    } else if (!bit(touched, d)) {
      const key = columns.keys[d];
      out[d] = seen[key] ?? (seen[key] = fastCell(row, s, d, targets));
    } else {
      out[d] = fastCell(row, s, d, targets);
    }
  }
  return out;
}
