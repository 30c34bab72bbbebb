// Small readers over untyped object data (objects come from learners' YAML).
import type { KubeObject } from '../types';
import { isRecord } from '../support/record';
export { isRecord };

export type JsonRecord = Record<string, unknown>;

export function rec(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : fallback;
}

export function strMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rec(value))) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  return out;
}

export function nameOf(object: KubeObject): string {
  return str(object.metadata?.name);
}

export function namespaceOf(object: KubeObject): string {
  return str(object.metadata?.namespace);
}

export function labelsOf(object: KubeObject): Record<string, string> {
  return strMap(object.metadata?.labels);
}

/** A deep copy of JSON-like data (depth-limited, cycles cut). */
export function cloneJson<T>(value: T, depth = 0): T {
  if (depth > 80) return null as T;
  if (Array.isArray(value)) return value.map((v) => cloneJson(v, depth + 1)) as T;
  if (isRecord(value)) {
    const out: JsonRecord = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneJson(v, depth + 1);
    return out as T;
  }
  return value;
}

/** Stable JSON text (keys sorted) for comparisons. */
export function stableJson(value: unknown, depth = 0): string {
  if (depth > 80) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => stableJson(v, depth + 1)).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(value[k], depth + 1)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** `namespace/name` or `name`. */
export function objectRef(object: KubeObject): string {
  const ns = namespaceOf(object);
  return ns ? `${ns}/${nameOf(object)}` : nameOf(object);
}

/** Containers of a pod spec. */
export function containersOf(podSpec: unknown): JsonRecord[] {
  return arr(rec(podSpec).containers).filter(isRecord);
}

/** The pod template spec of a workload (Deployment, Job, CronJob...). */
export function templateSpecOf(object: KubeObject): JsonRecord {
  const spec = rec(object.spec);
  if (object.kind === 'CronJob') return rec(rec(rec(rec(spec.jobTemplate).spec).template).spec);
  return rec(rec(spec.template).spec);
}

/**
 * A lookup table keyed by what the learner types (`kubectl constructor`, `kubectl __proto__`):
 * without a prototype, so only the table's own keys are found.
 */
export function ownTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
