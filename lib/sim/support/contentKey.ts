// Keys by content, for caches that outlive one Cluster snapshot (the next keystroke's world).

/**
 * A string equal for two values exactly when they hold the same data (JSON values as the
 * parser gives them): NaN and the infinities, which JSON would print as null, keep their own
 * spelling, and so does `undefined` in a list. `undefined` when the value cannot be keyed
 * (a cycle, a BigInt): the caller then builds without sharing.
 */
export function contentKey(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, keepDistinct);
  } catch {
    return undefined;
  }
}

function keepDistinct(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return `\u0000number:${String(value)}`;
  if (value === undefined) return '\u0000undefined';
  return value;
}

/** A small map that forgets its least recently used entry beyond `capacity`. */
export class RecentMap<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }
}
