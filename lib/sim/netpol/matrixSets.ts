// The matrix's compiled sets: for every rule, which groups its peers select and which
// destination groups its ports admit, each computed once as a bitset over group indexes.
// Same semantics as matchRules.ts (peerMatches, portMatches), evaluated per group instead of
// per pair: semantics/networkpolicy.md §4-§5; upstream networking/v1 types.go
// (NetworkPolicyPeer, NetworkPolicyPort).
import type { PodInfo, Protocol } from '../types';
import { labelSelectorMatches } from '../cluster/labelSelector';
import type { IpAddress } from '../cluster/ip';
import { toStringMap } from '../cluster/objectUtils';
import type { CompiledPort, CompiledRule } from './compilePolicies';
import { portMatches } from './matchRules';
import { namespaceLabels, type NetpolIndex } from './netpolIndex';
import { allBits, newBits, orInto, setBit, type Bits } from './bitset';
import { forEachInBlock, sortAddresses, type SortedAddresses } from './ipRanges';

export interface MatrixProbeSpec {
  port: number;
  protocol: Protocol;
}

export interface MatrixSets {
  size: number;
  /** Groups that select by peer (pod-network pods) — hostNetwork groups are never in a set. */
  peerSet(rule: CompiledRule, policyNamespace: string): Bits;
  /** Destination groups whose k-th probe the rule's ports admit. */
  portSet(rule: CompiledRule, k: number): Bits;
}

interface Layout {
  size: number;
  reps: PodInfo[];
  byNamespace: Map<string, number[]>;
  byLabel: Map<string, number[]>;
  /** Pod-network groups by address. */
  byIp: SortedAddresses;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function layout(index: NetpolIndex, reps: PodInfo[]): Layout {
  const byNamespace = new Map<string, number[]>();
  const byLabel = new Map<string, number[]>();
  const addresses: { owner: number; ip: IpAddress }[] = [];
  reps.forEach((pod, group) => {
    if (pod.hostNetwork) return;
    push(byNamespace, pod.namespace, group);
    for (const [key, value] of Object.entries(pod.labels)) push(byLabel, `${pod.namespace}\u0000${key}\u0000${value}`, group);
    const ip = index.podIps.get(`${pod.namespace}/${pod.name}`);
    if (ip !== undefined) addresses.push({ owner: group, ip });
  });
  return { size: reps.length, reps, byNamespace, byLabel, byIp: sortAddresses(addresses) };
}

/** Groups of `namespace` a podSelector may select: narrowed by one matchLabels pair when it has one. */
function candidates(lay: Layout, namespace: string, podSelector: unknown): number[] {
  if (podSelector !== null && typeof podSelector === 'object') {
    const pairs = Object.entries(toStringMap((podSelector as Record<string, unknown>).matchLabels));
    if (pairs.length > 0) return lay.byLabel.get(`${namespace}\u0000${pairs[0][0]}\u0000${pairs[0][1]}`) ?? [];
  }
  return lay.byNamespace.get(namespace) ?? [];
}

function addPodsPeer(index: NetpolIndex, lay: Layout, peer: { podSelector?: unknown; namespaceSelector?: unknown }, policyNamespace: string, out: Bits): void {
  const namespaces =
    peer.namespaceSelector === undefined
      ? [policyNamespace]
      : [...lay.byNamespace.keys()].filter((ns) => labelSelectorMatches(peer.namespaceSelector, namespaceLabels(index, ns)));
  for (const namespace of namespaces) {
    for (const group of candidates(lay, namespace, peer.podSelector)) {
      if (peer.podSelector === undefined || labelSelectorMatches(peer.podSelector, lay.reps[group].labels)) setBit(out, group);
    }
  }
}

function probeKey(probe: MatrixProbeSpec): string {
  return `${probe.port}/${probe.protocol}`;
}

/** Per probe position k: destinations by their k-th probe, and by the named port that resolves to it. */
function portLayout(
  reps: PodInfo[],
  plans: MatrixProbeSpec[][],
  k: number,
): { byProbe: Map<string, { probe: MatrixProbeSpec; bits: Bits }>; byName: Map<string, Bits> } {
  const byProbe = new Map<string, { probe: MatrixProbeSpec; bits: Bits }>();
  const byName = new Map<string, Bits>();
  plans.forEach((plan, group) => {
    const probe = plan[k];
    if (probe === undefined) return;
    const key = probeKey(probe);
    let slot = byProbe.get(key);
    if (!slot) byProbe.set(key, (slot = { probe, bits: newBits(reps.length) }));
    setBit(slot.bits, group);
    for (const port of reps[group].ports) {
      if (port.name === undefined || port.protocol !== probe.protocol || port.containerPort !== probe.port) continue;
      const nameKey = `${port.name}\u0000${port.protocol}`;
      let bits = byName.get(nameKey);
      if (!bits) byName.set(nameKey, (bits = newBits(reps.length)));
      setBit(bits, group);
    }
  });
  return { byProbe, byName };
}

function addPortEntry(entry: CompiledPort, ports: ReturnType<typeof portLayout>, out: Bits): void {
  if (entry.invalid) return;
  if (entry.name !== undefined) {
    const bits = ports.byName.get(`${entry.name}\u0000${entry.protocol}`);
    if (bits) orInto(out, bits);
    return;
  }
  for (const { probe, bits } of ports.byProbe.values()) if (portMatches(entry, probe)) orInto(out, bits);
}

/**
 * The sets of one matrix: `reps` is one representative pod per group (every member is alike,
 * see podClasses.ts), `plans` the probes of each destination group. Sets are built on first
 * use and kept for the matrix.
 */
export function matrixSets(index: NetpolIndex, reps: PodInfo[], plans: MatrixProbeSpec[][]): MatrixSets {
  const lay = layout(index, reps);
  const everything = allBits(reps.length);
  const peers = new Map<CompiledRule, Bits>();
  const portLayouts: ReturnType<typeof portLayout>[] = [];
  const ports: Map<CompiledRule, Bits>[] = [];
  return {
    size: reps.length,
    peerSet(rule, policyNamespace) {
      if (rule.peers === undefined) return everything;
      let bits = peers.get(rule);
      if (bits) return bits;
      bits = newBits(reps.length);
      for (const peer of rule.peers) {
        if (peer.kind === 'pods') addPodsPeer(index, lay, peer, policyNamespace, bits);
        else if (peer.kind === 'ipBlock') forEachInBlock(lay.byIp, peer.cidr, peer.except, (group) => setBit(bits, group));
      }
      peers.set(rule, bits);
      return bits;
    },
    portSet(rule, k) {
      if (rule.ports === undefined) return everything;
      const perRule = ports[k] ?? (ports[k] = new Map());
      let bits = perRule.get(rule);
      if (bits) return bits;
      const portsAt = portLayouts[k] ?? (portLayouts[k] = portLayout(reps, plans, k));
      bits = newBits(reps.length);
      for (const entry of rule.ports) addPortEntry(entry, portsAt, bits);
      perRule.set(rule, bits);
      return bits;
    },
  };
}
