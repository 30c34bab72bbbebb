// A check's answer arrives as a fresh copy (the worker's message) even when nothing in it changed
// (a comment typed): the parts equal to the previous answer's keep their objects, so the memoized
// goal, trap and problem lists skip the verdict's re-render.
import type { LabResult } from '@/lib/lesson';

/** Structural equality of JSON-like values (what a worker's message holds). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => deepEqual(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((k) => Object.hasOwn(right, k) && deepEqual(left[k], right[k]));
}

const keep = <T>(previous: T, next: T): T => (deepEqual(previous, next) ? previous : next);

/** `next`, with every part equal to `previous`'s replaced by `previous`'s object (all of it if all equal). */
export function reuseUnchanged(previous: LabResult | null, next: LabResult): LabResult {
  if (!previous) return next;
  const diagnostics: LabResult['diagnostics'] = {};
  for (const [file, list] of Object.entries(next.diagnostics)) diagnostics[file] = previous.diagnostics[file] ? keep(previous.diagnostics[file], list) : list;
  const merged: LabResult = {
    ...next,
    goals: keep(previous.goals, next.goals),
    diagnostics: deepEqual(previous.diagnostics, diagnostics) ? previous.diagnostics : diagnostics,
    ...(next.broken ? { broken: keep(previous.broken, next.broken) } : {}),
    ...(next.misconceptions ? { misconceptions: keep(previous.misconceptions, next.misconceptions) } : {}),
  };
  return deepEqual(previous, merged) ? previous : merged;
}
