// Shared generators for never-throws property tests on pods: junk values over pod field names,
// and a mutation that replaces the value at a path of a real pod.
import fc from 'fast-check';

/** Arbitrary nested junk whose keys are drawn from `fieldNames` (so it looks like a half-typed pod). */
export function podJunk(fieldNames: string[], constants: unknown[]): fc.Arbitrary<unknown> {
  return fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(...constants),
      fc.string(),
      fc.integer(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...fieldNames), tie('value'), { maxKeys: 6 }),
    ),
  })).value;
}

/** Replaces the value at a path of a real pod with junk: own properties only, as a YAML parser sets them. */
export function mutatePod(pod: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(pod) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (!Object.hasOwn(node, key)) return copy;
    const next = node[key];
    if (typeof next !== 'object' || next === null) return copy;
    node = next as Record<string, unknown>;
  }
  Object.defineProperty(node, path[path.length - 1], { value, enumerable: true, configurable: true, writable: true });
  return copy;
}
