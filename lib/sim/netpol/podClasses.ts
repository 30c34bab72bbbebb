// Equivalence classes of pods: pods that every NetworkPolicy necessarily treats alike.
//
// Two pods are in the same class when they share namespace, labels, declared container
// ports, hostNetwork, and the set of ipBlock peers (of all policies) that contain their
// address — and, when the cluster has a hostNetwork pod, also their node (traffic from a
// hostNetwork pod is node-local to the pods of its node). Every input of the evaluation
// (policy selection, peer selectors, ipBlock, named ports, node-local traffic) is then equal
// for two members, so any probe between two DIFFERENT pods has the same answer for every
// member pair. A pod reaching itself is always allowed and is handled separately.
import type { PodInfo } from '../types';
import { parseIp, type IpAddress } from '../cluster/ip';
import type { CompiledPeer } from './compilePolicies';
import { forEachInBlock, sortAddresses } from './ipRanges';
import type { NetpolIndex } from './netpolIndex';

export interface PodClasses {
  /** Class id of every pod (`ns/name`). */
  classOf: Map<string, number>;
  /** Member pods of each class, in cluster order. */
  members: PodInfo[][];
}

const cache = new WeakMap<NetpolIndex, PodClasses>();

/** The pod classes of a cluster (cached per index). */
export function podClasses(index: NetpolIndex): PodClasses {
  const cached = cache.get(index);
  if (cached) return cached;
  const keys = [...index.cluster.pods.keys()];
  const pods = [...index.cluster.pods.values()];
  const inside = blockMembership(index, pods, distinctIpBlocks(index));
  const withNodes = pods.some((pod) => pod.hostNetwork);
  const ids = new Map<string, number>();
  const classOf = new Map<string, number>();
  const members: PodInfo[][] = [];
  for (const [position, pod] of pods.entries()) {
    const key = keys[position];
    const classKey = podClassKey(pod, inside[position], withNodes);
    let id = ids.get(classKey);
    if (id === undefined) {
      id = members.length;
      ids.set(classKey, id);
      members.push([]);
    }
    members[id].push(pod);
    classOf.set(key, id);
  }
  const result = { classOf, members };
  cache.set(index, result);
  return result;
}

function distinctIpBlocks(index: NetpolIndex): CompiledPeer[] {
  const seen = new Map<string, CompiledPeer>();
  for (const policy of index.policies) {
    for (const rule of [...policy.ingress, ...policy.egress]) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'ipBlock') continue;
        const key = [peer.cidr, ...peer.except].map((c) => `${c.family}/${c.network.toString(16)}/${c.prefix}`).join(' ');
        if (!seen.has(key)) seen.set(key, peer);
      }
    }
  }
  return [...seen.values()];
}

/** The address a peer matcher sees for a pod: its node's for hostNetwork pods (matchRules RemoteView). */
function addressOf(index: NetpolIndex, pod: PodInfo): IpAddress | undefined {
  return pod.hostNetwork ? parseIp(index.cluster.nodes.get(pod.nodeName)?.ip ?? pod.ip) : index.podIps.get(`${pod.namespace}/${pod.name}`);
}

/** For every pod (by position), the indexes of the distinct ipBlocks holding its address, in block order. */
function blockMembership(index: NetpolIndex, pods: PodInfo[], blocks: CompiledPeer[]): number[][] {
  const inside: number[][] = pods.map(() => []);
  const addresses: { owner: number; ip: IpAddress }[] = [];
  pods.forEach((pod, position) => {
    const ip = addressOf(index, pod);
    if (ip !== undefined) addresses.push({ owner: position, ip });
  });
  const sorted = sortAddresses(addresses);
  blocks.forEach((block, i) => {
    if (block.kind === 'ipBlock') forEachInBlock(sorted, block.cidr, block.except, (position) => inside[position].push(i));
  });
  return inside;
}

function podClassKey(pod: PodInfo, inside: number[], withNodes: boolean): string {
  const labels = Object.entries(pod.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ports = pod.ports.map((p) => `${p.name ?? ''}:${p.containerPort}/${p.protocol}`).sort();
  return JSON.stringify([pod.namespace, labels, ports, pod.hostNetwork, withNodes ? pod.nodeName : '', inside.join(',')]);
}
