import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, fromBase64Url, readState, stateFromHash, toBase64Url } from '@/components/playground/shareState';

describe('share URL state', () => {
  it('round-trips a playground state', async () => {
    const state = { text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: ñandú\n', world: 'shop', tab: 'traffic' as const, port: '5432', protocol: 'TCP' };
    const encoded = await encodeState(state);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeState(encoded)).toEqual(state);
    expect(stateFromHash(`#s=${encoded}`)).toBe(encoded);
  });

  it('round-trips any text (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
      expect((await decodeState(await encodeState({ text }))).text).toBe(text);
    }), { numRuns: 100 });
  });

  it('compresses repetitive manifests', async () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n---\n'.repeat(200);
    expect((await encodeState({ text })).length).toBeLessThan(text.length / 10);
  });

  it('base64url round-trips bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect([...fromBase64Url(toBase64Url(bytes))]).toEqual([...bytes]);
    }), { numRuns: 200 });
  });

  it('rejects junk with an error, never a half state', async () => {
    await expect(decodeState('!!!')).rejects.toThrow();
    await expect(decodeState('AAAA')).rejects.toThrow();
    expect(() => readState({ text: 3 })).toThrow();
    expect(readState({ text: 'x', tab: 'nope', extra: 1 })).toEqual({ text: 'x' });
  });

  it('refuses a link that inflates beyond the limit', async () => {
    const huge = await encodeState({ text: 'a'.repeat(7_000_000) });
    await expect(decodeState(huge)).rejects.toThrow(/too large/);
  });
});
