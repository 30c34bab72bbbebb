'use client';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

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
 * Roving tabindex for a grid of buttons: exactly one cell is in the Tab order; arrow keys
 * move focus between cells. Cells must carry `data-row` and `data-col`.
 */
export function useRovingGrid(rows: number, cols: number) {
  const [stored, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const container = useRef<HTMLTableElement>(null);
  const active = clampPosition(stored, rows, cols);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const next = nextGridPosition(active, event.key, rows, cols, event.ctrlKey || event.metaKey);
      if (!next) return;
      event.preventDefault();
      setActive(next);
      const cell = container.current?.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`);
      cell?.focus();
    },
    [active, rows, cols],
  );

  const tabIndexFor = useCallback((row: number, col: number) => (row === active.row && col === active.col ? 0 : -1), [active]);

  return { active, setActive, onKeyDown, tabIndexFor, container };
}
