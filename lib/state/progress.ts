'use client';
import { create } from 'zustand';
import { ENTRY_PREFIX, loadProgress, readEntryText, saveExercise } from './progressStorage';

/** Saved per exercise: the learner's files, goals seen passing, hints revealed. */
export interface ExerciseProgress {
  files?: Record<string, string>;
  passedGoals: string[];
  completed: boolean;
  hintsShown: number;
  updatedAt: number;
  /** When the learner first opened the exercise (ms; the submission's `firstOpened`). */
  firstOpened?: number;
}

export interface ProgressData {
  exercises: Record<string, ExerciseProgress>;
}

interface ProgressState extends ProgressData {
  saveDraft: (key: string, file: string, text: string) => void;
  recordResult: (key: string, passedGoals: string[], completed: boolean) => void;
  revealHint: (key: string, total: number) => void;
  resetExercise: (key: string) => void;
  importProgress: (data: unknown) => ImportResult;
  clearAll: () => void;
}

/** Why a file was not imported: `code` names it for the page's words, `error` says it in English. */
export type ImportProblem = 'notOurs' | 'newerVersion' | 'damaged';
/** `kept`: exercises the file also has, left as they are here because the work here is later. */
export type ImportResult = { ok: true; imported: number; kept: number } | { ok: false; code: ImportProblem; error: string };

export const PROGRESS_VERSION = 1;
const EXPORT_FORMAT = 'k8s-security-lab-progress';

const empty = (): ExerciseProgress => ({ passedGoals: [], completed: false, hintsShown: 0, updatedAt: 0 });

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Validate imported or persisted data; unknown shapes are rejected, never half-applied. */
export function readProgressData(value: unknown): ProgressData | null {
  if (typeof value !== 'object' || value === null) return null;
  const exercises = (value as { exercises?: unknown }).exercises;
  if (typeof exercises !== 'object' || exercises === null || Array.isArray(exercises)) return null;
  const out: ProgressData = { exercises: {} };
  for (const [key, raw] of Object.entries(exercises as Record<string, unknown>)) {
    if (typeof raw !== 'object' || raw === null) return null;
    const r = raw as Partial<ExerciseProgress>;
    const files = r.files && typeof r.files === 'object' && Object.values(r.files).every((v) => typeof v === 'string') ? { ...r.files } : undefined;
    out.exercises[key] = {
      files,
      passedGoals: Array.isArray(r.passedGoals) ? r.passedGoals.filter((g): g is string => typeof g === 'string') : [],
      completed: r.completed === true,
      hintsShown: typeof r.hintsShown === 'number' && r.hintsShown >= 0 ? Math.floor(r.hintsShown) : 0,
      updatedAt: typeof r.updatedAt === 'number' ? r.updatedAt : 0,
      ...(typeof r.firstOpened === 'number' && Number.isFinite(r.firstOpened) ? { firstOpened: r.firstOpened } : {}),
    };
  }
  return out;
}

/** The export file: versioned, so a later format can migrate it. */
export function exportProgress(data: ProgressData): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exercises: data.exercises }, null, 2);
}

export const useProgress = create<ProgressState>()((set, get) => ({
  exercises: {},
  saveDraft: (key, file, text) =>
    set((s) => {
      const current = s.exercises[key] ?? empty();
      // The same text again (an editor echoing a text it was given) is no edit: nothing to save.
      if (current.files?.[file] === text) return s;
      return { exercises: { ...s.exercises, [key]: { ...current, files: { ...current.files, [file]: text }, updatedAt: Date.now() } } };
    }),
  recordResult: (key, passedGoals, completed) =>
    set((s) => {
      const current = s.exercises[key] ?? empty();
      const done = current.completed || completed;
      if (sameList(current.passedGoals, passedGoals) && current.completed === done && current.firstOpened) return s;
      // The first check of an exercise on its page is when the learner opened it.
      return { exercises: { ...s.exercises, [key]: { ...current, passedGoals, completed: done, firstOpened: current.firstOpened ?? Date.now() } } };
    }),
  revealHint: (key, total) =>
    set((s) => {
      const current = s.exercises[key] ?? empty();
      return { exercises: { ...s.exercises, [key]: { ...current, hintsShown: Math.min(total, current.hintsShown + 1) } } };
    }),
  resetExercise: (key) =>
    set((s) => {
      const current = s.exercises[key] ?? empty();
      return { exercises: { ...s.exercises, [key]: { ...current, files: undefined, updatedAt: Date.now() } } };
    }),
  importProgress: (value) => {
    const format = (value as { format?: unknown } | null)?.format;
    if (format !== EXPORT_FORMAT) return { ok: false, code: 'notOurs', error: 'not a progress file of this lab' };
    const version = (value as { version?: unknown }).version;
    // Never String() the file's values: a mapping such as {"toString": 1} cannot be turned into text.
    if (typeof version !== 'number' || version > PROGRESS_VERSION)
      return {
        ok: false,
        code: typeof version === 'number' ? 'newerVersion' : 'damaged',
        error: `unsupported progress version ${typeof version === 'number' ? version : typeof version}`,
      };
    const data = readProgressData(value);
    if (!data) return { ok: false, code: 'damaged', error: 'the file is damaged' };
    // An older file never replaces later work on an exercise (the same rule as another tab's save).
    let kept = 0;
    const exercises = { ...get().exercises };
    for (const [key, theirs] of Object.entries(data.exercises)) {
      const next = fromOtherTab(exercises[key], theirs);
      if (next === 'keep') kept++;
      else if (next) exercises[key] = next;
    }
    set({ exercises });
    return { ok: true, imported: Object.keys(data.exercises).length - kept, kept };
  },
  clearAll: () => set({ exercises: {} }),
}));

/**
 * Another tab of this lab saved exercise entry `theirs` (undefined: it removed it, as "clear
 * progress" does). What this tab should hold now: theirs when it is a later edit than ours, or the
 * same edit with more on it (a result, a hint); ours ('keep') when ours is the later edit, so a
 * tab that was left open never writes its old text over what was typed in another.
 */
export function fromOtherTab(ours: ExerciseProgress | undefined, theirs: ExerciseProgress | undefined): ExerciseProgress | undefined | 'keep' {
  if (!theirs || !ours || theirs.updatedAt > ours.updatedAt) return theirs;
  if (theirs.updatedAt < ours.updatedAt || JSON.stringify(theirs.files ?? {}) !== JSON.stringify(ours.files ?? {})) return 'keep';
  const firstOpened = Math.min(ours.firstOpened ?? Infinity, theirs.firstOpened ?? Infinity);
  return {
    ...theirs,
    completed: ours.completed || theirs.completed,
    hintsShown: Math.max(ours.hintsShown, theirs.hintsShown),
    ...(Number.isFinite(firstOpened) ? { firstOpened } : {}),
  };
}

let hydrated = false;
/** Applying another tab's entry: it is in storage already, so it is not written back. */
let applyingOtherTab = false;

/** Follow the entries other tabs of this lab write (the `storage` event fires only in the others). */
function followOtherTabs(): void {
  if (typeof window.addEventListener !== 'function') return;
  window.addEventListener('storage', (event) => {
    if (!event.key?.startsWith(ENTRY_PREFIX)) return;
    const key = event.key.slice(ENTRY_PREFIX.length);
    const theirs = event.newValue === null ? undefined : readEntryText(event.newValue);
    if (theirs === null) return; // unreadable: the next load keeps it aside
    const next = fromOtherTab(useProgress.getState().exercises[key], theirs);
    if (next === 'keep') return;
    applyingOtherTab = true;
    try {
      useProgress.setState((s) => {
        const exercises = { ...s.exercises };
        if (next) exercises[key] = next;
        else delete exercises[key];
        return { exercises };
      });
    } finally {
      applyingOtherTab = false;
    }
  });
}

/**
 * Load saved progress from localStorage once, after mount (avoids hydration mismatches), then
 * save each exercise that changes, and only those: a keystroke writes one exercise's entry
 * (lib/state/progressStorage.ts), never the whole progress. Never throws: blocked or full
 * storage is reported in useStorageStatus and the learner keeps working in memory.
 */
export function hydrateProgress(): void {
  if (hydrated || typeof window === 'undefined') return;
  hydrated = true;
  const loaded = loadProgress();
  useProgress.setState((s) => ({ exercises: { ...loaded, ...s.exercises } }));
  useProgress.subscribe((state, previous) => {
    if (state.exercises === previous.exercises || applyingOtherTab) return;
    for (const [key, progress] of Object.entries(state.exercises)) if (progress !== previous.exercises[key]) saveExercise(key, progress);
    for (const key of Object.keys(previous.exercises)) if (!(key in state.exercises)) saveExercise(key, undefined);
  });
  followOtherTabs();
}

/** Saves are synchronous; kept as the one call to make before a reload, should that change. */
export function flushProgress(): void {
  hydrateProgress();
}
