// "Which rule admits it first?" for a whole row or column at once: the rules of a side are
// walked in order (policy order, then rule order, as evaluatePair reports the admitting rule)
// and each rule labels, with whole-word operations, the items it holds that no earlier rule
// held. Costs rules × words + items, instead of items × rules bit tests.
import type { Bits } from './bitset';

/**
 * `out[i]` = `labels[j]` (default j + 1, never 0) for the first j with i in `a[j] ∩ b[j]`
 * (b[j] null: a[j] alone), or 0 when none holds i. `out` has one slot per item; it is cleared first. Scratch `seen` has
 * one word per 32 items.
 */
export function firstHits(out: Uint16Array | Int32Array, seen: Uint32Array, a: readonly Bits[], b: readonly (Bits | null)[], labels?: readonly number[]): void {
  out.fill(0);
  seen.fill(0);
  const words = seen.length;
  for (let j = 0; j < a.length; j++) {
    const peers = a[j];
    const also = b[j];
    const label = labels ? labels[j] : j + 1;
    for (let w = 0; w < words; w++) {
      let word = ((also === null ? peers[w] : peers[w] & also[w]) & ~seen[w]) >>> 0;
      if (word === 0) continue;
      seen[w] |= word;
      while (word !== 0) {
        const low = word & -word;
        out[(w << 5) + (31 - Math.clz32(low))] = label;
        word = (word ^ low) >>> 0;
      }
    }
  }
}
