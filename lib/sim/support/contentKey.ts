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

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Values kept by the content they were made from, for the next snapshot of a world (the next
 * keystroke's cluster). A key is computed only when there is something to match it against:
 * the first value (a page's first world) is kept unkeyed, and its key is computed when a
 * second one is asked for. The key function must read data that no longer changes (a built
 * cluster, its object lists). Returns the kept value of the same content, else `make()`.
 */
export class ContentShelf<V> {
  private readonly kept: RecentMap<V>;
  private unkeyed?: { key: () => string | undefined; value: V };

  constructor(capacity: number) {
    this.kept = new RecentMap<V>(capacity);
  }

  get(key: () => string | undefined, make: () => V): V {
    if (this.kept.size === 0 && this.unkeyed === undefined) {
      const value = make();
      this.unkeyed = { key, value };
      return value;
    }
    this.settle();
    const own = key();
    const known = own === undefined ? undefined : this.kept.get(own);
    if (known !== undefined) return known;
    const value = make();
    if (own !== undefined) this.kept.set(own, value);
    return value;
  }

  /** The unkeyed value gets its key (kept unless a value of the same content is already). */
  private settle(): void {
    const pending = this.unkeyed;
    if (pending === undefined) return;
    this.unkeyed = undefined;
    const own = pending.key();
    if (own !== undefined && this.kept.get(own) === undefined) this.kept.set(own, pending.value);
  }

  clear(): void {
    this.kept.clear();
    this.unkeyed = undefined;
  }
}

/**
 * Do two JSON-like values hold the same data (lists by position, records by their own keys,
 * numbers by Object.is so NaN equals NaN and -0 does not equal 0)? Stops at the first
 * difference; no string is built. Values with a prototype other than a plain record or a list
 * are equal only when they are the same object.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && sameData(left[key], right[key]));
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
