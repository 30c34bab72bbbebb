import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeState,
  encodeState,
  fromBase64Url,
  MAX_ENCODED_CHARS,
  MAX_STATE_CHARS,
  readState,
  ShareLinkError,
  stateFromHash,
  toBase64Url,
} from '@/components/playground/shareState';
import { capLinkReplicas, MAX_LINK_PODS } from '@/components/playground/linkLimits';

describe('share URL state', () => {
  it('round-trips a playground state', async () => {
    const state = { text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: ñandú\n', world: 'shop', tab: 'traffic' as const, port: '5432', protocol: 'TCP' };
    const encoded = await encodeState(state);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeState(encoded)).toEqual(state);
    expect(stateFromHash(`#s=${encoded}`)).toBe(encoded);
  });

  it('round-trips any text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        expect((await decodeState(await encodeState({ text }))).text).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('compresses repetitive manifests', async () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n---\n'.repeat(200);
    expect((await encodeState({ text })).length).toBeLessThan(text.length / 10);
  });

  it('base64url round-trips bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect([...fromBase64Url(toBase64Url(bytes))]).toEqual([...bytes]);
      }),
      { numRuns: 200 },
    );
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

describe('hostile links (issue 16)', () => {
  it('refuses an over-long link before decoding it', async () => {
    await expect(decodeState('A'.repeat(MAX_ENCODED_CHARS + 1))).rejects.toMatchObject({ problem: 'shareTooLong' });
  });

  it('stops inflating a zip bomb at the byte cap, holding at most the cap in memory', async () => {
    // 64 MB of zeros deflate to ~64 kB (one chunk for a plain pipe, which inflates it at once); the cap is ~6 MB.
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const zeros = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 64) c.enqueue(chunk);
        else c.close();
      },
    });
    const bomb = toBase64Url(
      new Uint8Array(
        await new Response(zeros.pipeThrough(new CompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>)).arrayBuffer(),
      ),
    );
    expect(bomb.length).toBeLessThan(MAX_ENCODED_CHARS);
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }, 1);
    await expect(decodeState(bomb)).rejects.toMatchObject({ problem: 'shareTooLarge' });
    clearInterval(sampler);
    expect(peak - before).toBeLessThan(MAX_STATE_CHARS * 3 + 16 * 1024 * 1024);
  });

  it('reports corrupt deflate data as not one of ours', async () => {
    await expect(decodeState(toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x13])))).rejects.toBeInstanceOf(ShareLinkError);
  });

  it('caps the pods a link asks for (three StatefulSets of 1000 replicas)', () => {
    const sts = (name: string) =>
      `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: ${name}}\nspec:\n  replicas: 1000\n  selector: {matchLabels: {a: b}}\n  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: i}]}}\n---\n`;
    const limited = capLinkReplicas(sts('a') + sts('b') + sts('c'));
    expect(limited.askedPods).toBe(3000);
    const kept = [...limited.text.matchAll(/replicas: (\d+)/g)].map((m) => Number(m[1]));
    expect(kept).toEqual([1000, 0, 0]);
    expect(capLinkReplicas('spec: {replicas: 3}').askedPods).toBeUndefined();
  });

  it('caps any generated replicas to the budget (seed 302)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 5000 }), { maxLength: 20 }), (counts) => {
        const text = counts.map((n) => `spec:\n  replicas: ${n}\n`).join('---\n');
        const kept = [...capLinkReplicas(text).text.matchAll(/replicas: (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
        expect(kept).toBe(
          Math.min(
            MAX_LINK_PODS,
            counts.reduce((a, b) => a + b, 0),
          ),
        );
      }),
      { numRuns: 200, seed: 302 },
    );
  });
});
