// Small, total helpers for reading learner data of unknown shape. None of them throws on
// plain data; they are used by every part of the cluster and netpol modules.
import { isRecord } from '../support/record';
export { isRecord };

export type JsonRecord = Record<string, unknown>;

/** The value when it is a record, else an empty record. */
export function asRecord(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

/** The value when it is an array, else an empty array. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value when it is a non-empty string. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Strings, finite numbers and booleans as text (YAML 1.2 reads `tier: 1` as a number). */
export function scalarString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** A finite integer, or undefined. */
export function asInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** A map of scalar values as a string map (labels, selectors); other entries are dropped. */
export function toStringMap(value: unknown): Record<string, string> {
  const out: [string, string][] = [];
  if (!isRecord(value)) return {};
  for (const key of Object.keys(value)) {
    const text = scalarString(value[key]);
    if (text !== undefined) out.push([key, text]);
  }
  return Object.fromEntries(out);
}

const MAX_CLONE_DEPTH = 200;

/** How many values one `cloneData` call copies at most. */
export const CLONE_BUDGET = 200_000;

/**
 * Copies JSON-like data (records, arrays, scalars) into a plain tree. Cycles and nesting
 * deeper than 200 are cut (replaced by undefined), functions and symbols are dropped, and at
 * most `budget` values are copied (a YAML alias bomb cannot blow up later walks). Keys such
 * as `__proto__` become ordinary own properties.
 */
export function cloneData(value: unknown, budget: { left: number } = { left: CLONE_BUDGET }): unknown {
  return cloneInner(value, 0, budget, new Set());
}

function cloneInner(value: unknown, depth: number, budget: { left: number }, active: Set<object>): unknown {
  if (budget.left <= 0) return undefined;
  budget.left--;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return undefined;
  if (active.has(value) || depth > MAX_CLONE_DEPTH) return undefined;
  active.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      if (budget.left <= 0) break;
      items.push(cloneInner(item, depth + 1, budget, active));
    }
    out = items;
  } else {
    const record: JsonRecord = {};
    for (const key of Object.keys(value)) {
      if (budget.left <= 0) break;
      const item = cloneInner((value as JsonRecord)[key], depth + 1, budget, active);
      if (item === undefined) continue;
      // An own `__proto__` key stays data (plain assignment would set the prototype).
      if (key === '__proto__') Object.defineProperty(record, key, { value: item, enumerable: true, writable: true, configurable: true });
      else record[key] = item;
    }
    out = record;
  }
  active.delete(value);
  return out;
}

/** Sets `record[key]` when it is absent (undefined or null), as API defaulting does. */
export function setDefault(record: JsonRecord, key: string, value: unknown): void {
  if (record[key] === undefined || record[key] === null) record[key] = value;
}

/** The child record at `key`, created (or replaced when not a record) so it can be defaulted. */
export function childRecord(record: JsonRecord, key: string): JsonRecord {
  const current = record[key];
  if (isRecord(current)) return current;
  const created: JsonRecord = {};
  record[key] = created;
  return created;
}
