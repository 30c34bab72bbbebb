import { describe, expect, it } from 'vitest';
import { clampPosition, nextGridPosition, windowStart } from '@/components/views/rovingGrid';

describe('nextGridPosition', () => {
  const at = { row: 2, col: 3 };
  it.each([
    ['ArrowUp', false, { row: 1, col: 3 }],
    ['ArrowDown', false, { row: 3, col: 3 }],
    ['ArrowLeft', false, { row: 2, col: 2 }],
    ['ArrowRight', false, { row: 2, col: 4 }],
    ['Home', false, { row: 2, col: 0 }],
    ['End', false, { row: 2, col: 5 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 9, col: 5 }],
    ['PageUp', false, { row: 0, col: 3 }],
    ['PageDown', false, { row: 7, col: 3 }],
  ])('%s (ctrl %s)', (key, ctrl, expected) => {
    expect(nextGridPosition(at, key, 10, 6, ctrl)).toEqual(expected);
  });

  it('stays inside the grid at the edges', () => {
    expect(nextGridPosition({ row: 0, col: 0 }, 'ArrowUp', 3, 3)).toEqual({ row: 0, col: 0 });
    expect(nextGridPosition({ row: 2, col: 2 }, 'ArrowRight', 3, 3)).toEqual({ row: 2, col: 2 });
  });

  it('ignores other keys and empty grids', () => {
    expect(nextGridPosition(at, 'Enter', 10, 6)).toBeNull();
    expect(nextGridPosition(at, 'ArrowUp', 0, 0)).toBeNull();
  });

  it('clamps a remembered position into a smaller grid', () => {
    expect(clampPosition({ row: 8, col: 8 }, 3, 2)).toEqual({ row: 2, col: 1 });
  });
});

describe('windowStart', () => {
  it('keeps the window while the focus is inside it, and moves it as little as possible to follow the focus', () => {
    expect(windowStart(5, 0, 20, 200)).toBe(0);
    expect(windowStart(20, 0, 20, 200)).toBe(1);
    expect(windowStart(45, 10, 20, 200)).toBe(26);
    expect(windowStart(3, 10, 20, 200)).toBe(3);
    expect(windowStart(199, 0, 20, 200)).toBe(180);
  });

  it('draws a grid smaller than the window whole, and never starts past the end', () => {
    expect(windowStart(7, 5, 20, 10)).toBe(0);
    expect(windowStart(10, 190, 20, 200)).toBe(10);
    expect(windowStart(0, 500, 20, 200)).toBe(0);
  });
});
