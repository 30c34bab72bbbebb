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
