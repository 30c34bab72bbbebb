'use client';
import { create } from 'zustand';
import { loadProgress, saveExercise } from './progressStorage';

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
  importProgress: (data: unknown) => { ok: true } | { ok: false; error: string };
  clearAll: () => void;
}

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

export const useProgress = create<ProgressState>()((set) => ({
  exercises: {},
  saveDraft: (key, file, text) =>
    set((s) => {
      const current = s.exercises[key] ?? empty();
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
    if (format !== EXPORT_FORMAT) return { ok: false, error: 'not a progress file of this lab' };
    const version = (value as { version?: unknown }).version;
    // Never String() the file's values: a mapping such as {"toString": 1} cannot be turned into text.
    if (typeof version !== 'number' || version > PROGRESS_VERSION)
      return { ok: false, error: `unsupported progress version ${typeof version === 'number' ? version : typeof version}` };
    const data = readProgressData(value);
    if (!data) return { ok: false, error: 'the file is damaged' };
    set((s) => ({ exercises: { ...s.exercises, ...data.exercises } }));
    return { ok: true };
  },
  clearAll: () => set({ exercises: {} }),
}));

let hydrated = false;

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
    if (state.exercises === previous.exercises) return;
    for (const [key, progress] of Object.entries(state.exercises)) if (progress !== previous.exercises[key]) saveExercise(key, progress);
    for (const key of Object.keys(previous.exercises)) if (!(key in state.exercises)) saveExercise(key, undefined);
  });
}

/** Saves are synchronous; kept as the one call to make before a reload, should that change. */
export function flushProgress(): void {
  hydrateProgress();
}
