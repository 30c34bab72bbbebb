// bitset.ts: transposeBits against a cell-by-cell reference on random bit matrices (the
// matrix rows use it to test whole words: matrixCells.ts). Seeded; PROPERTY_SEED replays.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasBit, newBits, setBit, transposeBits, type Bits } from '@/lib/sim/netpol/bitset';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261207);
console.log(`bitset property seed: ${SEED} (rerun with PROPERTY_SEED=${SEED})`);

function fromCells(size: number, cells: boolean[]): Bits {
  const bits = newBits(size);
  cells.forEach((on, i) => on && setBit(bits, i));
  return bits;
}

describe('transposeBits', () => {
  it('out[s][k] holds d exactly when rows[d][k] holds s (sizes across word boundaries, null rows)', () => {
    const world = fc.integer({ min: 1, max: 70 }).chain((size) =>
      fc.record({
        size: fc.constant(size),
        depth: fc.integer({ min: 1, max: 3 }),
        rows: fc.array(fc.option(fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), { minLength: 3, maxLength: 3 })), {
          minLength: size,
          maxLength: size,
        }),
      }),
    );
    fc.assert(
      fc.property(world, ({ size, depth, rows }) => {
        const input = rows.map((row) => (row === null ? null : row.slice(0, depth).map((cells) => fromCells(size, cells))));
        const out = transposeBits(size, input, depth);
        for (let s = 0; s < size; s++) {
          for (let k = 0; k < depth; k++) {
            for (let d = 0; d < size; d++) expect(hasBit(out[s][k], d)).toBe(rows[d]?.[k][s] === true);
          }
        }
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  it('sets bit 31 and bit 32 (the sign bit of a word and the next word)', () => {
    const rows = [
      [
        fromCells(
          40,
          Array.from({ length: 40 }, (_, i) => i === 31 || i === 32),
        ),
      ],
    ];
    const out = transposeBits(40, [...rows, ...Array.from({ length: 39 }, () => null)], 1);
    expect(hasBit(out[31][0], 0)).toBe(true);
    expect(hasBit(out[32][0], 0)).toBe(true);
    expect(hasBit(out[30][0], 0)).toBe(false);
  });
});
