// How the editor's text reaches the page. A small model (an exercise file) is read and handed on
// at every change: its check answers the key. A large one (the 2,000-pod playground, 600 kB) is
// read once the typing pauses, or every so often while it goes on: reading and copying 600 kB per
// key, then re-rendering the page and cloning the text for the worker, is what made keys stutter.
// The editor's own model stays the truth: nothing typed is lost or reordered, only read later.

/** Above this many characters a model is large: its text is read in batches, and monaco-yaml is off. */
export const LARGE_MODEL_CHARS = 100_000;
/** A large model is small again below this (no switching back and forth at the threshold). */
export const SMALL_AGAIN_CHARS = 80_000;
/** A large model's text is read this long after the last change... */
export const QUIET_MS = 120;
/** ...or this long after the first unread change, while the typing goes on (the views keep up). */
export const MAX_WAIT_MS = 500;

export interface ChangeSource {
  /** The model's whole text (costly for a large model). */
  read(): string;
  /** The model's length (cheap). */
  length(): number;
}

export interface ChangeBatcher {
  /** The model changed. */
  changed(): void;
  /** Hand on an unread change now (blur, unmount, before an outside change is compared). */
  flush(): void;
  /** Whether a change has not been handed on yet. */
  pending(): boolean;
  /** Stop the timer; an unread change is dropped (call flush first to keep it). */
  dispose(): void;
}

interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Emits the model's text after changes: at once for a small model, batched for a large one. */
export function changeBatcher(source: ChangeSource, emit: (text: string) => void, clock: Clock = realClock): ChangeBatcher {
  let timer: unknown;
  let firstUnread: number | undefined;
  const flush = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    if (firstUnread === undefined) return;
    firstUnread = undefined;
    emit(source.read());
  };
  const changed = () => {
    const now = clock.now();
    firstUnread ??= now;
    if (source.length() <= LARGE_MODEL_CHARS) return flush();
    if (timer !== undefined) clock.clearTimeout(timer);
    const wait = Math.max(0, Math.min(QUIET_MS, firstUnread + MAX_WAIT_MS - now));
    timer = clock.setTimeout(flush, wait);
  };
  return {
    changed,
    flush,
    pending: () => firstUnread !== undefined,
    dispose() {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      firstUnread = undefined;
    },
  };
}

/** Whether a model of `length` characters should be in large mode, given whether it is now. */
export function isLarge(length: number, wasLarge: boolean): boolean {
  return wasLarge ? length >= SMALL_AGAIN_CHARS : length > LARGE_MODEL_CHARS;
}
