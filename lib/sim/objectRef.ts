/**
 * References between objects are typed: `{ namespace, name }`, never a `"ns/name"` string a
 * caller splits (issue 15). `refText` is only for words shown to people.
 */
import type { ObjectRef } from './types';

/** `ns/name`, as kubectl and the lab's texts name a namespaced object. */
export function refText(ref: ObjectRef): string {
  return `${ref.namespace}/${ref.name}`;
}

/** Do two references name the same object? */
export function sameRef(a: ObjectRef, b: ObjectRef): boolean {
  return a.namespace === b.namespace && a.name === b.name;
}
