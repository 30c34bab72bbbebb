// Keys by content for the caches that outlive one Cluster snapshot (lib/sim/support/contentKey.ts).
// A shared answer is only as right as its key: two inputs the simulator reads differently must
// never share one.
import { describe, expect, it } from 'vitest';
import { ContentShelf, contentKey, RecentMap, sameData } from '@/lib/sim/support/contentKey';

describe('contentKey', () => {
  it('is equal for equal data and differs for different data', () => {
    expect(contentKey({ a: [1, 'x'], b: { c: true } })).toBe(contentKey({ a: [1, 'x'], b: { c: true } }));
    expect(contentKey({ a: 1 })).not.toBe(contentKey({ a: '1' }));
    expect(contentKey([{ a: 1 }, { b: 2 }])).not.toBe(contentKey([{ b: 2 }, { a: 1 }]));
  });

  it('keeps NaN, the infinities and undefined apart from null (JSON would print them all as null)', () => {
    const keys = [NaN, Infinity, -Infinity, null, undefined].map((v) => contentKey([v]));
    expect(new Set(keys).size).toBe(5);
    expect(contentKey({ port: NaN })).not.toBe(contentKey({ port: null }));
  });

  it('gives no key for what cannot be keyed (a cycle, a BigInt): the caller builds without sharing', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(contentKey(cycle)).toBeUndefined();
    expect(contentKey({ n: BigInt(1) })).toBeUndefined();
  });
});

describe('sameData', () => {
  it('compares lists by position and records by their own keys, in any order', () => {
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([], {})).toBe(false);
  });

  it('compares numbers by Object.is (NaN equals NaN, -0 is not 0)', () => {
    expect(sameData({ n: NaN }, { n: NaN })).toBe(true);
    expect(sameData(-0, 0)).toBe(false);
  });

  it('keeps an own __proto__ key as data', () => {
    const a = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    const b = JSON.parse('{"__proto__": {"x": 2}}') as unknown;
    expect(sameData(a, b)).toBe(false);
    expect(sameData(a, JSON.parse('{"__proto__": {"x": 1}}'))).toBe(true);
  });

  it('treats other objects (Maps, class instances) as equal only when they are the same object', () => {
    const map = new Map([['a', 1]]);
    expect(sameData(map, map)).toBe(true);
    expect(sameData(map, new Map([['a', 1]]))).toBe(false);
    expect(sameData(new Date(0), new Date(0))).toBe(false);
  });
});

describe('RecentMap', () => {
  it('forgets the least recently used entry beyond its capacity', () => {
    const map = new RecentMap<number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1); // a is now the most recent
    map.set('c', 3);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(1);
    expect(map.get('c')).toBe(3);
    map.clear();
    expect(map.get('a')).toBeUndefined();
  });
});

describe('ContentShelf', () => {
  it('keys the first value only when a second is asked for, then shares values of the same content', () => {
    const shelf = new ContentShelf<{ made: number }>(2);
    const keys: string[] = [];
    let made = 0;
    const ask = (content: string) =>
      shelf.get(
        () => (keys.push(content), content),
        () => ({ made: ++made }),
      );
    const first = ask('a');
    expect(keys).toEqual([]); // nothing to match against: no key computed
    expect(ask('a')).toBe(first); // the first one keyed now, and matched
    expect(keys).toEqual(['a', 'a']);
    const other = ask('b');
    expect(other).not.toBe(first);
    expect(ask('b')).toBe(other);
    ask('c'); // capacity 2: 'a' is the least recently used
    expect(ask('a')).not.toBe(first);
    expect(made).toBe(4);
  });

  it('builds without keeping when there is no key (content that cannot be keyed)', () => {
    const shelf = new ContentShelf<object>(2);
    shelf.get(
      () => 'a',
      () => ({}),
    );
    const unkeyed = () =>
      shelf.get(
        () => undefined,
        () => ({}),
      );
    expect(unkeyed()).not.toBe(unkeyed());
  });

  it('forgets everything on clear, the unkeyed value too', () => {
    const shelf = new ContentShelf<object>(2);
    const first = shelf.get(
      () => 'a',
      () => ({}),
    );
    shelf.clear();
    expect(
      shelf.get(
        () => 'a',
        () => ({}),
      ),
    ).not.toBe(first);
  });
});
