// Freezing data that several builds share (the copied input objects of collectObjects, the
// built-in objects): a write to shared data throws in tests instead of leaking into a later build.

/** Freezes a JSON-like value and everything under it (already frozen parts are skipped). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
