// Which of many addresses an ipBlock holds, by range search over the sorted addresses (a CIDR
// is a contiguous range): O(log n + hits) per block instead of one comparison per address.
// Same answer as peerMatches on each address (semantics/networkpolicy.md §4: inside `cidr`,
// outside every `except`; IPv4 never matches an IPv6 block).
import type { Cidr, IpAddress } from '../cluster/ip';

export interface SortedAddresses {
  /** Addresses sorted by family, then value. */
  ips: IpAddress[];
  /** The item (pod, group) each sorted address belongs to. */
  owners: number[];
}

export function sortAddresses(entries: { owner: number; ip: IpAddress }[]): SortedAddresses {
  const sorted = [...entries].sort((a, b) => a.ip.family - b.ip.family || (a.ip.value < b.ip.value ? -1 : a.ip.value > b.ip.value ? 1 : 0));
  return { ips: sorted.map((e) => e.ip), owners: sorted.map((e) => e.owner) };
}

/** First position whose address is >= (family, value). */
function lowerBound(ips: IpAddress[], family: number, value: bigint): number {
  let lo = 0;
  let hi = ips.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = ips[mid];
    if (at.family < family || (at.family === family && at.value < value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [start, end) positions of the addresses inside a CIDR. */
function cidrRange(ips: IpAddress[], cidr: Cidr): [number, number] {
  const width = cidr.family === 4 ? 32 : 128;
  const start = lowerBound(ips, cidr.family, cidr.network);
  const end = lowerBound(ips, cidr.family, cidr.network + (1n << BigInt(width - cidr.prefix)));
  return [start, end];
}

/** Calls `visit(owner)` for every address inside `cidr` and outside every `except`. */
export function forEachInBlock(sorted: SortedAddresses, cidr: Cidr, except: readonly Cidr[], visit: (owner: number) => void): void {
  const [start, end] = cidrRange(sorted.ips, cidr);
  if (start >= end) return;
  const holes = except
    .map((block) => cidrRange(sorted.ips, block))
    .filter(([a, b]) => a < b)
    .sort((a, b) => a[0] - b[0]);
  let at = start;
  for (const [holeStart, holeEnd] of holes) {
    for (; at < Math.min(holeStart, end); at++) visit(sorted.owners[at]);
    at = Math.max(at, holeEnd);
  }
  for (; at < end; at++) visit(sorted.owners[at]);
}
