'use client';
import { create } from 'zustand';

/**
 * localStorage that never throws: storage can be blocked (a SecurityError on access, as with
 * cookies blocked), full (QuotaExceededError, for instance when another page of this origin
 * filled it) or missing (server rendering). What went wrong is kept in a small store the page
 * shows as a notice; the caller keeps working in memory.
 */
export type WriteOutcome = 'ok' | 'full' | 'blocked';

export interface StorageStatus {
  /** The last write failed because storage is full. */
  full: boolean;
  /** localStorage cannot be used at all. */
  blocked: boolean;
  /** Keys of saved data that could not be read and was kept aside. */
  aside: string[];
}

export const useStorageStatus = create<StorageStatus>(() => ({ full: false, blocked: false, aside: [] }));

function storage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    useStorageStatus.setState({ blocked: true });
    return null;
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const e = error as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

export function readItem(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    useStorageStatus.setState({ blocked: true });
    return null;
  }
}

export function writeItem(key: string, value: string): WriteOutcome {
  const s = storage();
  if (!s) return 'blocked';
  try {
    s.setItem(key, value);
    if (useStorageStatus.getState().full) useStorageStatus.setState({ full: false });
    return 'ok';
  } catch (error) {
    if (isQuotaError(error)) {
      useStorageStatus.setState({ full: true });
      return 'full';
    }
    useStorageStatus.setState({ blocked: true });
    return 'blocked';
  }
}

export function removeItem(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    useStorageStatus.setState({ blocked: true });
  }
}

/** Every stored key that starts with `prefix`. */
export function keysWithPrefix(prefix: string): string[] {
  const s = storage();
  if (!s) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    useStorageStatus.setState({ blocked: true });
    return [];
  }
}
