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
  /** When the learner made the edit this draft holds (saving waits for the typing to stop). */
  editedAt: number;
}

export function readPlaygroundDraft(raw: string | null): PlaygroundDraft | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (typeof value !== 'object' || value === null || typeof value.text !== 'string') return undefined;
    const savedAt = typeof value.savedAt === 'number' && Number.isFinite(value.savedAt) ? value.savedAt : 0;
    const pick = (k: string) => (typeof value[k] === 'string' ? (value[k] as string) : undefined);
    return {
      text: value.text,
      world: pick('world'),
      tab: pick('tab'),
      port: pick('port'),
      protocol: pick('protocol'),
      savedAt,
      editedAt: typeof value.editedAt === 'number' && Number.isFinite(value.editedAt) ? value.editedAt : savedAt,
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
export function savePlaygroundDraft(draft: Omit<PlaygroundDraft, 'savedAt' | 'editedAt'>, editedAt = Date.now()): boolean {
  try {
    localStorage.setItem(PLAYGROUND_DRAFT_KEY, JSON.stringify({ ...draft, savedAt: Date.now(), editedAt }));
    return true;
  } catch {
    return false;
  }
}

/** What this tab knows of its own draft when another tab saves one. */
export interface OwnDraft {
  text: string;
  world?: string;
  /** When this tab's text was last edited (or taken from a saved draft). */
  editedAt: number;
  /** This tab holds an edit not saved yet (the learner is typing). */
  unsaved: boolean;
}

/**
 * Another tab saved the playground draft `theirs` (the `storage` event). What this tab does:
 * 'follow' (show their text) when theirs is a later edit than ours; 'resave' when ours is the
 * later edit, so storage (and a reload, and the other tab) gets it back rather than keeping the
 * older one; 'keep' while this tab has unsaved typing (its own save follows and is then the
 * latest) or when both hold the same text. The same rule as lesson drafts (lib/state/progress.ts
 * fromOtherTab): the later edit wins, and nothing the learner is typing here is replaced.
 */
export function otherTabDraft(ours: OwnDraft, theirs: PlaygroundDraft | undefined): 'follow' | 'resave' | 'keep' {
  if (ours.unsaved) return 'keep';
  if (!theirs) return 'keep'; // removed elsewhere (cleared): this tab's text stays on screen, unsaved
  if (theirs.text === ours.text && (theirs.world === undefined || theirs.world === ours.world)) return 'keep';
  if (theirs.editedAt > ours.editedAt) return 'follow';
  return theirs.editedAt < ours.editedAt ? 'resave' : 'keep';
}
