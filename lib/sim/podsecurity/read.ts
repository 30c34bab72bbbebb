// Defensive readers over unknown learner input. The API server decodes into typed structs and
// rejects wrongly typed fields; the simulator reads plain data, so every accessor narrows.
// SIMPLIFICATION(k8s): a field of the wrong type (e.g. `privileged: "true"`) is read as unset;
// schema diagnostics from the parser report the type error itself.
import { isRecord } from '../support/record';
export { isRecord };

export type Rec = Record<string, unknown>;

/** Own property of a record (never the prototype's), or undefined. */
export function own(value: unknown, key: string): unknown {
  if (!isRecord(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/** Nested own property: `get(pod, 'spec', 'securityContext')`. */
export function get(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = own(current, key);
  return current;
}

/** A record or an empty one. */
export function rec(value: unknown): Rec {
  return isRecord(value) ? value : {};
}

/** An array or an empty one. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Non-null: the Go `!= nil` of a pointer field. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Own string-valued entries of a map (labels, annotations), in insertion order. */
export function stringEntries(value: unknown): [string, string][] {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((k) => typeof value[k] === 'string')
    .map((k) => [k, value[k] as string]);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends a map key to an object path: `metadata.annotations["a/b"]` for keys that need quoting. */
export function keyPath(base: string, key: string): string {
  if (IDENTIFIER.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

/** Joins object path segments, skipping empty ones. */
export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('.');
}
