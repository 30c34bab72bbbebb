import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, parseCast } from '@/lib/content';

const text = readFileSync(join(__dirname, '../../fixtures/casts/get-pods.cast'), 'utf8');

describe('parseCast (asciicast v2 recordings)', () => {
  it('turns output events into timed steps, skipping input, capping idle time', () => {
    const demo = parseCast(text, 'demos/get-pods.cast', 'get-pods');
    expect(demo.title).toEqual({ en: 'kubectl get pods', es: 'kubectl get pods' });
    expect(demo.steps).toEqual([
      { write: '$ ', delay: 500 },
      { write: 'kubectl get pods\r\n', delay: 800 },
      { write: expect.stringContaining('static-web   1/1     Running'), delay: 1500 },
    ]);
  });

  it.each([
    ['not JSON', 'hello\n', /first line must be the JSON header/],
    ['version 1', '{"version": 1}\n[0, "o", "x"]\n', /version 1 is not supported/],
    ['a broken event', '{"version": 2}\n[0, "o"]\n', /an event is \[seconds, type, data\]/],
    ['time going back', '{"version": 2}\n[2, "o", "a"]\n[1, "o", "b"]\n', /must not go back/],
    ['no output', '{"version": 2}\n[1, "i", "a"]\n', /no output events/],
  ])('rejects %s with the file and line', (_name, body, message) => {
    try {
      parseCast(body, 'demos/x.cast', 'x');
      throw new Error('expected a ContentError');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).message).toMatch(message);
      expect((error as ContentError).file).toBe('demos/x.cast');
    }
  });
});
