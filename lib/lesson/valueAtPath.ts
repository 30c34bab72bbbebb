/** Read `spec.containers[0].image` (or `metadata.labels["app.kubernetes.io/name"]`) from an object. */
export function valueAtPath(object: unknown, path: string): unknown {
  const parts = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["([^"]+)"\]/g)].map((m) => m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]));
  let current: unknown = object;
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof part === 'number') current = Array.isArray(current) ? current[part] : undefined;
    else current = Object.prototype.hasOwnProperty.call(current, part) ? (current as Record<string, unknown>)[part] : undefined;
  }
  return current;
}
