// RBAC indexes and the answers computed on them, shared by the snapshots of one world that hold
// the same RBAC objects (the next keystroke's cluster, after an edit to a Pod or a policy).
import type { KubeObject } from '../types';
import { contentKey, ContentShelf } from '../support/contentKey';
import type { RbacIndex } from './rbacIndex';

/** Larger RBAC states (the 5,000-binding bench world) are indexed per snapshot only: their keys would be megabytes. */
const MAX_SHARED_OBJECTS = 2000;

/**
 * Indexes by the content they are built from (the four RBAC kinds, in order): an index is a
 * pure function of those objects and nobody changes it after its build, so a snapshot with the
 * same objects reuses it and everything cached on it (missIndex, rbacMemo). A few recent ones
 * are kept.
 */
const byContent = new ContentShelf<RbacIndex>(4);

/** The index of these objects: a kept one with the same content, else `build()` (kept when small). */
export function sharedIndex(lists: readonly (readonly KubeObject[])[], build: () => RbacIndex): RbacIndex {
  if (lists.reduce((sum, list) => sum + list.length, 0) > MAX_SHARED_OBJECTS) return build();
  return byContent.get(() => contentKey(lists), build);
}

const answers = new WeakMap<RbacIndex, Map<string, Map<string, unknown>>>();

/**
 * Answers computed on an index (authorize verdicts, permission lists), named by `purpose` and
 * keyed by the question's content: an edit elsewhere keeps them. Only for indexes small enough
 * to be shared by content; undefined for larger ones. Values must be pure functions of the
 * index and their key, and nobody may change them after they are stored.
 */
export function rbacMemo<T>(index: RbacIndex, purpose: string): Map<string, T> | undefined {
  if (index.clusterRoleBindings.length + index.roleBindings.length + index.roles.size > MAX_SHARED_OBJECTS) return undefined;
  let memos = answers.get(index);
  if (!memos) answers.set(index, (memos = new Map()));
  let memo = memos.get(purpose);
  if (!memo) memos.set(purpose, (memo = new Map()));
  return memo as Map<string, T>;
}

/** Forget the indexes kept by content (tests compare a cold build with a reused one). */
export function clearRbacIndexes(): void {
  byContent.clear();
}
