/** A JSON object (what YAML mappings and Kubernetes objects decode to). */
export type JsonRecord = Record<string, unknown>;

/** A mapping: an object that is neither null nor an array. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
