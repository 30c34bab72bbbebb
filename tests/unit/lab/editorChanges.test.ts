import { describe, expect, it } from 'vitest';
import { changeBatcher, isLarge, LARGE_MODEL_CHARS, MAX_WAIT_MS, QUIET_MS, SMALL_AGAIN_CHARS } from '@/components/lab/editorChanges';

/** A fake clock: timers run when `advance` passes them. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (handle: unknown) => void timers.delete(handle as number),
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
  };
}

/** A model whose text the test types into, counting whole-text reads. */
function model(text: string) {
  const m = { text, reads: 0, read: () => (m.reads++, m.text), length: () => m.text.length };
  return m;
}

describe('changeBatcher', () => {
  it('hands on every change of a small model at once, each read in full', () => {
    const clock = fakeClock();
    const m = model('a: 1\n');
    const seen: string[] = [];
    const batcher = changeBatcher(m, (t) => seen.push(t), clock);
    for (const ch of '# hi') {
      m.text += ch;
      batcher.changed();
    }
    expect(seen).toEqual(['a: 1\n#', 'a: 1\n# ', 'a: 1\n# h', 'a: 1\n# hi']);
    expect(batcher.pending()).toBe(false);
  });

  it('reads a large model once the typing pauses: one read for a burst of keys, the newest text', () => {
    const clock = fakeClock();
    const m = model('x'.repeat(LARGE_MODEL_CHARS + 1));
    const seen: string[] = [];
    const batcher = changeBatcher(m, (t) => seen.push(t), clock);
    for (const ch of 'abc') {
      m.text += ch;
      batcher.changed();
      clock.advance(15);
    }
    expect(seen).toEqual([]);
    expect(batcher.pending()).toBe(true);
    clock.advance(QUIET_MS);
    expect(seen).toEqual([m.text]);
    expect(m.reads).toBe(1);
    expect(batcher.pending()).toBe(false);
  });

  it('reads a large model at least every MAX_WAIT_MS while the typing goes on, and the last text after it stops', () => {
    const clock = fakeClock();
    const m = model('x'.repeat(LARGE_MODEL_CHARS + 1));
    const seen: number[] = [];
    const batcher = changeBatcher(m, (t) => seen.push(t.length), clock);
    const keys = 100;
    for (let i = 0; i < keys; i++) {
      m.text += 'k';
      batcher.changed();
      clock.advance(15);
    }
    clock.advance(QUIET_MS);
    const typedFor = keys * 15;
    expect(seen.length).toBeGreaterThanOrEqual(Math.floor(typedFor / MAX_WAIT_MS));
    expect(seen.length).toBeLessThan(keys / 10);
    expect(seen.at(-1)).toBe(m.text.length);
    // In order: each read is of a longer text than the one before.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('flush hands on an unread change at once; nothing is handed on twice or when nothing changed', () => {
    const clock = fakeClock();
    const m = model('x'.repeat(LARGE_MODEL_CHARS + 1));
    const seen: string[] = [];
    const batcher = changeBatcher(m, (t) => seen.push(t), clock);
    batcher.flush();
    expect(seen).toEqual([]);
    m.text += 'y';
    batcher.changed();
    batcher.flush();
    expect(seen).toEqual([m.text]);
    clock.advance(MAX_WAIT_MS * 2);
    expect(seen).toHaveLength(1);
  });

  it('a large model cut down to a small one hands on its text at the change that made it small', () => {
    const clock = fakeClock();
    const m = model('x'.repeat(LARGE_MODEL_CHARS + 1));
    const seen: string[] = [];
    const batcher = changeBatcher(m, (t) => seen.push(t), clock);
    m.text += 'z';
    batcher.changed();
    m.text = 'kind: Pod\n';
    batcher.changed();
    expect(seen).toEqual(['kind: Pod\n']);
    clock.advance(MAX_WAIT_MS);
    expect(seen).toHaveLength(1);
  });

  it('dispose drops the timer: nothing is read afterwards', () => {
    const clock = fakeClock();
    const m = model('x'.repeat(LARGE_MODEL_CHARS + 1));
    const seen: string[] = [];
    const batcher = changeBatcher(m, (t) => seen.push(t), clock);
    m.text += 'q';
    batcher.changed();
    batcher.dispose();
    clock.advance(MAX_WAIT_MS * 2);
    expect(seen).toEqual([]);
    expect(m.reads).toBe(0);
  });
});

describe('isLarge', () => {
  it('switches to large above LARGE_MODEL_CHARS and back only below SMALL_AGAIN_CHARS', () => {
    expect(isLarge(LARGE_MODEL_CHARS, false)).toBe(false);
    expect(isLarge(LARGE_MODEL_CHARS + 1, false)).toBe(true);
    expect(isLarge(SMALL_AGAIN_CHARS + 1, true)).toBe(true);
    expect(isLarge(SMALL_AGAIN_CHARS - 1, true)).toBe(false);
    expect(isLarge(SMALL_AGAIN_CHARS + 1, false)).toBe(false);
  });
});
