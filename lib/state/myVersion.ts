'use client';
// "My version": the learner's files saved before "Use the solution" replaced them, one click away
// from coming back. Kept per exercise in localStorage (its own key, apart from progress).

export const MY_VERSION_STORAGE_KEY = 'k8s-lab-my-version';

type Store = Record<string, Record<string, string>>;

function read(): Store {
  try {
    const raw = JSON.parse(localStorage.getItem(MY_VERSION_STORAGE_KEY) ?? '{}') as unknown;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const out: Store = {};
    for (const [key, files] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof files === 'object' && files !== null && Object.values(files).every((v) => typeof v === 'string')) out[key] = files as Record<string, string>;
    }
    return out;
  } catch {
    return {};
  }
}

function write(store: Store): void {
  try {
    localStorage.setItem(MY_VERSION_STORAGE_KEY, JSON.stringify(store));
  } catch {
    // storage full or blocked: the version stays in memory for this page only
  }
}

export function saveMyVersion(key: string, files: Record<string, string>): void {
  write({ ...read(), [key]: { ...files } });
}

export function loadMyVersion(key: string): Record<string, string> | undefined {
  return read()[key];
}

export function clearMyVersion(key: string): void {
  const store = read();
  delete store[key];
  write(store);
}
