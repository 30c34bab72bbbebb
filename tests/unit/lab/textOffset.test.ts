import { describe, expect, it } from 'vitest';
import { offsetOf } from '@/components/lab/textOffset';

describe('offsetOf: a "go to line" in the plain textarea (before Monaco arrives)', () => {
  const text = 'kind: Role\nmetadata:\n  name: x\n';
  it('finds line and column, both counted from 1', () => {
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(text.slice(offsetOf(text, 3, 3))).toBe('name: x\n');
    expect(text.slice(offsetOf(text, 2, 1), offsetOf(text, 2, 10))).toBe('metadata:');
  });
  it('clamps a line or column past the text (the text changed since the verdict)', () => {
    expect(offsetOf(text, 99, 1)).toBe(text.length);
    expect(offsetOf(text, 1, 99)).toBe('kind: Role'.length);
    expect(offsetOf(text, 0, 0)).toBe(0);
    expect(offsetOf('', 5, 5)).toBe(0);
  });
});
