// Partition refinement over matrix group indexes: the coarsest classes such that two members of
// a class start in the same class and lie on the same side of every given set. The matrix uses
// it to find sources that every rule sees alike (same egress policies, same membership in every
// ingress peer set): their rows are equal but for the self cells, so a row is computed once per
// class and copied. Pure bookkeeping, no Kubernetes semantics of its own.
import type { Bits } from './bitset';

/**
 * `initial[i]` is the starting class of item i (any non-negative number), or -1 to leave i out.
 * Returns, per item, the first item of its final class (-1 for items left out). Each set costs
 * min(|set|, |rest|) steps over the included items: splitting a class by a set or by its
 * complement gives the same classes.
 */
export function refineClasses(initial: Int32Array, sets: Iterable<Bits>): Int32Array {
  const size = initial.length;
  const words = (size + 31) >>> 5;
  const included = new Uint32Array(words);
  const cls = new Int32Array(size);
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (initial[i] < 0) continue;
    included[i >>> 5] |= 1 << (i & 31);
    cls[i] = initial[i];
    count = Math.max(count, initial[i] + 1);
  }
  const total = popcount(included);
  const stamp: number[] = [];
  const next: number[] = [];
  let round = 0;
  for (const set of sets) {
    round++;
    let inside = 0;
    for (let w = 0; w < words; w++) inside += bitCount(set[w] & included[w]);
    const flip = inside * 2 > total ? 0xffffffff : 0;
    for (let w = 0; w < words; w++) {
      let word = ((set[w] ^ flip) & included[w]) >>> 0;
      while (word !== 0) {
        const low = word & -word;
        const i = (w << 5) + (31 - Math.clz32(low));
        const old = cls[i];
        if (stamp[old] !== round) {
          stamp[old] = round;
          next[old] = count++;
        }
        cls[i] = next[old];
        word = (word ^ low) >>> 0;
      }
    }
  }
  const first = new Map<number, number>();
  const out = new Int32Array(size).fill(-1);
  for (let i = 0; i < size; i++) {
    if (initial[i] < 0) continue;
    let rep = first.get(cls[i]);
    if (rep === undefined) first.set(cls[i], (rep = i));
    out[i] = rep;
  }
  return out;
}

function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function popcount(bits: Bits | Uint32Array): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) n += bitCount(bits[w]);
  return n;
}
