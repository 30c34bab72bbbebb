// Answers about one parsed object, kept with that object: the parse cache hands out the same
// (never changed) object while its document is unchanged, so the next keystroke's world asks
// again about the very same object. Within one world, several goals ask about one object.

const serials = new WeakMap<object, number>();
let nextSerial = 0;

/** A number naming this object for as long as it lives (for keys made of object identities). */
export function serialOf(object: object): number {
  let serial = serials.get(object);
  if (serial === undefined) serials.set(object, (serial = ++nextSerial));
  return serial;
}

const kept = new WeakMap<object, Map<string, unknown>>();
/** Answers kept per object at most (a few questions are asked about each). */
const MAX_PER_OBJECT = 16;

/**
 * `compute()` for `object` and `key`, or its kept result. `compute` must be a pure function of
 * the object (which nobody changes) and what `key` names; callers never change the result.
 */
export function objectMemo<T>(object: unknown, key: string, compute: () => T): T {
  if (typeof object !== 'object' || object === null) return compute();
  let answers = kept.get(object);
  if (!answers) kept.set(object, (answers = new Map()));
  if (answers.has(key)) return answers.get(key) as T;
  const value = compute();
  if (answers.size >= MAX_PER_OBJECT) answers.delete(answers.keys().next().value!);
  answers.set(key, value);
  return value;
}
