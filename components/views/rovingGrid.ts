'use client';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** A cell position in a grid (0-based row and column). */
export interface GridPosition {
  row: number;
  col: number;
}

const PAGE = 5;

/**
 * Where focus goes in a data grid after a key press (WAI-ARIA grid pattern: arrows move one
 * cell, Home/End to the row's ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown by
 * five rows). Returns null for keys the grid does not handle. Positions are clamped.
 */
export function nextGridPosition(pos: GridPosition, key: string, rows: number, cols: number, ctrl = false): GridPosition | null {
  if (rows <= 0 || cols <= 0) return null;
  const clamp = (row: number, col: number): GridPosition => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(pos.row - 1, pos.col);
    case 'ArrowDown':
      return clamp(pos.row + 1, pos.col);
    case 'ArrowLeft':
      return clamp(pos.row, pos.col - 1);
    case 'ArrowRight':
      return clamp(pos.row, pos.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(pos.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(pos.row, cols - 1);
    case 'PageUp':
      return clamp(pos.row - PAGE, pos.col);
    case 'PageDown':
      return clamp(pos.row + PAGE, pos.col);
    default:
      return null;
  }
}

/** Keeps a remembered position inside a grid that may have shrunk. */
export function clampPosition(pos: GridPosition, rows: number, cols: number): GridPosition {
  return { row: Math.max(0, Math.min(rows - 1, pos.row)), col: Math.max(0, Math.min(cols - 1, pos.col)) };
}

/**
 * The first index of a window of `size` items over `total` that shows item `at`, moved as little
 * as possible from `start` (a windowed table scrolls with the focus, one row at a time).
 */
export function windowStart(at: number, start: number, size: number, total: number): number {
  if (total <= size) return 0;
  let next = start;
  if (at < next) next = at;
  else if (at >= next + size) next = at - size + 1;
  return Math.max(0, Math.min(total - size, next));
}

/**
 * Roving tabindex for a grid of buttons: exactly one cell is in the Tab order; arrow keys
 * move focus between cells. Cells must carry `data-row` and `data-col`. In a windowed table the
 * cell a key moves to may not be drawn yet: it is focused once the window has moved to it.
 */
export function useRovingGrid(rows: number, cols: number) {
  const [stored, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const container = useRef<HTMLTableElement>(null);
  const pending = useRef<GridPosition | null>(null);
  const active = clampPosition(stored, rows, cols);
  const cellAt = (pos: GridPosition) => container.current?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`);

  useEffect(() => {
    if (!pending.current) return;
    const cell = cellAt(pending.current);
    if (cell) {
      pending.current = null;
      cell.focus();
    }
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const next = nextGridPosition(active, event.key, rows, cols, event.ctrlKey || event.metaKey);
      if (!next) return;
      event.preventDefault();
      setActive(next);
      const cell = cellAt(next);
      if (cell) cell.focus();
      else pending.current = next;
    },
    [active, rows, cols],
  );

  const tabIndexFor = useCallback((row: number, col: number) => (row === active.row && col === active.col ? 0 : -1), [active]);

  return { active, setActive, onKeyDown, tabIndexFor, container };
}
