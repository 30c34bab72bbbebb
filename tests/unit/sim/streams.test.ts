// Typed output lines (lib/sim/streams.ts): each line knows its stream; texts split at newlines.
import { describe, expect, it } from 'vitest';
import { stderr, stdout, textsOf } from '../../../lib/sim/streams';

describe('streams', () => {
  it('splits texts at newlines, keeping the stream', () => {
    expect(stderr('a\nb')).toEqual([
      { stream: 'stderr', text: 'a' },
      { stream: 'stderr', text: 'b' },
    ]);
    expect(stdout(['x', ''])).toEqual([
      { stream: 'stdout', text: 'x' },
      { stream: 'stdout', text: '' },
    ]);
  });

  it('reads one stream or both, in order', () => {
    const lines = [...stdout('1'), ...stderr('2'), ...stdout('3')];
    expect(textsOf(lines)).toEqual(['1', '2', '3']);
    expect(textsOf(lines, 'stdout')).toEqual(['1', '3']);
    expect(textsOf(lines, 'stderr')).toEqual(['2']);
  });
});
