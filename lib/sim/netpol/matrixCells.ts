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
import { firstHits } from './firstHits';
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

/** Sides with fewer rules are scanned cell by cell (firstRule); larger ones are labelled a row or column at once (firstHits). */
const LABEL_FROM = 4;

/** The first egress rule of s admitting d on probe k (s's row labelled once, when it has many rules). */
function egressRule(row: Row, s: number, d: number, k: number): number {
  const side = row.sides[s]!.egress;
  const rules = side.rules!;
  if (rules.length < LABEL_FROM || row.egress.list.length >= 0xffff) return firstRule(side, d, d, k);
  if (row.egressOwner !== s) {
    row.egressOwner = s;
    row.egressFirst.fill(null);
  }
  let first = row.egressFirst[k];
  if (!first) {
    first = row.egressFirst[k] = row.egressBuffers[k] ??= new Uint16Array(row.size);
    firstHits(
      first,
      row.seen,
      rules.map((r) => r.peers),
      rules.map((r) => r.ports[k]),
      rules.map((r) => r.id + 1),
    );
  }
  return first[d] - 1;
}

/** The first ingress rule of d admitting s on d's probe k (from the table of probe k when d has many rules). */
function ingressRule(row: Row, s: number, d: number, k: number): number {
  if (row.labelledIn[d] === 0) return firstRule(row.sides[d]!.ingress, s, d, k);
  const table = (row.ingressFirst[k] ??= ingressTable(row, k));
  return table[s * row.size + d] - 1;
}

/** Matrices wider than this keep scanning rules per cell (the table is size² entries). */
const MAX_TABLE_SIDE = 4096;

/**
 * table[s * size + d] = 1 + the position of the first ingress rule of d admitting s on d's probe
 * k, for the destinations with many rules: columns labelled 32 at a time (firstHits), then laid
 * out by source so each matrix row reads its entries in order.
 */
function ingressTable(row: Row, k: number): Uint16Array {
  const size = row.size;
  const table = new Uint16Array(size * size);
  const block = new Uint16Array(32 * size);
  const none = newBits(size);
  for (let d0 = 0; d0 < size; d0 += 32) {
    const width = Math.min(32, size - d0);
    for (let j = 0; j < width; j++) {
      const d = d0 + j;
      const rules = row.sides[d]?.ingress.rules;
      if (!rules || row.labelledIn[d] === 0 || row.probeCount[d] <= k) continue;
      firstHits(
        block.subarray(j * size, (j + 1) * size),
        row.seen,
        rules.map((r) => r.peers),
        rules.map((r) => (bit(r.ports[k], d) ? null : none)),
        rules.map((r) => r.id + 1),
      );
      for (let s = 0; s < size; s++) table[s * size + d] = block[j * size + s];
    }
  }
  return table;
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
  /** The source whose egress rules `egressFirst` labels (per probe, built on first use). */
  egressOwner: number;
  egressFirst: (Uint16Array | null)[];
  egressBuffers: Uint16Array[];
  /** Per probe k: the first admitting ingress rule by source and destination (ingressTable). */
  ingressFirst: (Uint16Array | null)[];
  /**
   * Cells by (egress decision, ingress decision, plan, allowed-probe mask) in one flat table
   * (1 + position in tableCells), when the product of the counts is small enough; else `cache`.
   */
  table: Int32Array | null;
  tableCells: MatrixCell[];
  iCount: number;
  /** Scratch words for firstHits. */
  seen: Uint32Array;
  /** Per destination, flat (a row reads them in order): probes, ingress isolated, its denial, its column labelled. */
  probeCount: Int32Array;
  isolatedIn: Uint8Array;
  inDenied: Int32Array;
  labelledIn: Uint8Array;
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
  const probes = row.probeCount[d];
  const admitted = row.admitted[s];
  const isolated = row.isolatedIn[d] === 1;
  if (row.oks.length < probes) row.oks = new Uint8Array(probes);
  let deciding = -1;
  for (let k = 0; k < probes; k++) {
    const ok = (targets === null || bit(targets[k], d)) && (!isolated || bit(admitted[k], d));
    row.oks[k] = ok ? 1 : 0;
    if (!ok && deciding < 0) deciding = k;
  }
  return deciding;
}

/** The cell s → d between two pod-network groups (s ≠ d, or two members of one group). */
function fastCell(row: Row, s: number, d: number, targets: Bits[] | null): MatrixCell {
  const plan = row.plans[d];
  const deciding = probeOutcomes(row, s, d, targets);
  const allowed = deciding < 0;
  const at = allowed ? 0 : deciding;
  const eId = targets === null ? 0 : bit(targets[at], d) ? egressRule(row, s, d, at) : row.sides[s]!.egress.denied;
  const iId = row.isolatedIn[d] === 0 ? 0 : bit(row.admitted[s][at], d) ? ingressRule(row, s, d, at) : row.inDenied[d];
  const probes = plan.probes.length;
  const slot = iId * row.planCount + row.planIds[d];
  if (probes > 8 || slot > 0x7fffff) {
    const list = plan.probes.map((probe, k) => ({ port: probe.port, protocol: probe.protocol, allowed: row.oks[k] === 1 }));
    return makeCell(row.egress.list[eId], row.ingress.list[iId], allowed, plan, list);
  }
  let mask = 0;
  for (let k = 0; k < probes; k++) mask |= row.oks[k] << k;
  if (row.table !== null) {
    const key = (((eId * row.iCount + iId) * row.planCount + row.planIds[d]) << row.maxProbes) | mask;
    const known = row.table[key];
    if (known > 0) return row.tableCells[known - 1];
    const cell = makeCell(row.egress.list[eId], row.ingress.list[iId], allowed, plan, probeList(row, d, mask));
    row.table[key] = row.tableCells.push(cell);
    return cell;
  }
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
    egressOwner: -1,
    egressFirst: new Array<Uint16Array | null>(maxProbes).fill(null),
    egressBuffers: [],
    ingressFirst: new Array<Uint16Array | null>(maxProbes).fill(null),
    seen: newBits(sets.size),
    table: cellTable(egress.list.length, ingress.list.length, planCount, maxProbes),
    tableCells: [],
    iCount: ingress.list.length,
    probeCount: Int32Array.from(plans, (plan) => plan.probes.length),
    isolatedIn: Uint8Array.from(sides, (side) => (side?.ingress.rules ? 1 : 0)),
    inDenied: Int32Array.from(sides, (side) => side?.ingress.denied ?? 0),
    labelledIn: Uint8Array.from(sides, (side) => {
      const count = side?.ingress.rules?.length ?? 0;
      return count >= LABEL_FROM && ingress.list.length < 0xffff && sets.size <= MAX_TABLE_SIDE ? 1 : 0;
    }),
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

/** The flat cell table, or null when it would exceed 4 million slots (or a plan has more than 8 probes). */
function cellTable(eCount: number, iCount: number, planCount: number, maxProbes: number): Int32Array | null {
  if (maxProbes > 8) return null;
  const slots = eCount * iCount * planCount * 2 ** maxProbes;
  return slots <= 1 << 22 ? new Int32Array(slots) : null;
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
