// Conversion between plain JSON (what YAML gives us) and the values @marcbachmann/cel-js expects.
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const MAX_DEPTH = 200;

/**
 * JSON → CEL values. Kubernetes decodes integral JSON numbers of integer schema fields as CEL
 * `int`; the library treats JS numbers as `double`, so integral numbers become BigInt here.
 * SIMPLIFICATION(k8s): we follow the value, not the schema, so a YAML `1.0` becomes an int.
 * Objects become null-prototype records (no inherited keys); functions, symbols and undefined
 * are dropped; anything deeper than MAX_DEPTH is cut off (becomes null).
 */
export function toCelValue(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (depth > MAX_DEPTH) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'bigint':
      return value >= INT64_MIN && value <= INT64_MAX ? value : Number(value);
    case 'number':
      return numberToCel(value);
    case 'object':
      return objectToCel(value as object, depth);
    default:
      return null;
  }
}

function numberToCel(value: number): unknown {
  if (Number.isInteger(value) && Number.isSafeInteger(value)) return BigInt(value);
  return value;
}

function objectToCel(value: object, depth: number): unknown {
  if (Array.isArray(value)) return value.map((item) => toCelValue(item, depth + 1));
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    Object.defineProperty(out, key, { value: toCelValue(item, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** CEL values → plain JSON for display and JSON.stringify: BigInt → number (or string if unsafe). */
export function fromCelValue(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (depth > MAX_DEPTH) return null;
  if (typeof value === 'bigint') return bigintToJson(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value !== 'object') return String(value);
  return objectFromCel(value, depth);
}

function bigintToJson(value: bigint): number | string {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value.toString();
}

function objectFromCel(value: object, depth: number): unknown {
  if (Array.isArray(value)) return value.map((item) => fromCelValue(item, depth + 1));
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Array.from(value);
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[String(k)] = fromCelValue(v, depth + 1);
    return out;
  }
  const display = displayOf(value);
  if (display !== undefined) return display;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = fromCelValue((value as Record<string, unknown>)[key], depth + 1);
  return out;
}

/** Our extension types (Quantity, URL, ...) expose `celDisplay()`; the library's Optional has `hasValue`. */
function displayOf(value: object): unknown {
  const candidate = value as { celDisplay?: unknown; hasValue?: unknown; value?: unknown };
  if (typeof candidate.celDisplay === 'function') return (candidate.celDisplay as () => unknown)();
  if (typeof candidate.hasValue === 'function' && typeof candidate.value === 'function') {
    return (candidate.hasValue as () => boolean)() ? fromCelValue((candidate.value as () => unknown)()) : null;
  }
  const ctor = (value as { constructor?: { name?: unknown } }).constructor;
  if (ctor && ctor !== Object && typeof ctor.name === 'string' && Object.keys(value).length === 0) return ctor.name;
  return undefined;
}

/** CEL equality (heterogeneous numbers compare by value; lists and maps structurally). */
export function celEquals(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return numericCompare(a, b) === 0;
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) return listEquals(a, b);
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Map || b instanceof Map) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && celEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function listEquals(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, i) => celEquals(item, b[i]));
}

export function isNumeric(v: unknown): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}

/** Compares two CEL numbers of any kind exactly enough for lab data; NaN compares unequal. */
export function numericCompare(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  return x < y ? -1 : x > y ? 1 : 0;
}
