// firstHits (lib/sim/netpol/firstHits.ts) against the naive scan the matrix used per cell: the
// first rule (in policy then rule order, as evaluatePair reports it; semantics/networkpolicy.md
// §2, upstream https://kubernetes.io/docs/concepts/services-networking/network-policies/ "the
// union of rules") whose peers and ports both hold an item. Seeded random sets (seed printed).
import { describe, expect, it } from 'vitest';
import { hasBit, newBits, setBit, type Bits } from '@/lib/sim/netpol/bitset';
import { firstHits } from '@/lib/sim/netpol/firstHits';
import { prng } from '@/bench/worlds';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261210);
console.log(`firstHits property seed: ${SEED} (rerun with PROPERTY_SEED=${SEED})`);

function randomBits(random: () => number, size: number, density: number): Bits {
  const bits = newBits(size);
  for (let i = 0; i < size; i++) if (random() < density) setBit(bits, i);
  return bits;
}

describe('firstHits', () => {
  it('labels each item with the first list entry holding it in both sets, as the scan does', () => {
    const random = prng(SEED);
    for (let round = 0; round < 200; round++) {
      const size = 1 + Math.floor(random() * 150);
      const count = Math.floor(random() * 9);
      const a = Array.from({ length: count }, () => randomBits(random, size, random()));
      const b = Array.from({ length: count }, () => (random() < 0.3 ? null : randomBits(random, size, random())));
      const labels = random() < 0.5 ? Array.from({ length: count }, (_, j) => 100 + j) : undefined;
      const out = new Uint16Array(size).fill(7); // cleared by firstHits
      firstHits(out, new Uint32Array((size + 31) >>> 5).fill(0xffffffff), a, b, labels);
      const expected = Array.from({ length: size }, (_, i) => {
        const j = a.findIndex((set, k) => hasBit(set, i) && (b[k] === null || hasBit(b[k]!, i)));
        return j < 0 ? 0 : labels ? labels[j] : j + 1;
      });
      expect(Array.from(out), `round ${round}`).toEqual(expected);
    }
  });
});
