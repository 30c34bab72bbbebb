'use client';
// The playground's draft in this browser (like a lesson's files): text, starting world, view tab
// and traffic port. Its own localStorage key; a damaged or foreign value reads as "no draft".

export const PLAYGROUND_DRAFT_KEY = 'k8s-lab-playground-draft';

export interface PlaygroundDraft {
  text: string;
  world?: string;
  tab?: string;
  port?: string;
  protocol?: string;
  savedAt: number;
}

export function readPlaygroundDraft(raw: string | null): PlaygroundDraft | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (typeof value !== 'object' || value === null || typeof value.text !== 'string') return undefined;
    const pick = (k: string) => (typeof value[k] === 'string' ? (value[k] as string) : undefined);
    return {
      text: value.text,
      world: pick('world'),
      tab: pick('tab'),
      port: pick('port'),
      protocol: pick('protocol'),
      savedAt: typeof value.savedAt === 'number' ? value.savedAt : 0,
    };
  } catch {
    return undefined;
  }
}

export function loadPlaygroundDraft(): PlaygroundDraft | undefined {
  try {
    return readPlaygroundDraft(localStorage.getItem(PLAYGROUND_DRAFT_KEY));
  } catch {
    return undefined;
  }
}

/** Save; returns false when the browser refuses (storage full or disabled). */
export function savePlaygroundDraft(draft: Omit<PlaygroundDraft, 'savedAt'>): boolean {
  try {
    localStorage.setItem(PLAYGROUND_DRAFT_KEY, JSON.stringify({ ...draft, savedAt: Date.now() }));
    return true;
  } catch {
    return false;
  }
}
