// Answers kept with a parsed object (lib/lesson/objectMemo.ts): the same object and key give
// the kept answer, another object or key computes again.
import { describe, expect, it } from 'vitest';
import { objectMemo, serialOf } from '@/lib/lesson/objectMemo';

describe('objectMemo', () => {
  it('keeps an answer per object and key', () => {
    const object = { kind: 'Pod' };
    let computed = 0;
    const ask = (o: unknown, key: string) => objectMemo(o, key, () => ({ n: ++computed }));
    const first = ask(object, 'a');
    expect(ask(object, 'a')).toBe(first);
    expect(ask(object, 'b')).not.toBe(first);
    expect(ask({ kind: 'Pod' }, 'a')).not.toBe(first); // same content, another object: asked again
    expect(computed).toBe(3);
  });

  it('computes every time for values that are not objects', () => {
    let computed = 0;
    objectMemo('text', 'a', () => ++computed);
    objectMemo('text', 'a', () => ++computed);
    expect(computed).toBe(2);
  });

  it('keeps at most 16 answers per object, forgetting the oldest', () => {
    const object = {};
    const first = objectMemo(object, 'k0', () => ({}));
    for (let i = 1; i <= 16; i++) objectMemo(object, `k${i}`, () => ({}));
    expect(objectMemo(object, 'k0', () => ({}))).not.toBe(first);
  });
});

describe('serialOf', () => {
  it('names each object with its own number, the same while it lives', () => {
    const a = {};
    const b = {};
    expect(serialOf(a)).toBe(serialOf(a));
    expect(serialOf(a)).not.toBe(serialOf(b));
  });
});
