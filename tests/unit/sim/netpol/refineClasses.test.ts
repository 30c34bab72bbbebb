// refineClasses (lib/sim/netpol/refineClasses.ts) against the naive definition: two items share a
// class iff they start in the same class and every set holds both or neither. Seeded random
// inputs (the seed is printed); the matrix relies on it to copy the rows of sources every
// NetworkPolicy rule sees alike (semantics/networkpolicy.md §4: a peer set is all a rule knows
// of a source; upstream networking/v1 types.go NetworkPolicyPeer).
import { describe, expect, it } from 'vitest';
import { newBits, setBit, hasBit, type Bits } from '@/lib/sim/netpol/bitset';
import { refineClasses } from '@/lib/sim/netpol/refineClasses';
import { prng } from '@/bench/worlds';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261208);
console.log(`refineClasses property seed: ${SEED} (rerun with PROPERTY_SEED=${SEED})`);

function naive(initial: Int32Array, sets: Bits[]): Int32Array {
  const out = new Int32Array(initial.length).fill(-1);
  for (let i = 0; i < initial.length; i++) {
    if (initial[i] < 0) continue;
    for (let j = 0; j <= i; j++) {
      if (initial[j] !== initial[i] || sets.some((s) => hasBit(s, i) !== hasBit(s, j))) continue;
      out[i] = j;
      break;
    }
  }
  return out;
}

describe('refineClasses', () => {
  it('gives every item the first item of its class, as the naive definition, on random inputs', () => {
    const random = prng(SEED);
    for (let round = 0; round < 300; round++) {
      const size = 1 + Math.floor(random() * 90);
      const starts = 1 + Math.floor(random() * 4);
      const initial = Int32Array.from({ length: size }, () => (random() < 0.1 ? -1 : Math.floor(random() * starts)));
      const density = random();
      const sets = Array.from({ length: Math.floor(random() * 8) }, () => {
        const bits = newBits(size);
        for (let i = 0; i < size; i++) if (random() < density) setBit(bits, i);
        return bits;
      });
      expect(Array.from(refineClasses(initial, sets)), `round ${round}`).toEqual(Array.from(naive(initial, sets)));
    }
  });

  it('splits by a set or by its complement alike (a set holding most items)', () => {
    const all = newBits(40);
    for (let i = 0; i < 40; i++) if (i !== 7) setBit(all, i);
    const out = refineClasses(new Int32Array(40), [all]);
    expect(out[7]).toBe(7);
    expect(out[39]).toBe(0);
  });
});
