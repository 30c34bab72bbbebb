// Fixed-size bitsets over matrix group indexes (32 groups per word).

export type Bits = Uint32Array;

export function newBits(size: number): Bits {
  return new Uint32Array((size + 31) >>> 5);
}

export function allBits(size: number): Bits {
  const bits = newBits(size);
  for (let i = 0; i < size; i++) bits[i >>> 5] |= 1 << (i & 31);
  return bits;
}

export function hasBit(bits: Bits, index: number): boolean {
  return (bits[index >>> 5] & (1 << (index & 31))) !== 0;
}

export function setBit(bits: Bits, index: number): void {
  bits[index >>> 5] |= 1 << (index & 31);
}

/** target |= source. */
export function orInto(target: Bits, source: Bits): void {
  for (let i = 0; i < target.length; i++) target[i] |= source[i];
}

/** target |= a & b. */
export function orAndInto(target: Bits, a: Bits, b: Bits): void {
  for (let i = 0; i < target.length; i++) target[i] |= a[i] & b[i];
}

/**
 * `rows[d][k]` (bitsets over s, one list per d, or null) turned around: `out[s][k]` holds d
 * exactly when `rows[d][k]` holds s. Costs one step per set bit.
 */
export function transposeBits(size: number, rows: readonly (readonly Bits[] | null)[], depth: number): Bits[][] {
  const out = Array.from({ length: size }, () => Array.from({ length: depth }, () => newBits(size)));
  rows.forEach((perK, d) => {
    perK?.forEach((bits, k) => {
      for (let w = 0; w < bits.length; w++) {
        let word = bits[w];
        while (word !== 0) {
          const low = word & -word;
          setBit(out[(w << 5) + (31 - Math.clz32(low))][k], d);
          word ^= low;
        }
      }
    });
  });
  return out;
}
