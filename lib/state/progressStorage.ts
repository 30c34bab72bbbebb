'use client';
import type { ExerciseProgress } from './progress';
import { keysWithPrefix, readItem, removeItem, useStorageStatus, writeItem, type WriteOutcome } from './safeStorage';

/**
 * Progress in localStorage, one entry per exercise (`k8s-lab-exercise:<track/lesson/exercise>`),
 * so a keystroke rewrites only the exercise being edited. Every entry is validated on load; one
 * that cannot be read (damaged, truncated, a newer version's) is moved aside under
 * `k8s-lab-aside:` untouched, never overwritten, and offered for download.
 */
export const LEGACY_KEY = 'k8s-lab-progress';
export const ENTRY_PREFIX = 'k8s-lab-exercise:';
export const ASIDE_PREFIX = 'k8s-lab-aside:';
export const ENTRY_VERSION = 2;

/** Exercises whose unreadable entry could not be moved aside (storage full): never written. */
const locked = new Set<string>();

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One exercise's saved progress, or null when any field has the wrong shape. */
export function readEntry(value: unknown): ExerciseProgress | null {
  if (!isObject(value) || value.v !== ENTRY_VERSION) return null;
  const { files, passedGoals, completed, hintsShown, updatedAt, firstOpened } = value;
  if (files !== undefined && !(isObject(files) && Object.values(files).every((f) => typeof f === 'string'))) return null;
  if (!isStringArray(passedGoals) || typeof completed !== 'boolean') return null;
  if (typeof hintsShown !== 'number' || !Number.isInteger(hintsShown) || hintsShown < 0) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return null;
  if (firstOpened !== undefined && (typeof firstOpened !== 'number' || !Number.isFinite(firstOpened))) return null;
  const entry: ExerciseProgress = { passedGoals: [...passedGoals], completed, hintsShown, updatedAt };
  if (firstOpened !== undefined) entry.firstOpened = firstOpened;
  if (files) entry.files = Object.assign(Object.create(null) as Record<string, string>, files);
  return entry;
}

/** One exercise's entry from its stored text, or null when it cannot be read. */
export function readEntryText(raw: string): ExerciseProgress | null {
  return readEntry(parse(raw));
}

export function entryText(progress: ExerciseProgress): string {
  return JSON.stringify({ v: ENTRY_VERSION, ...progress });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Keep unreadable data under the aside prefix; the original key is freed only once the copy is written. */
function moveAside(key: string, raw: string): boolean {
  if (writeItem(`${ASIDE_PREFIX}${key}`, raw) !== 'ok') return false;
  removeItem(key);
  return true;
}

/** The version-1 format (one blob of every exercise, zustand's persist): migrated once, kept aside if unreadable. */
function migrateLegacy(into: Record<string, ExerciseProgress>): void {
  const raw = readItem(LEGACY_KEY);
  if (raw === null) return;
  const value = parse(raw) as { state?: { exercises?: unknown }; version?: unknown } | undefined;
  const exercises = value?.version === 1 && isObject(value.state) ? value.state.exercises : undefined;
  const entries = isObject(exercises) ? Object.entries(exercises).map(([k, e]) => [k, readEntry(isObject(e) ? { ...e, v: ENTRY_VERSION } : e)] as const) : [];
  if (!isObject(exercises) || entries.some(([, e]) => e === null)) {
    moveAside(LEGACY_KEY, raw);
    return;
  }
  let allWritten = true;
  for (const [key, entry] of entries) {
    if (readItem(`${ENTRY_PREFIX}${key}`) !== null) continue; // already migrated
    into[key] = entry!;
    if (writeItem(`${ENTRY_PREFIX}${key}`, entryText(entry!)) !== 'ok') allWritten = false;
  }
  if (allWritten) removeItem(LEGACY_KEY);
}

/** Read every saved exercise; unreadable entries are moved aside and listed in the storage status. */
export function loadProgress(): Record<string, ExerciseProgress> {
  const out: Record<string, ExerciseProgress> = {};
  migrateLegacy(out);
  for (const storageKey of keysWithPrefix(ENTRY_PREFIX)) {
    const key = storageKey.slice(ENTRY_PREFIX.length);
    const raw = readItem(storageKey);
    if (raw === null) continue;
    const entry = readEntry(parse(raw));
    if (entry) out[key] = entry;
    else if (!moveAside(storageKey, raw)) locked.add(key);
  }
  useStorageStatus.setState({ aside: asideKeys() });
  return out;
}

export function asideKeys(): string[] {
  const keys = keysWithPrefix(ASIDE_PREFIX);
  if (readItem(LEGACY_KEY) !== null) keys.push(LEGACY_KEY); // could not be migrated nor moved
  for (const key of locked) keys.push(`${ENTRY_PREFIX}${key}`);
  return keys;
}

/** Write (or with undefined, remove) one exercise's entry. */
export function saveExercise(key: string, progress: ExerciseProgress | undefined): WriteOutcome {
  if (locked.has(key)) return 'full';
  if (!progress) {
    removeItem(`${ENTRY_PREFIX}${key}`);
    return 'ok';
  }
  return writeItem(`${ENTRY_PREFIX}${key}`, entryText(progress));
}

/** The data kept aside, as one JSON document `{ key: stored text }` to download. */
export function asideDocument(): string {
  const doc: Record<string, string | null> = {};
  for (const key of asideKeys()) doc[key] = readItem(key);
  return JSON.stringify(doc, null, 2);
}

/** Delete what was kept aside (the learner downloaded it or does not want it). */
export function discardAside(): void {
  for (const key of asideKeys()) removeItem(key);
  locked.clear();
  useStorageStatus.setState({ aside: [] });
}
